//! The identifiers' regular expressions, each compiled once, when first used.

use std::sync::OnceLock;

use regex::Regex;

/// A pattern compiled the first time it is used: a note only pays for the patterns its trigger
/// words call for, and the first anonymisation of a session does not compile the rest (issue
/// 36: the new patterns had made that first one cost 1.15 times as much).
pub(super) struct Lazy {
    pattern: String,
    compiled: OnceLock<Regex>,
}

fn re(pattern: &str) -> Lazy {
    Lazy {
        pattern: pattern.to_string(),
        compiled: OnceLock::new(),
    }
}

impl std::ops::Deref for Lazy {
    type Target = Regex;

    #[allow(clippy::expect_used)] // Fixed patterns, each compiled by the tests.
    fn deref(&self) -> &Regex {
        self.compiled
            .get_or_init(|| Regex::new(&self.pattern).expect("a valid fixed pattern"))
    }
}

pub(super) struct Patterns {
    pub(super) email: Lazy,
    pub(super) email_spelt: Lazy,
    pub(super) url: Lazy,
    pub(super) bare_domain: Lazy,
    pub(super) short_link: Lazy,
    pub(super) handle: Lazy,
    pub(super) platform_handle: Lazy,
    pub(super) nhs: Lazy,
    pub(super) nhs_context: Lazy,
    pub(super) ni: Lazy,
    pub(super) ni_context: Lazy,
    pub(super) postcode: Lazy,
    pub(super) phone: Lazy,
    pub(super) phone_context: Lazy,
    pub(super) phone_intl: Lazy,
    pub(super) phone_after_word: Lazy,
    pub(super) phone_before_word: Lazy,
    pub(super) date_numeric: Lazy,
    pub(super) date_short_context: Lazy,
    pub(super) date_day_month_numeric: Lazy,
    pub(super) date_iso: Lazy,
    pub(super) date_day_month: Lazy,
    pub(super) date_month_day: Lazy,
    pub(super) date_month_year: Lazy,
    pub(super) date_weekday_ordinal: Lazy,
    pub(super) date_on_the: Lazy,
    pub(super) address_numbered: Lazy,
    pub(super) address_flat: Lazy,
    pub(super) address_named: Lazy,
    pub(super) vehicle_current: Lazy,
    pub(super) vehicle_prefix: Lazy,
    pub(super) vehicle_suffix: Lazy,
    pub(super) vehicle_context: Lazy,
    pub(super) reference: Lazy,
    pub(super) reference_slashed: Lazy,
    pub(super) reference_coded: Lazy,
    pub(super) school: Institution,
    pub(super) health: Institution,
    pub(super) place_institution: Institution,
}

impl Patterns {
    /// Every pattern, named one by one so that a new one cannot be left out (a test compiles
    /// them all: compiled lazily, a broken pattern would otherwise show only on a note that
    /// calls for it).
    #[cfg(test)]
    pub(super) fn every(&self) -> Vec<&Lazy> {
        let Patterns {
            email,
            email_spelt,
            url,
            bare_domain,
            short_link,
            handle,
            platform_handle,
            nhs,
            nhs_context,
            ni,
            ni_context,
            postcode,
            phone,
            phone_context,
            phone_intl,
            phone_after_word,
            phone_before_word,
            date_numeric,
            date_short_context,
            date_day_month_numeric,
            date_iso,
            date_day_month,
            date_month_day,
            date_month_year,
            date_weekday_ordinal,
            date_on_the,
            address_numbered,
            address_flat,
            address_named,
            vehicle_current,
            vehicle_prefix,
            vehicle_suffix,
            vehicle_context,
            reference,
            reference_slashed,
            reference_coded,
            school,
            health,
            place_institution,
        } = self;
        let mut all = vec![
            email,
            email_spelt,
            url,
            bare_domain,
            short_link,
            handle,
            platform_handle,
            nhs,
            nhs_context,
            ni,
            ni_context,
            postcode,
            phone,
            phone_context,
            phone_intl,
            phone_after_word,
            phone_before_word,
            date_numeric,
            date_short_context,
            date_day_month_numeric,
            date_iso,
            date_day_month,
            date_month_day,
            date_month_year,
            date_weekday_ordinal,
            date_on_the,
            address_numbered,
            address_flat,
            address_named,
            vehicle_current,
            vehicle_prefix,
            vehicle_suffix,
            vehicle_context,
            reference,
            reference_slashed,
            reference_coded,
        ];
        for i in [school, health, place_institution] {
            all.extend([&i.named, &i.suffix_at_end]);
        }
        all
    }
}

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTH_FULL: &str =
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)";
const STREET: &str = r"(?:road|rd|street|st|avenue|ave|lane|ln|close|cl|drive|dr|way|court|ct|crescent|cres|place|pl|gardens|gdns|grove|terrace|tce|terr|walk|mews|square|sq|hill|park|row|view|rise|green|parade|vale|wharf|yard|estate|croft|fold|meadows?|chase|gate|brow|bank|heights|boulevard|embankment|house|lodge|tower|towers|mansions|buildings|cottages)";
/// The spaces between the words of a name: a name is on one line, never running on across a
/// line break (issue 36: "Witham Bank Surgery" above "Sleaford Road" is a surgery, then a
/// street). Written out: `[^\S\n]` (white space but a line break) is the complement of a
/// Unicode class, and compiling it case-insensitively once doubled the anonymiser's start-up.
macro_rules! line_space {
    () => {
        r"[\t \u{A0}\u{1680}\u{2000}-\u{200A}\u{202F}\u{205F}\u{3000}]"
    };
}
const NAME_WORDS: &str = concat!(
    r"(?:(?:st\.?|saint)",
    line_space!(),
    r"+)?(?:[\p{L}][\p{L}'’\-]*",
    line_space!(),
    r"+){1,4}?"
);

