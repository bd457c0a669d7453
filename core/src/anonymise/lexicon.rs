//! The word lists the anonymiser consults, embedded at build time and loaded once:
//! forenames and surnames (gazetteers), English words, nicknames, places, words to keep, and
//! postcode areas. Sources and licences: data/LICENSES.md.

use std::collections::HashMap;

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// A word is an ordinary English word.
pub const WORD: u8 = 1;
/// A word is a known forename.
pub const FORENAME: u8 = 1 << 1;
/// A word is a known surname.
pub const SURNAME: u8 = 1 << 2;
/// A word must survive anonymisation.
pub const KEEP: u8 = 1 << 3;
/// A word (or two) is a place.
pub const PLACE: u8 = 1 << 4;
/// The first word of a two-word place ("milton" of Milton Keynes).
pub const PLACE_FIRST: u8 = 1 << 5;
/// The first word of a two-word phrase to keep ("tommee" of Tommee Tippee, "edinburgh" of the
/// Edinburgh Postnatal Depression Scale).
pub const KEEP_FIRST: u8 = 1 << 6;
/// A word whose possessive is to be kept ("sainsbury" of Sainsbury's, "barnardo" of
/// Barnardo's).
pub const KEEP_POSSESSIVE: u8 = 1 << 7;

/// All the lists, lower case, in one map from a word to what it is (one look-up per word).
#[derive(Debug)]
pub struct Lexicon {
    /// Keyed by a 64-bit hash of the word ([`key`]): compact, and no string compares. With
    /// each word's class, the kinds of identifier it may introduce (see
    /// [`super::triggers::trigger_list`]): one look-up per word serves both.
    classes: WordTable,
    /// Every place name (one or two words).
    pub places: HashSet<&'static str>,
    /// First words of places of more than one word ("milton" of "milton keynes").
    pub place_first_words: HashSet<&'static str>,
    /// The phrases of the keep lists ("tommee tippee", "moses basket", "cylch ti a fi").
    pub keep_phrases: HashSet<&'static str>,
    /// The first two or three words of each longer keep phrase ("cylch ti", "cylch ti a").
    pub keep_phrase_starts: HashSet<&'static str>,
    /// Countries that are also names (China, Jordan, India): kept only after a word that says a
    /// place ("moved from China").
    pub countries_also_names: HashSet<&'static str>,
    /// Languages (ISO 639-2 and the supplement): "Interpreter: Carla Mendes (Portuguese)".
    pub languages: HashSet<&'static str>,
    pub postcode_areas: HashSet<&'static str>,
    /// Name → the other names it may go by (both directions).
    pub nicknames: HashMap<String, Vec<String>>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse_nicknames(text: &str) -> HashMap<String, Vec<String>> {
    #[derive(serde::Deserialize)]
    struct File {
        names: HashMap<String, Vec<String>>,
    }
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    // The list is ours and checked by a test; a broken file gives no nicknames, not a panic.
    let Ok(file) = toml::from_str::<File>(text) else {
        return out;
    };
    for (full, short) in file.names {
        let full = full.to_lowercase();
        for s in &short {
            let s = s.to_lowercase();
            out.entry(full.clone()).or_default().push(s.clone());
            let back = out.entry(s.clone()).or_default();
            back.push(full.clone());
            // Siblings: "Liz" also goes by "Beth" (both Elizabeth).
            for other in &short {
                let other = other.to_lowercase();
                if other != s {
                    back.push(other);
                }
            }
        }
    }
    for v in out.values_mut() {
        v.sort();
        v.dedup();
    }
    out
}

/// Eight entries: one cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Bucket([u64; 8]);

/// The lexicon's words as an open-addressed table of 64-bit entries, eight to a cache line,
/// at most half full: a look-up reads one line (the general-purpose map read two, and most of
/// the time went in waiting for them). An entry is the key's top 48 bits, an index into
/// `triggers`, and the class; 0 is an empty slot.
#[derive(Debug)]
struct WordTable {
    buckets: Vec<Bucket>,
    mask: usize,
    /// The distinct trigger flag sets; index 0 is none.
    triggers: Vec<u32>,
}

const TAG: u64 = !0xFFFF;

impl WordTable {
    fn new(words: &rustc_hash::FxHashMap<u64, (u8, u32)>) -> WordTable {
        let n = (words.len() / 4).next_power_of_two().max(1);
        let mut table = WordTable {
            buckets: vec![Bucket::default(); n],
            mask: n - 1,
            triggers: vec![0],
        };
        for (&key, &(class, flags)) in words {
            let t = match table.triggers.iter().position(|f| *f == flags) {
                Some(t) => t,
                None => {
                    table.triggers.push(flags);
                    table.triggers.len() - 1
                }
            };
            // Fewer than 256 distinct sets (a test checks every trigger word comes back).
            let t = u64::try_from(t).unwrap_or(0) & 0xFF;
            let entry = (key & TAG) | t << 8 | u64::from(class);
            if entry != 0 {
                table.insert(key, entry);
            }
        }
        table
    }

