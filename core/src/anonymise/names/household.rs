//! The household's names: every way a note may write them (nicknames, typos, possessives, any
//! case), matched at word starts.

use super::super::fold::{Words, fold};
use super::super::lexicon::{KEEP, Lexicon, WORD, key, lexicon};
use super::super::tokens::Token;
use super::super::{Person, Rule};
use super::context::{ambiguous_is_name, keep_phrase_at, token_at};
use crate::household::Role;
use std::collections::HashMap;

/// A household name found in a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HouseholdMatch<'m> {
    pub start: usize,
    pub end: usize,
    /// The role label (`[Mother]`), kept by the matcher.
    pub label: &'m str,
    pub rule: Rule,
}

/// What a person has, after a name written with an "s" and no apostrophe ("Joys mum").
static POSSESSED: Words = Words::new(&[
    "mum",
    "dad",
    "mother",
    "father",
    "nan",
    "nana",
    "grandad",
    "brother",
    "sister",
    "partner",
    "boyfriend",
    "girlfriend",
    "van",
    "car",
    "mobile",
    "phone",
    "number",
    "cough",
    "cold",
    "temperature",
    "rash",
    "nursery",
    "school",
    "birthday",
    "cot",
    "room",
    "bed",
    "weight",
    "feeds",
    "bottle",
    "behaviour",
    "mood",
    "work",
    "friend",
    "family",
]);

/// One spelling of a household name.
#[derive(Debug, Clone)]
struct Spelling {
    /// [`key`] of its first word.
    key: u64,
    /// Where it is in [`HouseholdMatcher::text`].
    at: u32,
    len: u32,
    /// Index into the labels.
    label: u16,
    rule: Rule,
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
    /// Where each first word's spellings are in `spellings`: an open-addressed table of
    /// (key, from, to), a power of two long and at most half full, so that a word the filter
    /// lets through is one look-up, not a binary search.
    index: Vec<(u64, u32, u32)>,
    /// Every spelling, then the labels and the misspelling targets, one after another.
    text: String,
    /// Where each label is in `text`.
    labels: Vec<(u32, u32)>,
    /// Single names of five letters or more, for catching misspellings and short forms, with
    /// their label.
    fuzzy: Vec<((u32, u32), u16)>,
}

/// The two bits of [`HouseholdMatcher`]'s filter for a word's key.
pub(super) fn filter_bits(key: u64) -> [usize; 2] {
    // Both are below 512.
    [(key & 511) as usize, ((key >> 9) & 511) as usize]
}

/// The end of the run of letters and digits that starts at `at`.
pub(super) fn word_end(text: &str, at: usize) -> usize {
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

/// A name without its accents, as a hurried note writes it: every letter with its marks taken
/// off (Unicode's decomposition: "Rareș" and "Rareş" are "Rares", "Țurcanu" is "Turcanu",
/// "Phạm" is "Pham", "Nguyễn" is "Nguyen"), and the letters that do not decompose written as
/// their plain letters ("Łukasz" is "Lukasz", "Søren" "Soren", "Đức" "Duc", "ß" "ss").
pub(super) fn strip_accents(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            'ł' => out.push('l'),
            'Ł' => out.push('L'),
            'ø' => out.push('o'),
            'Ø' => out.push('O'),
            'đ' | 'ð' => out.push('d'),
            'Đ' | 'Ð' => out.push('D'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            'ħ' => out.push('h'),
            other => out.push(other),
        }
    }
    out
}

/// The combining marks a decomposed letter carries (accents, cedillas, commas below, Vietnamese
/// tone marks).
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// Spellings of one name as a note might write it: apostrophes straight or curly or left out,
/// hyphens as spaces or left out, accents dropped.
pub(super) fn spellings(name: &str) -> Vec<String> {
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
pub(super) fn role_title(role: Role) -> &'static str {
    match role {
        Role::OtherAdult => "Adult",
        Role::OtherChild => "Child",
        r => r.label(),
    }
}

