//! Structured identifiers found by pattern: NHS and National Insurance numbers, postcodes, phone
//! numbers, emails, links, handles, dates, addresses, vehicle registrations, references and
//! named schools, health services and other institutions.

use std::sync::OnceLock;

use regex::Regex;

use super::Kind;
use super::lexicon::lexicon;
use super::tokens::Token;

/// A piece of the note that matched a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub reason: &'static str,
}

struct Patterns {
    email: Regex,
    url: Regex,
    bare_domain: Regex,
    handle: Regex,
    platform_handle: Regex,
    nhs: Regex,
    nhs_context: Regex,
    ni: Regex,
    ni_context: Regex,
    postcode: Regex,
    phone: Regex,
    phone_context: Regex,
    date_numeric: Regex,
    date_short_context: Regex,
    date_iso: Regex,
    date_day_month: Regex,
    date_month_day: Regex,
    date_month_year: Regex,
    date_weekday_ordinal: Regex,
    date_on_the: Regex,
    address_numbered: Regex,
    address_flat: Regex,
    address_named: Regex,
    vehicle_current: Regex,
    vehicle_prefix: Regex,
    vehicle_suffix: Regex,
    vehicle_context: Regex,
    reference: Regex,
    school: Institution,
    health: Institution,
    place_institution: Institution,
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTH_FULL: &str =
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const STREET: &str = r"(?:road|rd|street|st|avenue|ave|lane|ln|close|cl|drive|dr|way|court|ct|crescent|cres|place|pl|gardens|gdns|grove|terrace|tce|terr|walk|mews|square|sq|hill|park|row|view|rise|green|parade|vale|wharf|yard|estate|croft|fold|meadows?|chase|gate|brow|bank|heights|boulevard|embankment|house|lodge|tower|towers|mansions|buildings)";
const NAME_WORDS: &str = r"(?:(?:st\.?|saint)\s+)?(?:[\p{L}][\p{L}'’\-]*\s+){1,4}?";

/// The last words of a school's, a health service's and a centre's name.
const SCHOOL: &str = r"(?:(?:primary|infants?|juniors?|nursery|secondary|grammar|high|community|church)\s+school|primary|infants?|juniors?|academy|school|nursery|pre-?school|college|secondary|grammar|montessori)";
const HEALTH: &str = r"(?:surgery|medical\s+(?:centre|center|practice)|health\s+centre|practice|(?:general\s+)?hospital|infirmary|clinic|hospice|walk-in\s+centre)";
const CENTRE: &str = r"(?:children[’']?s\s+centre|family\s+(?:hub|centre)|community\s+centre|library|church|mosque|temple|gurdwara|leisure\s+centre|food\s+bank|refuge)";

/// A named institution: a few name words, then its suffix; and the suffix alone at the end of
/// a match, to find where the name stops without a capture search.
struct Institution {
    named: Regex,
    suffix_at_end: Regex,
}

impl Institution {
    /// Where the suffix starts in a match of `named`: the pattern takes as few name words as it
    /// can (at least one, after a "St" or "Saint" if there is one), so the suffix is the
    /// leftmost one after them that runs to the end of the match.
    fn suffix_start(&self, text: &str, start: usize, end: usize) -> Option<usize> {
        let hay = &text[..end];
        let after_word = |from: usize| {
            let rest = &hay[from..];
            let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
            let gap = rest[word..]
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len() - word);
            from + word + gap
        };
        let first = after_word(start);
        let saint = matches!(
            hay[start..first].trim_end().to_lowercase().as_str(),
            "st" | "st." | "saint"
        );
        if saint && let Some(m) = self.suffix_at_end.find_at(hay, after_word(first)) {
            return Some(m.start());
        }
        self.suffix_at_end.find_at(hay, first).map(|m| m.start())
    }
}

#[allow(clippy::expect_used)] // Fixed patterns, exercised by every test run.
fn institution(suffix: &str) -> Institution {
    let re = |s: &str| Regex::new(s).expect("a valid fixed pattern");
    Institution {
        named: re(&format!(r"(?i)(?-u:\b){NAME_WORDS}{suffix}(?-u:\b)")),
        suffix_at_end: re(&format!(r"(?i)(?-u:\b){suffix}\z")),
    }
}

