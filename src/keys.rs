//! Keys: the Argon2id key derived from the practitioner's PIN or passphrase, bound to the
//! device's own secret where the platform keeps one ([`store_key`]); the rules for a passphrase
//! strong enough to protect a lost device; and the two primitives every secret in Doorstep
//! (device and server) goes through: fresh random bytes and a constant-time comparison.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The store's key: 32 bytes, wiped from memory when dropped.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Key([u8; 32]);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

impl Key {
    /// The raw bytes.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// A value that shows whether a later derivation gives the same key, without revealing it:
    /// SHA-256 over a fixed label and the key.
    pub fn check_value(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"doorstep key check v1\0");
        h.update(self.0);
        h.finalize().into()
    }

    /// The SQLCipher raw-key literal, `x'..'`, wiped when dropped.
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        let mut hexed = Zeroizing::new(hex::encode(self.0));
        let lit = Zeroizing::new(format!("x'{}'", hexed.as_str()));
        hexed.zeroize();
        lit
    }
}

/// Argon2id parameters, kept in the store's header so that a store opens with the parameters
/// it was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost: u32,
    /// Iterations.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl KdfParams {
    /// The parameters for a practitioner's device: deliberately slow (a few hundred ms), so that
    /// guessing a PIN from a stolen file is expensive. Measured by `benches/core.rs`.
    pub const DEVICE: KdfParams = KdfParams {
        m_cost: 128 * 1024,
        t_cost: 3,
        p_cost: 1,
    };

    /// Cheap parameters for tests only: never use them for real data.
    pub const TESTING: KdfParams = KdfParams {
        m_cost: 256,
        t_cost: 1,
        p_cost: 1,
    };

    /// The smallest parameters a header may ask for (anything lower is a tampered header).
    pub const MINIMUM: KdfParams = KdfParams {
        m_cost: 256,
        t_cost: 1,
        p_cost: 1,
    };

    /// The largest parameters a header may ask for: what this app writes for a device
    /// ([`KdfParams::DEVICE`]). Nothing writes more, so a header asking for more has been
    /// tampered with (issue 33: 1 GiB and 10 passes made each counted try take 9.5 s, a way to
    /// wear out the practitioner's tries) and is refused before any derivation starts.
    pub const MAXIMUM: KdfParams = KdfParams::DEVICE;

    /// Whether the parameters are within the sane range.
    pub fn is_sane(&self) -> bool {
        (Self::MINIMUM.m_cost..=Self::MAXIMUM.m_cost).contains(&self.m_cost)
            && (Self::MINIMUM.t_cost..=Self::MAXIMUM.t_cost).contains(&self.t_cost)
            && (Self::MINIMUM.p_cost..=Self::MAXIMUM.p_cost).contains(&self.p_cost)
    }
}

/// Key derivation failed.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("the key derivation parameters are out of range")]
    BadParams,
    #[error("the key could not be derived")]
    Kdf,
    #[error("the system's random number source failed")]
    Random,
}

/// Derives the store key from a passphrase and the per-install salt with Argon2id.
pub fn derive_key(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<Key, KeyError> {
    if !params.is_sane() {
        return Err(KeyError::BadParams);
    }
    let p = Params::new(params.m_cost, params.t_cost, params.p_cost, Some(32))
        .map_err(|_| KeyError::BadParams)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut out = [0u8; 32];
    argon
        .hash_password_into(passphrase.as_bytes(), salt, &mut out)
        .map_err(|_| KeyError::Kdf)?;
    let key = Key(out);
    out.zeroize();
    Ok(key)
}

/// A 256-bit secret that never leaves the device: kept in the platform's secret store
/// (Secret Service, Keychain, Credential Manager, Android Keystore), wiped from memory when
/// dropped. Combined with the PIN-derived key, it makes a copy of the files useless without the
/// device.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DeviceSecret([u8; 32]);

impl std::fmt::Debug for DeviceSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceSecret(..)")
    }
}

impl DeviceSecret {
    /// A fresh secret from the operating system's random source.
    pub fn generate() -> Result<DeviceSecret, KeyError> {
        Ok(DeviceSecret(random_bytes()?))
    }

    /// The secret from its stored bytes; `None` unless exactly 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Option<DeviceSecret> {
        let arr: [u8; 32] = bytes.try_into().ok()?;
        Some(DeviceSecret(arr))
    }

    /// The raw bytes, for the secret store.
    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