/// Role labels: numbered where a role has several people, and always for siblings and others.
pub(super) fn role_labels(people: &[Person]) -> Vec<String> {
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

pub(super) fn is_ambiguous(lex: &Lexicon, spelled: &str) -> bool {
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
        let mut found: HashMap<String, (usize, bool, Rule)> = HashMap::new();
        let mut add = |s: String, label: usize, full: bool, why: Rule| {
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
                            *existing = (family, full, Rule::SharedByHousehold);
                        }
                    }
                }
            }
        };
        let mut fuzzy = Vec::new();
        for (i, p) in people.iter().enumerate() {
            let names = std::iter::once((p.name.as_str(), Rule::HouseholdName))
                .chain(p.aliases.iter().map(|a| (a.as_str(), Rule::HouseholdAlias)));
            for (name, why) in names {
                if name.trim().is_empty() {
                    continue;
                }
                for s in spellings(name) {
                    add(s, i, true, why);
                }
                // Runs of a longer name's words ("Yan Ting" of Yan Ting Lau, "Thi Huong"): a
                // word that alone is ordinary ("ting") is the name next to the rest of it.
                let all: Vec<&str> = name.split_whitespace().collect();
                let has_a_word = all.len() > 2 && all.iter().any(|w| is_ambiguous(lex, &fold(w)));
                for len in (2..all.len()).filter(|_| has_a_word) {
                    for run in all.windows(len) {
                        for s in spellings(&run.join(" ")) {
                            add(s, i, false, why);
                        }
                    }
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
                    let plain = strip_accents(&lw);
                    if wi == 0 || why == Rule::HouseholdAlias {
                        // The list is written without accents ("malgorzata" for Małgorzata).
                        let listed = [lw.as_str(), plain.as_str()];
                        for n in listed
                            .iter()
                            .enumerate()
                            .filter(|(k, name)| *k == 0 || **name != lw)
                            .filter_map(|(_, name)| lex.nicknames.get(*name))
                            .flatten()
                        {
                            add(n.clone(), i, false, Rule::HouseholdNickname);
                        }
                    }
                    if plain.chars().count() >= 5 {
                        fuzzy.push((plain, i));
                    }
                }
            }
        }
        let small = |i: usize| u16::try_from(i).unwrap_or(u16::MAX);
        let mut text = String::new();
        let mut spellings = Vec::new();
        let mut filter = [0u64; 8];
        let mut entries: Vec<(String, (usize, bool, Rule))> = found.into_iter().collect();
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
            let rule = if why == Rule::HouseholdNickname || full {
                why
            } else {
                Rule::HouseholdPart
            };
            spellings.push(Spelling {
                key: k,
                at: u32::try_from(text.len()).unwrap_or(u32::MAX),
                len: u32::try_from(s.len()).unwrap_or(u32::MAX),
                label: small(label),
                rule,
                ambiguous: is_ambiguous(lex, &s),
            });
            text.push_str(&s);
        }
        spellings.sort_by_key(|s| (s.key, std::cmp::Reverse(s.len)));
        let index = index_of(&spellings);
        fuzzy.sort();
        fuzzy.dedup();
        // Labels and misspelling targets go in the same text as the spellings: a
        // note touches a few contiguous lines of the matcher, not one allocation per string.
        let mut put = |s: &str| {
            let at = u32::try_from(text.len()).unwrap_or(u32::MAX);
            text.push_str(s);
            (at, u32::try_from(s.len()).unwrap_or(0))
        };
        let labels = labels.iter().map(|l| put(l)).collect();
        let fuzzy = fuzzy
            .iter()
            .map(|(name, label)| (put(name), small(*label)))
            .collect();
        HouseholdMatcher {
            filter,
            spellings,
            index,
            text,
            labels,
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
        let mask = self.index.len().wrapping_sub(1);
        let mut i = index_slot(key, mask);
        for _ in 0..self.index.len() {
            let (k, from, to) = self.index[i];
            if to == 0 {
                break;
            }
            if k == key {
                return self
                    .spellings
                    .get(from as usize..to as usize)
                    .unwrap_or_default();
            }
            i = (i + 1) & mask;
        }
        &[]
    }

    fn label(&self, i: u16) -> &str {
        self.labels
            .get(usize::from(i))
            .map_or("[Person]", |p| self.piece(*p))
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
                let keys = super::super::lexicon::keys(&folded[at..word]);
                if may(&folded.as_bytes()[at..word], keys) {
                    starts.push((at, word, keys));
                }
                at = word;
            }
        }
        let mut next = 0;
        let mut phrase = String::new();
        for (at, word, keys) in starts {
            if at < next {
                continue;
            }
            let Some((sp, end)) = self.longest_at(text, folded, at, word, keys) else {
                continue;
            };
            // A name written twice by a slip ("with gift gift was asleep") is the name twice.
            let repeated = out.last().is_some_and(|m: &HouseholdMatch<'_>| {
                m.label == self.label(sp.label)
                    && text.get(m.end..at).is_some_and(|gap| gap.trim().is_empty())
                    && folded.get(m.start..m.end) == folded.get(at..end)
            });
            if sp.ambiguous && !repeated && !ambiguous_is_name(text, toks, at, end) {
                continue;
            }
            // A phrase the keep-list holds, starting with a name that is also a word, is the
            // phrase ("Grace period", "Viral rash", "Ewan the Dream Sheep").
            if sp.ambiguous
                && token_at(toks, at)
                    .is_some_and(|i| keep_phrase_at(lexicon(), toks, &[], i, &mut phrase).is_some())
            {
                continue;
            }
            // A name and an "s" that together make a word ("this" for a Thi, "Marks noted on
            // the arm" for a Mark) is the word, unless written with a capital inside a sentence
            // ("the Marks moved in", "Deans car"), where a capital says a name (issue 36).
            // "Due back at work in June" is the month, whoever June is; "with June" the person.
            let month = token_at(toks, at)
                .filter(|&i| toks[i].end == end)
                .is_some_and(|i| !toks[i].possessive && super::context::is_month_use(toks, i));
            if month {
                continue;
            }
            // Before what a person has ("Joys mum died", "Wills van outside", "Virals mobile"),
            // the name's possessive written without its apostrophe, wherever it stands.
            if end < word && lexicon().is_word(&folded[at..word]) {
                let ti = token_at(toks, at);
                let inside = ti.is_some_and(|i| !toks[i].sentence_start);
                let capital = text[at..].starts_with(char::is_uppercase);
                let owned = ti.and_then(|i| toks.get(i + 1)).is_some_and(|n| {
                    text[word..n.start].trim().is_empty() && POSSESSED.has_token(n)
                });
                if !(capital && (inside || owned)) {
                    continue;
                }
            }
            next = end;
            out.push(HouseholdMatch {
                start: at,
                end,
                label: self.label(sp.label),
                rule: sp.rule,
            });
        }
        // Misspellings of longer household names ("Kayliegh" for "Kayleigh").
        if !self.fuzzy.is_empty() {
            let lex = lexicon();
            // The matches so far are in order and do not overlap, and so are the words: one
            // pointer finds the match that could hold each word.
            let exact = out.len();
            let mut m = 0;
            for t in toks {
                // Misspellings are looked for in words of five letters or more (four for a
                // letter dropped from a five-letter name), short forms in words of three or more.
                if t.lower.len() < 3 || !t.alphabetic() {
                    continue;
                }
                // An ASCII word's class was looked up when it was read.
                if t.lower.is_ascii() && t.class & (WORD | KEEP) != 0 {
                    continue;
                }
                while m < exact && out[m].end < t.end {
                    m += 1;
                }
                if m < exact && out[m].start <= t.start {
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
                // Five letters or more; or four, capitalised, a letter dropped from a name of
                // five ("Paie" for Paige, "Maad" for Mahad: issue 36).
                let four = plain.len() == 4 && t.capitalised();
                if (plain.len() >= 5 || four)
                    && let Some((_, label)) = self.fuzzy.iter().find(|(name, ..)| {
                        let name = self.piece(*name);
                        name != plain && (!four || name.len() == 5) && within_one_edit(name, &plain)
                    })
                {
                    out.push(HouseholdMatch {
                        start: t.start,
                        end: t.end,
                        label: self.label(*label),
                        rule: Rule::HouseholdCloseSpelling,
                    });
                    continue;
                }
                // A short form cut from a longer household name, in no nickname list: its first
                // letters ("Jacq", "Seb"), a syllable from inside a long name ("Dami" for
                // Oluwadamilare), or a diminutive of them ("Jonno", "Bazza"). Only a
                // capitalised word that is no ordinary word.
                if t.capitalised()
                    && let Some((_, label)) = self
                        .fuzzy
                        .iter()
                        .find(|(name, ..)| is_short_form(&plain, self.piece(*name)))
                {
                    out.push(HouseholdMatch {
                        start: t.start,
                        end: t.end,
                        label: self.label(*label),
                        rule: Rule::HouseholdShortForm,
                    });
                }
            }
        }
        out
    }
}

