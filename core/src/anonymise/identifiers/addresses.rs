//! Where a family lives: postcodes, house numbers and streets, flats.

use super::scan::{NOT_NAME, digit_before, name_like, named_before, named_span};
use super::{Cx, Found, Kind, Rule, push, push_match};
use crate::anonymise::triggers::{T_DIGIT, T_FLAT, T_LETTER_DIGIT, T_STREET};

/// UK postcodes: in capitals, or with a known postcode area.
pub(super) fn postcodes(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    let lex = cx.lex;
    if on(T_LETTER_DIGIT) {
        // An outward code: one or two letters, a digit, and perhaps one more letter or digit.
        let outward = |s: usize, e: usize| {
            let w = &text.as_bytes()[s..e];
            let letters = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
            (1..=2).contains(&letters) && w.len() <= 7
        };
        for c in sc.caps_in(&p.postcode, sc.windows_if(T_LETTER_DIGIT, 1, 10, outward)) {
            let (Some(m), Some(area)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let s = m.as_str();
            let upper = s.chars().all(|ch| !ch.is_alphabetic() || ch.is_uppercase());
            let known_area = lex
                .postcode_areas
                .contains(area.as_str().to_lowercase().as_str());
            if upper || known_area {
                push_match(out, &m, Kind::Postcode, Rule::Postcode);
            }
        }
    }
}

/// Street addresses: a number and a named street, a flat number, a named street.
pub(super) fn streets(cx: &Cx<'_>, out: &mut Vec<Found>) {
    let sc = &cx.sc;
    let on = |flags: u32| sc.on(flags);
    let text = cx.text;
    let p = cx.p;
    if on(T_STREET) && on(T_DIGIT) {
        for c in sc.caps_in(
            &p.address_numbered,
            sc.windows_if(T_STREET, 100, 2, |s, _| digit_before(text, s, 80)),
        ) {
            let (Some(m), Some(words)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let ws: Vec<&str> = words.as_str().split_whitespace().collect();
            let no_stop = ws
                .iter()
                .all(|w| !NOT_NAME.has(&w.to_lowercase()) || *w == "St");
            let named = ws.iter().any(|w| name_like(w));
            let mut from = m.start().saturating_sub(40);
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let context = text[from..m.start()]
                .to_lowercase()
                .split_whitespace()
                .rev()
                .take(3)
                .any(|w| {
                    [
                        "at", "@", "address", "lives", "living", "moved", "moving", "flat",
                        "house", "to", "on", "from", "of",
                    ]
                    .contains(&w)
                });
            // A postcode after it on the line, straight after or after the town, says an address
            // ("@ 24 coppice street cm2 4qh", "44 manor place london se17 3bd").
            let rest = text[m.end()..].trim_start_matches([' ', ',']);
            let rest = rest.split('\n').next().unwrap_or("");
            let mut near = rest.len().min(40);
            while !rest.is_char_boundary(near) {
                near -= 1;
            }
            let postcode = cx.p.postcode.find(&rest[..near]).is_some_and(|pc| {
                rest[..pc.start()]
                    .split([' ', ','])
                    .filter(|w| !w.is_empty())
                    .count()
                    <= 2
            });
            // A flat's number before it says an address ("flat 2 44 manor place").
            let flat = ["flat", "apt", "apartment", "unit"].iter().any(|f| {
                m.as_str()
                    .get(..f.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(f))
            });
            if no_stop && (named || context || postcode || flat) {
                push_match(out, &m, Kind::Address, Rule::HouseAndStreet);
            }
        }
    }
    if on(T_FLAT) && on(T_DIGIT) {
        for m in sc.find(&p.address_flat, T_FLAT, 0, 16) {
            push_match(out, &m, Kind::Address, Rule::FlatNumber);
        }
    }
    if on(T_STREET) {
        for c in sc.caps_in(
            &p.address_named,
            sc.windows_if(T_STREET, 100, 2, |s, _| {
                text[s..].starts_with(char::is_uppercase) && named_before(text, s)
            }),
        ) {
            let (Some(m), Some(words)) = (c.get(0), c.get(1)) else {
                continue;
            };
            // The suffix ends where its word does: "Mrs Stănescu" is no "St" (the pattern's
            // word boundary is ASCII's, for speed).
            if text[m.end()..].starts_with(char::is_alphanumeric) {
                continue;
            }
            if let Some(start) = named_span(text, m.start(), words.end()) {
                push(out, start, m.end(), Kind::Address, Rule::NamedStreet);
            }
        }
    }
}
