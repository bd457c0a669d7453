//! The team's themes over time, for the supervisor's page: how many reflections carry each
//! theme, week by week, counted by the database; drawn as one bar chart per theme, all on one
//! scale, every week in the period shown (an empty week is information, not a gap to close up),
//! each bar a link to those reflections, and each chart followed by its numbers as a table.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Days, NaiveDate};
use doorstep_core::content::Theme;

use super::{count_of, esc, theme_title, week_label};

/// The most weeks shown: the latest week with a reflection and the ones before it.
pub const WEEKS_SHOWN: usize = 26;

/// Weekly counts per theme.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ThemeCounts {
    /// Every week of the period, oldest first, with none left out.
    pub weeks: Vec<String>,
    /// theme → count per week, aligned with `weeks`.
    pub counts: BTreeMap<String, Vec<u32>>,
}

fn monday(week: &str) -> Option<NaiveDate> {
    let year = week.get(..4)?.parse().ok()?;
    let w = week.get(6..)?.parse().ok()?;
    NaiveDate::from_isoywd_opt(year, w, chrono::Weekday::Mon)
}

impl ThemeCounts {
    /// The counts from the database's (week, theme, count) rows (a `None` theme: reflections
    /// with no theme).
    pub fn from_rows(rows: &[crate::db::ThemeCount]) -> ThemeCounts {
        let mut by_week: BTreeMap<String, BTreeMap<Option<String>, u32>> = BTreeMap::new();
        for (week, theme, n) in rows {
            *by_week
                .entry(week.clone())
                .or_default()
                .entry(theme.clone())
                .or_default() += u32::try_from(*n).unwrap_or(u32::MAX);
        }
        let (Some(first), Some(last)) = (
            by_week.keys().next().and_then(|w| monday(w)),
            by_week.keys().next_back().and_then(|w| monday(w)),
        ) else {
            return ThemeCounts::default();
        };
        let mut weeks = Vec::new();
        let mut at = last;
        while at >= first && weeks.len() < WEEKS_SHOWN {
            weeks.push(doorstep_core::wire::iso_week(at));
            match at.checked_sub_days(Days::new(7)) {
                Some(before) => at = before,
                None => break,
            }
        }
        weeks.reverse();
        let count = |w: &String, t: Option<&str>| {
            by_week
                .get(w)
                .and_then(|m| m.get(&t.map(String::from)))
                .copied()
                .unwrap_or(0)
        };
        let counts = Theme::ALL
            .iter()
            .map(|t| {
                let t = t.as_str();
                (
                    t.to_string(),
                    weeks.iter().map(|w| count(w, Some(t))).collect(),
                )
            })
            .collect();
        ThemeCounts { weeks, counts }
    }

    /// The largest count of any theme in any week: the one scale of every chart.
    pub fn scale(&self) -> u32 {
        self.counts
            .values()
            .flat_map(|v| v.iter().copied())
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// The chart's drawing units: narrow enough that its text stays readable at phone width.
const W: u32 = 360;
const H: u32 = 166;
const TOP: u32 = 20;
/// Room under the bars for two rows of week labels.
const BOTTOM: u32 = 2 * (FONT + 2) + 6;
const FONT: u32 = 14;
/// The week labels' size when the bars are narrow (up to 26 weeks: two rows, each label two
/// bars wide).
const SMALL_FONT: u32 = 12;

/// One theme's weekly bars as SVG on the shared scale, each bar a link to its reflections,
/// followed by a table of the same numbers.
pub fn chart(theme: &str, c: &ThemeCounts) -> String {
    let values = c.counts.get(theme).cloned().unwrap_or_default();
    let scale = c.scale();
    let n = values.len().max(1) as u32;
    let slot = W / n;
    let total: u32 = values.iter().sum();
    let title = theme_title(theme);
    let mut svg = format!(
        "<figure class=\"chart\"><figcaption id=\"c-{id}\">{title}: {total}</figcaption>\
         <svg role=\"group\" aria-labelledby=\"c-{id}\" viewBox=\"0 0 {W} {H}\" class=\"bars\">\
         <line x1=\"0\" y1=\"{base}\" x2=\"{W}\" y2=\"{base}\" stroke=\"#556\" stroke-width=\"1\"/>",
        id = esc(theme),
        title = esc(title),
        total = count_of(i64::from(total), "reflection", "reflections"),
        base = H - BOTTOM,
    );
    for (i, v) in values.iter().enumerate() {
        let week = c.weeks.get(i).map_or("", String::as_str);
        let height = (H - TOP - BOTTOM) * v / scale;
        let x = i as u32 * slot;
        let y = H - BOTTOM - height;
        let _ = write!(
            svg,
            "<a href=\"/?state=all&amp;theme={t}&amp;week={w}\" aria-label=\"{label}: {n}\">\
             <rect x=\"{x}\" y=\"{y}\" width=\"{bw}\" height=\"{height}\" fill=\"#0b5c6b\" \
             data-week=\"{w}\" data-count=\"{v}\"/>",
            t = esc(theme),
            w = esc(week),
            label = esc(&week_label(week)),
            n = count_of(i64::from(*v), "reflection", "reflections"),
            bw = slot.saturating_sub(2).max(1),
        );
        // The value on the bar, where it fits (the table below has every number).
        if *v > 0 && slot >= FONT * 2 {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{}\" font-size=\"{FONT}\" text-anchor=\"middle\" fill=\"#14181c\">{v}</text>",
                x + slot / 2,
                y.saturating_sub(4).max(FONT)
            );
        }
        svg.push_str("</a>");
    }
    // Every week labelled under its bar; when the bars are narrow, every other week on a second
    // row, so that each label has two bars' width. (Decorative: each bar's link says its week.)
    let narrow = slot < FONT * 3;
    let font = if narrow { SMALL_FONT } else { FONT };
    for (i, week) in c.weeks.iter().enumerate() {
        let row = u32::from(narrow && i % 2 == 1);
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"{}\" font-size=\"{font}\" text-anchor=\"middle\" fill=\"#333\" \
             aria-hidden=\"true\" class=\"week\">{}</text>",
            i as u32 * slot + slot / 2,
            H - BOTTOM + FONT + 2 + row * (FONT + 2),
            esc(week.get(5..).unwrap_or(week)),
        );
    }
    svg.push_str("</svg>");
    let _ = write!(
        svg,
        "<details class=\"numbers\"><summary>The numbers<span class=\"visually-hidden\"> for {title}</span></summary>\
         <table><thead><tr><th scope=\"col\">Week</th><th scope=\"col\">Reflections</th></tr></thead><tbody>",
        title = esc(title)
    );
    for (w, v) in c.weeks.iter().zip(&values) {
        let _ = write!(svg, "<tr><td>{}</td><td>{v}</td></tr>", esc(&week_label(w)));
    }
    svg.push_str("</tbody></table></details></figure>");
    svg
}

