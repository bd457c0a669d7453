//! A baby's weight as the practitioner reads it from the growth chart in the personal child
//! health record, and what NICE NG75 says is a concern. Doorstep computes no centiles: the
//! practitioner plots the weight on the chart and records the line it sits on.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Heaviest weight accepted, in grams (a safety net against a typing slip, not a clinical
/// bound).
pub const MAX_GRAMS: u32 = 30_000;

/// A weight loss of this share of the birth weight or more in the early days is a concern
/// (NICE NG75), in tenths of a percent.
pub const EARLY_LOSS_PER_MILLE: u32 = 100;

/// The early days, for weight loss against the birth weight: the first this many days.
pub const EARLY_DAYS: i64 = 14;

/// Where a weight sits on the UK-WHO chart: on one of its nine centile lines, or beyond the
/// outermost ones. In order, lowest first; a *centile space* is the gap between two lines next
/// to each other.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
pub enum Centile {
    #[serde(rename = "below_0.4")]
    Below0_4,
    #[serde(rename = "0.4")]
    C0_4,
    #[serde(rename = "2")]
    C2,
    #[serde(rename = "9")]
    C9,
    #[serde(rename = "25")]
    C25,
    #[serde(rename = "50")]
    C50,
    #[serde(rename = "75")]
    C75,
    #[serde(rename = "91")]
    C91,
    #[serde(rename = "98")]
    C98,
    #[serde(rename = "99.6")]
    C99_6,
    #[serde(rename = "above_99.6")]
    Above99_6,
}

impl Centile {
    /// Every position, lowest first.
    pub const ALL: [Centile; 11] = [
        Centile::Below0_4,
        Centile::C0_4,
        Centile::C2,
        Centile::C9,
        Centile::C25,
        Centile::C50,
        Centile::C75,
        Centile::C91,
        Centile::C98,
        Centile::C99_6,
        Centile::Above99_6,
    ];

    /// As written in the store and the preview files ("9", "below_0.4").
    pub fn as_str(self) -> &'static str {
        match self {
            Centile::Below0_4 => "below_0.4",
            Centile::C0_4 => "0.4",
            Centile::C2 => "2",
            Centile::C9 => "9",
            Centile::C25 => "25",
            Centile::C50 => "50",
            Centile::C75 => "75",
            Centile::C91 => "91",
            Centile::C98 => "98",
            Centile::C99_6 => "99.6",
            Centile::Above99_6 => "above_99.6",
        }
    }

    pub fn parse(s: &str) -> Option<Centile> {
        Centile::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// In English, as a chart names it ("the 9th centile", "below the 0.4th centile").
    pub fn english(self) -> String {
        match self {
            Centile::Below0_4 => "below the 0.4th centile".to_string(),
            Centile::Above99_6 => "above the 99.6th centile".to_string(),
            c => format!("the {} centile", ordinal(c.as_str())),
        }
    }

    fn position(self) -> i32 {
        Centile::ALL.iter().position(|c| *c == self).unwrap_or(0) as i32
    }

    /// How many centile spaces from `self` down to `lower` (negative when `lower` is higher).
    pub fn spaces_down_to(self, lower: Centile) -> i32 {
        self.position() - lower.position()
    }

    /// Below the 2nd centile line: a concern whatever the birth weight (NG75).
    pub fn below_2nd(self) -> bool {
        self < Centile::C2
    }

    /// How many centile spaces a fall must cross to be a concern, by where the birth weight
    /// sat (NG75): 1 below the 9th centile, 2 from the 9th to the 91st, 3 above the 91st.
    pub fn spaces_of_concern(birth: Centile) -> i32 {
        if birth < Centile::C9 {
            1
        } else if birth <= Centile::C91 {
            2
        } else {
            3
        }
    }
}

fn ordinal(n: &str) -> String {
    let suffix = match n {
        "2" => "nd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl fmt::Display for Centile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A weight and, when plotted, the centile line it sits on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Weight {
    pub grams: u32,
    #[serde(default)]
    pub centile: Option<Centile>,
}

/// A weight taken on a day, for working out a fall.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weighed {
    pub date: NaiveDate,
    pub weight: Weight,
}

/// A concern about weight that NG75 names, with what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrowthConcern {
    /// The weight fell across `spaces` centile spaces from `from` (the birth weight's line or a
    /// later one) to `to`, at least the number NG75 names for the birth weight's line.
    Fall {
        from: Centile,
        from_date: NaiveDate,
        to: Centile,
        to_date: NaiveDate,
        spaces: i32,
    },
    /// The latest weight sits below the 2nd centile line.
    Below2nd { at: Centile, date: NaiveDate },
    /// In the early days the baby lost this much of the birth weight, in tenths of a percent.
    EarlyLoss { per_mille: u32, date: NaiveDate },
}