    fn insert(&mut self, key: u64, entry: u64) {
        // usize is at least 32 bits: the low bits of the key pick the bucket.
        let mut b = (key as usize) & self.mask;
        loop {
            for slot in &mut self.buckets[b].0 {
                if *slot == 0 {
                    *slot = entry;
                    return;
                }
            }
            b = (b + 1) & self.mask;
        }
    }

    fn get(&self, key: u64) -> Option<(u8, u32)> {
        let tag = key & TAG;
        let mut b = (key as usize) & self.mask;
        loop {
            for &e in &self.buckets[b].0 {
                if e == 0 {
                    return None;
                }
                if e & TAG == tag {
                    let t = usize::from((e >> 8) as u8);
                    return Some((e as u8, self.triggers.get(t).copied().unwrap_or(0)));
                }
            }
            b = (b + 1) & self.mask;
        }
    }

    /// Every word's class.
    fn values(&self) -> impl Iterator<Item = u8> + '_ {
        self.buckets
            .iter()
            .flat_map(|b| b.0)
            .filter(|e| *e != 0)
            .map(|e| e as u8)
    }
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

/// Languages and countries to keep, from the ISO lists (data/anonymise/make_iso_lists.py).
const KEEP_LANGUAGES: &str = include_str!("../../../data/anonymise/languages.txt");
const KEEP_COUNTRIES: &str = include_str!("../../../data/anonymise/countries.txt");

/// The longest phrase of the keep lists, in words.
pub const MAX_PHRASE_WORDS: usize = 4;

/// The lists, loaded on first use (a few milliseconds, once per process).
pub fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(|| {
        let places: HashSet<&'static str> =
            lines(include_str!("../../../data/anonymise/places.txt")).collect();
        let place_first_words: HashSet<&'static str> = places
            .iter()
            .filter(|p| p.contains(' '))
            .filter_map(|p| p.split(' ').next())
            .collect();
        let mut classes: rustc_hash::FxHashMap<u64, (u8, u32)> = rustc_hash::FxHashMap::default();
        classes.reserve(110_000);
        let lists: [(&'static str, u8); 8] = [
            (include_str!("../../../data/anonymise/words.txt"), WORD),
            (
                include_str!("../../../data/anonymise/forenames.txt"),
                FORENAME,
            ),
            (
                include_str!("../../../data/anonymise/forenames_extra.txt"),
                FORENAME,
            ),
            (
                include_str!("../../../data/anonymise/surnames.txt"),
                SURNAME,
            ),
            (include_str!("../../../data/anonymise/keep.txt"), KEEP),
            (include_str!("../../../data/anonymise/places.txt"), PLACE),
            (KEEP_LANGUAGES, KEEP),
            (KEEP_COUNTRIES, KEEP),
        ];
        for (text, class) in lists {
            for w in lines(text) {
                classes.entry(key(w)).or_default().0 |= class;
            }
        }
        for w in &place_first_words {
            classes.entry(key(w)).or_default().0 |= PLACE_FIRST;
        }
        let keep = include_str!("../../../data/anonymise/keep.txt");
        // Phrases of two to four words ("tommee tippee", "language line", "cylch ti a fi"); a
        // word written with 's in a phrase must be the possessive ("dr brown's" of the bottles,
        // not Dr Brown).
        let keep_phrases: HashSet<&'static str> = lines(keep)
            .chain(lines(KEEP_LANGUAGES))
            .chain(lines(KEEP_COUNTRIES))
            .filter(|l| (2..=MAX_PHRASE_WORDS).contains(&l.split(' ').count()))
            .collect();
        let keep_phrase_starts: HashSet<&'static str> = keep_phrases
            .iter()
            .flat_map(|p| p.match_indices(' ').skip(1).map(|(at, _)| &p[..at]))
            .collect();
        for p in &keep_phrases {
            if let Some(first) = p.split(' ').next() {
                let first = first.strip_suffix("'s").unwrap_or(first);
                classes.entry(key(first)).or_default().0 |= KEEP_FIRST;
            }
        }
        for w in lines(keep).filter_map(|l| l.strip_suffix("'s")) {
            classes.entry(key(w)).or_default().0 |= KEEP_POSSESSIVE;
        }
        for (w, flags) in super::triggers::trigger_list() {
            classes.entry(key(w)).or_default().1 |= flags;
        }
        Lexicon {
            classes: WordTable::new(&classes),
            places,
            place_first_words,
            keep_phrases,
            keep_phrase_starts,
            countries_also_names: lines(include_str!(
                "../../../data/anonymise/countries_also_names.txt"
            ))
            .collect(),
            languages: lines(KEEP_LANGUAGES).collect(),
            postcode_areas: lines(include_str!("../../../data/anonymise/postcode_areas.txt"))
                .flat_map(str::split_whitespace)
                .collect(),
            nicknames: parse_nicknames(include_str!("../../../data/anonymise/nicknames.toml")),
        }
    })
}

/// A 64-bit FNV-1a hash of a word: with about 100,000 words, the chance that two collide is
/// about one in a billion.
pub fn key(word: &str) -> u64 {
    keys(word).0
}

/// [`key`] of a word and of the word without its last byte (FNV-1a reads a word from the left,
/// so the second comes free): the tokeniser hashes each word once for the lexicon's plural
/// rule and the household matcher.
pub fn keys(word: &str) -> (u64, u64) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut before_last = h;
    for b in word.bytes() {
        before_last = h;
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h, before_last)
}