/// The store key: Argon2id of the passphrase and salt, then, where the store is bound to the
/// device, HKDF-SHA256 over that key and the device secret (salted with the store's salt), so
/// that neither the PIN nor the device secret alone gives the key.
pub fn store_key(
    passphrase: &str,
    salt: &[u8],
    params: KdfParams,
    device: Option<&DeviceSecret>,
) -> Result<Key, KeyError> {
    let from_passphrase = derive_key(passphrase, salt, params)?;
    let Some(device) = device else {
        return Ok(from_passphrase);
    };
    let mut ikm = Zeroizing::new([0u8; 64]);
    ikm[..32].copy_from_slice(from_passphrase.bytes());
    ikm[32..].copy_from_slice(device.bytes());
    let hk = hkdf::Hkdf::<Sha256>::new(Some(salt), ikm.as_slice());
    let mut out = Zeroizing::new([0u8; 32]);
    hk.expand(
        b"doorstep store key v2: passphrase + device secret",
        out.as_mut_slice(),
    )
    .map_err(|_| KeyError::Kdf)?;
    Ok(Key(*out))
}

/// Fresh random bytes from the operating system ([`doorstep_core::secure::random_bytes`], shared
/// with the team server).
pub fn random_bytes<const N: usize>() -> Result<[u8; N], KeyError> {
    doorstep_core::secure::random_bytes().map_err(|_| KeyError::Random)
}

pub use doorstep_core::secure::constant_time_eq;

/// Minimum length of a PIN made of digits only.
pub const MIN_PIN_DIGITS: usize = 6;
/// Minimum length of a passphrase with other characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Why a passphrase or PIN is too weak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum Weakness {
    #[error("a PIN needs at least {MIN_PIN_DIGITS} digits")]
    PinTooShort,
    #[error("a passphrase needs at least {MIN_PASSPHRASE_CHARS} characters")]
    PassphraseTooShort,
    #[error("a PIN of one repeated digit, or digits in a row (like 123456), is too easy to guess")]
    PinGuessable,
    #[error("the passphrase begins or ends with a space")]
    Whitespace,
    #[error(
        "this device has no keychain to help protect your data, so a PIN is not enough: choose a \
         passphrase of at least {MIN_STANDALONE_CHARS} characters, such as four unrelated words"
    )]
    NeedsPassphrase,
    #[error(
        "this device has no keychain to help protect your data, and that passphrase would be \
         guessed too quickly if the device were lost: add more unrelated words"
    )]
    TooGuessableAlone,
}

/// Minimum length of a passphrase that must protect the data on its own (no device secret).
pub const MIN_STANDALONE_CHARS: usize = 12;

/// The least number of guesses (as a power of ten, estimated by zxcvbn) a passphrase that
/// protects the data on its own must need: 10^10 guesses at ~0.3 s each is about a century of
/// one processor's time.
pub const MIN_STANDALONE_GUESSES_LOG10: f64 = 10.0;

/// The numbers of the passphrase rule, for the UI to word in the language in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct StrengthRule {
    pub pin_digits: u32,
    pub passphrase_chars: u32,
    /// When the device has no keychain.
    pub standalone_chars: u32,
}

/// The numbers of the rule (the constants above).
pub const STRENGTH_RULE: StrengthRule = StrengthRule {
    pin_digits: MIN_PIN_DIGITS as u32,
    passphrase_chars: MIN_PASSPHRASE_CHARS as u32,
    standalone_chars: MIN_STANDALONE_CHARS as u32,
};

impl doorstep_core::facts::Explain for Weakness {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        doorstep_core::facts::ErrorFacts {
            weakness: Some(self.code()),
            ..doorstep_core::facts::ErrorFacts::code("weak_passphrase")
        }
    }
}

impl Weakness {
    /// A stable name for the UI's catalogue.
    pub fn code(&self) -> &'static str {
        match self {
            Weakness::PinTooShort => "pin_too_short",
            Weakness::PassphraseTooShort => "passphrase_too_short",
            Weakness::PinGuessable => "pin_guessable",
            Weakness::Whitespace => "whitespace",
            Weakness::NeedsPassphrase => "needs_passphrase",
            Weakness::TooGuessableAlone => "too_guessable_alone",
        }
    }
}

