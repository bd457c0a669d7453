//! Identifiers written in a disguised form: full-width or other compatibility digits and signs
//! (`０７７００`, `＠`), invisible format characters inside a number (a zero-width space, a soft
//! hyphen), dots, slashes or dashes between digit groups (`943.476.5919`, `07700.900.123`,
//! `SW1A-1AA`), and "name (at) domain". The note is normalised (Unicode NFKC, format characters
//! dropped, those separators read as spaces, "(at)" and "(dot)" read as `@` and `.`) and searched
//! again; what is found is given back as spans of the original note.
//!
//! The device's anonymiser and the server's re-check both call [`find`] through
//! [`super::identifiers::find_disguised`], so the server never refuses what an up-to-date device
//! sends, and a device that missed a disguised identifier is caught by the server.

use unicode_normalization::UnicodeNormalization;

/// A normalised note, each byte knowing the span of the original it came from.
#[derive(Debug)]
pub struct Normalised {
    pub text: String,
    /// For each byte of `text`: the original span of the character it came from.
    spans: Vec<(usize, usize)>,
}

impl Normalised {
    /// The original span of the normalised span `start..end` (`start < end`).
    pub fn original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let first = self.spans.get(start)?;
        let last = self.spans.get(end.checked_sub(1)?)?;
        Some((first.0, last.1))
    }
}

/// Invisible characters that change nothing a reader sees (Unicode's format characters that
/// turn up in pasted text).
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}'
        | '\u{feff}')
}