/// What the weights say, by NG75. `birth` is the birth weight (its date the date of birth);
/// `weights` the weights taken since, in any order. A fall is counted from the birth weight's
/// line, and from any later line, down to the latest plotted weight; the largest is kept.
pub fn growth_concerns(birth: Option<Weighed>, weights: &[Weighed]) -> Vec<GrowthConcern> {
    let mut out = Vec::new();
    let mut plotted: Vec<Weighed> = weights
        .iter()
        .copied()
        .filter(|w| w.weight.centile.is_some())
        .collect();
    plotted.sort_by_key(|w| w.date);
    if let Some(latest) = plotted.last().copied() {
        let Some(to) = latest.weight.centile else {
            return out;
        };
        // The band of concern goes by the birth weight's line; without one, the middle band.
        let band = birth
            .and_then(|b| b.weight.centile)
            .map_or(2, Centile::spaces_of_concern);
        let earlier = birth
            .into_iter()
            .filter(|b| b.weight.centile.is_some())
            .chain(plotted.iter().copied().filter(|w| w.date < latest.date));
        let worst = earlier
            .filter_map(|w| w.weight.centile.map(|c| (c, w.date)))
            .map(|(c, d)| (c.spaces_down_to(to), c, d))
            .max_by_key(|(spaces, _, d)| (*spaces, std::cmp::Reverse(*d)));
        if let Some((spaces, from, from_date)) = worst
            && spaces >= band
        {
            out.push(GrowthConcern::Fall {
                from,
                from_date,
                to,
                to_date: latest.date,
                spaces,
            });
        }
        if to.below_2nd() {
            out.push(GrowthConcern::Below2nd {
                at: to,
                date: latest.date,
            });
        }
    }
    if let Some(b) = birth
        && b.weight.grams > 0
    {
        let worst = weights
            .iter()
            .filter(|w| (w.date - b.date).num_days() <= EARLY_DAYS && w.date >= b.date)
            .filter(|w| w.weight.grams < b.weight.grams)
            .map(|w| {
                let lost = u64::from(b.weight.grams - w.weight.grams) * 1000;
                ((lost / u64::from(b.weight.grams)) as u32, w.date)
            })
            .max_by_key(|(pm, _)| *pm);
        if let Some((per_mille, date)) = worst
            && per_mille >= EARLY_LOSS_PER_MILLE
        {
            out.push(GrowthConcern::EarlyLoss { per_mille, date });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + chrono::Days::new(n.into())
    }

    fn w(date: u32, grams: u32, centile: Option<Centile>) -> Weighed {
        Weighed {
            date: day(date),
            weight: Weight { grams, centile },
        }
    }

    #[test]
    fn the_fall_that_matters_depends_on_where_the_birth_weight_sat() {
        // Born on the 50th: one space is not a concern, two are.
        let birth = Some(w(0, 3400, Some(Centile::C50)));
        assert!(growth_concerns(birth, &[w(40, 4300, Some(Centile::C25))]).is_empty());
        let c = growth_concerns(birth, &[w(40, 4000, Some(Centile::C9))]);
        assert!(
            matches!(c[0], GrowthConcern::Fall { spaces: 2, .. }),
            "{c:?}"
        );
        // Born below the 9th: one space is.
        let small = Some(w(0, 2400, Some(Centile::C2)));
        let c = growth_concerns(small, &[w(40, 3000, Some(Centile::C0_4))]);
        assert!(
            matches!(c[0], GrowthConcern::Fall { spaces: 1, .. }),
            "{c:?}"
        );
        // Born above the 91st: two spaces are not, three are.
        let big = Some(w(0, 4600, Some(Centile::C98)));
        assert!(growth_concerns(big, &[w(40, 5000, Some(Centile::C75))]).is_empty());
        let c = growth_concerns(big, &[w(40, 4800, Some(Centile::C50))]);
        assert!(
            matches!(c[0], GrowthConcern::Fall { spaces: 3, .. }),
            "{c:?}"
        );
    }

    #[test]
    fn a_fall_from_a_later_line_counts_and_the_largest_is_kept() {
        let birth = Some(w(0, 3000, Some(Centile::C25)));
        let weights = [
            w(30, 4600, Some(Centile::C75)),
            w(60, 5000, Some(Centile::C25)),
        ];
        let c = growth_concerns(birth, &weights);
        assert_eq!(
            c,
            vec![GrowthConcern::Fall {
                from: Centile::C75,
                from_date: day(30),
                to: Centile::C25,
                to_date: day(60),
                spaces: 2
            }]
        );
    }

    #[test]
    fn below_the_2nd_is_a_concern_whatever_the_birth_weight_and_unplotted_weights_do_not_count() {
        let c = growth_concerns(None, &[w(50, 3500, Some(Centile::C0_4))]);
        assert!(
            c.iter()
                .any(|c| matches!(c, GrowthConcern::Below2nd { .. }))
        );
        assert!(growth_concerns(None, &[w(50, 3500, None)]).is_empty());
        assert!(growth_concerns(None, &[w(50, 3500, Some(Centile::C2))]).is_empty());
    }

    #[test]
    fn early_loss_of_a_tenth_of_the_birth_weight_is_a_concern() {
        let birth = Some(w(0, 3500, None));
        let c = growth_concerns(birth, &[w(5, 3150, None)]);
        assert_eq!(
            c,
            vec![GrowthConcern::EarlyLoss {
                per_mille: 100,
                date: day(5)
            }]
        );
        assert!(growth_concerns(birth, &[w(5, 3160, None)]).is_empty());
        // Not in the early days: that is for the centile lines.
        assert!(growth_concerns(birth, &[w(30, 3000, None)]).is_empty());
    }
}
