//! Structured identifiers found by pattern: NHS and National Insurance numbers, postcodes, phone
//! numbers, emails, links, handles, dates, addresses, vehicle registrations, references and
//! named schools, health services and other institutions.
//!
//! One file per family: `contact`, `numbers`, `addresses`, `dates`, `references`,
//! `institutions`; `patterns` compiles the expressions once, `scan` finds where each kind could
//! start. [`find_in_tokens`] runs the families in a fixed order (the order matters only to break
//! exact ties, which the caller resolves by priority and length).

mod addresses;
mod contact;
mod dates;
mod institutions;
mod numbers;
mod patterns;
mod references;
mod scan;

use super::lexicon::{Lexicon, lexicon};
use super::tokens::Token;
use super::{Kind, Rule};

pub use numbers::nhs_checksum_ok;

/// A piece of the note that matched a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub rule: Rule,
}

fn push(out: &mut Vec<Found>, start: usize, end: usize, kind: Kind, rule: Rule) {
    if start < end {
        out.push(Found {
            start,
            end,
            kind,
            rule,
        });
    }
}

/// Pushes a whole match.
fn push_match(out: &mut Vec<Found>, m: &impl scan::Matched, kind: Kind, rule: Rule) {
    push(out, m.start(), m.end(), kind, rule);
}

/// What every family reads: the note, its anchors, the patterns, the lexicon.
struct Cx<'t> {
    text: &'t str,
    /// The note as normalised by `disguise` (dots, dashes and slashes read as spaces).
    disguised: bool,
    sc: scan::Scan<'t>,
    p: &'static patterns::Patterns,
    lex: &'static Lexicon,
}

/// Finds every structured identifier in a note (overlaps are resolved by the caller).
#[cfg(test)]
pub fn find(text: &str) -> Vec<Found> {
    let folded = super::fold::fold(text);
    find_in_tokens(text, &super::tokens::tokenise(text, &folded))
}

/// The passes that find the structured kinds (the server's check), on a note read one way.
fn structured_passes(cx: &Cx<'_>) -> Vec<Found> {
    let mut found = Vec::new();
    contact::emails(cx, &mut found);
    numbers::nhs_numbers(cx, &mut found);
    numbers::ni_numbers(cx, &mut found);
    addresses::postcodes(cx, &mut found);
    numbers::phones(cx, &mut found);
    found.retain(|f| f.kind.is_structured());
    found
}

/// The structured identifiers of a note as written (NHS, NI, postcode, phone, email): what
/// [`find`] gives of those kinds, without the passes for the other kinds (the server's re-check
/// needs only these).
pub fn find_structured(text: &str) -> Vec<Found> {
    let folded = super::fold::fold(text);
    let toks = super::tokens::tokenise(text, &folded);
    structured_passes(&Cx {
        text,
        disguised: false,
        sc: scan::scan(text, &toks),
        p: patterns::patterns(),
        lex: lexicon(),
    })
}

/// The structured identifiers of a note that are written in a disguise (full-width digits,
/// invisible characters inside a number, dots or slashes between digit groups, "(at)", digits
/// grouped as nobody groups them, a postcode spelt out), as spans of the original note. Empty
/// when the note has nothing to undo. See `disguise`.
pub fn find_disguised(text: &str) -> Vec<Found> {
    if !super::disguise::may_be_disguised(text) {
        return Vec::new();
    }
    let n = super::disguise::normalise(text);
    let mut found = Vec::new();
    if n.text != text {
        let folded = super::fold::fold(&n.text);
        let toks = super::tokens::tokenise(&n.text, &folded);
        found = structured_passes(&Cx {
            text: &n.text,
            disguised: true,
            sc: scan::scan(&n.text, &toks),
            p: patterns::patterns(),
            lex: lexicon(),
        });
    }
    // Runs of groups that may be one identifier: each joined run is read on its own, and kept
    // when the plain reading finds an identifier in the whole of it.
    for g in super::disguise::grouped(&n.text) {
        if let Some(whole) = find_structured(&g.joined)
            .into_iter()
            .find(|f| f.start == 0 && f.end == g.joined.len())
        {
            found.push(Found {
                start: g.start,
                end: g.end,
                ..whole
            });
        }
    }
    found
        .into_iter()
        .filter_map(|f| {
            let (start, end) = n.original(f.start, f.end)?;
            Some(Found { start, end, ..f })
        })
        .collect()
}

