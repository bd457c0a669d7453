//! Other people (and places): titles, relations, gazetteers, capitalised words that are not
//! words.

use super::super::fold::Words;
use super::super::lexicon::{
    FORENAME, KEEP, KEEP_FIRST, KEEP_POSSESSIVE, Lexicon, PLACE, PLACE_FIRST, SURNAME, WORD,
    lexicon,
};
use super::super::tokens::Token;
use super::super::triggers::T_MONTH;
use super::super::{Kind, Rule};
use super::context::*;
use super::person_or_word::{derived_word, initial, lower_case_person, word_as_name};

/// Another person (or place) found in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Other {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Numbers people consistently: "Jade Wilson" and a later "Jade" share it.
    pub key: Option<String>,
    pub rule: Rule,
}

/// Titles and family words that come before a name.
pub(super) static TITLES: Words = Words::new(&[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "nan",
    "nana",
    "nanna",
    "nanny",
    "gran",
    "granny",
    "grandma",
    "grandad",
    "grandpa",
    "grandmother",
    "grandfather",
    "auntie",
    "aunty",
    "aunt",
    "uncle",
    "cousin",
    "pc",
    "dc",
    "ds",
    "sgt",
    "cllr",
    "sister",
    "nurse",
    "pastor",
    "imam",
    "rev",
    "reverend",
    "father",
    "brother",
]);

/// A name written in capitals (issue 36: forms filled in capitals): a known forename that is
/// no English word and no word to keep, then on the same line another word in capitals that is
/// a surname or no English word ("KAREN ASHDOWN", "RACHEL DEAN"; not "LEAD PROFESSIONAL").
fn all_caps_full_name(toks: &[Token<'_>], i: usize, text: &str) -> bool {
    let t = &toks[i];
    t.class & FORENAME != 0
        && t.class & (WORD | KEEP) == 0
        && toks.get(i + 1).is_some_and(|n| {
            n.all_caps()
                && n.alphabetic()
                && !n.sentence_start
                && text[t.end..n.start].trim_matches([' ', '\t']).is_empty()
                && n.class & KEEP == 0
                && (n.class & WORD == 0 || n.class & SURNAME != 0)
        })
}

/// Titles that are written short with a dot ("Mr.", "Dr.", "Sgt.").
const ABBREVIATED_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "pc", "dc", "ds", "sgt", "cllr", "rev",
];

/// A capitalised word before brackets that is no name, whatever the brackets hold: a language
/// ("Kurdish (Sorani)", "in Arabic (no Sorani version)"), a role or relation itself
/// ("Interpreter (male, Sorani)"), a month that is no forename ("in September (health and
/// social care)"), or a word the keep-list holds that is no forename (issue 36).
fn not_a_name_before_brackets(lex: &Lexicon, t: &Token<'_>) -> bool {
    let lower = t.lower.as_ref();
    let forename = t.class & FORENAME != 0;
    lex.languages.contains(lower)
        || RELATIONS.has_token(t)
        || TITLES.has_token(t)
        || super::context::is_role_in_brackets(lower)
        // The word itself, not its singular: "Mendes" is a surname, though Mende is a language.
        || (!forename && (lex.is_keep(lower) || t.triggers & T_MONTH != 0))
}

/// A word that may be a surname after an initial's full stop: capitalised (or in capitals),
/// in no keep list, and no English word unless a name list has it too ("Bright").
fn surname_like(n: &Token<'_>) -> bool {
    n.alphabetic()
        && n.capitalised()
        && n.class & KEEP == 0
        && (n.class & WORD == 0 || n.class & (SURNAME | FORENAME) != 0)
}