impl Lexicon {
    /// What a word (lower case) is: a mix of [`WORD`], [`FORENAME`], [`SURNAME`], [`KEEP`] and
    /// [`PLACE`]; a plural of an ordinary word counts as a word, of a word to keep as one to keep.
    pub fn class(&self, lower: &str) -> u8 {
        let (k, stem) = keys(lower);
        self.look_up(lower, k, stem).0
    }

    /// The kinds of identifier a word (lower case) may introduce ("nhs", "dob", "road").
    pub fn triggers(&self, lower: &str) -> u32 {
        self.classes.get(key(lower)).map_or(0, |e| e.1)
    }

    /// [`Lexicon::class`] with the word's [`keys`] already worked out, and the kinds of
    /// identifier the word may introduce.
    pub fn look_up(&self, lower: &str, key: u64, stem_key: u64) -> (u8, u32) {
        let (c, triggers) = self.classes.get(key).unwrap_or_default();
        if lower.len() > 3 && lower.ends_with('s') {
            // A plural is what its singular is: an ordinary word, or a word to keep ("Mondays").
            let inherit = self
                .classes
                .get(stem_key)
                .map_or(0, |s| s.0 & (WORD | KEEP))
                & !c;
            if inherit != 0 {
                return (c | inherit, triggers);
            }
        }
        (c, triggers)
    }

    /// An ordinary English word (lower case given).
    pub fn is_word(&self, lower: &str) -> bool {
        self.class(lower) & WORD != 0
    }

    pub fn is_forename(&self, lower: &str) -> bool {
        self.classes
            .get(key(lower))
            .is_some_and(|c| c.0 & FORENAME != 0)
    }

    pub fn is_surname(&self, lower: &str) -> bool {
        self.classes
            .get(key(lower))
            .is_some_and(|c| c.0 & SURNAME != 0)
    }

    pub fn is_keep(&self, lower: &str) -> bool {
        self.classes
            .get(key(lower))
            .is_some_and(|c| c.0 & KEEP != 0)
    }

    /// How many forenames, surnames and words the lists hold.
    pub fn counts(&self) -> (usize, usize, usize) {
        let n = |bit: u8| self.classes.values().filter(|c| c & bit != 0).count();
        (n(FORENAME), n(SURNAME), n(WORD))
    }

    /// A forename that is not also an ordinary word or a word to keep.
    pub fn is_clear_forename(&self, lower: &str) -> bool {
        self.class(lower) & (FORENAME | WORD | KEEP) == FORENAME
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_load_and_hold_what_they_should() {
        let l = lexicon();
        let (forenames, surnames, words) = l.counts();
        assert!(forenames > 8000);
        assert!(surnames > 20000);
        assert!(words > 60000);
        for n in ["kayleigh", "siobhan", "mohammed", "dean", "jade"] {
            assert!(l.is_forename(n), "{n}");
        }
        for w in ["cot", "sofa", "cannabis", "hope", "will", "visitor"] {
            assert!(l.is_word(w), "{w}");
        }
        assert!(l.is_clear_forename("kayleigh"));
        assert!(!l.is_clear_forename("will"));
        assert!(l.is_keep("tuesday"));
        assert!(l.postcode_areas.contains("m") && l.postcode_areas.contains("sw"));
        assert!(l.places.contains("milton keynes"));
        assert!(l.place_first_words.contains("milton"));
        assert!(l.places.iter().all(|p| p.split(' ').count() <= 2));
    }

    #[test]
    fn every_trigger_word_comes_back_with_its_flags_and_class() {
        let l = lexicon();
        let mut expected: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
        for (w, f) in super::super::triggers::trigger_list() {
            *expected.entry(w).or_default() |= f;
        }
        for (w, f) in expected {
            let (k, stem) = keys(w);
            assert_eq!(l.look_up(w, k, stem).1, f, "{w}");
        }
        // A street word that is also an ordinary word keeps both.
        let (k, stem) = keys("close");
        let (class, triggers) = l.look_up("close", k, stem);
        assert!(class & WORD != 0 && triggers != 0);
        // A word in no list has neither.
        let (k, stem) = keys("qzxvbnq");
        assert_eq!(l.look_up("qzxvbnq", k, stem), (0, 0));
    }

    #[test]
    fn nicknames_work_both_ways() {
        let n = &lexicon().nicknames;
        assert!(n["daniel"].contains(&"danny".to_string()));
        assert!(n["danny"].contains(&"daniel".to_string()));
        assert!(n["danny"].contains(&"dan".to_string()));
        assert!(n["kayleigh"].contains(&"kay".to_string()));
        assert!(n["mohammed"].contains(&"mo".to_string()));
    }
}
