//! Words of a note with their byte spans, case, possessive endings and sentence position.

/// A word in the note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    pub start: usize,
    /// End of the word without any possessive ending.
    pub end: usize,
    pub text: &'a str,
    /// The word in lower case (borrowed when it already is).
    pub lower: std::borrow::Cow<'a, str>,
    /// Followed by 's, ’s or s'.
    pub possessive: bool,
    /// First word of a sentence, line or list item.
    pub sentence_start: bool,
    /// Only letters (and inner apostrophes or hyphens).
    alpha: bool,
    /// What the word is in the lexicon (see [`super::lexicon::Lexicon::class`]); 0 for
    /// words with digits.
    pub class: u8,
    /// The kinds of identifier the word may introduce ("nhs", "dob", "road"): bits of
    /// [`super::triggers`], from the same look-up as `class`.
    pub triggers: u32,
    /// [`super::lexicon::keys`] of `lower`: the word and the word without its last letter.
    pub key: u64,
    pub stem_key: u64,
    /// [`Token::all_caps`] for an ASCII word, worked out when it was read.
    caps: Option<bool>,
    /// ASCII letters and digits only, with no possessive ending: the word is exactly the run
    /// of letters and digits at `start`, and `lower` is its folded form.
    pub plain: bool,
}

impl Token<'_> {
    /// Starts with a capital letter.
    pub fn capitalised(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Every letter is a capital, and there are at least two (GP, NHS, CAMHS).
    pub fn all_caps(&self) -> bool {
        if let Some(caps) = self.caps {
            return caps;
        }
        let letters = self.text.chars().filter(|c| c.is_alphabetic()).count();
        letters >= 2
            && self
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }

    /// Only letters (and inner apostrophes or hyphens).
    pub fn alphabetic(&self) -> bool {
        self.alpha
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

/// The character at byte `i` and its length (ASCII without decoding).
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => (char::from(b), 1),
        _ => {
            let c = text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' ');
            (c, c.len_utf8())
        }
    }
}

/// Splits a note into words. `folded` is [`super::fold::fold`] of `text` (same length, same
/// offsets): ASCII words borrow their lower case from it instead of allocating.
pub fn tokenise<'a>(text: &'a str, folded: &'a str) -> Vec<Token<'a>> {
    let lex = super::lexicon::lexicon();
    let same_layout = folded.len() == text.len();
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut sentence_start = true;
    let mut i = 0;
    while i < b.len() {
        if b[i] < 0x80 && !b[i].is_ascii_alphanumeric() {
            if matches!(b[i], b'.' | b'!' | b'?' | b'\n' | b':' | b';') {
                sentence_start = true;
            }
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if !is_word_char(c) {
            if c == '•' {
                sentence_start = true;
            }
            i += len;
            continue;
        }
        let start = i;
        i += len;
        let mut end = i;
        while i < b.len() {
            if b[i].is_ascii_alphanumeric() {
                i += 1;
                end = i;
                continue;
            }
            let (d, dlen) = char_at(text, i);
            if is_word_char(d) {
                i += dlen;
                end = i;
            } else if is_joiner(d) && i + dlen < b.len() && is_word_char(char_at(text, i + dlen).0)
            {
                // A joiner counts only between word characters.
                i += dlen;
                end = i;
            } else {
                break;
            }
        }
        let whole = &text[start..end];
        let (word, possessive) = match possessive_base(whole) {
            Some(base) => (base, true),
            None => {
                // "the Joneses'" style plural possessive.
                let apostrophe = b.get(end) == Some(&b'\'') || text[end..].starts_with('’');
                (whole, apostrophe && whole.ends_with('s') && whole.len() > 2)
            }
        };
        let word_end = start + word.len();
        let w = word.as_bytes();
        let ascii = word.is_ascii();
        // One pass over an ASCII word: its shape, and the keys of its lower case.
        let (alpha, upper, plain_chars, caps) = if ascii {
            let mut letters = 0;
            let mut only_letters = true;
            let mut upper = false;
            let mut lower = false;
            let mut alnum = true;
            for &c in w {
                letters += usize::from(c.is_ascii_alphabetic());
                upper |= c.is_ascii_uppercase();
                lower |= c.is_ascii_lowercase();
                only_letters &= c.is_ascii_alphabetic() || matches!(c, b'\'' | b'-');
                alnum &= c.is_ascii_alphanumeric();
            }
            (
                letters > 0 && only_letters,
                upper,
                alnum,
                Some(letters >= 2 && !lower),
            )
        } else {
            let alpha = word.chars().any(char::is_alphabetic)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
            (alpha, true, false, None)
        };
        let lower: std::borrow::Cow<'_, str> = if ascii && !upper {
            std::borrow::Cow::Borrowed(word)
        } else if ascii && same_layout {
            std::borrow::Cow::Borrowed(&folded[start..word_end])
        } else {
            std::borrow::Cow::Owned(word.to_lowercase())
        };
        let (key, stem_key) = super::lexicon::keys(&lower);
        let (class, triggers) = if alpha {
            let (class, triggers) = lex.look_up(&lower, key, stem_key);
            // Only a word in no list with an apostrophe inside can be a contraction.
            let apostrophe = class == 0 && (w.contains(&b'\'') || (!ascii && word.contains('’')));
            (
                class
                    | if apostrophe {
                        contraction(lex, &lower)
                    } else {
                        0
                    },
                triggers,
            )
        } else {
            (0, 0)
        };
        out.push(Token {
            alpha,
            class,
            triggers,
            key,
            stem_key,
            plain: plain_chars && !possessive,
            caps,
            start,
            end: word_end,
            text: word,
            lower,
            possessive,
            sentence_start,
        });
        sentence_start = false;
    }
    out
}