#[allow(clippy::expect_used)] // Fixed patterns, exercised by every test run.
fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |s: &str| Regex::new(s).expect("a valid fixed pattern");
        Patterns {
            email: re(r"(?i)(?-u:\b)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?-u:\b)"),
            url: re(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()"']+"#),
            bare_domain: re(
                r"(?i)(?-u:\b)[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|com|org|net|io|me|info)(?-u:\b)(?:/[^\s]*)?",
            ),
            handle: re(r"(?:^|[^\w@.])(@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)"),
            platform_handle: re(
                r"(?i)(?-u:\b)(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|twitter|facebook|fb|threads)(?-u:\b)(?:\s*(?:name|handle|account|username|user|id|page|profile|is|as|was|called|:|-))*\s*@?([a-z0-9_][a-z0-9_.]{2,29})",
            ),
            nhs: re(r"(?-u:\b)(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?-u:\b)"),
            nhs_context: re(r"(?i)(?-u:\b)nhs(?-u:\b)(?:\s*(?:no\.?|number|num|#|:|is))*\s*(\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{10})(?-u:\b)"),
            ni: re(
                r"(?i)(?-u:\b)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})(?:\s?([A-D]))?(?-u:\b)",
            ),
            ni_context: re(
                r"(?i)(?-u:\b)(?:ni|nino|n\.i\.?|national\s+insurance)(?:\s*(?:no\.?|number|num|#|:|is|was))*\s*([a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}(?:\s?[a-d])?)(?-u:\b)",
            ),
            postcode: re(r"(?i)(?-u:\b)([A-Z]{1,2})(\d[A-Z\d]?)\s*(\d[A-Z]{2})(?-u:\b)"),
            phone: re(r"(?:\+\s?44\s?(?:\(0\)\s?)?|\(?(?-u:\b)0)\d(?:[\s\-\(\)]{0,2}\d)+"),
            phone_context: re(
                r"(?i)(?-u:\b)(?:tel|telephone|phone|mob|mobile|number|no|call|ring|text|contact)(?-u:\b)[^\d\n]{0,15}(\d{3,4}[\s\-]?\d{3,4})(?-u:\b)",
            ),
            date_numeric: re(r"(?-u:\b)\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?-u:\b)"),
            date_short_context: re(
                r"(?i)(?-u:\b)(?:on|dob|d\.o\.b\.?|born|from|until|since|seen|visit(?:ed)?|appt|appointment|due|edd|birthday)\s*:?\s*(\d{1,2}/\d{1,2})(?-u:\b)",
            ),
            date_iso: re(r"(?-u:\b)\d{4}-\d{2}-\d{2}(?-u:\b)"),
            date_day_month: re(&format!(
                r"(?i)(?-u:\b)\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?-u:\b)\.?(?:,?\s+\d{{4}})?"
            )),
            date_month_day: re(&format!(
                r"(?i)(?-u:\b){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+\d{{4}})?"
            )),
            date_month_year: re(&format!(r"(?i)(?-u:\b){MONTH_FULL}\s+\d{{4}}(?-u:\b)")),
            date_weekday_ordinal: re(
                r"(?i)(?-u:\b)(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th))(?-u:\b)",
            ),
            date_on_the: re(r"(?i)(?-u:\b)(?:on|by|until|from|since)\s+the\s+(\d{1,2}(?:st|nd|rd|th))(?-u:\b)"),
            address_numbered: re(&format!(
                r"(?i)(?-u:\b)(?:(?:flat|apt|apartment|unit)\s*\d+[a-z]?\s*,?\s*)?\d{{1,4}}[a-z]?\s*,?\s+((?:[\p{{L}}][\p{{L}}'’\-]*\s+){{1,3}}){STREET}(?-u:\b)\.?"
            )),
            address_flat: re(r"(?i)(?-u:\b)(?:flat|apt|apartment)\s+\d+[a-z]?(?-u:\b)"),
            address_named: re(
                r"(?-u:\b)((?:\p{Lu}[\p{L}'’\-]+\s+){1,3})(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Place|Gardens|Grove|Terrace|Walk|Mews|Square|Parade|Estate|Rise|View|House|Lodge|Tower|Towers|Mansions)(?-u:\b)",
            ),
            vehicle_current: re(r"(?-u:\b)[A-Z]{2}\d{2}\s?[A-Z]{3}(?-u:\b)"),
            vehicle_prefix: re(r"(?-u:\b)[A-Z]\d{1,3}\s?[A-Z]{3}(?-u:\b)"),
            vehicle_suffix: re(r"(?-u:\b)[A-Z]{3}\s?\d{1,3}[A-Z](?-u:\b)"),
            vehicle_context: re(
                r"(?i)(?-u:\b)(?:reg|registration|number\s*plate|plate|car|van|vehicle)(?-u:\b)[^\n]{0,20}?(?-u:\b)([a-z]{2}\d{2}\s?[a-z]{3}|[a-z]\d{1,3}\s?[a-z]{3}|[a-z]{3}\s?\d{1,3}[a-z])(?-u:\b)",
            ),
            reference: re(
                r"(?i)(?-u:\b)(?:case|ref(?:erence)?|crn|mosaic|lcs|client|file|police|crime|incident|log|hospital|patient|mrn)\s*(?:ref(?:erence)?|no\.?|number|num|id|#)?\s*[:#]?\s*([a-z0-9][a-z0-9/\-]*\d[a-z0-9/\-]*)",
            ),
            school: institution(SCHOOL),
            health: institution(HEALTH),
            place_institution: institution(CENTRE),
        }
    })
}

// ---------------------------------------------------------------- cheap triggers
// Most notes hold few kinds of identifier. One pass finds which kinds could be present (digits,
// '@', trigger words), so that only the patterns that can match are run.