/// The slot where a first word's key is looked for first (the filter uses the key's low bits).
fn index_slot(key: u64, mask: usize) -> usize {
    // usize is at least 32 bits.
    ((key >> 32) as usize) & mask
}

/// The open-addressed index of [`HouseholdMatcher::index`] for spellings sorted by key: each
/// key's run of spellings, `to` never 0 for a filled slot.
fn index_of(spellings: &[Spelling]) -> Vec<(u64, u32, u32)> {
    let mut runs: Vec<(u64, u32, u32)> = Vec::new();
    for (i, sp) in spellings.iter().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        match runs.last_mut() {
            Some(run) if run.0 == sp.key => run.2 = i.saturating_add(1),
            _ => runs.push((sp.key, i, i.saturating_add(1))),
        }
    }
    let len = (runs.len() * 2).next_power_of_two().max(2);
    let mask = len - 1;
    let mut index = vec![(0, 0, 0); len];
    for run in runs {
        let mut i = index_slot(run.0, mask);
        while index[i].2 != 0 {
            i = (i + 1) & mask;
        }
        index[i] = run;
    }
    index
}

/// Whether `word` (lower case, plain letters) is a short form of the longer `name`: its first
/// three letters or more, four letters or more from inside a name of eight or more, or one of
/// those with a diminutive ending ("jonno", "sebby", "jacqui", "bazza" for Barry).
pub(super) fn is_short_form(word: &str, name: &str) -> bool {
    // Letters of the Latin alphabet only (accents are already stripped): the endings below are
    // English ones, and byte positions are then character positions. The first letter must
    // agree (every form below keeps it, but the syllable from inside a long name).
    if !word.is_ascii() || !name.is_ascii() || word.len() < 3 {
        return false;
    }
    let prefix = |w: &str| w.len() >= 3 && w.len() < name.len() && name.starts_with(w);
    if word.as_bytes()[0] == name.as_bytes()[0] {
        if prefix(word) {
            return true;
        }
        // Diminutive endings, each also with a doubled last consonant undone ("jonn" → "jon").
        for end in ["ie", "y", "o", "s", "i", "a"] {
            if let Some(stem) = word.strip_suffix(end) {
                let b = stem.as_bytes();
                let undoubled = (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2])
                    .then(|| &stem[..stem.len() - 1]);
                if prefix(stem) || undoubled.is_some_and(prefix) {
                    return true;
                }
            }
        }
        // "Bazza", "Shazza": an r made zz.
        if let Some(stem) = word.strip_suffix("zza")
            && name.len() > stem.len() + 1
            && name.starts_with(stem)
            && name.as_bytes()[stem.len()] == b'r'
            && stem.len() >= 2
        {
            return true;
        }
    }
    word.len() >= 4 && name.len() >= 8 && word.len() < name.len() && name.contains(word)
}

/// True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of two
/// neighbouring letters, and start with the same letter.
pub(super) fn within_one_edit(a: &str, b: &str) -> bool {
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

pub(super) fn one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
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