/// A separator that may stand between the groups of a number or a postcode: ASCII punctuation
/// people put in numbers, every kind of space (no-break, narrow, thin, figure, ideographic…) and
/// the dashes.
fn separator(c: char) -> bool {
    matches!(
        c,
        '.' | '/' | '-' | '_' | ' ' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{00a0}'
            | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// "(at)", "[at]", "(dot)" and "[dot]" (any case, spaces inside allowed) starting at `i`: the
/// sign they stand for and how many characters they take.
fn spelt_sign(chars: &[(char, usize, usize)], i: usize) -> Option<(char, usize)> {
    let close = match chars.get(i)?.0 {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let mut word = String::new();
    let mut j = i + 1;
    while let Some(&(c, _, _)) = chars.get(j) {
        if c == close {
            let sign = match word.trim().to_ascii_lowercase().as_str() {
                "at" => '@',
                "dot" => '.',
                _ => return None,
            };
            return Some((sign, j + 1 - i));
        }
        if word.len() > 6 {
            return None;
        }
        word.push(c);
        j += 1;
    }
    None
}

/// A character that can stand in for part of an identifier wherever it is: invisible characters,
/// full-width forms (`０`, `＠`), and the compatibility digits NFKC turns into
/// plain ones (superscript, circled, mathematical). Curly quotes and other typography are not.
fn suspicious(c: char) -> bool {
    invisible(c)
        || matches!(c,
            '\u{ff01}'..='\u{ff5e}' | '\u{2070}'..='\u{209f}' | '\u{2460}'..='\u{24ff}'
            | '\u{1d7ce}'..='\u{1d7ff}' | '\u{2024}' | '\u{fe52}' | '\u{fe6b}')
}

/// Whether this note may hold an identifier in disguise: a quick look at its bytes, so that the
/// common note (ASCII prose, dates and times, numbers written plainly) costs one pass and no
/// allocation. Yes when it has a character that can stand in for part of one ([`suspicious`]),
/// "(at)" or "(dot)", a run of digit groups holding 9 or more digits that is not written with
/// single spaces (`943.476.5919`, `07700  900123`), or a `-` or `.` between a letter and a digit
/// (`SW1A-1AA`), or five or more single letters and digits one after another with a digit among
/// them (`S W 1 A 1 A A`).
pub fn may_be_disguised(text: &str) -> bool {
    let b = text.as_bytes();
    let sep = |c: u8| matches!(c, b'.' | b'/' | b'-' | b'_' | b' ');
    let mut i = 0;
    while i < b.len() {
        // Most of a note is letters, spaces and commas, which nothing below looks at: on to the
        // next byte that may matter.
        match b[i..]
            .iter()
            .position(|&c| c >= 0x80 || matches!(c, b'(' | b'[' | b'-' | b'.' | b'0'..=b'9'))
        {
            Some(k) => i += k,
            None => break,
        }
        let c = b[i];
        if c >= 0x80 {
            let ch = text[i..].chars().next().unwrap_or(' ');
            let next_is_digit = b.get(i + ch.len_utf8()).is_some_and(u8::is_ascii_digit);
            let prev_is_digit = i > 0 && b[i - 1].is_ascii_digit();
            if suspicious(ch) || (separator(ch) && (prev_is_digit || next_is_digit)) {
                return true;
            }
            i += ch.len_utf8();
            continue;
        }
        if c == b'(' || c == b'[' {
            let rest = text[i + 1..].trim_start().as_bytes();
            let word = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
            if word(b"at") || word(b"dot") {
                return true;
            }
        }
        if (c == b'-' || c == b'.') && i > 0 && i + 1 < b.len() {
            let (l, r) = (b[i - 1], b[i + 1]);
            if (l.is_ascii_alphabetic() && r.is_ascii_digit())
                || (l.is_ascii_digit() && r.is_ascii_alphabetic())
            {
                return true;
            }
        }
        if c.is_ascii_digit() {
            // A run of digits and separators: how many digits, and in how many groups? An
            // identifier's digits in more than one group may be grouped as nobody writes them
            // (`943476591 9`, `9 4 3 4 7 6 5 9 1 9`): the normalised reading joins them.
            // Grouped as people write them, the plain reading finds them already: a phone
            // (from 0 or after +, its groups any size) or an NHS number in 3, 3 and 4 digits.
            let (mut digits, mut groups, mut j) = (0, 1, i);
            let mut sizes = [0usize; 3];
            let mut odd = false;
            while j < b.len() && (b[j].is_ascii_digit() || sep(b[j])) {
                if b[j].is_ascii_digit() {
                    digits += 1;
                    if j > i && sep(b[j - 1]) {
                        groups += 1;
                    }
                    if let Some(n) = sizes.get_mut(groups - 1) {
                        *n += 1;
                    }
                } else if b[j] != b' ' || b.get(j + 1).is_some_and(|c| sep(*c)) {
                    odd = true;
                }
                j += 1;
            }
            let phone = (c == b'0' && sizes[0] >= 2) || (i > 0 && b[i - 1] == b'+');
            let plain = !odd && (phone || (groups == 3 && sizes == [3, 3, 4]));
            if digits >= 9 && groups > 1 && !plain {
                return true;
            }
            // A digit standing alone ("3 children"), perhaps one of five or more single
            // characters in a row (`S W 1 A 1 A A`).
            if sizes[0] == 1
                && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
                && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
                && spelt_out_around(b, i)
            {
                return true;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    false
}

/// The fewest single characters in a row that are read as one identifier spelt out.
const SPELT_OUT: usize = 5;

/// Whether the lone character at `at` is one of [`SPELT_OUT`] or more single ASCII letters or
/// digits in a row, each apart from the next by one to three separators (`S W 1 A 1 A A`).
fn spelt_out_around(b: &[u8], at: usize) -> bool {
    let sep = |c: u8| matches!(c, b'.' | b'/' | b'-' | b'_' | b' ');
    let alone = |i: usize| {
        b[i].is_ascii_alphanumeric()
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_none_or(|c| !c.is_ascii_alphanumeric())
    };
    // The next single character after `i` across one to three separators, either way.
    let step = |i: usize, forward: bool| -> Option<usize> {
        let mut j = i;
        for _ in 0..4 {
            j = if forward {
                j.checked_add(1)?
            } else {
                j.checked_sub(1)?
            };
            let c = *b.get(j)?;
            if !sep(c) {
                let gap = j.abs_diff(i);
                return (gap >= 2 && alone(j)).then_some(j);
            }
        }
        None
    };
    let mut run = 1;
    for forward in [false, true] {
        let mut i = at;
        while let Some(j) = step(i, forward) {
            run += 1;
            if run >= SPELT_OUT {
                return true;
            }
            i = j;
        }
    }
    false
}

/// A run of groups that may be one identifier written as nobody writes one: the byte span in
/// the normalised note, and the characters of the groups joined (`+` kept before a phone's
/// country code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grouped {
    pub start: usize,
    pub end: usize,
    pub joined: String,
}

/// The runs of groups in a normalised note that may be one identifier: every run of two or more
/// consecutive digit groups one to three separators apart with 9 to 12 digits in all (however
/// they are grouped: `943476591 9`, `9 4 3 4 7 6 5 9 1 9`, and within a longer run, so that
/// `07700 900 123 2 times` offers `07700900123`), and every run of 5 to 9 consecutive single
/// letters and digits with a digit among them (`S W 1 A 1 A A`, its letters all capitals or all
/// small). The caller keeps those that the plain reading finds whole.
pub fn grouped(text: &str) -> Vec<Grouped> {
    // Tokens: runs of ASCII letters and digits (the note is NFKC already).
    let b = text.as_bytes();
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            tokens.push((start, i));
        } else {
            i += 1;
        }
    }
    // One to three separators between two tokens (and nothing else).
    let apart = |a: (usize, usize), z: (usize, usize)| {
        let gap = &text[a.1..z.0];
        (1..=3).contains(&gap.chars().count()) && gap.chars().all(separator)
    };
    let digits = |t: (usize, usize)| b[t.0..t.1].iter().all(u8::is_ascii_digit);
    let mut out = Vec::new();
    let mut t = 0;
    while t < tokens.len() {
        // Digit groups.
        let mut end = t;
        while end + 1 < tokens.len()
            && digits(tokens[end])
            && digits(tokens[end + 1])
            && apart(tokens[end], tokens[end + 1])
        {
            end += 1;
        }
        if end > t {
            let plus = tokens[t].0 > 0 && text[..tokens[t].0].trim_end().ends_with('+');
            for first in t..=end {
                let mut joined = String::new();
                if plus && first == t {
                    joined.push('+');
                }
                for last in first..=end {
                    joined.push_str(&text[tokens[last].0..tokens[last].1]);
                    let count = joined.trim_start_matches('+').len();
                    if count > 12 {
                        break;
                    }
                    // A group alone too: beside other numbers the plain reading may take
                    // them together and find nothing ("00  07700900123").
                    if count >= 9 {
                        out.push(Grouped {
                            start: tokens[first].0 - usize::from(plus && first == t),
                            end: tokens[last].1,
                            joined: joined.clone(),
                        });
                    }
                }
            }
            t = end + 1;
            continue;
        }
        // Single characters, their letters of one case.
        let single = |k: usize| tokens[k].1 - tokens[k].0 == 1;
        let upper = |k: usize| b[tokens[k].0].is_ascii_uppercase();
        let lower = |k: usize| b[tokens[k].0].is_ascii_lowercase();
        let mut case: Option<bool> = None;
        let mut fits = |k: usize| {
            if upper(k) || lower(k) {
                *case.get_or_insert(upper(k)) == upper(k)
            } else {
                true
            }
        };
        let mut end = t;
        if single(t) && fits(t) {
            while end + 1 < tokens.len()
                && single(end + 1)
                && apart(tokens[end], tokens[end + 1])
                && fits(end + 1)
            {
                end += 1;
            }
        }
        let run = end + 1 - t;
        if single(t) && run >= SPELT_OUT {
            for first in t..=end {
                for last in first + SPELT_OUT - 1..=(first + 8).min(end) {
                    let joined: String =
                        (first..=last).map(|k| char::from(b[tokens[k].0])).collect();
                    if joined.bytes().any(|c| c.is_ascii_digit()) {
                        out.push(Grouped {
                            start: tokens[first].0,
                            end: tokens[last].1,
                            joined,
                        });
                    }
                }
            }
        }
        t = end.max(t) + 1;
    }
    out
}

/// Normalises a note (see the module's documentation).
pub fn normalise(text: &str) -> Normalised {
    // 1. NFKC, character by character so that each output character knows its source; format
    //    characters dropped.
    let mut chars: Vec<(char, usize, usize)> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if invisible(c) {
            continue;
        }
        let end = at + c.len_utf8();
        if c.is_ascii() {
            chars.push((c, at, end));
        } else {
            chars.extend(std::iter::once(c).nfkc().map(|n| (n, at, end)));
        }
    }
    // 2. Separators between groups of digits (or of a postcode's letters and digits) become one
    //    space; "(at)" and "(dot)" between words become the sign.
    let mut out = String::with_capacity(text.len());
    let mut spans = Vec::with_capacity(text.len());
    fn emit(c: char, span: (usize, usize), out: &mut String, spans: &mut Vec<(usize, usize)>) {
        out.push(c);
        spans.extend(std::iter::repeat_n(span, c.len_utf8()));
    }
    let mut i = 0;
    while i < chars.len() {
        let (c, start, end) = chars[i];
        if let Some((sign, len)) = spelt_sign(&chars, i) {
            let before = out.trim_end().chars().next_back();
            let after = chars[i + len..].iter().map(|x| x.0).find(|c| *c != ' ');
            if before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric)
            {
                while out.ends_with(' ') {
                    out.pop();
                    spans.pop();
                }
                emit(sign, (start, chars[i + len - 1].2), &mut out, &mut spans);
                i += len;
                while chars.get(i).is_some_and(|x| x.0 == ' ') {
                    i += 1;
                }
                continue;
            }
        }
        if separator(c) {
            // A run of separators between two alphanumerics, at least one a digit.
            let mut j = i;
            while chars.get(j).is_some_and(|x| separator(x.0)) && j - i < 3 {
                j += 1;
            }
            let before = out.chars().next_back();
            let after = chars.get(j).map(|x| x.0);
            let groups = matches!((before, after), (Some(b), Some(a))
                if b.is_alphanumeric() && a.is_alphanumeric()
                    && (b.is_ascii_digit() || a.is_ascii_digit()));
            if groups && chars.get(j).is_some_and(|x| !separator(x.0)) {
                emit(' ', (start, chars[j - 1].2), &mut out, &mut spans);
                i = j;
                continue;
            }
        }
        emit(c, (start, end), &mut out, &mut spans);
        i += 1;
    }
    Normalised { text: out, spans }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn plain_notes_are_seen_to_hold_no_disguise() {
        for plain in [
            "Visited at 10 am. Baby settled in the cot; mum tired (as before).",
            "weighed 3 kg at 34 weeks",
            "see you on the 4th - bring the red book",
            "seen 12/03/2025 at 10.30, weighed 3.45kg",
            "Mum’s “good week” – she said so",
        ] {
            assert!(!may_be_disguised(plain), "{plain:?}");
        }
        for disguised in [
            "943.476.5919",
            "07700  900123",
            "SW1A-1AA",
            "jo (at) example.org",
            "jo [DOT] org",
            "０７７００",
            "07700\u{200b}900",
            "07700–900–123",
        ] {
            assert!(may_be_disguised(disguised), "{disguised:?}");
        }
    }

    #[test]
    fn disguises_are_undone_and_spans_point_into_the_original() {
        for (input, want) in [
            ("call 943.476.5919 now", "call 943 476 5919 now"),
            ("０７７００ ９００１２３", "07700 900123"),
            ("07700\u{200b}900\u{200b}123", "07700900123"),
            ("07700.900.123", "07700 900 123"),
            ("SW1A-1AA", "SW1A 1AA"),
            ("jo.bloggs＠example.org", "jo.bloggs@example.org"),
            ("jo.bloggs (at) example (dot) org", "jo.bloggs@example.org"),
            ("a well-known place", "a well-known place"),
        ] {
            let n = normalise(input);
            assert_eq!(n.text, want, "{input:?}");
            let (s, e) = n.original(0, n.text.len()).unwrap();
            assert_eq!((s, e), (0, input.len()), "{input:?}");
        }
        let n = normalise("ring ０７７００ soon");
        let at = n.text.find("07700").unwrap();
        let (s, e) = n.original(at, at + 5).unwrap();
        assert_eq!(&"ring ０７７００ soon"[s..e], "０７７００");
    }

    /// The identifiers an attacker or a hurried writer disguises, each with a valid check digit
    /// where it has one.
    const IDENTIFIERS: [(&str, crate::anonymise::Kind); 6] = [
        ("9434765919", crate::anonymise::Kind::NhsNumber),
        ("4010232137", crate::anonymise::Kind::NhsNumber),
        ("07700900123", crate::anonymise::Kind::Phone),
        ("02079460958", crate::anonymise::Kind::Phone),
        ("SW1A1AA", crate::anonymise::Kind::Postcode),
        ("M11AE", crate::anonymise::Kind::Postcode),
    ];

    /// What may stand between the characters of a disguised identifier.
    const SEPARATORS: [&str; 17] = [
        " ", ".", "-", "_", "/", "\u{a0}", "\u{202f}", "\u{2009}", "\u{2007}", "\u{3000}",
        "\u{200b}", "\u{200e}", "\u{200f}", "\u{2010}", "\u{2212}", "\u{2060}", "\u{feff}",
    ];

    #[test]
    fn identifiers_spaced_out_or_with_odd_separators_are_found() {
        use crate::anonymise::structured_identifiers;
        for (input, kind) in [
            (
                "NHS no 9 4 3 4 7 6 5 9 1 9 on file",
                crate::anonymise::Kind::NhsNumber,
            ),
            ("ring 07700_900_123 later", crate::anonymise::Kind::Phone),
            (
                "lives at S W 1 A 1 A A now",
                crate::anonymise::Kind::Postcode,
            ),
            (
                "ring 07700\u{202f}900\u{202f}123 later",
                crate::anonymise::Kind::Phone,
            ),
            (
                "ring 07700\u{200f}900\u{200e}123 later",
                crate::anonymise::Kind::Phone,
            ),
            (
                "ring \u{ff10}\u{ff17}\u{ff17}\u{ff10}\u{ff10} 900123",
                crate::anonymise::Kind::Phone,
            ),
            // Other numbers beside one in disguise do not hide it.
            ("ring 07700.900.123 2 times", crate::anonymise::Kind::Phone),
            ("NHS no 943.476.5919 / 1", crate::anonymise::Kind::NhsNumber),
            (
                "no 9 4 3 4 7 6 5 9 1 9 3 visits",
                crate::anonymise::Kind::NhsNumber,
            ),
            ("3 4 9 4 3 4 7 6 5 9 1 9", crate::anonymise::Kind::NhsNumber),
            (
                "at S W 1 A 1 A A 2 doors down",
                crate::anonymise::Kind::Postcode,
            ),
            ("+44 7700 900 12 3 later", crate::anonymise::Kind::Phone),
        ] {
            assert!(
                structured_identifiers(input).contains(&kind),
                "{input:?}: {:?}",
                structured_identifiers(input)
            );
        }
        // Plain prose with short numbers and single letters is not read as one.
        for plain in [
            "I saw 3 of 4 children at 2 pm",
            "a b c d e lists",
            "scored 7 out of 10 on the scale",
            "Plan: A, B and C by Friday",
        ] {
            assert!(structured_identifiers(plain).is_empty(), "{plain:?}");
        }
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any identifier with a separator between every character (or between some of them),
        /// full-width digits or not, in any sentence, is still found.
        #[test]
        fn a_separator_between_every_character_hides_nothing(
            which in 0..IDENTIFIERS.len(),
            sep in prop::sample::select(SEPARATORS.to_vec()),
            every in prop::collection::vec(any::<bool>(), 11),
            wide in any::<bool>(),
            before in "([A-Za-z]{2,8}[ ,]{1,2}){0,3}([0-9]{1,3} ){0,2}",
            after in "( [0-9]{1,3}){0,2}[a-z ,.]{0,20}",
        ) {
            let (id, kind) = IDENTIFIERS[which];
            // Numbers are found however their digits are grouped; a postcode with a separator
            // between every character (or none).
            let spelt = !id.bytes().all(|c| c.is_ascii_digit());
            let mut written = String::new();
            for (n, c) in id.chars().enumerate() {
                if n > 0 && (if spelt { every[0] } else { every[n % every.len()] }) {
                    written.push_str(sep);
                }
                if wide && c.is_ascii_digit() {
                    written.push(char::from_u32(0xff10 + u32::from(c) - u32::from('0')).unwrap_or(c));
                } else {
                    written.push(c);
                }
            }
            let text = format!("{before} {written} {after}");
            let found = crate::anonymise::structured_identifiers(&text);
            prop_assert!(found.contains(&kind), "{:?} in {:?}: {:?}", kind, text, found);
        }
    }
}