const T_DIGIT: u32 = 1;
const T_AT: u32 = 1 << 1;
const T_WEB: u32 = 1 << 2;
const T_MONTH: u32 = 1 << 3;
const T_WEEKDAY: u32 = 1 << 4;
const T_PLATFORM: u32 = 1 << 5;
const T_NHS: u32 = 1 << 6;
const T_NI: u32 = 1 << 7;
const T_PHONE: u32 = 1 << 8;
const T_STREET: u32 = 1 << 9;
const T_FLAT: u32 = 1 << 10;
const T_VEHICLE: u32 = 1 << 11;
const T_REF: u32 = 1 << 12;
const T_SCHOOL: u32 = 1 << 13;
const T_HEALTH: u32 = 1 << 14;
const T_CENTRE: u32 = 1 << 15;
const T_MIXED: u32 = 1 << 16;
const T_DATE_WORD: u32 = 1 << 17;
/// A run of 10 or more digits, allowing one space, dash or bracket between groups.
const T_DIGITS10: u32 = 1 << 18;
/// A run of 6 or more digits (NI numbers, local phone numbers).
const T_DIGITS6: u32 = 1 << 19;
/// A digit, then / . or -, then a digit (numeric dates).
const T_DATE_SEP: u32 = 1 << 20;
/// A word that starts with a letter and holds a digit (OL4, AB12, SW1A).
const T_LETTER_DIGIT: u32 = 1 << 21;
/// A word of exactly three capitals (the letters of an old-style registration).
const T_UPPER3: u32 = 1 << 22;

const TRIGGERS: &[(&str, u32)] = &[
    ("www", T_WEB),
    ("http", T_WEB),
    ("com", T_WEB),
    ("uk", T_WEB),
    ("org", T_WEB),
    ("net", T_WEB),
    ("io", T_WEB),
    ("me", T_WEB),
    ("info", T_WEB),
    ("jan", T_MONTH),
    ("january", T_MONTH),
    ("feb", T_MONTH),
    ("february", T_MONTH),
    ("mar", T_MONTH),
    ("march", T_MONTH),
    ("apr", T_MONTH),
    ("april", T_MONTH),
    ("may", T_MONTH),
    ("jun", T_MONTH),
    ("june", T_MONTH),
    ("jul", T_MONTH),
    ("july", T_MONTH),
    ("aug", T_MONTH),
    ("august", T_MONTH),
    ("sep", T_MONTH),
    ("sept", T_MONTH),
    ("september", T_MONTH),
    ("oct", T_MONTH),
    ("october", T_MONTH),
    ("nov", T_MONTH),
    ("november", T_MONTH),
    ("dec", T_MONTH),
    ("december", T_MONTH),
    ("mon", T_WEEKDAY),
    ("monday", T_WEEKDAY),
    ("tue", T_WEEKDAY),
    ("tues", T_WEEKDAY),
    ("tuesday", T_WEEKDAY),
    ("wed", T_WEEKDAY),
    ("wednesday", T_WEEKDAY),
    ("thu", T_WEEKDAY),
    ("thur", T_WEEKDAY),
    ("thurs", T_WEEKDAY),
    ("thursday", T_WEEKDAY),
    ("fri", T_WEEKDAY),
    ("friday", T_WEEKDAY),
    ("sat", T_WEEKDAY),
    ("saturday", T_WEEKDAY),
    ("sun", T_WEEKDAY),
    ("sunday", T_WEEKDAY),
    ("on", T_DATE_WORD),
    ("by", T_DATE_WORD),
    ("until", T_DATE_WORD),
    ("from", T_DATE_WORD),
    ("since", T_DATE_WORD),
    ("dob", T_DATE_WORD),
    ("born", T_DATE_WORD),
    ("seen", T_DATE_WORD),
    ("visit", T_DATE_WORD),
    ("visited", T_DATE_WORD),
    ("appt", T_DATE_WORD),
    ("appointment", T_DATE_WORD),
    ("due", T_DATE_WORD),
    ("edd", T_DATE_WORD),
    ("birthday", T_DATE_WORD),
    ("d", T_DATE_WORD),
    ("insta", T_PLATFORM),
    ("instagram", T_PLATFORM),
    ("snap", T_PLATFORM),
    ("snapchat", T_PLATFORM),
    ("tik", T_PLATFORM),
    ("tiktok", T_PLATFORM),
    ("twitter", T_PLATFORM),
    ("facebook", T_PLATFORM),
    ("fb", T_PLATFORM),
    ("threads", T_PLATFORM),
    ("nhs", T_NHS),
    ("ni", T_NI),
    ("nino", T_NI),
    ("national", T_NI),
    ("n", T_NI),
    ("tel", T_PHONE),
    ("telephone", T_PHONE),
    ("phone", T_PHONE),
    ("mob", T_PHONE),
    ("mobile", T_PHONE),
    ("number", T_PHONE),
    ("no", T_PHONE),
    ("call", T_PHONE),
    ("ring", T_PHONE),
    ("text", T_PHONE),
    ("contact", T_PHONE),
    ("flat", T_FLAT),
    ("apt", T_FLAT),
    ("apartment", T_FLAT),
    ("unit", T_FLAT),
    ("reg", T_VEHICLE),
    ("registration", T_VEHICLE),
    ("plate", T_VEHICLE),
    ("car", T_VEHICLE),
    ("van", T_VEHICLE),
    ("vehicle", T_VEHICLE),
    ("case", T_REF),
    ("ref", T_REF),
    ("reference", T_REF),
    ("crn", T_REF),
    ("mosaic", T_REF),
    ("lcs", T_REF),
    ("client", T_REF),
    ("file", T_REF),
    ("police", T_REF),
    ("crime", T_REF),
    ("incident", T_REF),
    ("log", T_REF),
    ("hospital", T_REF | T_HEALTH),
    ("patient", T_REF),
    ("mrn", T_REF),
    ("primary", T_SCHOOL),
    ("infant", T_SCHOOL),
    ("infants", T_SCHOOL),
    ("junior", T_SCHOOL),
    ("juniors", T_SCHOOL),
    ("academy", T_SCHOOL),
    ("school", T_SCHOOL),
    ("nursery", T_SCHOOL),
    ("preschool", T_SCHOOL),
    ("pre", T_SCHOOL),
    ("college", T_SCHOOL),
    ("secondary", T_SCHOOL),
    ("grammar", T_SCHOOL),
    ("montessori", T_SCHOOL),
    ("surgery", T_HEALTH),
    ("medical", T_HEALTH),
    ("health", T_HEALTH),
    ("practice", T_HEALTH),
    ("infirmary", T_HEALTH),
    ("clinic", T_HEALTH),
    ("hospice", T_HEALTH),
    ("walk", T_HEALTH),
    ("centre", T_CENTRE),
    ("hub", T_CENTRE),
    ("library", T_CENTRE),
    ("church", T_CENTRE),
    ("mosque", T_CENTRE),
    ("temple", T_CENTRE),
    ("gurdwara", T_CENTRE),
    ("bank", T_CENTRE),
    ("refuge", T_CENTRE),
];

