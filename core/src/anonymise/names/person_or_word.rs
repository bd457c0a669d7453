//! Whether a word is a person's name or a word, where the lists alone cannot say: a lower-case
//! forename at a clause start, an English word used as a name, an initial, a word made with a
//! prefix the dictionary lacks.

use super::super::fold::Words;
use super::super::lexicon::{Lexicon, SURNAME, WORD};
use super::super::tokens::Token;
use super::context::*;

/// Verbs that, straight after a lower-case word starting a clause, make it a person's name
/// ("mason said", "will starts"): what people say and do, never what things do.
static SAYS_OR_DOES: Words = Words::new(&[
    "said",
    "says",
    "asked",
    "asks",
    "told",
    "admits",
    "admitted",
    "explained",
    "reports",
    "reported",
    "starts",
    "started",
    "attends",
    "attended",
    "rang",
    "texted",
    "cries",
    "cried",
    "shouted",
    "wants",
    "wanted",
]);

/// A lower-case forename that is also a word is a person where a clause starts with it and
/// it says or does something, or a surname follows with a possessive ("jade greaves's dog").
pub(super) fn lower_case_person(text: &str, toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    let prev = i
        .checked_sub(1)
        .map(|j| &toks[j])
        .filter(|_| !t.sentence_start);
    let clause_start = prev.is_none_or(|p| {
        CONJUNCTIONS.has_token(p)
            || REPORTING.has_token(p)
            || text
                .get(p.end..t.start)
                .is_some_and(|between| between.contains([',', ';', ':', '&', '(', '\'', '"']))
    });
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    // "Gemma Lomax, has told them": a verb or a small word is itself, whatever list has it.
    if PERSON_VERBS.has_token(t) {
        return false;
    }
    let joined = text[t.end..next.start].trim().is_empty();
    clause_start
        && joined
        && (SAYS_OR_DOES.has_token(next)
            || (next.possessive && next.class & (SURNAME | WORD) == SURNAME))
}

/// An English word with a prefix or an "-ee" ending the word list lacks ("Antenatal",
/// "Reweigh", "Preterm", "Co-sleeping", "Attendees"): a word, not a name. The rest must be a
/// word of four letters or more, so that names such as "Rewan" stay names.
pub(super) fn derived_word(lex: &Lexicon, lower: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "re", "pre", "post", "ante", "anti", "non", "over", "under", "sub", "co", "multi", "inter",
        "mis", "un", "semi", "self", "out", "peri", "neo",
    ];
    let base = lower.trim_end_matches('s');
    PREFIXES.iter().any(|p| {
        lower.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.trim_start_matches('-');
            rest.len() >= 4 && lex.is_word(rest)
        })
    }) || ["ee", "ees"].iter().any(|s| {
        lower
            .strip_suffix(s)
            .or_else(|| base.strip_suffix("ee"))
            .is_some_and(|stem| stem.len() >= 4 && lex.is_word(stem))
    })
}

/// Words for teams and services that notes write with a capital and that act like people
/// ("Housing rang", "spoke to Police"): never a person's name.
static SERVICES: Words = Words::new(&[
    "housing",
    "police",
    "social",
    "care",
    "services",
    "service",
    "health",
    "education",
    "school",
    "nursery",
    "council",
    "hospital",
    "team",
    "midwifery",
    "safeguarding",
    "children",
    "early",
    "help",
    "family",
    "court",
    "probation",
    "duty",
    "mash",
    "ambulance",
    "paramedics",
    "security",
    "reception",
    "admissions",
    "pharmacy",
    "dental",
    "legal",
    "benefits",
    "immigration",
    "home",
    "office",
    "mental",
    "adult",
    "youth",
    "community",
    "outreach",
    "neonatal",
    "maternity",
    "paediatrics",
    "paediatric",
    "triage",
    "ward",
    "staff",
    "management",
    "manager",
    "supervision",
    "supervisor",
    "everyone",
    "nobody",
    "someone",
    "all",
    "both",
    "each",
    "mum",
    "dad",
    "baby",
    "nan",
    "grandma",
    "grandad",
    "partner",
    "school's",
    "gp",
    "hv",
    "sw",
]);

/// Whether a capitalised English word in no name list is a person's name here: starting a
/// sentence before what a person does ("Wing came by"), or after "with", "spoke to" and the
/// like inside one ("Discussed with Wing at supervision"), and not a team or service.
pub(super) fn word_as_name(text: &str, toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    if t.all_caps() || t.possessive {
        return false;
    }
    let next = toks.get(i + 1);
    let joined = |a: &Token<'_>, b: &Token<'_>| text[a.end..b.start].trim().is_empty();
    // Part of a longer capitalised name ("Wing Yip", "Rose Cottage") is another rule's.
    if next.is_some_and(|n| n.capitalised() && joined(t, n)) {
        return false;
    }
    // The sentence says a person: starting it before what a person says or does by phone or at
    // the door ("Wing came by", not "Weaning started"), or after "with", "spoke to" and the
    // like inside it. Checked first: most capitalised words stand in neither place.
    let says_a_person = if t.sentence_start {
        next.is_some_and(|n| joined(t, n) && COMES_OR_CALLS.has_token(n))
    } else {
        let Some(p) = i.checked_sub(1).map(|j| &toks[j]) else {
            return false;
        };
        let before_p = i.checked_sub(2).map(|j| &toks[j]);
        (matches!(
            p.lower.as_ref(),
            "with" | "saw" | "asked" | "told" | "called"
        ) || (p.lower == "to" && before_p.is_some_and(|b| SPOKE_TO.has_token(b))))
            && joined(p, t)
    };
    says_a_person
        && !SERVICES.has_token(t)
        && !PERSON_VERBS.has_token(t)
        && !FUNCTION_WORDS.has_token(t)
        && !ORDINARY_BEFORE.has_token(t)
}

/// What a person does by phone or at the door, after a name starting a sentence.
static COMES_OR_CALLS: Words = Words::new(&[
    "said", "says", "asked", "told", "rang", "texted", "came", "visited", "called", "phoned",
    "emailed", "messaged",
]);

/// A capital letter on its own (an initial), not the pronoun "I".
pub(super) fn initial(t: &Token<'_>) -> bool {
    // One character: one byte in ASCII, at most four in UTF-8 (most words are longer).
    match t.text.as_bytes() {
        [b] => b.is_ascii_uppercase() && *b != b'I',
        b if b.len() <= 4 => {
            let mut c = t.text.chars();
            c.next().is_some_and(|c| c.is_uppercase() && c != 'I') && c.next().is_none()
        }
        _ => false,
    }
}