/// A form's label starts at token `j`: one of its next three words on the line is followed by
/// a colon ("CASE REF: …", "Pupil: …").
fn starts_label(text: &str, toks: &[Token<'_>], j: usize) -> bool {
    for t in toks.iter().skip(j).take(3) {
        let after = text[t.end..].trim_start_matches([' ', '\t']);
        if after.starts_with(':') {
            return true;
        }
        if !after.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
    }
    false
}

/// An initial, its full stop and a surname, where a note names someone by their initial
/// ("Nurse: D. Bright", "RECORDED BY: S. NAIK", "HV F. Choudhury", issue 36): after a role,
/// a title, "by" or "signed", or under a sign-off; a surname that is no English word also at
/// a line's start or after a colon or bracket. A capital after a sentence's end is a new
/// sentence ("Vitamin D. Bright light", "Blood group: O. No antibodies").
fn initial_and_surname(text: &str, toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    // Most words are not followed by a full stop: the cheapest test first.
    if text.as_bytes().get(t.end) != Some(&b'.') {
        return false;
    }
    let Some(s) = toks.get(i + 1) else {
        return false;
    };
    if !initial(t) || !surname_like(s) || s.lower.chars().nth(1).is_none() {
        return false;
    }
    // The full stop (one byte, found above), then spaces on the same line.
    let spaces = &text[t.end + 1..s.start];
    if spaces.is_empty() || !spaces.chars().all(|c| c == ' ' || c == '\t') {
        return false;
    }
    // A role, a title or "by" just before, with or without a colon: "Nurse: D. Bright", "HV F.
    // Choudhury", "RECORDED BY: S. NAIK".
    let before = line_before(text, t);
    let role = i.checked_sub(1).map(|p| &toks[p]).is_some_and(|p| {
        text[p.end..t.start]
            .trim_matches([' ', '\t', ':', ','])
            .is_empty()
            && (is_role_in_brackets(&p.lower)
                || TITLES.has_token(p)
                || RELATIONS.has_token(p)
                || ["by", "signed", "cc"].contains(&p.lower.as_ref()))
    });
    // Under a sign-off ("Yours sincerely,\nJ. Bright") as after a role. A surname that is
    // also a word needs one of these ("Blood group: O. No antibodies" is a blood group);
    // another may start a line or a field ("Copy to: O. Adeyemi").
    role || under_sign_off(text, t)
        || (s.class & WORD == 0 && (before.is_empty() || before.ends_with([':', '('])))
}

/// Whether a word could be a name after a title or relation.
pub(super) fn nameish_after_context(t: &Token<'_>) -> bool {
    if !t.alphabetic() || t.lower.chars().nth(1).is_none() {
        return false;
    }
    if t.capitalised() {
        // "called GP", "her HV": a short abbreviation in capitals is a role, not a name.
        let abbreviation = t.all_caps() && t.text.len() <= 3;
        return !ORDINARY_BEFORE.has_token(t) && !PERSON_VERBS.has_token(t) && !abbreviation;
    }
    // In lower case, a word the keep-list holds ("auntie", "nani") is that word; and so is a
    // compound of words ("school nurse e-mail": issue 36).
    if FUNCTION_WORDS.has_token(t) || t.class & KEEP != 0 || compound_of_words(lexicon(), &t.lower)
    {
        return false;
    }
    t.class & FORENAME != 0 || t.class & WORD == 0
}

/// Words joined by hyphens, each part an English word, a language or a single letter:
/// "Smoke-free", "Russian-speaking", "e-mail", "drop-in" (though "In" is a forename); not a
/// double forename, every part a forename ("Daisy-May", "Ruby-Rose"), nor a name's parts
/// ("smith-jones", "ellie-mae").
fn compound_of_words(lex: &Lexicon, lower: &str) -> bool {
    lower.contains('-')
        && lower.split('-').all(|p| {
            !p.is_empty() && (p.chars().count() == 1 || lex.is_word(p) || lex.languages.contains(p))
        })
        && !lower.split('-').all(|p| lex.is_forename(p))
}

/// A following word that continues a name: a capitalised surname, or a known surname.
pub(super) fn continues_name(lex: &Lexicon, t: &Token<'_>, first_capitalised: bool) -> bool {
    if !t.alphabetic() || t.sentence_start {
        return false;
    }
    let c = t.class;
    if t.capitalised() {
        return c & KEEP == 0 && (c & WORD == 0 || c & (SURNAME | FORENAME) != 0);
    }
    !first_capitalised
        && c & (WORD | KEEP) == 0
        && (c & (SURNAME | FORENAME) != 0 || !near_a_word(lex, &t.lower))
}

/// Words before a country's name that say it is the place ("moved from China").
static PLACE_BEFORE: Words = Words::new(&[
    "from", "in", "to", "via", "visiting", "left", "fled", "across", "around", "back",
]);

/// Other people (and places) in a note, outside the spans already `taken`.
pub fn other_people(text: &str, toks: &[Token<'_>], taken: &[(usize, usize)]) -> Vec<Other> {
    let lex = lexicon();
    let mut out: Vec<Other> = Vec::new();
    // Tokens inside a span already taken: tokens and spans both in order of their start, read
    // side by side (a token is taken when a span starting before its end reaches past its
    // start).
    let mut spans = taken.to_vec();
    spans.sort_unstable();
    let mut next_span = 0;
    let mut furthest = 0;
    let mut used: Vec<bool> = toks
        .iter()
        .map(|t| {
            while let Some(s) = spans.get(next_span).filter(|s| s.0 < t.end) {
                furthest = furthest.max(s.1);
                next_span += 1;
            }
            next_span > 0 && furthest > t.start
        })
        .collect();

    // Places first (one or two words; every place in the list has at most two).
    let mut i = 0;
    let mut pair = String::new();
    while i < toks.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let first = &toks[i];
        // A phrase to keep ("Tommee Tippee", "Moses basket", "Best Start Grant") is nobody and
        // nowhere; but not a capital after a lower-case word ("start Grant on solids" is a
        // person).
        if first.class & KEEP_FIRST != 0
            && let Some(second) = toks.get(i + 1)
            && !used[i + 1]
            && (first.capitalised() || !second.capitalised())
            && let Some(n) = keep_phrase_at(lex, toks, &used, i, &mut pair)
        {
            for u in used.iter_mut().skip(i).take(n) {
                *u = true;
            }
            i += n;
            continue;
        }
        let mut matched = 0;
        if first.class & PLACE_FIRST != 0
            && let Some(second) = toks.get(i + 1)
            && !used[i + 1]
        {
            pair.clear();
            pair.push_str(&first.lower);
            pair.push(' ');
            pair.push_str(&second.lower);
            if lex.places.contains(pair.as_str()) {
                matched = 2;
            }
        }
        if matched == 0 && first.class & PLACE != 0 {
            let ordinary = first.class & WORD != 0;
            if !ordinary || (first.capitalised() && !first.sentence_start) {
                matched = 1;
            }
        }
        if matched > 0 {
            out.push(Other {
                start: toks[i].start,
                end: toks[i + matched - 1].end,
                kind: Kind::Place,
                key: None,
                rule: Rule::Town,
            });
            for u in used.iter_mut().skip(i).take(matched) {
                *u = true;
            }
            i += matched;
        } else {
            i += 1;
        }
    }

    let mut i = 0;
    while i < toks.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let t = &toks[i];
        let prev = i.checked_sub(1).map(|j| &toks[j]);
        let lower = t.lower.as_ref();
        let mut rule: Option<Rule> = None;

        if TITLES.has_token(t)
            && toks
                .get(i + 1)
                .is_some_and(|n| nameish_after_context(n) || initial(n))
        {
            // The title stays ("Mrs [Person 1]"); the name after it is taken next.
            i += 1;
            continue;
        }
        // A title and its name stand together: "her grandfather.\n- Plan:" is no name, nor is
        // "cared for by mum and grandmother. Missed the jabs": a dot after a title is the
        // abbreviation's ("Mr. Okafor", "Dr. Ali"), not a sentence's end (issue 36).
        let after_title = prev.is_some_and(|p| {
            TITLES.has_token(p)
                && !p.possessive
                && (p.capitalised() || p.lower != "sister")
                && match text[p.end..t.start].trim_end_matches([' ', '\t']) {
                    "" => true,
                    "." => ABBREVIATED_TITLES.contains(&p.lower.as_ref()),
                    _ => false,
                }
        });
        // A relation word says a person only in the same clause: "family support worker; GP
        // letter to follow", "the landlord. Her temperature" are not names (issue 36).
        let after_relation = prev.is_some_and(|p| {
            RELATIONS.has_token(p)
                && !p.possessive
                && !t.sentence_start
                && !text[p.end..t.start]
                    .contains(['.', ';', ':', '!', '?', '\n', '(', ')', '-', '–', '—', '/'])
        });
        if after_title && initial(t) {
            // "Mr H. from the flat upstairs": the initial is what is left of the name.
            rule = Some(Rule::AfterTitle);
        } else if (after_title || after_relation)
            && nameish_after_context(t)
            && !is_month_use(toks, i)
        {
            rule = Some(if after_title {
                Rule::AfterTitle
            } else {
                Rule::AfterRelation
            });
        } else if t.capitalised()
            && t.alphabetic()
            && !t.possessive
            && before_role(text, t.end)
            && !not_a_name_before_brackets(lex, t)
            && !is_month_use(toks, i)
        {
            // "Precious (social worker) rang", "Dean (HV) visited": a name, word or not.
            rule = Some(Rule::BeforeRole);
        } else if initial_and_surname(text, toks, i) {
            // "Nurse: D. Bright", "RECORDED BY: S. NAIK": the surname is taken next.
            rule = Some(Rule::InitialAndSurname);
        } else if t.alphabetic() && t.all_caps() && all_caps_full_name(toks, i, text) {
            // "CHAIR: KAREN ASHDOWN", "SEEN BY PRIYA SONDH": a form filled in capitals.
            rule = Some(Rule::KnownForename);
        } else if t.alphabetic() && lower.chars().nth(1).is_some() && !t.all_caps() {
            let class = t.class;
            // "Sainsbury's", "Barnardo's": kept as written, not a person's possessive (but a
            // known name's: "McDonald's" may be Mr McDonald's).
            let keep = class & KEEP != 0
                || (t.possessive
                    && class & KEEP_POSSESSIVE != 0
                    && class & (FORENAME | SURNAME) == 0);
            let word = class & WORD != 0;
            let forename = class & FORENAME != 0;
            let next = toks.get(i + 1);
            // A country that is also a name, after a word that says a place: the country.
            let country = t.capitalised()
                && prev.is_some_and(|p| PLACE_BEFORE.has_token(p))
                && lex.countries_also_names.contains(lower);
            if keep || country || is_month_use(toks, i) {
                // Days, months, medicines, services: never names on their own.
            } else if t.capitalised() {
                if forename && !word {
                    rule = Some(Rule::KnownForename);
                } else if forename && word {
                    let verb_next = next.is_some_and(|n| PERSON_VERBS.has_token(n));
                    let surname_next = next.is_some_and(|n| continues_name(lex, n, true));
                    if !t.sentence_start || t.possessive || verb_next || surname_next {
                        rule = Some(Rule::ForenameAsName);
                    }
                } else if word && class & PLACE == 0 && word_as_name(text, toks, i) {
                    // "Wing came by.", "Discussed with Wing at supervision": an English word
                    // in no name list, where the sentence says a person.
                    rule = Some(Rule::WordAsName);
                } else if !word && class & SURNAME == 0 {
                    // An unknown capitalised word: a name, unless a misspelt word starting a
                    // sentence, or words joined by hyphens ("Smoke-free", "Over-optimism"). A
                    // sentence that goes on with what a person does ("Tunde rang.") starts with
                    // a name, whatever word it is near (issue 36).
                    let verb_next = next.is_some_and(|n| PERSON_VERBS.has_token(n));
                    let misspelt = t.sentence_start && !verb_next && near_a_word(lex, lower);
                    if !misspelt && !compound_of_words(lex, lower) && !derived_word(lex, lower) {
                        rule = Some(Rule::NotAnEnglishWord);
                    }
                } else if !word && class & SURNAME != 0 {
                    rule = Some(Rule::KnownSurname);
                } else if t.possessive && !t.sentence_start && !word {
                    rule = Some(Rule::PossessiveName);
                }
            } else if forename && !word {
                rule = Some(Rule::ForenameLowerCase);
            } else if forename && word && lower_case_person(text, toks, i) {
                // "mason said 'he cries'", "& mason starts at", "said jade greaves's dog".
                rule = Some(Rule::ForenameLowerCase);
            } else if !word
                && !forename
                && class & SURNAME == 0
                && next.is_some_and(|n| !n.capitalised() && n.class & (SURNAME | WORD) == SURNAME)
                && !near_a_word(lex, lower)
            {
                rule = Some(Rule::BeforeSurname);
            } else if t.possessive && forename && !word {
                // "the man's van": in lower case, a forename that is also a word is the word.
                rule = Some(Rule::PossessiveForename);
            }
        }
        let Some(rule) = rule else {
            i += 1;
            continue;
        };
        // Take a following surname (or second name) too, and a middle initial before one
        // ("Janka M. Szász", "Elita B Desaulniers").
        let mut j = i + 1;
        while j < toks.len() && j < i + 4 && !used[j] && !toks[j - 1].possessive {
            let raw_gap = &text[toks[j - 1].end..toks[j].start];
            let gap = raw_gap.trim();
            let after_initial = gap == "." && initial(&toks[j - 1]);
            // A tab or a run of spaces separates a form's fields ("T. ABERNETHY    CASE REF:"):
            // the name stops there before a field's label or a word that is no surname; a
            // surname across one is still the name ("Kerry\tBright"), and a double space is a
            // slip of the keyboard ("Lara  Fiorentino").
            let field_gap = raw_gap.contains('\t') || raw_gap.contains("   ");
            if field_gap
                && !after_initial
                && (!surname_like(&toks[j]) || starts_label(text, toks, j))
            {
                break;
            }
            if (toks[j].sentence_start || !gap.is_empty()) && !after_initial {
                break;
            }
            // After an initial's full stop the name goes on, though it looks like a sentence.
            let middle = initial(&toks[j])
                && t.capitalised()
                && toks
                    .get(j + 1)
                    .is_some_and(|n| match text[toks[j].end..n.start].trim() {
                        "" => continues_name(lex, n, true),
                        "." => surname_like(n),
                        _ => false,
                    });
            let surname = if after_initial {
                surname_like(&toks[j])
            } else {
                continues_name(lex, &toks[j], t.capitalised())
            };
            if !(middle || (!initial(&toks[j]) && surname)) {
                break;
            }
            j += 1;
        }
        // An initial ends on its full stop.
        let end = if initial(&toks[j - 1]) && text[toks[j - 1].end..].starts_with('.') {
            toks[j - 1].end + 1
        } else {
            toks[j - 1].end
        };
        // A capitalised word just before an unknown name or a known forename inside a
        // sentence is its first name, though it is also a word ("Florin Thackeray is the key
        // worker", "Met Unique Adebayo"); at a sentence start, one that is no word
        // ("Interpreter: Farid Sultani (Dari)"), or any but a verb at a field's start ("Present:
        // Gift Mensah (SW)", issue 36).
        let first = i
            .checked_sub(1)
            .filter(|&p| {
                let pt = &toks[p];
                matches!(
                    rule,
                    Rule::NotAnEnglishWord
                        | Rule::KnownSurname
                        | Rule::BeforeRole
                        | Rule::KnownForename
                ) && !used[p]
                    && !t.sentence_start
                    && (!pt.sentence_start
                        || pt.class & (WORD | KEEP) == 0
                        || (at_field_start(text, pt)
                            && !ACTION_VERBS.has_token(pt)
                            && !NOT_FIRST_NAMES.has_token(pt)
                            && !is_role_in_brackets(&pt.lower)
                            && !pt.text.contains(['\'', '’'])
                            && !pt.lower.ends_with("ed")
                            && !pt.lower.ends_with("ing")))
                    && pt.capitalised()
                    && pt.alphabetic()
                    && !pt.all_caps()
                    && !pt.possessive
                    && pt.class & KEEP == 0
                    && !TITLES.has_token(pt)
                    && !RELATIONS.has_token(pt)
                    && !ORDINARY_BEFORE.has_token(pt)
                    && !PERSON_VERBS.has_token(pt)
                    && !PERSON_BEFORE.has_token(pt)
                    && text[pt.end..t.start].trim().is_empty()
            })
            .unwrap_or(i);
        // An initial and a surname share a number with an earlier name of that surname whose
        // first name starts with the initial ("Kerry Bright" then "K. Bright"), not with "J.
        // Bright" or "K. Jones".
        let initial_of =
            (initial(&toks[first]) && j > first + 1).then(|| toks[first].lower.clone());
        let first_key = if initial_of.is_some() {
            first + 1
        } else {
            first
        };
        let key = toks[first_key].lower.clone();
        // A surname on its own after its first mention shares the first name's number.
        let key = out
            .iter()
            .filter_map(|o| o.key.as_ref())
            .find(|k| {
                k.split(' ').any(|w| w == key)
                    && initial_of.as_deref().is_none_or(|c| k.starts_with(c))
            })
            .cloned()
            .unwrap_or_else(|| {
                toks[first..j]
                    .iter()
                    .map(|t| t.lower.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        out.push(Other {
            start: toks[first].start,
            end,
            kind: Kind::Person,
            key: Some(key),
            rule,
        });
        for u in used.iter_mut().take(j).skip(first) {
            *u = true;
        }
        i = j;
    }
    // Key each person by their first word so that "Jade Wilson" then "Jade" share a number:
    // the key of the first person with that first word (a note names a handful of people).
    // (Not an initial: "K. Bright" and "K. Jones" are two people.)
    fn first_word(o: &Other) -> Option<&str> {
        o.key
            .as_deref()
            .and_then(|k| k.split(' ').next())
            .filter(|w| w.chars().nth(1).is_some())
    }
    for j in 1..out.len() {
        let earlier = first_word(&out[j])
            .and_then(|first| out[..j].iter().position(|o| first_word(o) == Some(first)));
        if let Some(p) = earlier {
            out[j].key = out[p].key.clone();
        }
    }
    out
}

/// Whether a word is one typing slip from an English word (a sentence-initial "Recieved").
pub(super) fn near_a_word(lex: &Lexicon, lower: &str) -> bool {
    if lower.is_ascii() && lower.len() <= 48 {
        return near_a_word_ascii(lex, lower.as_bytes());
    }
    let chars: Vec<char> = lower.chars().collect();
    if chars.len() < 4 {
        return false;
    }
    // Swap of two neighbours, or one letter dropped or doubled.
    for k in 0..chars.len() - 1 {
        let mut c = chars.clone();
        c.swap(k, k + 1);
        if lex.is_word(&c.iter().collect::<String>()) {
            return true;
        }
    }
    for k in 0..chars.len() {
        let mut c = chars.clone();
        c.remove(k);
        if lex.is_word(&c.iter().collect::<String>()) {
            return true;
        }
    }
    false
}

/// [`near_a_word`] for an ASCII word of up to 48 letters, in a buffer on the stack.
pub(super) fn near_a_word_ascii(lex: &Lexicon, w: &[u8]) -> bool {
    let n = w.len();
    if n < 4 {
        return false;
    }
    let mut buf = [0u8; 48];
    let is_word = |b: &[u8]| {
        // ASCII bytes are always a valid string.
        std::str::from_utf8(b).is_ok_and(|s| lex.is_word(s))
    };
    for k in 0..n - 1 {
        buf[..n].copy_from_slice(w);
        buf.swap(k, k + 1);
        if is_word(&buf[..n]) {
            return true;
        }
    }
    for k in 0..n {
        buf[..k].copy_from_slice(&w[..k]);
        buf[k..n - 1].copy_from_slice(&w[k + 1..]);
        if is_word(&buf[..n - 1]) {
            return true;
        }
    }
    false
}