/// Every trigger word with the kinds it may introduce: the lexicon files them with each
/// word's class, and is the one place they are looked up.
pub(super) fn trigger_list() -> impl Iterator<Item = (&'static str, u32)> {
    TRIGGERS
        .iter()
        .copied()
        .chain(STREET_WORDS.iter().map(|w| (*w, T_STREET)))
}

const STREET_WORDS: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "ln",
    "close",
    "cl",
    "drive",
    "dr",
    "way",
    "court",
    "ct",
    "crescent",
    "cres",
    "place",
    "pl",
    "gardens",
    "gdns",
    "grove",
    "terrace",
    "tce",
    "terr",
    "walk",
    "mews",
    "square",
    "sq",
    "hill",
    "park",
    "row",
    "view",
    "rise",
    "green",
    "parade",
    "vale",
    "wharf",
    "yard",
    "estate",
    "croft",
    "fold",
    "meadow",
    "meadows",
    "chase",
    "gate",
    "brow",
    "bank",
    "heights",
    "boulevard",
    "embankment",
    "house",
    "lodge",
    "tower",
    "towers",
    "mansions",
    "buildings",
];

/// The note with the places where each kind of identifier could start: digit runs, '@', and
/// trigger words. Patterns run only in windows around these anchors.
struct Scan<'t> {
    text: &'t str,
    flags: u32,
    anchors: Vec<(u32, usize, usize)>,
}

/// Flags and anchors for one run of ASCII letters and digits, `b[start..end]`: digits, a
/// letters-and-digits word, three capitals, or a trigger word (`triggers` when the token's
/// look-up has said already, else looked up in the lexicon here).
fn piece(
    b: &[u8],
    start: usize,
    end: usize,
    triggers: Option<u32>,
    flags: &mut u32,
    anchors: &mut Vec<(u32, usize, usize)>,
) {
    let piece = &b[start..end];
    let Some(&first) = piece.first() else {
        return;
    };
    if piece.iter().any(u8::is_ascii_digit) {
        *flags |= T_DIGIT;
        if first.is_ascii_alphabetic() {
            *flags |= T_LETTER_DIGIT | T_MIXED;
            anchors.push((T_LETTER_DIGIT, start, end));
        } else if piece.iter().any(u8::is_ascii_alphabetic) {
            *flags |= T_MIXED;
        }
        return;
    }
    if piece.len() == 3 && piece.iter().all(u8::is_ascii_uppercase) {
        *flags |= T_UPPER3;
        anchors.push((T_UPPER3, start, end));
    }
    let f = triggers.unwrap_or_else(|| {
        // A piece of a longer token ("walk" of "walk-in"): ASCII, so its lower case is too.
        let lower = piece.to_ascii_lowercase();
        std::str::from_utf8(&lower).map_or(0, |w| lexicon().triggers(w))
    });
    if f != 0 {
        *flags |= f;
        anchors.push((f, start, end));
    }
}

