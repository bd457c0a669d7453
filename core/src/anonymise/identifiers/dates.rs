//! Exact dates.

use super::scan::{digit_after, digit_before};
use super::{Cx, Found, Kind, Rule, push, push_match};
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
            // A date writes its separators alike: "6-8/52" is six to eight weeks.
            let seps: Vec<char> = m.as_str().chars().filter(|c| !c.is_ascii_digit()).collect();
            if seps.windows(2).any(|w| w[0] != w[1]) {
                continue;
            }
            push_date(out, cx.text, m.start(), m.end());
        }
        // A day and month without a year: a date, unless the words around show a fraction, a
        // score, a duration ("2/7": two days, as clinical notes write it) or a measurement.
        for m in sc.find(&p.date_day_month_numeric, T_DATE_SEP, 6, 8) {
            if day_month_is_date(text, m.start(), m.end()) {
                push_date(out, cx.text, m.start(), m.end());
            }
        }
    }
}

/// A date, with the day of the week written before it ("Tuesday 11 March 2025", "Mon, 28 Apr",
/// "Sat 13/12/2025"): hidden whole, as "Tuesday 14th" is.
fn push_date(out: &mut Vec<Found>, text: &str, start: usize, end: usize) {
    const WEEKDAYS: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mon",
        "tue",
        "tues",
        "wed",
        "weds",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
    ];
    let before = text[..start].trim_end_matches(' ');
    let before = before.strip_suffix(',').unwrap_or(before);
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let from = if before.len() < start && WEEKDAYS.contains(&word.to_ascii_lowercase().as_str()) {
        word_start
    } else {
        start
    };
    push(out, from, end, Kind::Date, Rule::Date);
}

/// Whether "d/m" at `start..end` (digits, a slash, digits) is a day and a month.
fn day_month_is_date(text: &str, start: usize, end: usize) -> bool {
    let s = &text[start..end];
    let Some((d, m)) = s.split_once('/') else {
        return false;
    };
    let (Ok(day), Ok(month)) = (d.parse::<u32>(), m.parse::<u32>()) else {
        return false;
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return false;
    }
    // Part of a longer number (a full date, 1/2/3, 12/34/56) is read elsewhere.
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    if before.is_some_and(|c| c == '/' || c == '.' || c == '-' || c.is_alphanumeric())
        || after.is_some_and(|c| c == '/' || c == '-' || c.is_alphanumeric())
    {
        return false;
    }
    // 1/2, 3/4, 2/3: fractions; 24/7: all the time (24/07 and 01/02 are dates).
    let padded = d.starts_with('0') || m.starts_with('0');
    if (day < month && month <= 4 && !padded) || s == "24/7" {
        return false;
    }
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // The words around on the same line: a line that ends "…weigh x" says nothing of the
    // "23/01" that starts the next one (issue 36: a texted log's date was kept as a score).
    let mut line_before = text[..start].rsplit('\n').next().unwrap_or("");
    // A label on the line above counts as before it ("Pain score:\n7/10").
    if line_before.trim().is_empty() {
        let above = text[..start].trim_end();
        if above.ends_with(':') {
            line_before = above.rsplit('\n').next().unwrap_or("");
        }
    }
    let line_after = text[end..].split('\n').next().unwrap_or("");
    let prev = line_before
        .split_whitespace()
        .next_back()
        .map(word)
        .unwrap_or_default();
    let next = line_after
        .split_whitespace()
        .next()
        .map(word)
        .unwrap_or_default();
    const SCORE_BEFORE: &[&str] = &[
        "apgar", "score", "scored", "scores", "scoring", "rated", "rating", "pain", "epds", "gad",
        "gad7", "phq", "phq9", "whooley", "bp", "sats", "hr", "rr", "temp", "x", "of", "dose",
        "doses", "ratio", "grade",
    ];
    const SCALES: &[&str] = &[
        "apgar", "apgars", "score", "scored", "scores", "epds", "pain",
    ];
    const DURATION_BEFORE: &[&str] = &["in", "for", "within", "after", "over", "every", "last"];
    const UNIT_AFTER: &[&str] = &[
        "tsp", "oz", "ml", "feeds", "feed", "bottle", "bottles", "of", "an", "a", "scoop",
        "scoops", "hours", "hrs", "hour", "days", "day", "weeks", "wks", "months", "times", "ago",
        "later",
    ];
    if SCORE_BEFORE.contains(&prev.as_str()) || UNIT_AFTER.contains(&next.as_str()) {
        return false;
    }
    // A score out of ten with its scale named earlier in the sentence ("Apgar had been 8/10
    // then 9/10").
    let sentence = text[..start].rsplit(['.', '\n', ';']).next().unwrap_or("");
    let scale_named = sentence
        .split_whitespace()
        .rev()
        .take(6)
        .any(|w| SCALES.contains(&word(w).as_str()));
    if month == 10 && day <= 10 && scale_named {
        return false;
    }
    // Clinical notes write days as n/7 and months as n/12 ("Vitamin D from 1/12", "Review
    // 3/12", "in 2/7"), without a leading zero: a duration after these words. "05/12" at the
    // start of a chronology's line is a date.
    const CLINICAL_BEFORE: &[&str] = &["from", "review", "reviewed", "fu", "f/u", "x"];
    if (month == 7 || month == 12)
        && !d.starts_with('0')
        && (DURATION_BEFORE.contains(&prev.as_str()) || CLINICAL_BEFORE.contains(&prev.as_str()))
    {
        return false;
    }
    true
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
            push_date(out, cx.text, m.start(), m.end());
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
        for (k, (re, windows)) in [
            &p.date_short_context,
            &p.date_weekday_ordinal,
            &p.date_on_the,
        ]
        .into_iter()
        .zip(windows)
        .enumerate()
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
                    // "crossed down two centile lines from the 2nd": a centile named just
                    // before, in the same sentence.
                    let before = text[..m.start()]
                        .rsplit(['.', '\n', ';', ','])
                        .next()
                        .unwrap_or("");
                    if before.split_whitespace().rev().take(6).any(|w| {
                        let w = w
                            .trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase();
                        w == "centile" || w == "centiles" || w == "percentile"
                    }) {
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
                    // "Tuesday 14th" is hidden whole, the weekday with its day.
                    match c.get(0).filter(|_| k == 1) {
                        Some(whole) => push_match(out, &whole, Kind::Date, Rule::Date),
                        None => push_date(out, cx.text, m.start(), m.end()),
                    }
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
