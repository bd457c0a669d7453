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

/// A separator that may stand between the groups of a number or a postcode.
fn separator(c: char) -> bool {
    matches!(
        c,
        '.' | '/' | '-' | ' ' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{00a0}'
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
/// (`SW1A-1AA`).
pub fn may_be_disguised(text: &str) -> bool {
    let b = text.as_bytes();
    let sep = |c: u8| matches!(c, b'.' | b'/' | b'-' | b' ');
    let mut i = 0;
    while i < b.len() {
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
            // A run of digits and separators: how many digits, and is any separator more than
            // a single space?
            let (mut digits, mut odd, mut j) = (0, false, i);
            while j < b.len() && (b[j].is_ascii_digit() || sep(b[j])) {
                if b[j].is_ascii_digit() {
                    digits += 1;
                } else if b[j] != b' ' || b.get(j + 1) == Some(&b' ') {
                    odd = true;
                }
                j += 1;
            }
            if digits >= 9 && odd {
                return true;
            }
            i = j.max(i + 1);
            continue;
        }
        i += 1;
    }
    false
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
}