/// Finds the anchors: '@' and date separators in one pass over the bytes, and the words from
/// the note's tokens, whose look-up in the lexicon already says which trigger words they are.
fn scan<'t>(text: &'t str, toks: &[Token<'_>]) -> Scan<'t> {
    let b = text.as_bytes();
    let mut flags = 0;
    let mut anchors = Vec::with_capacity(toks.len() / 4);
    for i in memchr::memchr_iter(b'@', b) {
        flags |= T_AT;
        anchors.push((T_AT, i, i + 1));
    }
    for (ti, t) in toks.iter().enumerate() {
        if t.plain {
            // The token is exactly one run of ASCII letters and digits.
            piece(
                b,
                t.start,
                t.end,
                Some(t.triggers),
                &mut flags,
                &mut anchors,
            );
            continue;
        }
        // Apostrophes, hyphens, other letters: the runs of ASCII letters and digits up to
        // the next token, each on its own ("walk-in": "walk", "in").
        let limit = toks.get(ti + 1).map_or(b.len(), |n| n.start);
        let mut i = t.start;
        while i < limit {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < limit && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            piece(b, start, i, None, &mut flags, &mut anchors);
        }
    }
    if flags & T_DIGIT != 0 {
        // Runs of digits, allowing up to two separators between groups ("(0161) 496 0000").
        let mut run = 0;
        let mut gap = 0;
        let mut run_start = 0;
        let mut last_digit = 0;
        let close = |run: usize,
                     run_start: usize,
                     last: usize,
                     anchors: &mut Vec<(u32, usize, usize)>,
                     flags: &mut u32| {
            if run >= 6 {
                *flags |= T_DIGITS6;
                anchors.push((T_DIGITS6, run_start, last + 1));
            }
            if run >= 10 {
                *flags |= T_DIGITS10;
                anchors.push((T_DIGITS10, run_start, last + 1));
            }
        };
        let mut i = 0;
        while i < b.len() {
            if run == 0 {
                // Outside a run only a digit matters.
                match b[i..].iter().position(u8::is_ascii_digit) {
                    Some(k) => i += k,
                    None => break,
                }
            }
            let c = b[i];
            if c.is_ascii_digit() {
                if run == 0 {
                    run_start = i;
                }
                run += 1;
                gap = 0;
                last_digit = i;
                // A digit, then / . or -, then a digit: a numeric date may be here.
                if b.get(i + 1)
                    .is_some_and(|s| matches!(s, b'/' | b'.' | b'-'))
                    && b.get(i + 2).is_some_and(u8::is_ascii_digit)
                {
                    flags |= T_DATE_SEP;
                    anchors.push((T_DATE_SEP, i + 1, i + 2));
                }
            } else if matches!(c, b' ' | b'-' | b'(' | b')') && gap < 2 {
                gap += 1;
            } else {
                close(run, run_start, last_digit, &mut anchors, &mut flags);
                run = 0;
                gap = 0;
            }
            i += 1;
        }
        close(run, run_start, last_digit, &mut anchors, &mut flags);
    }
    // In order of where they start, so that windows come out in order too.
    anchors.sort_unstable_by_key(|a| a.1);
    Scan {
        text,
        flags,
        anchors,
    }
}

impl<'t> Scan<'t> {
    fn on(&self, flags: u32) -> bool {
        self.flags & flags != 0
    }

    /// Merged windows around the anchors of `flags`, widened to whole words.
    fn windows(&self, flags: u32, before: usize, after: usize) -> Vec<(usize, usize)> {
        self.windows_if(flags, before, after, |_, _| true)
    }

    /// [`Scan::windows`] for the anchors that pass a cheap check first.
    fn windows_if(
        &self,
        flags: u32,
        before: usize,
        after: usize,
        keep: impl Fn(usize, usize) -> bool,
    ) -> Vec<(usize, usize)> {
        let t = self.text;
        // Anchors are in order of their start, so the windows are in order of theirs, and
        // overlapping ones are merged as they come.
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(f, s, e) in &self.anchors {
            if f & flags == 0 || !keep(s, e) {
                continue;
            }
            let mut a = s.saturating_sub(before);
            while a > 0 && !t.is_char_boundary(a) {
                a -= 1;
            }
            let mut z = (e + after).min(t.len());
            while z < t.len() && !t.is_char_boundary(z) {
                z += 1;
            }
            // Never cut a word: run on to its end.
            while let Some(c) = t[z..].chars().next() {
                if !c.is_alphanumeric() {
                    break;
                }
                z += c.len_utf8();
            }
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(z),
                _ => merged.push((a, z)),
            }
        }
        merged
    }

    /// Matches of `re` inside the windows of `flags`.
    fn find(&self, re: &Regex, flags: u32, before: usize, after: usize) -> Vec<regex::Match<'t>> {
        self.find_in(re, self.windows(flags, before, after))
    }

    /// Matches of `re` inside the given windows.
    fn find_in(&self, re: &Regex, windows: Vec<(usize, usize)>) -> Vec<regex::Match<'t>> {
        let mut out = Vec::new();
        for (a, z) in windows {
            let hay = &self.text[..z];
            let mut at = a;
            while at <= z {
                let Some(m) = re.find_at(hay, at) else { break };
                out.push(m);
                at = if m.end() > m.start() {
                    m.end()
                } else {
                    next_char(hay, m.end())
                };
            }
        }
        out
    }

    /// Captures of `re` inside the windows of `flags`.
    fn caps(&self, re: &Regex, flags: u32, before: usize, after: usize) -> Vec<Hit<'t>> {
        self.caps_in(re, self.windows(flags, before, after))
    }

    /// Matches of `re`, with their first group, inside the given windows (one set of capture
    /// slots for all the searches).
    fn caps_in(&self, re: &Regex, windows: Vec<(usize, usize)>) -> Vec<Hit<'t>> {
        let mut out = Vec::new();
        if windows.is_empty() {
            return out;
        }
        let mut locs = re.capture_locations();
        for (a, z) in windows {
            let hay = &self.text[..z];
            let mut at = a;
            while at <= z {
                let Some(m) = re.captures_read_at(&mut locs, hay, at) else {
                    break;
                };
                at = if m.end() > m.start() {
                    m.end()
                } else {
                    next_char(hay, m.end())
                };
                out.push(Hit {
                    text: self.text,
                    whole: (m.start(), m.end()),
                    group: locs.get(1),
                });
            }
        }
        out
    }

    /// Group 1 of `re` read on from each `flag` anchor (up to `after` bytes) that has a digit
    /// within `digits` bytes: a number introduced by its trigger word ("NHS", "ref", "call").
    fn number_after(&self, re: &Regex, flag: u32, after: usize, digits: usize) -> Vec<Piece<'t>> {
        let text = self.text;
        self.caps_in(
            re,
            self.windows_if(flag, 0, after, |_, e| digit_after(text, e, digits)),
        )
        .iter()
        .filter_map(|c| c.get(1))
        .collect()
    }
}

