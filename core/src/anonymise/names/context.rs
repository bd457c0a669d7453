//! The words around a name that say whether it is a person's name or an ordinary word.

use super::super::fold::Words;
use super::super::lexicon::{KEEP_FIRST, Lexicon, MAX_PHRASE_WORDS, WORD, lexicon};
use super::super::tokens::Token;
use super::super::triggers::T_MONTH;

/// Verbs that follow a person's name ("Will was", "hope cried").
pub(super) static PERSON_VERBS: Words = Words::new(&[
    "said",
    "says",
    "asked",
    "asks",
    "admits",
    "admitted",
    "uses",
    "used",
    "attends",
    "attended",
    "starts",
    "started",
    "showed",
    "shows",
    "plays",
    "played",
    "was",
    "is",
    "has",
    "had",
    "told",
    "came",
    "comes",
    "went",
    "goes",
    "stays",
    "stayed",
    "lives",
    "lived",
    "cried",
    "cries",
    "slept",
    "sleeps",
    "seemed",
    "seems",
    "looked",
    "looks",
    "appeared",
    "appears",
    "reported",
    "reports",
    "explained",
    "agreed",
    "refused",
    "visited",
    "visits",
    "arrived",
    "left",
    "answered",
    "called",
    "texted",
    "rang",
    "shouted",
    "smokes",
    "drinks",
    "works",
    "picked",
    "dropped",
    "took",
    "takes",
    "fed",
    "feeds",
    "smiled",
    "smiles",
    "laughed",
    "wants",
    "wanted",
    "needs",
    "needed",
    "feels",
    "felt",
    "thinks",
    "thought",
    "knows",
    "knew",
    "does",
    "did",
    "hasn't",
    "isn't",
    "wasn't",
    "didn't",
    "doesn't",
    "hadn't",
    "won't",
    "can't",
    "settled",
    "woke",
    "wakes",
    "weighed",
    "weighs",
    "gained",
    "feeding",
    "sleeping",
    "crying",
    "being",
    "seen",
    "himself",
    "herself",
    "and",
]);

/// Words before a person's name ("baby Hope", "with Will", "saw rose").
pub(super) static PERSON_BEFORE: Words = Words::new(&[
    "baby",
    "mum",
    "mummy",
    "dad",
    "daddy",
    "nan",
    "nanna",
    "nana",
    "grandma",
    "grandad",
    "with",
    "saw",
    "see",
    "seen",
    "held",
    "holding",
    "hold",
    "fed",
    "feeding",
    "changed",
    "bathed",
    "cuddled",
    "cuddling",
    "told",
    "asked",
    "called",
    "named",
    "referred",
    "refer",
    "referring",
    "brother",
    "sister",
    "son",
    "daughter",
    "partner",
    "boyfriend",
    "girlfriend",
    "husband",
    "wife",
    "friend",
    "ex",
    "uncle",
    "aunt",
    "auntie",
    "cousin",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "little",
    "big",
    // "tel call w dawn": note-taking's "with".
    "w",
]);

/// Words before an ordinary word that make it one ("my hope", "the will").
pub(super) static ORDINARY_BEFORE: Words = Words::new(&[
    "my", "the", "a", "an", "our", "your", "their", "some", "no", "any", "in", "this", "last",
    "next", "every", "i", "we", "you", "they", "it", "he", "she", "there", "that", "who", "which",
    "what", "to", "not", "also", "still", "just", "only",
]);

/// Words after an ordinary word at a sentence start that make it one ("Hope to", "Will be").
pub(super) static ORDINARY_AFTER: Words = Words::new(&[
    "to", "that", "this", "you", "they", "it", "so", "we", "i", "the", "a", "an", "for", "not",
    "all", "of", "be", "need", "have", "do", "see", "check", "visit", "review", "call", "ring",
    "phone", "contact", "discuss", "follow", "update", "try", "make", "go", "come", "speak", "ask",
    "refer", "book", "arrange", "continue", "monitor", "liaise", "send", "complete", "request",
    "also", "then", "now", "there", "here", "he", "she", "attend", "chase", "email", "text",
    "write", "return", "bring", "let", "give",
]);

