//! Text as the anonymiser compares it, and fixed word lists looked up by a word's key. A leaf
//! module: the identifier patterns and the name matchers both use it.

use super::lexicon::key;
use super::tokens::Token;

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