/// A pattern's match and its first group (the only group the patterns use).
#[derive(Debug, Clone, Copy)]
struct Hit<'t> {
    text: &'t str,
    whole: (usize, usize),
    group: Option<(usize, usize)>,
}

impl<'t> Hit<'t> {
    /// The whole match (0) or the first group (1).
    fn get(&self, i: usize) -> Option<Piece<'t>> {
        let (start, end) = match i {
            0 => self.whole,
            1 => self.group?,
            _ => return None,
        };
        Some(Piece {
            text: self.text,
            start,
            end,
        })
    }
}

/// A span of the note.
#[derive(Debug, Clone, Copy)]
struct Piece<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Piece<'t> {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// Whether a digit comes within `n` bytes after `from`.
fn digit_after(text: &str, from: usize, n: usize) -> bool {
    text.as_bytes()[from.min(text.len())..(from + n).min(text.len())]
        .iter()
        .any(u8::is_ascii_digit)
}

/// Whether a digit comes within `n` bytes before `to`.
fn digit_before(text: &str, to: usize, n: usize) -> bool {
    text.as_bytes()[to.saturating_sub(n)..to.min(text.len())]
        .iter()
        .any(u8::is_ascii_digit)
}

/// The word that ends before `at`, with where it starts.
fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
    let head = text[..at].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .map_or(0, |i| {
            i + head[i..].chars().next().map_or(1, char::len_utf8)
        });
    let w = &head[start..];
    (!w.is_empty()).then_some((start, w))
}

/// Words inside a multi-word suffix ("community centre", "family hub", "children's centre",
/// "medical centre", "primary school"): the name, if any, comes before them.
static SUFFIX_WORDS: super::names::Words = super::names::Words::new(&[
    "community",
    "family",
    "children's",
    "children’s",
    "childrens",
    "leisure",
    "health",
    "medical",
    "general",
    "walk-in",
    "primary",
    "infant",
    "infants",
    "junior",
    "juniors",
    "secondary",
    "grammar",
    "high",
    "church",
    "food",
]);

/// Whether the word before an institution or street suffix (or before the rest of a
/// multi-word suffix) could be part of a name.
fn named_before(text: &str, at: usize) -> bool {
    let mut at = at;
    for _ in 0..3 {
        let Some((start, w)) = word_before(text, at) else {
            return false;
        };
        if !SUFFIX_WORDS.has(w.to_lowercase().as_str()) {
            return name_like(w);
        }
        at = start;
    }
    false
}