/// Reporting verbs ("mum said will…").
pub(super) static REPORTING: Words = Words::new(&[
    "said",
    "says",
    "admits",
    "admitted",
    "told",
    "reports",
    "reported",
    "explained",
]);

/// Verbs before "to" and a person ("spoke to rose", "talked to will").
pub(super) static SPOKE_TO: Words = Words::new(&[
    "spoke",
    "speak",
    "speaking",
    "spoken",
    "talked",
    "talk",
    "talking",
    "chatted",
    "listened",
    "explained",
    "introduced",
    "read",
    "sang",
    "waved",
]);

/// Verbs an action list or a plan starts with ("Action: Visit Mensah family", "Plan: Refer
/// Adebayo to…"), and the words of a letter's or a log's fields before a name ("Re:",
/// "Signed:"): never the first name of the surname after them.
pub(super) static ACTION_VERBS: Words = Words::new(&[
    "visit",
    "visited",
    "contact",
    "contacted",
    "refer",
    "referred",
    "call",
    "called",
    "ring",
    "rang",
    "phone",
    "phoned",
    "email",
    "emailed",
    "text",
    "texted",
    "chase",
    "remind",
    "ask",
    "asked",
    "tell",
    "told",
    "send",
    "sent",
    "book",
    "booked",
    "arrange",
    "arranged",
    "discuss",
    "discussed",
    "check",
    "checked",
    "update",
    "updated",
    "inform",
    "informed",
    "invite",
    "invited",
    "review",
    "reviewed",
    "see",
    "seen",
    "saw",
    "meet",
    "met",
    "support",
    "follow",
    "write",
    "wrote",
    "letter",
    "liaise",
    "notify",
    "notified",
    "weigh",
    "weighed",
    "attended",
    "encourage",
    "signpost",
    "offer",
    "offered",
    "give",
    "gave",
    "given",
    "provide",
    "complete",
    "continue",
    "monitor",
    "share",
    "request",
    "agree",
    "agreed",
    "explain",
    "advise",
    "advised",
    "ensure",
    "seek",
    "make",
    "take",
    "took",
    "bring",
    "help",
    "helped",
    "gp",
    "present",
    "absent",
    "apologies",
    "re",
    "from",
    "to",
    "cc",
    "subject",
    "signed",
]);

/// Words a field starts with before a name that are not its first name: greetings ("Hi
/// Lara,") and the points of the compass ("West Bromwich"); roles are in [`RELATIONS`] and
/// `ROLES_IN_BRACKETS`.
pub(super) static NOT_FIRST_NAMES: Words = Words::new(&[
    "hi",
    "hello",
    "hiya",
    "hey",
    "dear",
    "morning",
    "afternoon",
    "evening",
    "thanks",
    "thank",
    "cheers",
    "regards",
    "best",
    "love",
    "sorry",
    "welcome",
    "ok",
    "yes",
    "no",
    "interpreter",
    "dietitian",
    "chair",
    "client",
    "patient",
    "referrer",
    "student",
    "practitioner",
    "north",
    "south",
    "east",
    "west",
    "new",
    "old",
    "great",
    "little",
    "upper",
    "lower",
]);

/// The text of a token's line before it, without the spaces just before it.
pub(super) fn line_before<'t>(text: &'t str, t: &Token<'_>) -> &'t str {
    let line_start = text[..t.start].rfind('\n').map_or(0, |n| n + 1);
    text[line_start..t.start].trim_end_matches([' ', '\t'])
}

/// A word at a field's start: after a colon or semicolon ("Present: Gift Mensah", "…; Unique
/// Adebayo (FN)"), or first on a line under a sign-off ("Yours sincerely,\nScout Denholm").
/// Not any word a line starts with: "Today Priya rang", "When Priya (SW) visited".
pub(super) fn at_field_start(text: &str, t: &Token<'_>) -> bool {
    under_sign_off(text, t) || line_before(text, t).ends_with([':', ';'])
}

/// First on its line, under a line that ends with a comma: a letter's sign-off ("Yours
/// sincerely,\nScout Denholm").
pub(super) fn under_sign_off(text: &str, t: &Token<'_>) -> bool {
    line_before(text, t).is_empty() && text[..t.start].trim_end().ends_with(',')
}