/// The last words of a school's, a health service's and a centre's name.
const SCHOOL: &str = r"(?:(?:junior\s+and\s+infants?|infants?\s+and\s+junior)\s+school|(?:c\s+of\s+e|ce|rc|c\s+e|church\s+of\s+england|catholic)\s+primary(?:\s+school)?|primary\s+academy|(?:primary|infants?|juniors?|nursery|secondary|grammar|high|community|church)\s+school|primary|infants|juniors?|academy|school|nursery|pre-?school|college|secondary|grammar|montessori|playgroup|cr[eè]che)";
const HEALTH: &str = r"(?:surgery|medical\s+(?:centre|center|practice|group)|health\s+centre|practice|(?:general\s+)?hospital|infirmary|clinic|hospice|walk-in\s+centre|birth\s+centre|maternity\s+unit|children[’']?s\s+unit|care\s+home)";
const CENTRE: &str = r"(?:children[’']?s\s+centre|family\s+(?:hub|centre)|community\s+centre|library|church|mosque|temple|gurdwara|leisure\s+centre|food\s+bank|refuge)";

/// A named institution: a few name words, then its suffix; and the suffix alone at the end of
/// a match, to find where the name stops without a capture search.
pub(super) struct Institution {
    pub(super) named: Lazy,
    pub(super) suffix_at_end: Lazy,
}