/// The rule in English (the command line; the app words it from [`STRENGTH_RULE`]).
pub fn strength_rule() -> String {
    format!(
        "At least {MIN_PIN_DIGITS} digits for a PIN (not one repeated digit or a run like 123456), \
         or at least {MIN_PASSPHRASE_CHARS} characters for a passphrase."
    )
}

/// Checks a passphrase that must protect the store on its own, where no device secret can be
/// kept: no PINs, at least [`MIN_STANDALONE_CHARS`] characters, and an estimated
/// [`MIN_STANDALONE_GUESSES_LOG10`] guesses or more (zxcvbn's estimate).
pub fn check_standalone_strength(passphrase: &str) -> Result<(), Weakness> {
    check_strength(passphrase)?;
    // What is left once separators are taken out: "583920 583920" and "1234-5678-9012" are PINs
    // with spaces or dashes, found as fast as the PIN.
    let letters_and_digits: String = passphrase
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if letters_and_digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(Weakness::NeedsPassphrase);
    }
    if passphrase.chars().count() < MIN_STANDALONE_CHARS {
        return Err(Weakness::NeedsPassphrase);
    }
    // A repeated half ("lanternotter lanternotter") is guessed as fast as the half.
    let chars: Vec<char> = letters_and_digits.chars().collect();
    let half = chars.len() / 2;
    if chars.len().is_multiple_of(2) && chars[..half] == chars[half..] {
        return Err(Weakness::TooGuessableAlone);
    }
    // What is left once the app's own words are taken out must still be a passphrase:
    // "pin583920pin" and "doorstep-583920" are PINs, "org.doorstep.app" is nothing.
    let rest: String = passphrase
        .split(|c: char| !c.is_alphanumeric())
        .map(|w| without_domain_words(&w.to_lowercase()))
        .collect();
    if rest.chars().count() < MIN_PASSPHRASE_CHARS || rest.chars().all(|c| c.is_ascii_digit()) {
        return Err(Weakness::TooGuessableAlone);
    }
    // The words an attacker tries first against this app: its name, its users' roles, the
    // organisations that deploy it, "pin".
    let estimate = zxcvbn::zxcvbn(passphrase, DOMAIN_WORDS);
    if estimate.guesses_log10() < MIN_STANDALONE_GUESSES_LOG10 {
        return Err(Weakness::TooGuessableAlone);
    }
    Ok(())
}

/// A word with the app's words taken off it where they only wrap digits or each other
/// ("pin583920pin" is "583920", "doorstephealthvisitor" is ""), never out of a real word
/// ("apple" stays "apple").
fn without_domain_words(word: &str) -> String {
    if word.is_empty() || DOMAIN_WORDS.contains(&word) {
        return String::new();
    }
    let bare = |rest: &str| {
        let r = without_domain_words(rest);
        (r.is_empty() || r.chars().all(|c| c.is_ascii_digit())).then_some(r)
    };
    for w in DOMAIN_WORDS {
        if let Some(r) = word.strip_prefix(w).and_then(bare) {
            return r;
        }
        if let Some(r) = word.strip_suffix(w).and_then(bare) {
            return r;
        }
    }
    word.to_string()
}

/// How many words a suggested passphrase has: five from the EFF's long list of 7,776 is about
/// 64.6 bits (at 0.3 s a guess, far beyond any offline search).
pub const SUGGESTED_WORDS: usize = 5;

/// A passphrase for a device without a keychain, which set-up offers: [`SUGGESTED_WORDS`]
/// different words drawn uniformly at random (rejection sampling over the operating system's
/// random numbers) from the EFF's long word list, the app's own words left out.
pub fn suggest_passphrase() -> Result<String, KeyError> {
    let list = diceware_wordlists::Wordlist::EffLong.get_list();
    let n = u32::try_from(list.len()).map_err(|_| KeyError::Random)?;
    // The largest multiple of n below 2^32: values at or above it would favour the first words.
    let limit = u32::MAX - u32::MAX % n;
    let mut words: Vec<&str> = Vec::with_capacity(SUGGESTED_WORDS);
    while words.len() < SUGGESTED_WORDS {
        let r = u32::from_le_bytes(random_bytes::<4>()?);
        if r >= limit {
            continue;
        }
        let Some(&word) = list.get((r % n) as usize) else {
            continue;
        };
        if DOMAIN_WORDS.contains(&word) || words.contains(&word) {
            continue;
        }
        words.push(word);
    }
    Ok(words.join(" "))
}

