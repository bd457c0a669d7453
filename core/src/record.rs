//! What Doorstep works out from the record, so the practitioner does not have to tick it: the
//! baby's age and corrected age, whether the baby moves about, a brother or sister under two,
//! twins, an early or small birth, faltering growth (NICE NG75), visits missed, adults new to the
//! record or never seen, a partner who is not the baby's parent caring for the baby, the mother
//! not seen on her own, an injury or mark seen. Each fact comes with the reason that shows it.
//! Pure functions over the household and its visits.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use uuid::Uuid;

use crate::growth::{GrowthConcern, Weighed, growth_concerns};
use crate::household::{Household, Member, Residence, Role};
use crate::unknowns::{done_visits, past_visits};
use crate::visit::{Mobility, SeenAlone, Visit, VisitStatus};

/// Under this corrected age (about 6 months) a baby with no mobility recorded is taken as not
/// yet mobile; from it, their mobility is unknown until recorded, never assumed.
pub const ASSUMED_NOT_MOBILE_UNDER_DAYS: i64 = 183;

/// A brother or sister younger than this is "under two".
pub const SIBLING_UNDER_YEARS: u32 = 2;

/// Heaviest birth weight counted as low, in grams (the flag's words: 2.5 kg or less).
pub const LOW_BIRTH_WEIGHT_GRAMS: u32 = 2500;

/// Visits missed (not brought, no access, cancelled) over the last 3 months that raise
/// `visits_missed_3m`, and over the last 6 months that raise `visits_missed_6m`.
pub const MISSED_IN_3_MONTHS: usize = 2;
pub const MISSED_IN_6_MONTHS: usize = 3;
const DAYS_3_MONTHS: i64 = 91;
const DAYS_6_MONTHS: i64 = 183;

/// An adult not seen at this many visits in a row (since added to the record).
pub const UNSEEN_VISITS: u32 = 3;

/// An injury or mark seen within this many days is still today's concern.
pub const INJURY_RECENT_DAYS: i64 = 14;

/// Why a fact holds, as data: the UI words it from `kind` and `args` (`because.*` in its
/// catalogues, dates as `yyyy-mm-dd`); `text` is the English for the command line and tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Because {
    pub kind: String,
    pub args: BTreeMap<String, String>,
    #[serde(skip)]
    #[ts(skip)]
    pub text: String,
}

impl Because {
    pub(crate) fn new(kind: &str, args: &[(&str, String)], text: String) -> Because {
        Because {
            kind: kind.to_string(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_string(), v.clone()))
                .collect(),
            text,
        }
    }
}

/// A condition worked out from the record, with what shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkedOut {
    pub condition: &'static str,
    pub because: Because,
}

/// Where a baby stands on moving about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum MobilityState {
    /// Recorded as crawling, pulling to stand or walking.
    Mobile,
    /// Recorded as not yet rolling or rolling.
    NotMobile,
    /// Nothing recorded, and under 6 months (corrected): taken as not mobile.
    AssumedNotMobile,
    /// Nothing recorded, from 6 months or with no age: not known, never assumed mobile.
    Unknown,
}

impl MobilityState {
    /// Not known to move about on their own: the bruising check applies.
    pub fn not_known_mobile(self) -> bool {
        self != MobilityState::Mobile
    }
}

/// A baby's facts: age, corrected age, mobility.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct BabyFacts {
    pub member_id: Uuid,
    pub name: String,
    /// Whole weeks and months since birth, when the date of birth is known.
    pub age_weeks: Option<i64>,
    pub age_months: Option<i64>,
    /// For a baby born before 37 weeks: whole weeks and months of corrected age.
    pub corrected_weeks: Option<i64>,
    pub corrected_months: Option<i64>,
    pub gestation_weeks: Option<u8>,
    pub mobility: MobilityState,
    /// The mobility last recorded, and when.
    pub mobility_recorded: Option<(Mobility, NaiveDate)>,
    /// What shows the mobility state.
    pub mobility_because: Because,
}

