//! Exact dates.

use super::scan::{digit_after, digit_before};
use super::{Cx, Found, Kind, Rule, push_match};
use crate::anonymise::triggers::{T_DATE_SEP, T_DATE_WORD, T_DIGIT, T_MONTH, T_WEEKDAY};

/// Numeric dates (3/4/25, 2025-03-14).
pub(super) fn numeric(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_DATE_SEP) {
        for m in sc
            .find(&p.date_numeric, T_DATE_SEP, 6, 8)
            .into_iter()
            // 2025-03-14: only a dash can start one.
            .chain(sc.find_in(
                &p.date_iso,
                sc.windows_if(T_DATE_SEP, 6, 8, |s, _| text.as_bytes()[s] == b'-'),
            ))
        {
            push_match(out, &m, Kind::Date, Rule::Date);
        }
    }
}

/// Dates with a month's name (3 March, March 3rd, March 2025).
pub(super) fn with_months(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_MONTH) {
        for m in {
            let near = sc.windows_if(T_MONTH, 16, 20, |s, e| {
                digit_before(text, s, 12) || digit_after(text, e, 6)
            });
            sc.find_in(&p.date_day_month, near.clone())
                .into_iter()
                .chain(sc.find_in(&p.date_month_day, near.clone()))
                .chain(sc.find_in(&p.date_month_year, near))
        } {
            // "mar 3" must be a month, not a typo: "Mar" is taken only with a capital.
            let s = m.as_str();
            let lower = s.to_lowercase();
            if lower.starts_with("mar ") && !s.starts_with("Mar") {
                continue;
            }
            push_match(out, &m, Kind::Date, Rule::Date);
        }
    }
}

/// Dates known by the words before them ("on the 14th", "Tuesday 14th", "dob 3/4").
pub(super) fn in_context(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_DIGIT) && on(T_DATE_WORD | T_WEEKDAY) {
        // Each pattern runs only after its own kind of word: "on the 14th" after "on", "Tuesday
        // 14th" after a weekday, "dob 3/4" after a date word with a slash.
        let the_after = |e: usize| text[e..].trim_start().to_lowercase().starts_with("the ");
        let slash_after = |e: usize| text[e..].bytes().take(12).any(|b| b == b'/');
        let windows = [
            sc.windows_if(T_DATE_WORD, 0, 40, |_, e| slash_after(e)),
            sc.windows_if(T_WEEKDAY, 0, 40, |_, e| digit_after(text, e, 10)),
            sc.windows_if(T_DATE_WORD, 0, 40, |_, e| {
                the_after(e) && digit_after(text, e, 10)
            }),
        ];
        for (re, windows) in [
            &p.date_short_context,
            &p.date_weekday_ordinal,
            &p.date_on_the,
        ]
        .into_iter()
        .zip(windows)
        {
            for c in sc.caps_in(re, windows) {
                if let Some(m) = c.get(1) {
                    // "on the 25th centile" is a measurement, not a date.
                    let next = text[m.end()..]
                        .split(|c: char| !c.is_alphanumeric())
                        .find(|w| !w.is_empty())
                        .unwrap_or("")
                        .to_lowercase();
                    if [
                        "centile",
                        "centiles",
                        "percentile",
                        "week",
                        "weeks",
                        "birthday",
                        "floor",
                        "time",
                        "day",
                        "visit",
                        "attempt",
                        "child",
                        "baby",
                    ]
                    .contains(&next.as_str())
                    {
                        continue;
                    }
                    // No month has a 32nd day; and "from the 50th to the 9th centile" is a
                    // range of centiles: the first ordinal is the centile the second one is.
                    let day: u32 = m
                        .as_str()
                        .trim_end_matches(char::is_alphabetic)
                        .parse()
                        .unwrap_or(0);
                    if day == 0 || day > 31 || centile_range_after(&text[m.end()..]) {
                        continue;
                    }
                    push_match(out, &m, Kind::Date, Rule::Date);
                }
            }
        }
    }
}

/// Whether `rest` goes on "to the 9th centile" (or "and", "-", "–"; "percentile"): the ordinal
/// before it is the start of a range of centiles.
fn centile_range_after(rest: &str) -> bool {
    let words: Vec<String> = rest
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '–')
                .to_lowercase()
        })
        .collect();
    let mut i = 0;
    if !words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "to" | "and" | "-" | "–"))
    {
        return false;
    }
    i += 1;
    if words.get(i).is_some_and(|w| w == "the") {
        i += 1;
    }
    let ordinal = words.get(i).is_some_and(|w| {
        let digits = w.trim_end_matches(char::is_alphabetic);
        !digits.is_empty()
            && digits.chars().all(|c| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].contains(&&w[digits.len()..])
    });
    ordinal
        && words
            .get(i + 1)
            .is_some_and(|w| w.starts_with("centile") || w.starts_with("percentile"))
}