pub(super) fn token_at(toks: &[Token<'_>], start: usize) -> Option<usize> {
    toks.binary_search_by_key(&start, |t| t.start).ok()
}

/// Auxiliary verbs that are also names (Will, May, Can): ordinary before a plain verb.
pub(super) static AUXILIARIES: Words = Words::new(&[
    "will", "may", "can", "might", "must", "shall", "could", "would",
]);

/// Whether a household name that is also an ordinary word is the name here. Written with a
/// capital, the name is assumed unless the words around it show the ordinary sense (we know the
/// family has someone of that name, and leaking a name costs more than losing a word); in lower
/// case it is the word unless the sentence says a person ("spoke to will", "mark (age 3)",
/// "said will hit him"): "a red mark", "the gas bill", "before dawn" are the words (issue 36).
pub(super) fn ambiguous_is_name(text: &str, toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let Some(i) = token_at(toks, start) else {
        // Inside a word, or a multi-word span: trust the matcher.
        return end > start;
    };
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|j| &toks[j]);
    let before_prev = i.checked_sub(2).map(|j| &toks[j]);
    let next = toks.get(i + 1);
    // The word before counts only within the sentence ("…near the baby'. will discuss").
    let prev = prev.filter(|_| !t.sentence_start);
    let before_prev =
        before_prev.filter(|_| !t.sentence_start && !prev.is_some_and(|p| p.sentence_start));
    // Where a clause starts with it: a sentence start, or after punctuation or a conjunction
    // ("in sept, rose worried", "Amber and summer were"). In lower case a verb after the word
    // says a person only there: "the electric bill has doubled" is the bill.
    // A quotation or reported speech starts one too ("said 'hope cries'", "reports poppy
    // sleeps").
    let clause_start = prev.is_none_or(|p| {
        CONJUNCTIONS.has_token(p)
            || REPORTING.has_token(p)
            || text.get(p.end..t.start).is_some_and(|between| {
                between.contains([',', ';', ':', '-', '–', '(', '/', '\'', '"', '‘', '“'])
            })
    });
    // "mum said the…" for a household with a Said: in lower case, a verb that follows people
    // is that verb after a word that says a person.
    let verb_itself = !t.capitalised() && PERSON_VERBS.has_token(t);
    // "nan's ruby wedding": a word after someone's possessive is what they have.
    if t.possessive
        || (prev.is_some_and(|p| PERSON_BEFORE.has_token(p) && !p.possessive) && !verb_itself)
        || (next.is_some_and(|n| PERSON_VERBS.has_token(n)) && (t.capitalised() || clause_start))
    {
        return true;
    }
    // "also sue said they could…": before what people say, a person, unless a word such as
    // "the" makes it a thing ("the bill said").
    if next.is_some_and(|n| REPORTING.has_token(n))
        && !prev.is_some_and(|p| DETERMINERS.has_token(p))
        && text
            .get(t.end..next.map_or(t.end, |n| n.start))
            .is_some_and(|g| g.trim().is_empty())
    {
        return true;
    }
    // "said will hit him": an auxiliary that is a household name, straight after a reporting
    // verb, is the person (the family has a Will; a note would say "said she will").
    if AUXILIARIES.has_token(t) && prev.is_some_and(|p| REPORTING.has_token(p)) {
        return true;
    }
    // "spoke to will", "recommended by jade", "blossom (age 3)": words a person's name sits in.
    let prev_is = |w: &str| prev.is_some_and(|p| p.lower == w);
    if (prev_is("to") && before_prev.is_some_and(|p| SPOKE_TO.has_token(p)))
        || (prev_is("by")
            && before_prev.is_some_and(|p| p.lower.ends_with("ed") || p.lower.ends_with("en")))
        || next.is_some_and(|n| n.lower == "age" || n.lower == "aged")
        || before_role(text, t.end)
    {
        return true;
    }
    // "asked about jasper who is 4", "at the cottage river is eight months now": only a
    // person is followed by "who", or is some days, weeks, months or years old; not after a
    // word that makes it a thing ("the mark is 3 days old").
    if !prev.is_some_and(|p| DETERMINERS.has_token(p))
        && (who_follows(toks, i) || age_follows(toks, i))
    {
        return true;
    }
    if t.capitalised() && !t.sentence_start {
        return true;
    }
    if prev.is_some_and(|p| ORDINARY_BEFORE.has_token(p)) && !t.capitalised() {
        return false;
    }
    if next.is_some_and(|n| ORDINARY_AFTER.has_token(n)) {
        return false;
    }
    if AUXILIARIES.has_token(t) {
        // Starting a sentence, only the words above make it the verb ("Will be seen", "May
        // need"): "Will out of work", "Will very supportive" are the person.
        if t.capitalised() {
            return true;
        }
        // "will need", "may have": a verb follows the auxiliary.
        return !next.is_some_and(|n| !n.capitalised() && n.class & WORD != 0);
    }
    // In lower case, nothing above said a person: the name only where a clause starts with it
    // ("summer keeps Willow's sleeping bag on the radiator"); elsewhere the ordinary word.
    t.capitalised() || clause_start
}

