//! Vehicle registrations and reference numbers.

use super::scan::digit_after;
use super::{Cx, Found, Kind, Rule, push_match};
use crate::anonymise::triggers::{
    T_DATE_SEP, T_DIGIT, T_LETTER_DIGIT, T_MIXED, T_REF, T_UPPER3, T_VEHICLE,
};

/// Vehicle registrations: by their shape, or after "car", "reg" and the like.
pub(super) fn vehicles(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_LETTER_DIGIT | T_UPPER3) {
        // A registration has a short letters-and-digits word (AB12, A123) or three capitals
        // followed by a number (ABC 123D).
        let plate = |s: usize, e: usize| {
            let w = &text.as_bytes()[s..e];
            if w.iter().all(u8::is_ascii_uppercase) {
                return digit_after(text, e, 3);
            }
            let letters = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            (1..=2).contains(&letters)
                && w.len() <= 5
                && w[letters..].iter().all(u8::is_ascii_digit)
        };
        let windows = sc.windows_if(T_LETTER_DIGIT | T_UPPER3, 6, 10, plate);
        for re in [&p.vehicle_current, &p.vehicle_prefix, &p.vehicle_suffix] {
            for m in sc.find_in(re, windows.clone()) {
                push_match(out, &m, Kind::Vehicle, Rule::Vehicle);
            }
        }
    }
    if on(T_VEHICLE) && on(T_MIXED) {
        for m in sc.number_after(&p.vehicle_context, T_VEHICLE, 60, 30) {
            push_match(out, &m, Kind::Vehicle, Rule::Vehicle);
        }
    }
}

/// Reference numbers after "case", "ref", "crime" and the like.
pub(super) fn references(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let p = cx.p;
    if on(T_REF) && on(T_DIGIT) {
        for m in sc.number_after(&p.reference, T_REF, 60, 30) {
            // A code, not a duration after "hospital" ("3/52 ago"): four letters and digits.
            if m.as_str()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .count()
                >= 4
            {
                push_match(out, &m, Kind::Reference, Rule::Reference);
            }
        }
    }
    // A police force's or a service's code, a number and a year, wherever it stands
    // ("SYP/34896/24 and GMP/25923/25").
    // Only where a capital, the separator and a digit stand together (one pass over the
    // separators).
    let text = cx.text.as_bytes();
    let code_then = |sep: u8| {
        memchr::memchr_iter(sep, text).any(|i| {
            i > 0
                && text[i - 1].is_ascii_uppercase()
                && text.get(i + 1).is_some_and(u8::is_ascii_digit)
        })
    };
    if on(T_DATE_SEP) && code_then(b'/') {
        for m in sc.find(&p.reference_slashed, T_DATE_SEP, 16, 8) {
            push_match(out, &m, Kind::Reference, Rule::Reference);
        }
    }
    // A service's code, a hyphen and a number, wherever it stands ("MASH referral
    // MASH-77120").
    if on(T_DIGIT) && code_then(b'-') {
        for m in p.reference_coded.find_iter(cx.text) {
            push_match(out, &m, Kind::Reference, Rule::Reference);
        }
    }
}