/// The period shown, said plainly.
fn period(c: &ThemeCounts) -> String {
    match (c.weeks.first(), c.weeks.last()) {
        (Some(a), Some(b)) if a == b => format!("the week {}", week_label(a)),
        (Some(a), Some(b)) => format!(
            "{} weeks, {} to {}",
            c.weeks.len(),
            week_label(a),
            week_label(b)
        ),
        _ => "no weeks".to_string(),
    }
}

/// The themes page's body below its heading.
pub fn page_body(c: &ThemeCounts) -> String {
    if c.weeks.is_empty() {
        return "<p>No reflections yet.</p>".to_string();
    }
    let mut body = format!(
        "<p>Reflections carrying each theme, week by week of the visit: {}. Every chart has the \
         same scale (the tallest bar anywhere is {}), and a week with none is shown empty. A \
         reflection can carry several themes. Choose a bar to read those reflections.</p>",
        esc(&period(c)),
        c.scale()
    );
    body.push_str("<div class=\"charts\">");
    for t in Theme::ALL {
        body.push_str(&chart(t.as_str(), c));
    }
    body.push_str("</div>");
    body
}

/// What the team is learning over the same weeks: of the reflections whose devices sent the
/// signals, how many carried each of the content's signals, as a table (a share of a small
/// number is shown with the number, never alone).
pub fn learning(c: &ThemeCounts, counts: &crate::db::SignalCounts) -> String {
    let (total, per) = counts;
    let mut out = String::from(
        "<section aria-labelledby=\"learning\"><h2 id=\"learning\">What the team is learning</h2>",
    );
    if *total == 0 {
        out.push_str(
            "<p>None of these weeks' reflections came from a version of the app that sends \
             these answers yet.</p></section>",
        );
        return out;
    }
    let _ = write!(
        out,
        "<p>The gaps the case reviews keep finding, across the team's reflections ({}). Counted \
         over the {total} {} that carry these answers (reflections from earlier versions of the \
         app do not); a reflection can carry several. Worked out on each practitioner's device \
         from the visit and the reflection's answers; nothing else about the family is sent.</p>",
        esc(&period(c)),
        if *total == 1 {
            "reflection"
        } else {
            "reflections"
        }
    );
    out.push_str(
        "<table class=\"numbers learning\"><thead><tr><th scope=\"col\">In the reflection</th>\
         <th scope=\"col\">Reflections</th><th scope=\"col\">Share</th></tr></thead><tbody>",
    );
    for signal in &doorstep_core::content::Content::embedded()
        .reflection
        .signals
    {
        let n = per
            .iter()
            .find(|(id, _)| id == &signal.id)
            .map_or(0, |(_, n)| *n);
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{n} of {total}</td><td>{}%</td></tr>",
            esc(&signal.label),
            (n * 100 + total / 2) / total
        );
    }
    out.push_str("</tbody></table></section>");
    out
}