/// Whole calendar months from `from` to `to` (negative before).
pub fn months_between(from: NaiveDate, to: NaiveDate) -> i64 {
    let mut m =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    if to.day() < from.day() {
        m -= 1;
    }
    m
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn english_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// The baby's facts, for each baby on the record.
pub fn babies(household: &Household, visits: &[Visit], today: NaiveDate) -> Vec<BabyFacts> {
    let done = done_visits(visits);
    household
        .with_role(Role::Baby)
        .map(|b| baby_facts(b, &done, today))
        .collect()
}

fn baby_facts(b: &Member, done: &[&Visit], today: NaiveDate) -> BabyFacts {
    let age = b.age_days(today);
    let corrected = b.corrected_age_days(today);
    let recorded = done
        .iter()
        .find_map(|v| v.baby(b.id).and_then(|c| c.mobility).map(|m| (m, v.date)));
    let development_age = b.development_age_days(today);
    let (mobility, because) = match recorded {
        Some((m, date)) => (
            if m.is_mobile() {
                MobilityState::Mobile
            } else {
                MobilityState::NotMobile
            },
            Because::new(
                "mobility_recorded",
                &[
                    ("name", b.name.clone()),
                    ("mobility", m.as_str().to_string()),
                    ("date", iso(date)),
                ],
                format!(
                    "{} recorded as {} on {}",
                    b.name,
                    m.english(),
                    english_date(date)
                ),
            ),
        ),
        None => match development_age {
            Some(days) if days < ASSUMED_NOT_MOBILE_UNDER_DAYS => (
                MobilityState::AssumedNotMobile,
                Because::new(
                    "mobility_assumed",
                    &[
                        ("name", b.name.clone()),
                        ("weeks", (days.max(0) / 7).to_string()),
                    ],
                    format!(
                        "{} is {} weeks old{} and no mobility is recorded",
                        b.name,
                        days.max(0) / 7,
                        if corrected.is_some() {
                            " (corrected)"
                        } else {
                            ""
                        }
                    ),
                ),
            ),
            _ => (
                MobilityState::Unknown,
                Because::new(
                    "mobility_unknown",
                    &[("name", b.name.clone())],
                    format!(
                        "{}'s mobility is not recorded: not assumed to be mobile",
                        b.name
                    ),
                ),
            ),
        },
    };
    BabyFacts {
        member_id: b.id,
        name: b.name.clone(),
        age_weeks: age.map(|d| d / 7),
        age_months: b.dob.map(|d| months_between(d, today)),
        corrected_weeks: corrected.map(|d| d / 7),
        corrected_months: corrected
            .zip(b.dob)
            .and_then(|(_, dob)| b.gestation_weeks.map(|g| (dob, g)))
            .map(|(dob, g)| {
                let term = dob + chrono::Days::new(u64::from(40 - g.min(40)) * 7);
                months_between(term, today)
            }),
        gestation_weeks: b.gestation_weeks,
        mobility,
        mobility_recorded: recorded,
        mobility_because: because,
    }
}

/// Every condition worked out from the record on `today`, each with its reason. A condition can
/// be worked out more than once (two babies, two adults): each reason is kept.
pub fn worked_out(household: &Household, visits: &[Visit], today: NaiveDate) -> Vec<WorkedOut> {
    let mut out = Vec::new();
    let mut add = |condition: &'static str, because: Because| {
        out.push(WorkedOut { condition, because });
    };
    let past = past_visits(visits);
    let done = done_visits(visits);
    let members = &household.members;
    let babies_facts = babies(household, visits, today);

    for b in household.with_role(Role::Baby) {
        if let Some(g) = b.gestation_weeks.filter(|_| b.born_early()) {
            add(
                "premature",
                Because::new(
                    "born_early",
                    &[("name", b.name.clone()), ("weeks", g.to_string())],
                    format!("{} was born at {g} weeks", b.name),
                ),
            );
        }
        if let Some(w) = b.birth_weight.filter(|w| w.grams <= LOW_BIRTH_WEIGHT_GRAMS) {
            add(
                "low_birth_weight",
                Because::new(
                    "born_small",
                    &[("name", b.name.clone()), ("grams", w.grams.to_string())],
                    format!("{} weighed {} g at birth", b.name, w.grams),
                ),
            );
        }
        growth(b, &done, &mut add);
    }

    // Twins or more: two babies (or a baby and a child) born on the same day.
    let mut by_birth: BTreeMap<NaiveDate, Vec<&Member>> = BTreeMap::new();
    for m in members.iter().filter(|m| !m.role.is_adult()) {
        if let Some(d) = m.dob {
            by_birth.entry(d).or_default().push(m);
        }
    }
    for (dob, same) in by_birth.iter().filter(|(_, v)| v.len() > 1) {
        if same.iter().any(|m| m.role == Role::Baby) {
            let names: Vec<&str> = same.iter().map(|m| m.name.as_str()).collect();
            add(
                "multiple_birth",
                Because::new(
                    "same_birthday",
                    &[("names", names.join(", ")), ("date", iso(*dob))],
                    format!("{} were born on the same day", names.join(" and ")),
                ),
            );
        }
    }

    for c in members.iter().filter(|m| m.role.is_older_child()) {
        let Some(years) = c.age_years(today) else {
            continue;
        };
        if years < SIBLING_UNDER_YEARS {
            let months = c.dob.map(|d| months_between(d, today));
            add(
                "sibling_under_2",
                Because::new(
                    "sibling_age",
                    &[
                        ("name", c.name.clone()),
                        ("months", months.map_or_else(String::new, |m| m.to_string())),
                    ],
                    match months {
                        Some(m) => format!("{} is {m} months old", c.name),
                        None => format!("{} is under 2", c.name),
                    },
                ),
            );
        }
    }

    missed(&past, today, &mut add);

    // An adult new on the record since the last visit.
    if let Some(last) = done.first() {
        for m in members.iter().filter(|m| m.role.is_adult()) {
            if m.added_on() > last.date {
                add(
                    "new_adult",
                    Because::new(
                        "added_since",
                        &[
                            ("name", m.name.clone()),
                            ("role", m.role.as_str().to_string()),
                            ("date", iso(m.added_on())),
                        ],
                        format!(
                            "{} ({}) added to the record on {}, after the last visit",
                            m.role.label(),
                            m.name,
                            english_date(m.added_on())
                        ),
                    ),
                );
            }
        }
    }

    // Adults who live here or care for the baby, not seen at the last visits.
    for m in members.iter().filter(|m| {
        m.role.is_adult()
            && m.role != Role::Mother
            && (m.residence == Residence::LivesHere || m.caring_role)
    }) {
        let n = crate::unknowns::visits_unseen(m, &done);
        if n >= UNSEEN_VISITS {
            let because = Because::new(
                "not_seen_visits",
                &[
                    ("name", m.name.clone()),
                    ("role", m.role.as_str().to_string()),
                    ("count", n.to_string()),
                ],
                format!(
                    "{} ({}) not seen at the last {n} visits",
                    m.role.label(),
                    m.name
                ),
            );
            if m.caring_role {
                add("carer_not_seen_3_visits", because.clone());
            }
            add("adult_not_seen_3_visits", because);
        }
    }

    for m in members
        .iter()
        .filter(|m| m.role == Role::Partner && m.caring_role)
    {
        add(
            "partner_not_parent_caring",
            Because::new(
                "partner_caring",
                &[("name", m.name.clone())],
                format!(
                    "Partner ({}) cares for the baby and is not recorded as the baby's parent",
                    m.name
                ),
            ),
        );
    }

    if members.iter().any(|m| m.role == Role::Mother)
        && let Some(last) = done.first()
        && last.mother_seen_alone != Some(SeenAlone::Yes)
    {
        let how = last
            .mother_seen_alone
            .map_or("not_recorded", SeenAlone::as_str);
        add(
            "mother_not_seen_alone",
            Because::new(
                "seen_alone",
                &[("how", how.to_string()), ("date", iso(last.date))],
                format!(
                    "At the visit on {} the mother was {}",
                    english_date(last.date),
                    match last.mother_seen_alone {
                        Some(SeenAlone::No) => "not seen on her own",
                        Some(SeenAlone::NotPossible) => "not seen on her own (it was not possible)",
                        _ => "not recorded as seen on her own",
                    }
                ),
            ),
        );
    }

    for f in &babies_facts {
        match f.mobility {
            MobilityState::NotMobile | MobilityState::AssumedNotMobile => {
                add("non_mobile_baby", f.mobility_because.clone());
            }
            MobilityState::Unknown => add("mobility_not_known", f.mobility_because.clone()),
            MobilityState::Mobile => {}
        }
    }

    injuries(household, &done, &babies_facts, today, &mut add);
    out
}