/// [`find`] for a note already split into tokens.
pub fn find_in_tokens(text: &str, toks: &[Token<'_>]) -> Vec<Found> {
    let cx = Cx {
        text,
        disguised: false,
        sc: scan::scan(text, toks),
        p: patterns::patterns(),
        lex: lexicon(),
    };
    let mut out = Vec::new();
    contact::emails(&cx, &mut out);
    contact::links(&cx, &mut out);
    contact::handles(&cx, &mut out);
    numbers::nhs_numbers(&cx, &mut out);
    numbers::ni_numbers(&cx, &mut out);
    addresses::postcodes(&cx, &mut out);
    numbers::phones(&cx, &mut out);
    dates::numeric(&cx, &mut out);
    dates::with_months(&cx, &mut out);
    dates::in_context(&cx, &mut out);
    addresses::streets(&cx, &mut out);
    references::vehicles(&cx, &mut out);
    references::references(&cx, &mut out);
    institutions::named(&cx, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, &str)> {
        let mut f = find(text);
        f.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        f.iter().map(|f| (f.kind, &text[f.start..f.end])).collect()
    }

    #[test]
    fn the_structured_passes_alone_find_what_all_the_passes_find_of_those_kinds() {
        let corpus = include_str!("../../../../tests/anonymise/corpus.jsonl");
        let mut notes = 0;
        for line in corpus.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let text = v["text"].as_str().unwrap_or_default();
            let mut all: Vec<Found> = find(text)
                .into_iter()
                .filter(|f| f.kind.is_structured())
                .collect();
            let mut only = find_structured(text);
            let key = |f: &Found| (f.start, f.end, f.kind as u8, f.rule as u16);
            all.sort_by_key(key);
            only.sort_by_key(key);
            assert_eq!(all, only, "{text}");
            notes += 1;
        }
        assert!(notes > 300, "the corpus was read: {notes}");
    }

    #[test]
    fn nhs_numbers_by_check_digit_or_context() {
        assert!(nhs_checksum_ok(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 9]));
        assert!(!nhs_checksum_ok(&[9, 4, 3, 4, 7, 6, 5, 9, 1, 8]));
        assert!(kinds("nhs no 943 476 5919 noted").contains(&(Kind::NhsNumber, "943 476 5919")));
        assert!(kinds("number 9434765919.").contains(&(Kind::NhsNumber, "9434765919")));
        assert!(kinds("NHS: 1234567890").contains(&(Kind::NhsNumber, "1234567890")));
    }

    #[test]
    fn postcodes_phones_and_ni_numbers() {
        assert!(kinds("lives in M14 5AB now").contains(&(Kind::Postcode, "M14 5AB")));
        assert!(kinds("at sw1a1aa").contains(&(Kind::Postcode, "sw1a1aa")));
        assert!(kinds("mob 07700 900123").contains(&(Kind::Phone, "07700 900123")));
        assert!(
            kinds("ring (0161) 496 0000")
                .iter()
                .any(|(k, s)| *k == Kind::Phone && s.contains("496 0000"))
        );
        assert!(kinds("+44 7700 900123").contains(&(Kind::Phone, "+44 7700 900123")));
        assert!(kinds("NI QQ123456C").contains(&(Kind::NiNumber, "QQ123456C")));
        assert!(kinds("JK123456C").contains(&(Kind::NiNumber, "JK123456C")));
        assert!(kinds("ni jk 12 34 56 c").contains(&(Kind::NiNumber, "jk 12 34 56 c")));
        assert!(!kinds("BG123456A").iter().any(|(k, _)| *k == Kind::NiNumber));
    }

    #[test]
    fn clinical_numbers_survive() {
        for t in [
            "weighed 3.45kg, 9th centile, born at 34+2 weeks",
            "6 weeks old, feeds 4 oz every 3 hours",
            "on Tuesday at 3pm",
            "took 2 bottles on the way home",
        ] {
            assert!(kinds(t).is_empty(), "{t}: {:?}", kinds(t));
        }
    }

    #[test]
    fn dates_addresses_and_institutions() {
        assert!(kinds("dob 03/04/2025").contains(&(Kind::Date, "03/04/2025")));
        assert!(kinds("seen on 14th March 2026").contains(&(Kind::Date, "14th March 2026")));
        assert!(kinds("Tuesday 14th").contains(&(Kind::Date, "Tuesday 14th")));
        assert!(
            kinds("lives at 12 acacia ave")
                .iter()
                .any(|(k, _)| *k == Kind::Address)
        );
        assert!(kinds("at 42 Quillon Terrace").contains(&(Kind::Address, "42 Quillon Terrace")));
        assert!(kinds("flat 4b").contains(&(Kind::Address, "flat 4b")));
        assert!(kinds("goes to Oakfield Primary").contains(&(Kind::School, "Oakfield Primary")));
        assert!(kinds("started at the local primary").is_empty());
        assert!(
            kinds("seen at St Mary's Hospital")
                .contains(&(Kind::HealthService, "St Mary's Hospital"))
        );
        assert!(
            kinds("registered at the Grange Surgery")
                .contains(&(Kind::HealthService, "Grange Surgery"))
        );
        assert!(kinds("car reg ab12 cde").contains(&(Kind::Vehicle, "ab12 cde")));
        assert!(kinds("case ref 2024/11873").contains(&(Kind::Reference, "2024/11873")));
    }

    #[test]
    fn emails_links_and_handles() {
        let k = kinds("email jo.b@example.co.uk or www.example.com/x, insta @jay_b99");
        assert!(k.contains(&(Kind::Email, "jo.b@example.co.uk")));
        assert!(k.contains(&(Kind::Url, "www.example.com/x")));
        assert!(k.contains(&(Kind::Handle, "@jay_b99")));
        assert!(kinds("her snapchat is kaylz_x").contains(&(Kind::Handle, "kaylz_x")));
        assert!(kinds("on facebook as well").is_empty());
    }
}
