//! Names: the household's (the strongest signal: every way the note may write them) and
//! other people's (titles, context, gazetteers, capitalised words that are not words).

use std::collections::HashMap;

use super::lexicon::{FORENAME, KEEP, Lexicon, PLACE, PLACE_FIRST, SURNAME, WORD, key, lexicon};
use super::tokens::Token;
use super::{Kind, Person};
use crate::household::Role;

/// A household name found in a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HouseholdMatch<'m> {
    pub start: usize,
    pub end: usize,
    /// The role label (`[Mother]`), kept by the matcher.
    pub label: &'m str,
    pub reason: &'m str,
}

/// One spelling of a household name.
#[derive(Debug, Clone)]
struct Spelling {
    /// [`key`] of its first word.
    key: u64,
    /// Where it is in [`HouseholdMatcher::text`].
    at: u32,
    len: u32,
    /// Index into the labels and the reasons.
    label: u16,
    reason: u16,
    /// Also an ordinary word (Hope, Will, Rose): needs context.
    ambiguous: bool,
}

/// Matches one household's names, built once per household.
///
/// A name can only start where a word (or a part of a hyphenated or apostrophe word) starts,
/// so the matcher reads the note's word starts and looks the word there up: every spelling is
/// filed under its first word ("lily" for "lily mae"), longest first. Everything sits in a
/// few flat tables, so that a note touches little memory.
#[derive(Debug, Clone)]
pub struct HouseholdMatcher {
    /// A 512-bit Bloom filter of the spellings' first words: most words of a note are turned
    /// away by it.
    filter: [u64; 8],
    /// Sorted by first word's key, then longest first.
    spellings: Vec<Spelling>,
    /// Every spelling, then the labels, the reasons and the misspelling targets, one after
    /// another.
    text: String,
    /// Where each label is in `text`.
    labels: Vec<(u32, u32)>,
    /// Why each match was made, in words, for the review screen.
    reasons: Vec<(u32, u32)>,
    /// Single names of five letters or more, for catching misspellings, with their label and
    /// reason.
    fuzzy: Vec<((u32, u32), u16, u16)>,
}

/// The two bits of [`HouseholdMatcher`]'s filter for a word's key.
fn filter_bits(key: u64) -> [usize; 2] {
    // Both are below 512.
    [(key & 511) as usize, ((key >> 9) & 511) as usize]
}

/// The end of the run of letters and digits that starts at `at`.
fn word_end(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut i = at;
    while i < b.len() {
        if b[i] < 0x80 {
            if !b[i].is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match text.get(i..).and_then(|t| t.chars().next()) {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Folds text for matching without changing any byte offset: ASCII lower case, and other
/// letters lowered only where that keeps their UTF-8 length.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
            _ => out.push(c),
        }
    }
    out
}

/// Letters with accents replaced by their plain forms (Siobhán → siobhan), for variants.
fn strip_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ė' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ű' => 'u',
            'ç' | 'ć' | 'č' => 'c',
            'ñ' | 'ń' => 'n',
            'ł' => 'l',
            'ś' | 'š' => 's',
            'ź' | 'ż' | 'ž' => 'z',
            'ý' | 'ÿ' => 'y',
            'ğ' => 'g',
            'ř' => 'r',
            'ť' => 't',
            'ď' => 'd',
            other => other,
        })
        .collect()
}

/// Spellings of one name as a note might write it: apostrophes straight or curly or left out,
/// hyphens as spaces or left out, accents dropped.
fn spellings(name: &str) -> Vec<String> {
    // A spelling starts and ends with a letter or digit: the matcher files it under its first
    // word.
    let base = fold(name.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut out = vec![base.clone()];
    let apos = ['\'', '’'];
    if base.contains(apos) {
        out.push(base.replace('’', "'"));
        out.push(base.replace('\'', "’"));
        out.push(base.replace(apos, ""));
        out.push(base.replace(apos, " "));
    }
    if base.contains('-') {
        out.push(base.replace('-', " "));
        out.push(base.replace('-', ""));
    }
    let more: Vec<String> = out.iter().map(|s| strip_accents(s)).collect();
    out.extend(more);
    out.sort();
    out.dedup();
    out.retain(|s| s.chars().filter(|c| c.is_alphanumeric()).count() >= 2);
    out
}

/// The role in a label: the household's own words, shortened for "other" people
/// (`[Adult 1]`, `[Child 2]`).
fn role_title(role: Role) -> &'static str {
    match role {
        Role::OtherAdult => "Adult",
        Role::OtherChild => "Child",
        r => r.label(),
    }
}