/// "who" or "whose" straight after the word, in the same clause.
fn who_follows(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|n| !n.sentence_start && matches!(n.lower.as_ref(), "who" | "whose"))
}

/// An age after the word: "is eight months", "was 3 weeks", "turns 2 years".
fn age_follows(toks: &[Token<'_>], i: usize) -> bool {
    const NUMBERS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "a",
    ];
    let (Some(verb), Some(number), Some(unit)) =
        (toks.get(i + 1), toks.get(i + 2), toks.get(i + 3))
    else {
        return false;
    };
    // "the gas bill is 3 months overdue": a time, not an age.
    if toks.get(i + 4).is_some_and(|n| {
        [
            "overdue", "late", "behind", "ago", "later", "early", "away", "long", "left",
        ]
        .contains(&n.lower.as_ref())
    }) {
        return false;
    }
    matches!(
        verb.lower.as_ref(),
        "is" | "was" | "turns" | "turned" | "now"
    ) && (number.text.bytes().all(|b| b.is_ascii_digit())
        || NUMBERS.contains(&number.lower.as_ref()))
        && matches!(
            unit.lower.as_ref(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "wks"
                | "month"
                | "months"
                | "mths"
                | "year"
                | "years"
                | "yrs"
                | "yo"
        )
        && ![verb, number, unit].iter().any(|t| t.sentence_start)
}

/// Words that make the next word a thing ("the bill said", "my mark").
static DETERMINERS: Words = Words::new(&[
    "a", "an", "the", "this", "that", "my", "your", "his", "her", "their", "our", "its", "no",
    "every", "each", "some", "any",
]);

/// Words after which a new clause starts, so that a name may be its subject.
pub(super) static CONJUNCTIONS: Words = Words::new(&[
    "and", "but", "so", "then", "while", "because", "or", "nor", "when", "until", "since",
]);

/// Words that, with a name after them, mean a person ("her friend Jade", "a man called Dean").
pub(super) static RELATIONS: Words = Words::new(&[
    "friend",
    "friends",
    "boyfriend",
    "girlfriend",
    "bf",
    "gf",
    "ex",
    "mate",
    "neighbour",
    "neighbor",
    "lodger",
    "colleague",
    "babysitter",
    "childminder",
    "sitter",
    "called",
    "named",
    "cousin",
    "sister",
    "brother",
    "aunt",
    "auntie",
    "uncle",
    "nan",
    "niece",
    "nephew",
    "partner",
    "fiance",
    "fiancé",
    "fiancee",
    "husband",
    "wife",
    "stepdad",
    "stepmum",
    "worker",
    "visitor",
    "midwife",
    "officer",
    "keyworker",
    "advocate",
    "landlord",
    "landlady",
    "manager",
    "teacher",
    "therapist",
    "counsellor",
    "consultant",
    "paediatrician",
    "doctor",
    "dentist",
    "solicitor",
    "son",
    "daughter",
    "mum",
    "dad",
    "mother",
    "father",
]);

/// Small words that carry a sentence on ("her sister in Lagos", "a friend of hers"): written in
/// lower case after a relation they are the sentence, never a name, even where a gazetteer
/// lists them as a forename ("In", "Will", "An").
pub(super) static FUNCTION_WORDS: Words = Words::new(&[
    "in", "on", "at", "to", "of", "for", "from", "with", "by", "as", "and", "or", "but", "the",
    "a", "an", "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would",
    "can", "could", "did", "does", "do", "not", "who", "that", "this", "then", "also", "too",
    "said", "says", "her", "his", "their", "our", "my", "your", "so", "if", "when", "while",
]);

/// Whether a role, or the language someone interprets, in brackets follows `at` ("Precious
/// (social worker)", "Wing (HV)", "Farid Sultani (Dari)").
pub(super) fn before_role(text: &str, at: usize) -> bool {
    let rest = text[at..].trim_start_matches(' ');
    let Some(inner) = rest.strip_prefix('(') else {
        return false;
    };
    // Up to the closing bracket, and no further than 40 characters (on a character boundary).
    let close = inner.find(')').unwrap_or(inner.len());
    let cap = inner.char_indices().nth(40).map_or(inner.len(), |(i, _)| i);
    let inner = &inner[..close.min(cap)];
    inner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            let w = w.to_lowercase();
            RELATIONS.has(&w)
                || ROLES_IN_BRACKETS.contains(&w.as_str())
                || lexicon().languages.contains(w.as_str())
        })
}