/// A contraction of words ("they're", "don't", "you've", "I'd") is a word: [`super::lexicon::WORD`] for one,
/// 0 otherwise.
fn contraction(lex: &super::lexicon::Lexicon, lower: &str) -> u8 {
    let Some(at) = lower.rfind(['\'', '’']) else {
        return 0;
    };
    let stem = &lower[..at];
    let suffix = lower[at..].trim_start_matches(['\'', '’']);
    let word = |w: &str| !w.is_empty() && (w == "i" || lex.is_word(w));
    let ok = match suffix {
        "t" => stem
            .strip_suffix('n')
            .is_some_and(|s| word(s) || word(stem) || matches!(stem, "shan" | "ain")),
        "re" | "ve" | "ll" | "d" | "m" => word(stem),
        _ => false,
    };
    if ok { super::lexicon::WORD } else { 0 }
}

/// The word without its possessive ending ('s, ’s), if it has one and something before it.
fn possessive_base(word: &str) -> Option<&str> {
    let b = word.as_bytes();
    let n = b.len();
    if n < 3 || !matches!(b[n - 1], b's' | b'S') {
        return None;
    }
    if b[n - 2] == b'\'' {
        return Some(&word[..n - 2]);
    }
    if n >= 5 && word[..n - 1].ends_with('’') {
        return Some(&word[..n - 4]);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_possessives_and_sentence_starts() {
        let text = "Dean's car. saw O'Dwyer-Ní with Lily-Mae; Tuesday";
        let folded = super::super::fold::fold(text);
        let t = tokenise(text, &folded);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(
            words,
            [
                "Dean",
                "car",
                "saw",
                "O'Dwyer-Ní",
                "with",
                "Lily-Mae",
                "Tuesday"
            ]
        );
        assert!(t[0].possessive && t[0].sentence_start);
        assert_eq!(&"Dean's car."[t[0].start..t[0].end], "Dean");
        assert!(t[2].sentence_start);
        assert!(!t[3].sentence_start);
        assert!(t[6].sentence_start);
        assert!(t[1].lower == "car");
    }

    #[test]
    fn trailing_apostrophes_and_hyphens_are_not_words() {
        let folded = super::super::fold::fold("- rose' -- well-");
        let t = tokenise("- rose' -- well-", &folded);
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["rose", "well"]);
    }
}
