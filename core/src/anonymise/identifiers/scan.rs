//! Where identifiers could start: one pass over the note finds the anchors (digit runs, '@',
//! trigger words), so that each pattern runs only in windows around its own anchors.

use regex::Regex;

use crate::anonymise::fold::Words;
use crate::anonymise::lexicon::lexicon;
use crate::anonymise::tokens::Token;
use crate::anonymise::triggers::{
    T_AT, T_DATE_SEP, T_DIGIT, T_DIGITS6, T_DIGITS10, T_LETTER_DIGIT, T_MIXED, T_UPPER3,
};

/// The note with the places where each kind of identifier could start: digit runs, '@', and
/// trigger words. Patterns run only in windows around these anchors.
pub(super) struct Scan<'t> {
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
pub(super) fn scan<'t>(text: &'t str, toks: &[Token<'_>]) -> Scan<'t> {
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
        // Runs of digits, allowing up to two separators between groups ("(0161) 496 0000",
        // "905.674.3793").
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
            } else if matches!(c, b' ' | b'-' | b'(' | b')' | b'.' | b'+') && gap < 2 {
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
    pub(super) fn on(&self, flags: u32) -> bool {
        self.flags & flags != 0
    }

    /// Merged windows around the anchors of `flags`, widened to whole words.
    pub(super) fn windows(&self, flags: u32, before: usize, after: usize) -> Vec<(usize, usize)> {
        self.windows_if(flags, before, after, |_, _| true)
    }

    /// [`Scan::windows`] for the anchors that pass a cheap check first.
    pub(super) fn windows_if(
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
    pub(super) fn find(
        &self,
        re: &Regex,
        flags: u32,
        before: usize,
        after: usize,
    ) -> Vec<regex::Match<'t>> {
        self.find_in(re, self.windows(flags, before, after))
    }

    /// Matches of `re` inside the given windows.
    pub(super) fn find_in(
        &self,
        re: &Regex,
        windows: Vec<(usize, usize)>,
    ) -> Vec<regex::Match<'t>> {
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
    pub(super) fn caps(&self, re: &Regex, flags: u32, before: usize, after: usize) -> Vec<Hit<'t>> {
        self.caps_in(re, self.windows(flags, before, after))
    }

    /// Matches of `re`, with their first group, inside the given windows (one set of capture
    /// slots for all the searches).
    pub(super) fn caps_in(&self, re: &Regex, windows: Vec<(usize, usize)>) -> Vec<Hit<'t>> {
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
    pub(super) fn number_after(
        &self,
        re: &Regex,
        flag: u32,
        after: usize,
        digits: usize,
    ) -> Vec<Piece<'t>> {
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
pub(super) struct Hit<'t> {
    text: &'t str,
    whole: (usize, usize),
    group: Option<(usize, usize)>,
}

impl<'t> Hit<'t> {
    /// The whole match (0) or the first group (1).
    pub(super) fn get(&self, i: usize) -> Option<Piece<'t>> {
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
pub(super) struct Piece<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Piece<'t> {
    pub(super) fn start(&self) -> usize {
        self.start
    }

    pub(super) fn end(&self) -> usize {
        self.end
    }

    pub(super) fn as_str(&self) -> &'t str {
        &self.text[self.start..self.end]
    }
}

/// Whether a digit comes within `n` bytes after `from`.
pub(super) fn digit_after(text: &str, from: usize, n: usize) -> bool {
    text.as_bytes()[from.min(text.len())..(from + n).min(text.len())]
        .iter()
        .any(u8::is_ascii_digit)
}

/// Whether a digit comes within `n` bytes before `to`.
pub(super) fn digit_before(text: &str, to: usize, n: usize) -> bool {
    text.as_bytes()[to.saturating_sub(n)..to.min(text.len())]
        .iter()
        .any(u8::is_ascii_digit)
}

/// The word that ends before `at`, with where it starts.
pub(super) fn word_before(text: &str, at: usize) -> Option<(usize, &str)> {
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
static SUFFIX_WORDS: Words = Words::new(&[
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
pub(super) fn named_before(text: &str, at: usize) -> bool {
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

pub(super) fn next_char(s: &str, at: usize) -> usize {
    let mut n = at + 1;
    while n < s.len() && !s.is_char_boundary(n) {
        n += 1;
    }
    n
}

/// Words before an institution or street suffix that do not belong to its name.
pub(super) static NOT_NAME: Words = Words::new(&[
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
    // A role before a surgery's or a school's name ("GP Fernhill Medical Centre", "HV
    // primary"), not part of it.
    "gp",
    "gps",
    "hv",
    "sw",
]);

/// A word that can be part of a proper name: capitalised, or not an ordinary word.
pub(super) fn name_like(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lex = lexicon();
    if NOT_NAME.has(&lower) {
        return false;
    }
    let trimmed = lower.trim_end_matches("'s").trim_end_matches("’s");
    // A product or service the keep-list holds is no name ("Gaviscon Infant").
    if lex.is_keep(trimmed) {
        return false;
    }
    word.chars().next().is_some_and(char::is_uppercase)
        || (!lex.is_word(trimmed) && trimmed.chars().all(char::is_alphabetic))
}

/// The start of an institution's or street's name: the run of name-like words (and "St") just
/// before its suffix, read from the suffix leftwards; `None` when there is no such word (a
/// generic "the local primary" stays).
pub(super) fn named_span(text: &str, start: usize, words_end: usize) -> Option<usize> {
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
        // A verb starting a sentence is that verb ("Admitted Eastgate Hospital", "Starting
        // nursery"), not the first word of a name ("Hawthorn Surgery", "Reading Hospital").
        let before = text[..start + at].trim_end_matches([' ', '\t']);
        let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
        let verb = (lower.ends_with("ed") || lower.ends_with("ing"))
            && lexicon().is_word(&lower)
            && lexicon().class(&lower) & super::super::lexicon::PLACE == 0;
        if sentence_start && verb {
            break;
        }
        if name_like(w) {
            first = Some(*at);
            named = true;
        } else if named
            && matches!(lower.as_str(), "new" | "old")
            && w.starts_with(char::is_uppercase)
        {
            // Written with a capital before a name, part of it: "New Cross Hospital", "Old
            // Aberdeen Medical Practice" (issue 36); "the new Fernhill Surgery" is new.
            first = Some(*at);
        } else {
            break;
        }
    }
    if !named {
        return None;
    }
    first.map(|f| start + f)
}

/// A span matched in the note: a pattern's match, or one of its groups.
pub(super) trait Matched {
    fn start(&self) -> usize;
    fn end(&self) -> usize;
}

impl Matched for regex::Match<'_> {
    fn start(&self) -> usize {
        regex::Match::start(self)
    }
    fn end(&self) -> usize {
        regex::Match::end(self)
    }
}

impl Matched for Piece<'_> {
    fn start(&self) -> usize {
        Piece::start(self)
    }
    fn end(&self) -> usize {
        Piece::end(self)
    }
}