/// The words an attacker who knows the app tries first; zxcvbn counts each as one guess.
pub const DOMAIN_WORDS: &[&str] = &[
    "doorstep",
    "org",
    "app",
    "pin",
    "passphrase",
    "password",
    "health",
    "visitor",
    "healthvisitor",
    "social",
    "worker",
    "socialworker",
    "nurse",
    "midwife",
    "practitioner",
    "supervisor",
    "safeguarding",
    "baby",
    "family",
    "visit",
    "nhs",
    "council",
    "team",
    "tablet",
    "phone",
];

/// Checks a new PIN or passphrase against the minimum strength.
pub fn check_strength(passphrase: &str) -> Result<(), Weakness> {
    if passphrase.trim() != passphrase {
        return Err(Weakness::Whitespace);
    }
    let digits: Vec<u32> = passphrase.chars().filter_map(|c| c.to_digit(10)).collect();
    let all_digits = !passphrase.is_empty() && digits.len() == passphrase.chars().count();
    if all_digits {
        if digits.len() < MIN_PIN_DIGITS {
            return Err(Weakness::PinTooShort);
        }
        let same = digits.windows(2).all(|w| w[0] == w[1]);
        let up = digits.windows(2).all(|w| w[1] == (w[0] + 1) % 10);
        let down = digits.windows(2).all(|w| w[0] == (w[1] + 1) % 10);
        if same || up || down {
            return Err(Weakness::PinGuessable);
        }
        return Ok(());
    }
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Weakness::PassphraseTooShort);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_rules() {
        assert_eq!(check_strength("12345"), Err(Weakness::PinTooShort));
        assert_eq!(check_strength("123456"), Err(Weakness::PinGuessable));
        assert_eq!(check_strength("654321"), Err(Weakness::PinGuessable));
        assert_eq!(check_strength("000000"), Err(Weakness::PinGuessable));
        assert_eq!(check_strength("890123"), Err(Weakness::PinGuessable));
        assert_eq!(check_strength("583920"), Ok(()));
        assert_eq!(check_strength("short"), Err(Weakness::PassphraseTooShort));
        assert_eq!(check_strength(" padded pass "), Err(Weakness::Whitespace));
        assert_eq!(check_strength("kettle-harbour"), Ok(()));
    }

    #[test]
    fn same_inputs_same_key_and_different_salt_different_key() {
        let a = derive_key("583920", b"0123456789abcdef", KdfParams::TESTING).unwrap();
        let b = derive_key("583920", b"0123456789abcdef", KdfParams::TESTING).unwrap();
        let c = derive_key("583920", b"fedcba9876543210", KdfParams::TESTING).unwrap();
        let d = derive_key("583921", b"0123456789abcdef", KdfParams::TESTING).unwrap();
        assert_eq!(a.bytes(), b.bytes());
        assert_ne!(a.bytes(), c.bytes());
        assert_ne!(a.bytes(), d.bytes());
        assert_eq!(a.check_value(), b.check_value());
        assert_ne!(a.check_value(), *a.bytes());
    }

    #[test]
    fn params_out_of_range_are_refused() {
        let tiny = KdfParams {
            m_cost: 8,
            t_cost: 1,
            p_cost: 1,
        };
        assert!(matches!(
            derive_key("583920", b"0123456789abcdef", tiny),
            Err(KeyError::BadParams)
        ));
    }

    #[test]
    fn without_a_device_secret_only_a_strong_passphrase_will_do() {
        assert_eq!(
            check_standalone_strength("583920"),
            Err(Weakness::NeedsPassphrase)
        );
        assert_eq!(
            check_standalone_strength("58392047561938"),
            Err(Weakness::NeedsPassphrase)
        );
        assert_eq!(
            check_standalone_strength("kettle-harbour"),
            Err(Weakness::TooGuessableAlone)
        );
        assert_eq!(
            check_standalone_strength("password1234"),
            Err(Weakness::TooGuessableAlone)
        );
        assert_eq!(
            check_standalone_strength("lantern otter quarry meadow"),
            Ok(())
        );
    }

    #[test]
    fn a_suggested_passphrase_is_five_different_words_that_stand_alone() {
        let mut seen = std::collections::HashSet::new();
        for _ in 0..300 {
            let p = suggest_passphrase().unwrap();
            let words: Vec<&str> = p.split(' ').collect();
            assert_eq!(words.len(), SUGGESTED_WORDS, "{p}");
            let distinct: std::collections::HashSet<_> = words.iter().collect();
            assert_eq!(distinct.len(), SUGGESTED_WORDS, "{p}");
            assert!(words.iter().all(|w| !DOMAIN_WORDS.contains(w)), "{p}");
            assert_eq!(check_standalone_strength(&p), Ok(()), "{p}");
            assert!(seen.insert(p), "the same suggestion twice in 300");
        }
    }

    #[test]
    fn a_pin_in_disguise_a_repeated_half_or_the_apps_own_words_are_refused() {
        // The attack's examples (issue 33): each was accepted before.
        for weak in [
            "583920 583920",
            "583920.583920",
            "1234-5678-9012",
            "pin583920pin",
            "doorstep-583920",
            "org.doorstep.app",
            "doorstephealthvisitor",
        ] {
            assert!(check_standalone_strength(weak).is_err(), "{weak} accepted");
        }
        // The class, on values made fresh: any PIN of 6 to 12 digits with any separators, any
        // repeated pair of words, any of the app's words around a PIN.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let words = [
            "lantern", "otter", "quarry", "meadow", "copper", "thistle", "harbour",
        ];
        for _ in 0..300 {
            let digits: String = (0..6 + next() % 7)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            let sep = [" ", "-", ".", "_", "/", ""][(next() % 6) as usize];
            let spaced: Vec<String> = digits
                .as_bytes()
                .chunks(1 + (next() % 4) as usize)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            let pin = spaced.join(sep);
            assert!(check_standalone_strength(&pin).is_err(), "{pin}");
            let w1 = words[(next() % 7) as usize];
            let w2 = words[(next() % 7) as usize];
            let twice = format!("{w1}{w2}{sep}{w1}{w2}");
            assert!(check_standalone_strength(&twice).is_err(), "{twice}");
            let word = DOMAIN_WORDS[(next() % DOMAIN_WORDS.len() as u64) as usize];
            let dressed = format!("{word}{sep}{}", &digits[..6]);
            assert!(check_standalone_strength(&dressed).is_err(), "{dressed}");
        }
        // Unrelated words still do, and a word that only starts like one of the app's.
        assert_eq!(
            check_standalone_strength("copper thistle quarry otter"),
            Ok(())
        );
        assert_eq!(
            check_standalone_strength("apple pinecone organic teams"),
            Ok(())
        );
    }

    #[test]
    fn the_device_secret_changes_the_key_and_neither_half_alone_gives_it() {
        let salt = b"0123456789abcdef";
        let s1 = DeviceSecret::from_bytes(&[7u8; 32]).unwrap();
        let s2 = DeviceSecret::from_bytes(&[8u8; 32]).unwrap();
        let plain = store_key("583920", salt, KdfParams::TESTING, None).unwrap();
        let bound = store_key("583920", salt, KdfParams::TESTING, Some(&s1)).unwrap();
        let again = store_key("583920", salt, KdfParams::TESTING, Some(&s1)).unwrap();
        let other = store_key("583920", salt, KdfParams::TESTING, Some(&s2)).unwrap();
        assert_eq!(bound.bytes(), again.bytes());
        assert_ne!(bound.bytes(), plain.bytes());
        assert_ne!(bound.bytes(), other.bytes());
        assert_ne!(bound.bytes(), s1.bytes());
        assert!(DeviceSecret::from_bytes(&[0u8; 31]).is_none());
        assert_eq!(format!("{s1:?}"), "DeviceSecret(..)");
    }

    #[test]
    fn a_phone_sized_ceiling_is_enforced() {
        // Anything more than the app writes for a device: memory, passes or lanes.
        for tampered in [
            KdfParams {
                m_cost: 128 * 1024 + 1,
                ..KdfParams::DEVICE
            },
            KdfParams {
                t_cost: 4,
                ..KdfParams::DEVICE
            },
            KdfParams {
                p_cost: 2,
                ..KdfParams::DEVICE
            },
            KdfParams {
                m_cost: 1024 * 1024,
                t_cost: 10,
                p_cost: 4,
            },
        ] {
            assert!(!tampered.is_sane(), "{tampered:?}");
        }
        assert!(KdfParams::DEVICE.is_sane());
    }

    #[test]
    fn debug_does_not_print_the_key() {
        let k = derive_key("583920", b"0123456789abcdef", KdfParams::TESTING).unwrap();
        assert_eq!(format!("{k:?}"), "Key(..)");
    }
}
