//! Numbers that identify a person: NHS and National Insurance numbers, phone numbers.

use super::scan::{digit_after, digit_before};
use super::{Cx, Found, Kind, Rule, push, push_match};
use crate::anonymise::triggers::{T_DIGITS6, T_DIGITS10, T_NHS, T_NI, T_PHONE};

/// NHS numbers: after "NHS", or any 10 digits with a valid check digit.
pub(super) fn nhs_numbers(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    if on(T_NHS) && on(T_DIGITS10) {
        for m in sc.number_after(&p.nhs_context, T_NHS, 60, 24) {
            push(out, m.start(), m.end(), Kind::NhsNumber, Rule::NhsAfterWord);
        }
    }
    if on(T_DIGITS10) {
        for m in sc.find(&p.nhs, T_DIGITS10, 2, 2) {
            let d = digits_of(m.as_str());
            if nhs_checksum_ok(&d) && d.first() != Some(&0) {
                push_match(out, &m, Kind::NhsNumber, Rule::NhsCheckDigit);
            }
        }
    }
}

/// National Insurance numbers: by their shape, or after "NI".
pub(super) fn ni_numbers(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    if on(T_DIGITS6) {
        for c in sc.caps(&p.ni, T_DIGITS6, 6, 6) {
            let (Some(m), Some(prefix)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let prefix = prefix.as_str().to_uppercase();
            if ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&prefix.as_str()) {
                continue;
            }
            // Read with its dashes and slashes as spaces, a date or a reference can look like
            // an NI number with more digits straight after it ("on 2026-12-07" as "on 20 26 12
            // 07", "CR/450803/25"): one separator then a digit, in the disguised reading only.
            let mut rest = cx.text.get(m.end()..).unwrap_or("").chars();
            if cx.disguised
                && rest.next() == Some(' ')
                && rest.next().is_some_and(|c| c.is_ascii_digit())
            {
                continue;
            }
            // "on 14.02.25" read as "on 14 02 25", "answering at 40 0000 00": a lower-case word
            // and then numbers, not an NI number (whose letters make no word, and which is
            // still found after "NI" however it is written).
            // (Sliced with `get`: a case-insensitive letter may be a two-byte "ſ" or "K".)
            let word_first =
                m.as_str()
                    .get(..2)
                    .zip(m.as_str().get(2..))
                    .is_some_and(|(letters, rest)| {
                        rest.starts_with(' ')
                            && letters.chars().all(|c| c.is_ascii_lowercase())
                            && crate::anonymise::lexicon::lexicon().is_word(letters)
                    });
            if word_first {
                continue;
            }
            push_match(out, &m, Kind::NiNumber, Rule::NiNumber);
        }
    }
    if on(T_NI) && on(T_DIGITS6) {
        for m in sc.number_after(&p.ni_context, T_NI, 50, 24) {
            push(out, m.start(), m.end(), Kind::NiNumber, Rule::NiAfterWord);
        }
    }
}

/// Phone numbers: UK ones and any other by their shape, or any number after "phone", "call"
/// and the like.
pub(super) fn phones(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    if on(T_DIGITS10) {
        for m in sc.find(&p.phone, T_DIGITS10, 8, 2) {
            if let Some(end) = phone_end(m.as_str()) {
                push(out, m.start(), m.start() + end, Kind::Phone, Rule::UkPhone);
            }
        }
    }
    if on(T_DIGITS6) {
        for m in sc.find(&p.phone_intl, T_DIGITS6, 8, 4) {
            let d = digits_of(m.as_str());
            // Ten digits with a valid NHS check digit, written 3-3-4, are an NHS number (found as
            // one above), whatever separates the groups.
            let nhs = d.len() == 10
                && nhs_checksum_ok(&d)
                && m.as_str().starts_with(|c: char| c.is_ascii_digit());
            if (7..=15).contains(&d.len()) && !nhs {
                push_match(out, &m, Kind::Phone, Rule::PhoneShape);
            }
        }
    }
    if on(T_PHONE) && on(T_DIGITS6) {
        for m in sc.number_after(&p.phone_context, T_PHONE, 60, 24) {
            // The digits of a code ("crime no. CR-0118230", "Hospital no. BH4471802") are the
            // code's, found as a reference.
            if code_letters_before(cx, m.start()) {
                continue;
            }
            push(out, m.start(), m.end(), Kind::Phone, Rule::PhoneAfterWord);
        }
    }
    if on(T_PHONE) && on(T_DIGITS6) {
        // Only around a phone word with digits just after it, or just before it.
        let text = cx.text;
        let after = sc.windows_if(T_PHONE, 0, 60, |_, e| digit_after(text, e, 24));
        let before = sc.windows_if(T_PHONE, 40, 0, |s, _| digit_before(text, s, 6));
        for (re, windows) in [(&p.phone_after_word, after), (&p.phone_before_word, before)] {
            for c in sc.caps_in(re, windows) {
                if let Some((start, end)) = c
                    .get(1)
                    .and_then(|g| local_phone(cx.text, g.start(), g.end()))
                {
                    push(out, start, end, Kind::Phone, Rule::PhoneAfterWord);
                }
            }
        }
    }
}