fn next_char(s: &str, at: usize) -> usize {
    let mut n = at + 1;
    while n < s.len() && !s.is_char_boundary(n) {
        n += 1;
    }
    n
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

fn digits_of(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// The end of a phone number within a run of digits: the longest prefix, ending at a digit,
/// with 10 or 11 digits (0…) or +44 and 9 or 10 more; `None` if there is none.
fn phone_end(s: &str) -> Option<usize> {
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

/// Words before an institution or street suffix that do not belong to its name.
static NOT_NAME: super::names::Words = super::names::Words::new(&[
    "the",
    "a",
    "an",
    "at",
    "to",
    "in",
    "on",
    "from",
    "of",
    "her",
    "his",
    "their",
    "my",
    "our",
    "your",
    "its",
    "local",
    "new",
    "old",
    "this",
    "that",
    "and",
    "or",
    "with",
    "by",
    "for",
    "nearest",
    "same",
    "next",
    "last",
    "usual",
    "baby's",
    "babys",
    "mum's",
    "dad's",
    "is",
    "was",
    "go",
    "goes",
    "going",
    "went",
    "attends",
    "attend",
    "attending",
    "started",
    "starts",
    "at",
    "near",
    "into",
    "round",
    "around",
    "via",
    "about",
    "both",
    "all",
    "some",
    "any",
    "each",
    "every",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "primary",
    "secondary",
    "high",
    "infant",
    "junior",
    "walk",
    "up",
    "down",
    "off",
    "out",
    "over",
    "past",
    "before",
    "after",
]);

/// A word that can be part of a proper name: capitalised, or not an ordinary word.
fn name_like(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lex = lexicon();
    if NOT_NAME.has(&lower) {
        return false;
    }
    let trimmed = lower.trim_end_matches("'s").trim_end_matches("’s");
    word.chars().next().is_some_and(char::is_uppercase)
        || (!lex.is_word(trimmed) && trimmed.chars().all(char::is_alphabetic))
}

/// The start of an institution's or street's name: the run of name-like words (and "St") just
/// before its suffix, read from the suffix leftwards; `None` when there is no such word (a
/// generic "the local primary" stays).
fn named_span(text: &str, start: usize, words_end: usize) -> Option<usize> {
    let words = &text[start..words_end];
    let mut spans: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for w in words.split_whitespace() {
        let at = words[offset..].find(w).map_or(offset, |i| offset + i);
        offset = at + w.len();
        spans.push((at, w));
    }
    let mut first = None;
    let mut named = false;
    for (at, w) in spans.iter().rev() {
        let lower = w.to_lowercase();
        if matches!(lower.as_str(), "st" | "st." | "saint") {
            first = Some(*at);
            continue;
        }
        if name_like(w) {
            first = Some(*at);
            named = true;
        } else {
            break;
        }
    }
    if !named {
        return None;
    }
    first.map(|f| start + f)
}

fn push(out: &mut Vec<Found>, start: usize, end: usize, kind: Kind, reason: &'static str) {
    if start < end {
        out.push(Found {
            start,
            end,
            kind,
            reason,
        });
    }
}

/// Finds every structured identifier in a note (overlaps are resolved by the caller).
pub fn find(text: &str) -> Vec<Found> {
    let folded = super::names::fold(text);
    find_in_tokens(text, &super::tokens::tokenise(text, &folded))
}

/// [`find`] for a note already split into tokens.
pub fn find_in_tokens(text: &str, toks: &[Token<'_>]) -> Vec<Found> {
    let p = patterns();
    let lex = lexicon();
    let mut out = Vec::new();
    let sc = scan(text, toks);
    let on = |flags: u32| sc.on(flags);

    if on(T_AT) {
        for m in sc.find(&p.email, T_AT, 64, 256) {
            push(&mut out, m.start(), m.end(), Kind::Email, "email address");
        }
    }
    if on(T_WEB) {
        // A link starts with "www" or "http"; a domain ends with a dot and its suffix ("me"
        // in "told me" is not one).
        let dot_before = |s: usize| s > 0 && text.as_bytes()[s - 1] == b'.';
        let link_start = |s: usize| {
            let head = text.as_bytes().get(s..s + 3).unwrap_or_default();
            head.eq_ignore_ascii_case(b"www") || head.eq_ignore_ascii_case(b"htt")
        };
        let links = sc.windows_if(T_WEB, 100, 200, |s, _| link_start(s) || dot_before(s));
        let domains = sc.windows_if(T_WEB, 100, 200, |s, _| dot_before(s));
        for m in sc
            .find_in(&p.url, links)
            .into_iter()
            .chain(sc.find_in(&p.bare_domain, domains))
        {
            let s = m
                .as_str()
                .trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
            push(
                &mut out,
                m.start(),
                m.start() + s.len(),
                Kind::Url,
                "web address",
            );
        }
    }
    if on(T_AT) {
        for c in sc.caps(&p.handle, T_AT, 2, 32) {
            if let Some(m) = c.get(1) {
                push(
                    &mut out,
                    m.start(),
                    m.end(),
                    Kind::Handle,
                    "social media handle (@name)",
                );
            }
        }
    }
    if on(T_PLATFORM) {
        for c in sc.caps(&p.platform_handle, T_PLATFORM, 0, 80) {
            if let Some(m) = c.get(1) {
                let h = m.as_str().trim_end_matches('.');
                let lower = h.to_lowercase();
                let odd = h.contains(['_', '.']) || h.chars().any(|ch| ch.is_ascii_digit());
                if odd || (!lex.is_word(&lower) && !lex.is_keep(lower.as_str())) {
                    push(
                        &mut out,
                        m.start(),
                        m.start() + h.len(),
                        Kind::Handle,
                        "name on a social media platform",
                    );
                }
            }
        }
    }

    if on(T_NHS) && on(T_DIGITS10) {
        for m in sc.number_after(&p.nhs_context, T_NHS, 60, 24) {
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::NhsNumber,
                "10-digit number next to \"NHS\"",
            );
        }
    }
    if on(T_DIGITS10) {
        for m in sc.find(&p.nhs, T_DIGITS10, 2, 2) {
            let d = digits_of(m.as_str());
            if nhs_checksum_ok(&d) && d.first() != Some(&0) {
                push(
                    &mut out,
                    m.start(),
                    m.end(),
                    Kind::NhsNumber,
                    "NHS number (valid check digit)",
                );
            }
        }
    }
    if on(T_DIGITS6) {
        for c in sc.caps(&p.ni, T_DIGITS6, 6, 6) {
            let (Some(m), Some(prefix)) = (c.get(0), c.get(1)) else {
                continue;
            };
            let prefix = prefix.as_str().to_uppercase();
            if ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&prefix.as_str()) {
                continue;
            }
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::NiNumber,
                "National Insurance number",
            );
        }
    }
    if on(T_NI) && on(T_DIGITS6) {
        for m in sc.number_after(&p.ni_context, T_NI, 50, 24) {
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::NiNumber,
                "National Insurance number (after \"NI\")",
            );
        }
    }
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
                push(&mut out, m.start(), m.end(), Kind::Postcode, "UK postcode");
            }
        }
    }
    if on(T_DIGITS10) {
        for m in sc.find(&p.phone, T_DIGITS10, 8, 2) {
            if let Some(end) = phone_end(m.as_str()) {
                push(
                    &mut out,
                    m.start(),
                    m.start() + end,
                    Kind::Phone,
                    "UK phone number",
                );
            }
        }
    }
    if on(T_PHONE) && on(T_DIGITS6) {
        for m in sc.number_after(&p.phone_context, T_PHONE, 60, 24) {
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::Phone,
                "number after \"phone\", \"call\" or similar",
            );
        }
    }

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
            push(&mut out, m.start(), m.end(), Kind::Date, "date");
        }
    }
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
            push(&mut out, m.start(), m.end(), Kind::Date, "date");
        }
    }

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
                    push(&mut out, m.start(), m.end(), Kind::Date, "date");
                }
            }
        }
    }

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
                        "at", "address", "lives", "living", "moved", "moving", "flat", "house",
                        "to", "on", "from", "of",
                    ]
                    .contains(&w)
                });
            if no_stop && (named || context) {
                push(
                    &mut out,
                    m.start(),
                    m.end(),
                    Kind::Address,
                    "house number and street",
                );
            }
        }
    }
    if on(T_FLAT) && on(T_DIGIT) {
        for m in sc.find(&p.address_flat, T_FLAT, 0, 16) {
            push(&mut out, m.start(), m.end(), Kind::Address, "flat number");
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
            if let Some(start) = named_span(text, m.start(), words.end()) {
                push(&mut out, start, m.end(), Kind::Address, "named street");
            }
        }
    }

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
                push(
                    &mut out,
                    m.start(),
                    m.end(),
                    Kind::Vehicle,
                    "vehicle registration",
                );
            }
        }
    }
    if on(T_VEHICLE) && on(T_MIXED) {
        for m in sc.number_after(&p.vehicle_context, T_VEHICLE, 60, 30) {
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::Vehicle,
                "vehicle registration",
            );
        }
    }
    if on(T_REF) && on(T_DIGIT) {
        for m in sc.number_after(&p.reference, T_REF, 60, 30) {
            push(
                &mut out,
                m.start(),
                m.end(),
                Kind::Reference,
                "reference number",
            );
        }
    }

    for (re, kind, reason, flag) in [
        (&p.school, Kind::School, "named school or nursery", T_SCHOOL),
        (
            &p.health,
            Kind::HealthService,
            "named GP surgery, hospital or clinic",
            T_HEALTH,
        ),
        (
            &p.place_institution,
            Kind::Place,
            "named centre or venue",
            T_CENTRE,
        ),
    ] {
        if !on(flag) {
            continue;
        }
        for m in sc.find_in(
            &re.named,
            sc.windows_if(flag, 120, 30, |s, _| named_before(text, s)),
        ) {
            let Some(suffix) = re.suffix_start(text, m.start(), m.end()) else {
                continue;
            };
            if let Some(start) = named_span(text, m.start(), suffix) {
                push(&mut out, start, m.end(), kind, reason);
            }
        }
    }
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
        assert!(kinds("Tuesday 14th").contains(&(Kind::Date, "14th")));
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