/// Whether a word is one of the short roles a note puts in brackets after a name.
pub(super) fn is_role_in_brackets(lower: &str) -> bool {
    ROLES_IN_BRACKETS.contains(&lower)
}

/// Short roles a note puts in brackets after a name.
const ROLES_IN_BRACKETS: &[&str] = &[
    "sw",
    "hv",
    "gp",
    "mw",
    "fsw",
    "nurse",
    "social",
    "health",
    "support",
    "police",
    "pc",
    "interpreter",
    "student",
    "chair",
    "lead",
    "key",
    "dsl",
    "dsp",
];

/// Month names (some of them forenames too): a month when next to a number or a time word.
pub(super) fn is_month_use(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    // The look-up when the word was read says whether it may be a month (most words are not).
    if t.triggers & T_MONTH == 0 {
        return false;
    }
    if ![
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
    .contains(&t.lower.as_ref())
    {
        return false;
    }
    let prev = i.checked_sub(1).map(|j| toks[j].lower.as_ref());
    let next = toks.get(i + 1);
    prev.is_some_and(|p| {
        [
            "in", "of", "since", "until", "by", "last", "next", "early", "late", "mid", "end",
            "from", "this", "before", "after", "during",
        ]
        .contains(&p)
    }) || next.is_some_and(|n| n.text.chars().all(|c| c.is_ascii_digit()))
}

/// The length in words of the longest keep phrase starting at token `i` (two words or more,
/// none already taken). A phrase is matched as written ("tommee tippee" also in "Tommee
/// Tippee's"), or with the 's of its possessive words where the list writes them ("dr brown's":
/// the bottles, never Dr Brown). `used` marks tokens another rule took (empty: none).
pub(super) fn keep_phrase_at(
    lex: &Lexicon,
    toks: &[Token<'_>],
    used: &[bool],
    i: usize,
    buf: &mut String,
) -> Option<usize> {
    // Only a word that starts some phrase can (one bit of the word's look-up, no strings built).
    if toks.get(i).is_none_or(|t| t.class & KEEP_FIRST == 0) {
        return None;
    }
    let longest = MAX_PHRASE_WORDS.min(toks.len().saturating_sub(i));
    let mut found = None;
    // Word by word, as written and with the 's of possessive words; a run that starts no
    // phrase of the list goes no further.
    for with_s in [false, true] {
        buf.clear();
        let mut any_possessive = false;
        for (k, t) in toks[i..i + longest].iter().enumerate() {
            if used.get(i + k).is_some_and(|u| *u) {
                break;
            }
            if k > 0 {
                buf.push(' ');
            }
            buf.push_str(&t.lower);
            if with_s && t.possessive {
                buf.push_str("'s");
                any_possessive = true;
            }
            let n = k + 1;
            if n < 2 {
                continue;
            }
            if (!with_s || any_possessive) && lex.keep_phrases.contains(buf.as_str()) {
                found = found.max(Some(n));
            }
            if !lex.keep_phrase_starts.contains(buf.as_str()) {
                break;
            }
        }
    }
    found
}