/// Whether the digits at `start` end a code, found whole as a reference: letters joined to
/// them or before a hyphen, in capitals when not joined ("CR-0118230", "BH4471802"; not "TEL
/// 0118230"). The disguise pass reads the hyphen as a space; a code written with a space is
/// no reference, so its digits stay a phone in the plain reading ("CR 0118230").
fn code_letters_before(cx: &Cx<'_>, start: usize) -> bool {
    let head = &cx.text[..start];
    if head.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return true;
    }
    let Some(head) = head
        .strip_suffix('-')
        .or_else(|| head.strip_suffix(' ').filter(|_| cx.disguised))
    else {
        return false;
    };
    let letters = head.len()
        - head
            .trim_end_matches(|c: char| c.is_ascii_uppercase())
            .len();
    let word = &head[head.len() - letters..];
    (2..=6).contains(&letters)
        && !head[..head.len() - letters].ends_with(|c: char| c.is_alphanumeric())
        && cx.lex.triggers(&word.to_ascii_lowercase()) & T_PHONE == 0
}

/// The phone number in a run of digit groups found beside a phone word: 7 to 15 digits before
/// any extension, not a date, not inside a longer word, a last lone digit left out ("ring
/// 07700 900123 2 times").
fn local_phone(text: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let mut s = text.get(start..end)?;
    if text[..start].ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    if let Some(cut) = s.rfind([' ', '.', '-']) {
        let tail = &s[cut + 1..];
        if tail.len() == 1 && tail.bytes().all(|b| b.is_ascii_digit()) && !s[..cut].contains('x') {
            s = s[..cut].trim_end_matches([' ', '.', '-']);
        }
    }
    let main = s.find(['x', 'X', 'e', 'E']).map_or(s, |i| &s[..i]);
    let d = digits_of(main).len();
    // A date's shape (14.02.25, 03-11-2024, 2024-11-03) is a date, hidden as one.
    let groups: Vec<&str> = main.trim().split(['.', '/', '-']).collect();
    let number = |g: &str| g.parse::<u32>().ok();
    let date = match groups[..] {
        [d, m, y] if d.len() <= 2 && m.len() <= 2 && matches!(y.len(), 2 | 4) => {
            number(d).is_some_and(|d| (1..=31).contains(&d))
                && number(m).is_some_and(|m| (1..=12).contains(&m))
                && number(y).is_some()
        }
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            number(y).is_some_and(|y| (1900..=2100).contains(&y))
                && number(m).is_some_and(|m| (1..=12).contains(&m))
                && number(d).is_some_and(|d| (1..=31).contains(&d))
        }
        _ => false,
    };
    ((7..=15).contains(&d) && !date).then_some((start, start + s.len()))
}

/// Valid NHS number check digit (modulus 11).
pub fn nhs_checksum_ok(digits: &[u8]) -> bool {
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, d)| u32::from(*d) * (10 - i as u32))
        .sum();
    let check = match 11 - (sum % 11) {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(digits[9])
}

pub(super) fn digits_of(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The end of a phone number within a run of digits: the longest prefix, ending at a digit,
/// with 10 or 11 digits (0…) or +44 and 9 or 10 more; `None` if there is none.
pub(super) fn phone_end(s: &str) -> Option<usize> {
    let international = s.trim_start().starts_with('+');
    let (lo, hi) = if international { (11, 12) } else { (10, 11) };
    let mut count = 0;
    let mut best = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            count += 1;
            let boundary = s[i + 1..]
                .chars()
                .next()
                .is_none_or(|n| !n.is_ascii_digit());
            if (lo..=hi).contains(&count) && boundary {
                best = Some(i + 1);
            }
            if count > hi {
                break;
            }
        }
    }
    // A run that goes on past 11 digits ends at a group break only.
    best
}