impl Institution {
    /// Where the suffix starts in a match of `named`: the pattern takes as few name words as it
    /// can (at least one, after a "St" or "Saint" if there is one), so the suffix is the
    /// leftmost one after them that runs to the end of the match.
    pub(super) fn suffix_start(&self, text: &str, start: usize, end: usize) -> Option<usize> {
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

fn institution(suffix: &str) -> Institution {
    Institution {
        named: re(&format!(r"(?i)(?-u:\b){NAME_WORDS}{suffix}(?-u:\b)")),
        suffix_at_end: re(&format!(r"(?i)(?-u:\b){suffix}\z")),
    }
}

pub(super) fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        Patterns {
            // An e-mail spelt out: "kayleigh dot smith at example dot co dot uk".
            email_spelt: re(
                r"(?i)(?-u:\b)[a-z0-9][a-z0-9_\-]*(?:(?:\s+dot\s+|\.)[a-z0-9_\-]+)*\s+at\s+[a-z0-9\-]+(?:\s+dot\s+[a-z]{2,10}){1,3}(?-u:\b)",
            ),
            email: re(r"(?i)(?-u:\b)[a-z0-9][a-z0-9._%+\-]*@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}(?-u:\b)"),
            url: re(r#"(?i)(?-u:\b)(?:https?://|www\.)[^\s<>()"']+"#),
            bare_domain: re(
                r"(?i)(?-u:\b)[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:co\.uk|org\.uk|gov\.uk|nhs\.uk|ac\.uk|com|org|net|io|me|info|app|wales|cymru|scot)(?-u:\b)(?:/[^\s]*)?",
            ),
            // A short link (bit.ly/…, t.co/…, youtu.be/…): a suffix that is also a word or a
            // country's, so only with a path after it.
            short_link: re(
                r"(?i)(?-u:\b)[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:ly|gl|be|ee|gd|co|tv|ie|page|link)/[^\s]+",
            ),
            handle: re(r"(?:^|[^\w@.])(@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)"),
            platform_handle: re(
                r"(?i)(?-u:\b)(?:insta(?:gram)?|snap(?:chat)?|tik\s?tok|twitter|facebook|fb|threads)(?-u:\b)(?:\s*(?:(?:name|handle|account|username|user|id|page|profile|is|as|was|called)(?-u:\b)|:|-))*\s*\(?@?([a-z0-9_][a-z0-9_.]{2,29})",
            ),
            nhs: re(r"(?-u:\b)(\d{3})[ \-]?(\d{3})[ \-]?(\d{4})(?-u:\b)"),
            nhs_context: re(r"(?i)(?-u:\b)nhs(?-u:\b)(?:\s*(?:no\.?|number|num|#|:|is))*\s*(\d{3}[ \-]?\d{3}[ \-]?\d{4}|\d{10})(?-u:\b)"),
            ni: re(
                r"(?i)(?-u:\b)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?(\d{2})\s?(\d{2})\s?(\d{2})(?:\s?([A-D]))?(?-u:\b)",
            ),
            ni_context: re(
                r"(?i)(?-u:\b)(?:ni|nino|n\.i\.?|national\s+insurance)(?:\s*(?:no\.?|number|num|#|:|is|was))*\s*([a-z]{2}\s?\d{2}\s?\d{2}\s?\d{2}(?:\s?[a-d])?)(?-u:\b)",
            ),
            postcode: re(r"(?i)(?-u:\b)([A-Z]{1,2})(\d[A-Z\d]?)(?:\s*|-)(\d[A-Z]{2})(?-u:\b)"),
            phone: re(r"(?:\+\s?44\s?(?:\(0\)\s?)?|\(?(?-u:\b)0)\d(?:[\s\-\(\)]{0,2}\d)+"),
            phone_context: re(
                r"(?i)(?-u:\b)(?:tel|telephone|phone|mob|mobile|number|no|call|ring|text|contact)(?-u:\b)[^\d\n]{0,15}(\d{3,4}[\s\-]?\d{3,4})(?-u:\b)",
            ),
            // Any number in groups (7 to 15 digits, counted in code, and an extension) just
            // after a word that introduces a phone ("Fax: 9498777106", "answering at 78 651
            // 450", "Phone:" on the line above) or just before one ("416 60 039 office",
            // "3660170548-Fax"). Group 1 is the number.
            phone_after_word: re(concat!(
                r"(?i)(?-u:\b)(?:tel|telephone|phone|mob|mobile|cell|fax|desk|office|landline|",
                r"whatsapp|call|ring|text|contact|answering|messages?|registered|reached)(?-u:\b)",
                r"[^\d\n]{0,15}(?:\n[^\d\n]{0,4})?",
                r"(\(?\+?\d[\d()]*(?:[ .\-]{1,2}\(?\d+\)?)*(?:\s?(?:x|ext\.?\s?)\d{1,5})?)",
            )),
            phone_before_word: re(concat!(
                r"(\(?\+?\d[\d()]*(?:[ .\-]{1,2}\(?\d+\)?)*(?:\s?(?:x|ext\.?\s?)\d{1,5})?)",
                r"[ \t,\-]{0,3}(?i:office|fax|mobile|mob|home|work|cell|landline|desk|tel)(?-u:\b)",
            )),
            // Phone numbers from anywhere, by their shape: a country code (+ or 00) and groups;
            // North American (541) 714-1388, 905-674-3793, 905.674.3793; pairs after a 0
            // (06 12 34 56 78, 06.12.34.56.78). The digits are counted in code (7 to 15).
            phone_intl: re(concat!(
                r"(?:(?:\+|(?-u:\b)00)\d{1,3}(?:[\s.\-]?\(\d{1,4}\))?(?:[\s.\-]?\d{1,5}){1,6}",
                r"(?:\s?(?:x|ext\.?\s?)\d{1,5})?(?-u:\b)",
                r"|(?:\((?-u:\b)\d{3}\)\s?|(?-u:\b)\d{3}[\s.\-])\d{3}[\s.\-]\d{4}",
                r"(?:\s?(?:x|ext\.?\s?)\d{1,5})?(?-u:\b)",
                r"|(?-u:\b)0\d(?:[\s.\-]\d{2}){4}(?-u:\b))",
            )),
            date_numeric: re(r"(?-u:\b)\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?-u:\b)"),
            date_short_context: re(
                r"(?i)(?-u:\b)(?:on|dob|d\.o\.b\.?|born|from|until|since|seen|visit(?:ed)?|appt|appointment|due|edd|birthday)\s*:?\s*(\d{1,2}/\d{1,2})(?-u:\b)",
            ),
            date_iso: re(r"(?-u:\b)\d{4}-\d{2}-\d{2}(?-u:\b)"),
            // A day and month without a year ("pushed her on 04/10", "next contact 16/12").
            date_day_month_numeric: re(r"(?-u:\b)(\d{1,2})/(\d{1,2})(?-u:\b)"),
            date_day_month: re(&format!(
                r"(?i)(?-u:\b)(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{MONTH}(?-u:\b)\.?(?:,?\s+\d{{4}})?|\d{{1,2}}-{MONTH}-(?:\d{{4}}|\d{{2}})(?-u:\b))"
            )),
            date_month_day: re(&format!(
                r"(?i)(?-u:\b){MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+\d{{4}})?"
            )),
            // "March 2025", and a month cut short before a year ("Jan 2026", "Sept. 2025",
            // "Aug-2025": issue 36).
            date_month_year: re(&format!(
                r"(?i)(?-u:\b)(?:{MONTH_FULL}\s+|{MONTH}\.?(?:\s+|-))\d{{4}}(?-u:\b)"
            )),
            date_weekday_ordinal: re(
                r"(?i)(?-u:\b)(?:mon|tues?|wed(?:nes)?|thur?s?|fri|sat(?:ur)?|sun)(?:day)?\s+(?:the\s+)?(\d{1,2}(?:st|nd|rd|th))(?-u:\b)",
            ),
            date_on_the: re(r"(?i)(?-u:\b)(?:on|by|until|from|since)\s+the\s+(\d{1,2}(?:st|nd|rd|th))(?-u:\b)"),
            address_numbered: re(&format!(
                r"(?i)(?-u:\b)(?:(?:flat|apt|apartment|unit)\s*\d+[a-z]?(?:/\d+)?\s*,?\s*|(?:flat|apt|apartment|unit)\s+)?\d{{1,4}}[a-z]?\s*,?\s+((?:[\p{{L}}][\p{{L}}'’\-]*{sp}+){{1,3}}){STREET}(?-u:\b)\.?",
                sp = line_space!()
            )),
            address_flat: re(r"(?i)(?-u:\b)(?:flat|apt|apartment|plot|pitch)\s+\d+[a-z]?(?:/\d+)?(?-u:\b)"),
            address_named: re(concat!(
                r"(?-u:\b)((?:\p{Lu}[\p{L}'’\-]+",
                line_space!(),
                r"+){1,3})(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Place|Gardens|Grove|Terrace|Walk|Mews|Square|Parade|Estate|Rise|View|House|Lodge|Tower|Towers|Mansions)(?-u:\b)",
            )),
            vehicle_current: re(r"(?-u:\b)[A-Z]{2}\d{2}\s?[A-Z]{3}(?-u:\b)"),
            vehicle_prefix: re(r"(?-u:\b)[A-Z]\d{1,3}\s?[A-Z]{3}(?-u:\b)"),
            vehicle_suffix: re(r"(?-u:\b)[A-Z]{3}\s?\d{1,3}[A-Z](?-u:\b)"),
            vehicle_context: re(
                r"(?i)(?-u:\b)(?:reg|registration|number\s*plate|plate|car|van|vehicle)(?-u:\b)[^\n]{0,20}?(?-u:\b)([a-z]{2}\d{2}\s?[a-z]{3}|[a-z]\d{1,3}\s?[a-z]{3}|[a-z]{3}\s?\d{1,3}[a-z])(?-u:\b)",
            ),
            reference: re(
                r"(?i)(?-u:\b)(?:case|ref(?:erence)?s?|crn|mosaic|lcs|client|file|police|crime|incident|log|hospital|patient|mrn)\s*(?:ref(?:erence)?|no\.?|number|num|id|#)?\s*[:#]?\s*((?-i:[A-Z]{2,6}) \d{4,10}(?-u:\b)|[a-z0-9][a-z0-9/\-]*\d[a-z0-9/\-]*)",
            ),
            reference_slashed: re(r"(?-u:\b)[A-Z]{2,4}/\d{3,8}/\d{2,4}(?-u:\b)"),
            // A service's code, a hyphen and five digits or more ("MASH-77120", "SCC-442190").
            reference_coded: re(r"(?-u:\b)[A-Z]{2,6}-\d{5,10}(?-u:\b)"),
            school: institution(SCHOOL),
            health: institution(HEALTH),
            place_institution: institution(CENTRE),
        }
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_pattern_compiles() {
        let all = super::patterns().every();
        assert!(all.len() > 40, "{}", all.len());
        for p in all {
            // Deref compiles it: a broken pattern panics here, not on a practitioner's note.
            assert_eq!(p.as_str(), p.pattern);
        }
    }
}