fn growth(b: &Member, done: &[&Visit], add: &mut impl FnMut(&'static str, Because)) {
    let birth = b
        .dob
        .zip(b.birth_weight)
        .map(|(date, weight)| Weighed { date, weight });
    let weights: Vec<Weighed> = done
        .iter()
        .filter_map(|v| {
            v.baby(b.id).and_then(|c| c.weight).map(|weight| Weighed {
                date: v.date,
                weight,
            })
        })
        .collect();
    for concern in growth_concerns(birth, &weights) {
        let because = match concern {
            GrowthConcern::Fall {
                from,
                from_date,
                to,
                to_date,
                spaces,
            } => Because::new(
                "weight_fell",
                &[
                    ("name", b.name.clone()),
                    ("from", from.as_str().to_string()),
                    ("to", to.as_str().to_string()),
                    ("spaces", spaces.to_string()),
                    ("from_date", iso(from_date)),
                    ("date", iso(to_date)),
                ],
                format!(
                    "{}'s weight fell from {} to {} ({spaces} centile spaces) by {}",
                    b.name,
                    from.english(),
                    to.english(),
                    english_date(to_date)
                ),
            ),
            GrowthConcern::Below2nd { at, date } => Because::new(
                "weight_below_2nd",
                &[
                    ("name", b.name.clone()),
                    ("at", at.as_str().to_string()),
                    ("date", iso(date)),
                ],
                format!(
                    "{}'s weight on {} is {}, below the 2nd centile",
                    b.name,
                    english_date(date),
                    at.english()
                ),
            ),
            GrowthConcern::EarlyLoss { per_mille, date } => Because::new(
                "early_weight_loss",
                &[
                    ("name", b.name.clone()),
                    ("percent", format!("{}", per_mille / 10)),
                    ("date", iso(date)),
                ],
                format!(
                    "{} had lost {}% of the birth weight by {}",
                    b.name,
                    per_mille / 10,
                    english_date(date)
                ),
            ),
        };
        add("faltering_growth", because);
    }
}

fn missed(past: &[&Visit], today: NaiveDate, add: &mut impl FnMut(&'static str, Because)) {
    let within = |days: i64| -> Vec<&Visit> {
        past.iter()
            .copied()
            .filter(|v| v.status.did_not_happen() && (today - v.date).num_days() <= days)
            .collect()
    };
    let summary = |kind: &str, missed: &[&Visit], months: u32| -> Because {
        let since = missed.iter().map(|v| v.date).min().unwrap_or(today);
        let count = |s: VisitStatus| missed.iter().filter(|v| v.status == s).count();
        Because::new(
            kind,
            &[
                ("count", missed.len().to_string()),
                ("not_brought", count(VisitStatus::NotBrought).to_string()),
                ("no_access", count(VisitStatus::NoAccess).to_string()),
                ("cancelled", count(VisitStatus::Cancelled).to_string()),
                ("since", iso(since)),
                ("months", months.to_string()),
            ],
            format!(
                "{} visits cancelled, not brought or with no access since {} (last {months} months)",
                missed.len(),
                english_date(since)
            ),
        )
    };
    let six = within(DAYS_6_MONTHS);
    let not_brought: Vec<&Visit> = six
        .iter()
        .copied()
        .filter(|v| v.status == VisitStatus::NotBrought)
        .collect();
    if let Some(latest) = not_brought.first() {
        add(
            "missed_appointments",
            Because::new(
                "not_brought",
                &[
                    ("count", not_brought.len().to_string()),
                    ("date", iso(latest.date)),
                ],
                format!(
                    "Not brought {} time{} in the last 6 months, most recently on {}",
                    not_brought.len(),
                    if not_brought.len() == 1 { "" } else { "s" },
                    english_date(latest.date)
                ),
            ),
        );
    }
    let three = within(DAYS_3_MONTHS);
    if three.len() >= MISSED_IN_3_MONTHS {
        add("visits_missed_3m", summary("visits_missed", &three, 3));
    }
    if six.len() >= MISSED_IN_6_MONTHS {
        add("visits_missed_6m", summary("visits_missed", &six, 6));
    }
}

fn injuries(
    household: &Household,
    done: &[&Visit],
    babies: &[BabyFacts],
    today: NaiveDate,
    add: &mut impl FnMut(&'static str, Because),
) {
    for v in done
        .iter()
        .filter(|v| (today - v.date).num_days() <= INJURY_RECENT_DAYS)
    {
        for check in &v.babies {
            let Some(baby) = household.member(check.member_id) else {
                continue;
            };
            // Mobile at the time only when recorded as mobile at or before that visit.
            let mobile_then = done
                .iter()
                .filter(|w| w.date <= v.date)
                .find_map(|w| w.baby(baby.id).and_then(|c| c.mobility))
                .is_some_and(Mobility::is_mobile);
            let not_mobile_now = babies
                .iter()
                .find(|f| f.member_id == baby.id)
                .is_some_and(|f| f.mobility.not_known_mobile());
            for injury in &check.injuries {
                let because = Because::new(
                    "injury_seen",
                    &[
                        ("name", baby.name.clone()),
                        ("kind", injury.kind.as_str().to_string()),
                        ("site", injury.site.clone()),
                        ("date", iso(v.date)),
                    ],
                    format!(
                        "{} seen on {}{} on {}",
                        injury.kind.english(),
                        baby.name,
                        if injury.site.trim().is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", injury.site.trim())
                        },
                        english_date(v.date)
                    ),
                );
                if !mobile_then || not_mobile_now {
                    add("injury_non_mobile", because.clone());
                }
                add("injury_seen", because);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_whole_calendar_months() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        assert_eq!(months_between(d(2026, 1, 31), d(2026, 2, 28)), 0);
        assert_eq!(months_between(d(2026, 1, 15), d(2026, 2, 15)), 1);
        assert_eq!(months_between(d(2025, 12, 1), d(2026, 11, 30)), 11);
    }
}