/// Role labels: numbered where a role has several people, and always for siblings and others.
fn role_labels(people: &[Person]) -> Vec<String> {
    let mut counts: HashMap<Role, usize> = HashMap::new();
    for p in people {
        *counts.entry(p.role).or_default() += 1;
    }
    let mut seen: HashMap<Role, usize> = HashMap::new();
    people
        .iter()
        .map(|p| {
            let n = seen.entry(p.role).or_default();
            *n += 1;
            let always = matches!(p.role, Role::Sibling | Role::OtherAdult | Role::OtherChild);
            if always || counts[&p.role] > 1 {
                format!("[{} {}]", role_title(p.role), n)
            } else {
                format!("[{}]", role_title(p.role))
            }
        })
        .collect()
}

fn is_ambiguous(lex: &Lexicon, spelled: &str) -> bool {
    !spelled.contains(' ') && (lex.is_word(spelled) || lex.is_keep(spelled))
}

impl HouseholdMatcher {
    /// Builds the matcher for a household's people.
    pub fn new(people: &[Person]) -> HouseholdMatcher {
        let lex = lexicon();
        let mut labels = role_labels(people);
        let family = labels.len();
        labels.push("[Family]".to_string());
        // spelling → (label, full?, why)
        let mut found: HashMap<String, (usize, bool, &'static str)> = HashMap::new();
        let mut add = |s: String, label: usize, full: bool, why: &'static str| {
            match found.get_mut(&s) {
                None => {
                    found.insert(s, (label, full, why));
                }
                Some(existing) => {
                    // The same word for two people (a shared surname) names the family; a
                    // whole name beats a word of someone else's.
                    if existing.0 != label {
                        if full && !existing.1 {
                            *existing = (label, full, why);
                        } else if full == existing.1 {
                            *existing = (family, full, "name shared by the household");
                        }
                    }
                }
            }
        };
        let mut fuzzy = Vec::new();
        for (i, p) in people.iter().enumerate() {
            let names = std::iter::once((p.name.as_str(), "household name"))
                .chain(p.aliases.iter().map(|a| (a.as_str(), "household alias")));
            for (name, why) in names {
                if name.trim().is_empty() {
                    continue;
                }
                for s in spellings(name) {
                    add(s, i, true, why);
                }
                // Words, and the parts of hyphenated words ("Ellie-Mae": "ellie-mae", "ellie",
                // "mae").
                let mut words: Vec<&str> = name.split_whitespace().collect();
                let parts: Vec<&str> = words
                    .iter()
                    .filter(|w| w.contains('-'))
                    .flat_map(|w| w.split('-'))
                    .filter(|p| !p.is_empty())
                    .collect();
                words.extend(parts);
                for (wi, w) in words.iter().enumerate() {
                    for s in spellings(w) {
                        add(s, i, words.len() == 1, why);
                    }
                    let lw = fold(w);
                    if (wi == 0 || why == "household alias")
                        && let Some(nicks) = lex.nicknames.get(&lw)
                    {
                        for n in nicks {
                            add(n.clone(), i, false, "nickname of a household name");
                        }
                    }
                    let plain = strip_accents(&lw);
                    if plain.chars().count() >= 5 {
                        fuzzy.push((plain, i));
                    }
                }
            }
        }
        let mut reasons: Vec<String> = Vec::new();
        let mut reason_of = |why: &str, label: usize| -> u16 {
            let r = format!("{why} ({})", labels[label].trim_matches(['[', ']']));
            let i = reasons.iter().position(|x| *x == r).unwrap_or_else(|| {
                reasons.push(r);
                reasons.len() - 1
            });
            u16::try_from(i).unwrap_or(u16::MAX)
        };
        let small = |i: usize| u16::try_from(i).unwrap_or(u16::MAX);
        let mut text = String::new();
        let mut spellings = Vec::new();
        let mut filter = [0u64; 8];
        let mut entries: Vec<(String, (usize, bool, &'static str))> = found.into_iter().collect();
        entries.sort();
        for (s, (label, full, why)) in entries {
            // Spellings start with a letter or digit (see `spellings`).
            let first = &s[..word_end(&s, 0)];
            if first.is_empty() {
                continue;
            }
            let k = key(first);
            for bit in filter_bits(k) {
                filter[bit / 64] |= 1 << (bit % 64);
            }
            let why = if why == "nickname of a household name" || full {
                why
            } else {
                "part of a household name"
            };
            spellings.push(Spelling {
                key: k,
                at: u32::try_from(text.len()).unwrap_or(u32::MAX),
                len: u32::try_from(s.len()).unwrap_or(u32::MAX),
                label: small(label),
                reason: reason_of(why, label),
                ambiguous: is_ambiguous(lex, &s),
            });
            text.push_str(&s);
        }
        spellings.sort_by_key(|s| (s.key, std::cmp::Reverse(s.len)));
        fuzzy.sort();
        fuzzy.dedup();
        let fuzzy: Vec<(String, u16, u16)> = fuzzy
            .into_iter()
            .map(|(name, label)| {
                let r = reason_of("close spelling of a household name", label);
                (name, small(label), r)
            })
            .collect();
        // Labels, reasons and misspelling targets go in the same text as the spellings: a
        // note touches a few contiguous lines of the matcher, not one allocation per string.
        let mut put = |s: &str| {
            let at = u32::try_from(text.len()).unwrap_or(u32::MAX);
            text.push_str(s);
            (at, u32::try_from(s.len()).unwrap_or(0))
        };
        let labels = labels.iter().map(|l| put(l)).collect();
        let reasons = reasons.iter().map(|r| put(r)).collect();
        let fuzzy = fuzzy
            .iter()
            .map(|(name, label, reason)| (put(name), *label, *reason))
            .collect();
        HouseholdMatcher {
            filter,
            spellings,
            text,
            labels,
            reasons,
            fuzzy,
        }
    }

    /// A piece of `text`.
    fn piece(&self, (at, len): (u32, u32)) -> &str {
        let at = at as usize;
        self.text.get(at..at + len as usize).unwrap_or_default()
    }

    fn spelling(&self, s: &Spelling) -> &str {
        self.piece((s.at, s.len))
    }

    /// The spellings whose first word has this key.
    fn starting_with(&self, key: u64) -> &[Spelling] {
        let from = self.spellings.partition_point(|s| s.key < key);
        let to = from + self.spellings[from..].partition_point(|s| s.key == key);
        &self.spellings[from..to]
    }

    fn label(&self, i: u16) -> &str {
        self.labels
            .get(usize::from(i))
            .map_or("[Person]", |p| self.piece(*p))
    }

    fn reason(&self, i: u16) -> &str {
        self.reasons
            .get(usize::from(i))
            .map_or("household name", |p| self.piece(*p))
    }

    /// Whether a word with this key may start a spelling (no means no).
    fn may_be_first_word(&self, key: u64) -> bool {
        filter_bits(key)
            .iter()
            .all(|bit| self.filter[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The longest spelling that starts at `at` (a word start; the word ends at `end` and has
    /// the [`super::lexicon::keys`] given) and ends where a word ends, or before a plural or
    /// possessive "s" without an apostrophe ("deans car"), with its index.
    fn longest_at(
        &self,
        text: &str,
        folded: &str,
        at: usize,
        end: usize,
        (word_key, stem_key): (u64, u64),
    ) -> Option<(&Spelling, usize)> {
        let word = &folded[at..end];
        let capital = text[at..].chars().next().is_some_and(char::is_uppercase);
        for sp in self.starting_with(word_key) {
            let s = self.spelling(sp);
            if !folded[at..].starts_with(s) {
                continue;
            }
            // The name ends where a word ends (a plural "s" is dealt with below).
            if !text[at + s.len()..].starts_with(char::is_alphanumeric) {
                return Some((sp, at + s.len()));
            }
        }
        // "deans car": the name with an s and no apostrophe; an ordinary word needs a capital
        // ("hopes" is a word, "Hopes" may be a name).
        let stem = word.strip_suffix('s').filter(|s| !s.is_empty())?;
        self.starting_with(stem_key)
            .iter()
            .find(|sp| self.spelling(sp) == stem && (!sp.ambiguous || capital))
            .map(|sp| (sp, at + stem.len()))
    }

    /// The household's names in a note.
    /// `folded` is [`fold`] of `text`.
    pub fn find(&self, text: &str, folded: &str, toks: &[Token<'_>]) -> Vec<HouseholdMatch<'_>> {
        let mut out = Vec::new();
        if self.spellings.is_empty() {
            return out;
        }
        // A name starts where a word starts: at a token, or (inside a token with an apostrophe
        // or hyphen, "o'dwyer", "ellie-mae") at any letter or digit after another character.
        // Only the words that may start a spelling (the filter says no to most).
        let may = |word: &[u8], (whole, stem): (u64, u64)| {
            self.may_be_first_word(whole)
                || (word.len() > 1 && word.ends_with(b"s") && self.may_be_first_word(stem))
        };
        let mut starts: Vec<(usize, usize, (u64, u64))> = Vec::new();
        for (ti, t) in toks.iter().enumerate() {
            if t.plain {
                if may(t.lower.as_bytes(), (t.key, t.stem_key)) {
                    starts.push((t.start, t.end, (t.key, t.stem_key)));
                }
                continue;
            }
            let limit = toks.get(ti + 1).map_or(folded.len(), |n| n.start);
            let mut at = t.start;
            while at < limit {
                let word = word_end(folded, at);
                if word == at {
                    at += folded[at..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
                let keys = super::lexicon::keys(&folded[at..word]);
                if may(&folded.as_bytes()[at..word], keys) {
                    starts.push((at, word, keys));
                }
                at = word;
            }
        }
        let mut next = 0;
        for (at, word, keys) in starts {
            if at < next {
                continue;
            }
            let Some((sp, end)) = self.longest_at(text, folded, at, word, keys) else {
                continue;
            };
            if sp.ambiguous && !ambiguous_is_name(toks, at, end) {
                continue;
            }
            next = end;
            out.push(HouseholdMatch {
                start: at,
                end,
                label: self.label(sp.label),
                reason: self.reason(sp.reason),
            });
        }
        // Misspellings of longer household names ("Kayliegh" for "Kayleigh").
        if !self.fuzzy.is_empty() {
            let lex = lexicon();
            for t in toks {
                if t.lower.len() < 5 || !t.alphabetic() {
                    continue;
                }
                // An ASCII word's class was looked up when it was read.
                if t.lower.is_ascii() && t.class & WORD != 0 {
                    continue;
                }
                if out.iter().any(|m| m.start <= t.start && t.end <= m.end) {
                    continue;
                }
                let plain: std::borrow::Cow<'_, str> = if t.lower.is_ascii() {
                    std::borrow::Cow::Borrowed(t.lower.as_ref())
                } else {
                    std::borrow::Cow::Owned(strip_accents(&t.lower))
                };
                if !t.lower.is_ascii() && lex.is_word(&plain) {
                    continue;
                }
                if let Some((_, label, reason)) = self.fuzzy.iter().find(|(name, _, _)| {
                    let name = self.piece(*name);
                    name != plain && within_one_edit(name, &plain)
                }) {
                    out.push(HouseholdMatch {
                        start: t.start,
                        end: t.end,
                        label: self.label(*label),
                        reason: self.reason(*reason),
                    });
                }
            }
        }
        out
    }
}

/// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of two
/// neighbouring letters, and start with the same letter.
fn within_one_edit(a: &str, b: &str) -> bool {
    if a.len().abs_diff(b.len()) > 4 || a.as_bytes().first() != b.as_bytes().first() {
        return false;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_edit(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit(&a, &b)
}

fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.first() != b.first() || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra.len() <= 1
                || ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Greater => ra[1..] == *rb,
        std::cmp::Ordering::Less => rb[1..] == *ra,
    }
}

/// A fixed list of words, looked up by [`key`] through a set built on first use (a token's key
/// is worked out once, when the note is read).
pub(crate) struct Words {
    list: &'static [&'static str],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<u64>>,
}

impl Words {
    pub(crate) const fn new(list: &'static [&'static str]) -> Words {
        Words {
            list,
            set: std::sync::OnceLock::new(),
        }
    }

    /// Whether the list holds a word (lower case).
    pub(crate) fn has(&self, w: &str) -> bool {
        self.has_key(key(w))
    }

    /// Whether the list holds the word with this [`key`].
    pub(crate) fn has_key(&self, k: u64) -> bool {
        self.set
            .get_or_init(|| self.list.iter().map(|w| key(w)).collect())
            .contains(&k)
    }

    /// Whether the list holds a token's word.
    pub(crate) fn has_token(&self, t: &Token<'_>) -> bool {
        self.has_key(t.key)
    }
}

/// Verbs that follow a person's name ("Will was", "hope cried").
static PERSON_VERBS: Words = Words::new(&[
    "said",
    "says",
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
static PERSON_BEFORE: Words = Words::new(&[
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
]);

/// Words before an ordinary word that make it one ("my hope", "the will").
static ORDINARY_BEFORE: Words = Words::new(&[
    "my", "the", "a", "an", "our", "your", "their", "some", "no", "any", "in", "this", "last",
    "next", "every", "i", "we", "you", "they", "it", "he", "she", "there", "that", "who", "which",
    "what", "to", "not", "also", "still", "just", "only",
]);

/// Words after an ordinary word at a sentence start that make it one ("Hope to", "Will be").
static ORDINARY_AFTER: Words = Words::new(&[
    "to", "that", "this", "you", "they", "it", "so", "we", "i", "the", "a", "an", "for", "not",
    "all", "of", "be", "need", "have", "do", "see", "check", "visit", "review", "call", "ring",
    "phone", "contact", "discuss", "follow", "update", "try", "make", "go", "come", "speak", "ask",
    "refer", "book", "arrange", "continue", "monitor", "liaise", "send", "complete", "request",
    "also", "then", "now", "there", "here", "he", "she",
]);

fn token_at(toks: &[Token<'_>], start: usize) -> Option<usize> {
    toks.binary_search_by_key(&start, |t| t.start).ok()
}

/// Auxiliary verbs that are also names (Will, May, Can): ordinary before a plain verb.
static AUXILIARIES: Words = Words::new(&[
    "will", "may", "can", "might", "must", "shall", "could", "would",
]);

/// Whether a household name that is also an ordinary word is the name here. We know the family
/// has someone of that name, so the name is assumed unless the words around it show the
/// ordinary sense: leaking a name costs more than losing a word.
fn ambiguous_is_name(toks: &[Token<'_>], start: usize, end: usize) -> bool {
    let Some(i) = token_at(toks, start) else {
        // Inside a word, or a multi-word span: trust the matcher.
        return end > start;
    };
    let t = &toks[i];
    let prev = i.checked_sub(1).map(|j| &toks[j]);
    let next = toks.get(i + 1);
    if t.possessive
        || prev.is_some_and(|p| PERSON_BEFORE.has_token(p))
        || next.is_some_and(|n| PERSON_VERBS.has_token(n))
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
        // "will need", "may have": a verb follows the auxiliary.
        return !next.is_some_and(|n| !n.capitalised() && n.class & WORD != 0);
    }
    true
}

/// Another person (or place) found in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Other {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Numbers people consistently: "Jade Wilson" and a later "Jade" share it.
    pub key: Option<String>,
    pub reason: &'static str,
}

/// Titles and family words that come before a name.
static TITLES: Words = Words::new(&[
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

/// Words that, with a name after them, mean a person ("her friend Jade", "a man called Dean").
static RELATIONS: Words = Words::new(&[
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

/// Whether a word could be a name after a title or relation.
fn nameish_after_context(_lex: &Lexicon, t: &Token<'_>) -> bool {
    if !t.alphabetic() || t.lower.chars().count() < 2 {
        return false;
    }
    if t.capitalised() {
        return !ORDINARY_BEFORE.has_token(t) && !PERSON_VERBS.has_token(t);
    }
    t.class & FORENAME != 0 || t.class & WORD == 0
}

/// A following word that continues a name: a capitalised surname, or a known surname.
fn continues_name(lex: &Lexicon, t: &Token<'_>, first_capitalised: bool) -> bool {
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

/// Month names that are also forenames: a month when next to a number or a time word.
fn is_month_use(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    if !["may", "april", "june", "august", "july"].contains(&t.lower.as_ref()) {
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

/// Other people (and places) in a note, outside the spans already `taken`.
pub fn other_people(text: &str, toks: &[Token<'_>], taken: &[(usize, usize)]) -> Vec<Other> {
    let lex = lexicon();
    let mut out: Vec<Other> = Vec::new();
    // Tokens inside a span already taken: the spans sorted by start, with the furthest end so
    // far, so each token is one binary search.
    let mut spans = taken.to_vec();
    spans.sort_unstable();
    let furthest: Vec<usize> = spans
        .iter()
        .scan(0, |far, s| {
            *far = (*far).max(s.1);
            Some(*far)
        })
        .collect();
    let used_at = |start: usize, end: usize| {
        let k = spans.partition_point(|s| s.0 < end);
        k > 0 && furthest[k - 1] > start
    };
    let mut used: Vec<bool> = toks.iter().map(|t| used_at(t.start, t.end)).collect();

    // Places first (one or two words; every place in the list has at most two).
    let mut i = 0;
    let mut pair = String::new();
    while i < toks.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let first = &toks[i];
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
                reason: "town or city name",
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
        let mut reason: Option<&'static str> = None;

        if TITLES.has_token(t)
            && toks
                .get(i + 1)
                .is_some_and(|n| nameish_after_context(lex, n))
        {
            // The title stays ("Mrs [Person 1]"); the name after it is taken next.
            i += 1;
            continue;
        }
        let after_title = prev.is_some_and(|p| {
            TITLES.has_token(p) && !p.possessive && (p.capitalised() || p.lower != "sister")
        });
        let after_relation = prev.is_some_and(|p| RELATIONS.has_token(p) && !p.possessive);
        if (after_title || after_relation)
            && nameish_after_context(lex, t)
            && !is_month_use(toks, i)
        {
            reason = Some(if after_title {
                "name after a title (Mr, Nan, Auntie…)"
            } else {
                "name after \"friend\", \"called\" or similar"
            });
        } else if t.alphabetic() && lower.chars().count() >= 2 && !t.all_caps() {
            let class = t.class;
            let keep = class & KEEP != 0;
            let word = class & WORD != 0;
            let forename = class & FORENAME != 0;
            let next = toks.get(i + 1);
            if keep || is_month_use(toks, i) {
                // Days, months, medicines, services: never names on their own.
            } else if t.capitalised() {
                if forename && !word {
                    reason = Some("known forename");
                } else if forename && word {
                    let verb_next = next.is_some_and(|n| PERSON_VERBS.has_token(n));
                    let surname_next = next.is_some_and(|n| continues_name(lex, n, true));
                    if !t.sentence_start || t.possessive || verb_next || surname_next {
                        reason = Some("known forename, written as a name");
                    }
                } else if !word && class & SURNAME == 0 {
                    // An unknown capitalised word: a name, unless a misspelt word starting a
                    // sentence.
                    let misspelt = t.sentence_start && near_a_word(lex, lower);
                    if !misspelt {
                        reason = Some("capitalised word that is not an English word");
                    }
                } else if !word && class & SURNAME != 0 {
                    reason = Some("known surname");
                } else if t.possessive && !t.sentence_start && !word {
                    reason = Some("possessive name");
                }
            } else if forename && !word {
                reason = Some("known forename (lower case)");
            } else if !word
                && !forename
                && class & SURNAME == 0
                && next.is_some_and(|n| !n.capitalised() && n.class & (SURNAME | WORD) == SURNAME)
                && !near_a_word(lex, lower)
            {
                reason = Some("unknown word followed by a surname");
            } else if t.possessive && forename {
                reason = Some("possessive of a forename");
            }
        }
        let Some(reason) = reason else {
            i += 1;
            continue;
        };
        // Take a following surname (or second name) too.
        let mut j = i + 1;
        while j < toks.len()
            && j < i + 3
            && !used[j]
            && !toks[j - 1].possessive
            && text[toks[j - 1].end..toks[j].start].trim().is_empty()
            && continues_name(lex, &toks[j], t.capitalised())
        {
            j += 1;
        }
        let key = t.lower.clone();
        // A surname on its own after its first mention shares the first name's number.
        let key = out
            .iter()
            .filter_map(|o| o.key.as_ref())
            .find(|k| k.split(' ').any(|w| w == key))
            .cloned()
            .unwrap_or_else(|| {
                toks[i..j]
                    .iter()
                    .map(|t| t.lower.as_ref())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
        out.push(Other {
            start: t.start,
            end: toks[j - 1].end,
            kind: Kind::Person,
            key: Some(key),
            reason,
        });
        for u in used.iter_mut().take(j).skip(i) {
            *u = true;
        }
        i = j;
    }
    // Key each person by their first word so that "Jade Wilson" then "Jade" share a number.
    let mut firsts: HashMap<String, String> = HashMap::new();
    for o in &mut out {
        if let Some(k) = &o.key {
            let first = k.split(' ').next().unwrap_or(k).to_string();
            let canonical = firsts.entry(first).or_insert_with(|| k.clone()).clone();
            o.key = Some(canonical);
        }
    }
    out
}

/// Whether a word is one typing slip from an English word (a sentence-initial "Recieved").
fn near_a_word(lex: &Lexicon, lower: &str) -> bool {
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
fn near_a_word_ascii(lex: &Lexicon, w: &[u8]) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_offsets() {
        let s = "Siobhán O’Dwyer İ";
        assert_eq!(fold(s).len(), s.len());
        assert!(fold(s).starts_with("siobhán o’dwyer"));
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("kayleigh", "kayliegh"));
        assert!(within_one_edit("kayleigh", "kaylegh"));
        assert!(within_one_edit("kayleigh", "kayleighh"));
        assert!(within_one_edit("kayleigh", "kayleagh"));
        assert!(!within_one_edit("kayleigh", "kaleigha"));
        assert!(!within_one_edit("kayleigh", "hayleigh"));
    }

    fn spans(text: &str, people: &[Person]) -> Vec<(String, String)> {
        let folded = fold(text);
        let toks = super::super::tokens::tokenise(text, &folded);
        HouseholdMatcher::new(people)
            .find(text, &folded, &toks)
            .into_iter()
            .map(|m| (text[m.start..m.end].to_string(), m.label.to_string()))
            .collect()
    }

    #[test]
    fn household_names_start_only_where_words_start() {
        let people = [
            Person {
                name: "Kay Smith".into(),
                role: Role::Mother,
                aliases: vec!["(Kayz)".into()],
            },
            Person {
                name: "Lily-Mae Smith".into(),
                role: Role::Baby,
                aliases: vec![],
            },
        ];
        let found = spans(
            "okay, Kayz said lily-mae and Mae Smith-Jones were fine; kays mum came",
            &people,
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        // Not inside "okay"; the bracketed alias is found without its brackets; a hyphenated
        // name whole; the part after a hyphen; a plural-s form.
        assert_eq!(texts, ["Kayz", "lily-mae", "Mae", "Smith", "kay"]);
        assert_eq!(found[1].1, "[Baby]");
        assert_eq!(found[3].1, "[Family]");
    }

    #[test]
    fn role_labels_number_only_where_needed() {
        let p = |name: &str, role| Person {
            name: name.into(),
            role,
            aliases: vec![],
        };
        let labels = role_labels(&[
            p("A", Role::Mother),
            p("B", Role::Baby),
            p("C", Role::Baby),
            p("D", Role::Sibling),
        ]);
        assert_eq!(labels, ["[Mother]", "[Baby 1]", "[Baby 2]", "[Sibling 1]"]);
    }
}