/// "Not safe tonight" and escalations, week by week over the same weeks as the charts: of the
/// reflections that carry a judgement, how many were judged not safe or not sure, and how many
/// were referred or an emergency (by the content's options: an answer that opens the card's
/// step; a decision of urgency 3 or more). Every week is a row, the empty ones too.
pub fn judgements_over_time(c: &ThemeCounts, rows: &[crate::db::JudgementCount]) -> String {
    use doorstep_core::content::{Content, DECISION, JUDGEMENT};
    let template = &Content::embedded().reflection;
    let mut out = String::from(
        "<section aria-labelledby=\"judged-h\"><h2 id=\"judged-h\">Not safe tonight and \
         escalations, week by week</h2>",
    );
    if !rows.iter().any(|(_, j, d, _)| j.is_some() || d.is_some()) {
        out.push_str(
            "<p>No reflection in these weeks carries a judgement yet (the app sends it from \
             its December 2026 questions).</p></section>",
        );
        return out;
    }
    out.push_str(
        "<table class=\"numbers judged\"><thead><tr><th scope=\"col\">Week</th>\
         <th scope=\"col\">Judged</th><th scope=\"col\">Not safe or not sure</th>\
         <th scope=\"col\">Referred or emergency</th></tr></thead><tbody>",
    );
    for week in &c.weeks {
        let (mut judged, mut unsafe_, mut escalated) = (0, 0, 0);
        for (_, j, d, n) in rows.iter().filter(|(w, ..)| w == week) {
            if let Some(j) = j {
                judged += n;
                if template
                    .option(JUDGEMENT, j)
                    .is_some_and(|o| o.step.is_some())
                {
                    unsafe_ += n;
                }
            }
            if d.as_deref()
                .and_then(|d| template.option(DECISION, d))
                .is_some_and(|o| o.urgency >= 3)
            {
                escalated += n;
            }
        }
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{judged}</td><td>{unsafe_}</td><td>{escalated}</td></tr>",
            esc(&super::week_label(week))
        );
    }
    out.push_str("</tbody></table></section>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(week: &str, theme: Option<&str>, n: i64) -> crate::db::ThemeCount {
        (week.to_string(), theme.map(String::from), n)
    }

    #[test]
    fn every_week_is_shown_and_every_theme_is_on_one_scale() {
        let c = ThemeCounts::from_rows(&[
            row("2026-W46", Some("e"), 2),
            row("2026-W46", Some("f"), 1),
            row("2026-W49", Some("e"), 1),
            row("2026-W49", Some("a"), 4),
        ]);
        assert_eq!(c.weeks, ["2026-W46", "2026-W47", "2026-W48", "2026-W49"]);
        assert_eq!(c.counts["e"], [2, 0, 0, 1]);
        assert_eq!(c.counts["a"], [0, 0, 0, 4]);
        assert_eq!(c.scale(), 4);
        // Across a year end, and no more than 26 weeks.
        let c = ThemeCounts::from_rows(&[row("2025-W40", Some("e"), 1), row("2026-W02", None, 1)]);
        assert_eq!(c.weeks.first().map(String::as_str), Some("2025-W40"));
        assert_eq!(c.weeks.len(), 15, "{:?}", c.weeks);
        let c = ThemeCounts::from_rows(&[row("2024-W10", Some("e"), 1), row("2026-W02", None, 1)]);
        assert_eq!(c.weeks.len(), WEEKS_SHOWN);
        assert_eq!(c.weeks.last().map(String::as_str), Some("2026-W02"));
    }

    #[test]
    fn every_week_has_its_label_under_its_bar() {
        for weeks in [4usize, 12, 26] {
            let rows: Vec<_> = (0..weeks)
                .map(|i| {
                    let monday = NaiveDate::from_isoywd_opt(2026, 1, chrono::Weekday::Mon)
                        .and_then(|d| d.checked_add_days(Days::new(7 * i as u64)))
                        .unwrap();
                    row(&doorstep_core::wire::iso_week(monday), Some("e"), 1)
                })
                .collect();
            let c = ThemeCounts::from_rows(&rows);
            assert_eq!(c.weeks.len(), weeks);
            let svg = chart("e", &c);
            let labels: Vec<&str> = svg
                .split("class=\"week\">")
                .skip(1)
                .map(|s| s.split('<').next().unwrap_or(""))
                .collect();
            let expected: Vec<&str> = c.weeks.iter().map(|w| &w[5..]).collect();
            assert_eq!(labels, expected, "{weeks} weeks");
            // Neighbouring labels on the same row never overlap: at least 2 characters of the
            // label's font between their centres per character (W and two digits).
            let slot = W / weeks as u32;
            let narrow = slot < FONT * 3;
            let (gap, font) = if narrow {
                (2 * slot, SMALL_FONT)
            } else {
                (slot, FONT)
            };
            assert!(
                gap as f32 >= 3.0 * 0.65 * font as f32,
                "{weeks} weeks: {gap} < label"
            );
        }
    }
}
