//! The session: where the store lives and how it is protected ([`Device`]), making it on first
//! run, unlocking it under the limit on wrong tries, locking it, changing its passphrase, and
//! erasing it to start again. The app keeps the unlocked store in a slot of its own and hands it
//! to these functions; the command line makes and opens stores through them too, so both do it
//! the same way.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use serde::Serialize;

use crate::keys::{self, KdfParams, StrengthRule};
use crate::secrets::SecretStore;
use crate::store::{LockoutPolicy, Protection, SCHEMA_VERSION, Store, StoreError, attempts};

/// Why a session use-case did not happen.
#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(SessionErrorKind), derive(strum::EnumIter))]
pub enum SessionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// "Set up again" while unlocked.
    #[error("lock Doorstep before erasing the data on this device")]
    LockFirst,
}

impl doorstep_core::facts::Explain for SessionError {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        match self {
            SessionError::Store(e) => e.facts(),
            SessionError::LockFirst => {
                doorstep_core::facts::ErrorFacts::detail("invalid", "lock_first")
            }
        }
    }
}

impl From<keys::Weakness> for SessionError {
    fn from(w: keys::Weakness) -> SessionError {
        SessionError::Store(StoreError::Weak(w))
    }
}

/// The store's file name in the data folder.
pub const DB_FILE: &str = "doorstep.db";

/// Where a device's store lives and what protects it: the data folder, the key derivation's
/// cost, the device's secret store and the limit on wrong tries.
#[derive(Debug, Clone)]
pub struct Device {
    data_dir: PathBuf,
    db: PathBuf,
    kdf: KdfParams,
    secrets: Arc<dyn SecretStore>,
    lockout: LockoutPolicy,
}

impl Device {
    /// The app's device: the store is [`DB_FILE`] in `data_dir`.
    pub fn new(data_dir: PathBuf, kdf: KdfParams, secrets: Arc<dyn SecretStore>) -> Device {
        Device {
            db: data_dir.join(DB_FILE),
            data_dir,
            kdf,
            secrets,
            lockout: LockoutPolicy::default(),
        }
    }

    /// A store at a file of any name (the command line's `--db`), protected as the app's is.
    pub fn for_file(db: PathBuf, kdf: KdfParams, secrets: Arc<dyn SecretStore>) -> Device {
        Device {
            data_dir: db.parent().unwrap_or(Path::new(".")).to_path_buf(),
            db,
            kdf,
            secrets,
            lockout: LockoutPolicy::default(),
        }
    }

    /// The app's data folder (the store, and the team's local pack beside it).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The store's file.
    pub fn db_path(&self) -> PathBuf {
        self.db.clone()
    }

    pub fn store_exists(&self) -> bool {
        Store::exists(&self.db_path())
    }

    /// How failed unlocks are limited.
    pub fn lockout(&self) -> &LockoutPolicy {
        &self.lockout
    }

    /// Whether this device has a secret store Doorstep can use (asked without storing
    /// anything: a lookup of an id that is never used).
    pub fn keychain_available(&self) -> bool {
        self.secrets.get("00000000000000000000000000000000").is_ok()
    }
}

/// What the app shows before and after unlocking.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct AppInfo {
    pub app_version: &'static str,
    pub content_version: String,
    pub content_hash: String,
    /// When the content was last reviewed against its sources (the oldest pack's review).
    pub content_reviewed_on: Option<chrono::NaiveDate>,
    /// How many of the content's sources were read at the source itself at their last check,
    /// and how many there are (the rest were read from copies, or not read: `content check`
    /// lists them).
    pub sources_read_at_source: u32,
    pub sources: u32,
    pub schema_version: u32,
    pub store_exists: bool,
    pub unlocked: bool,
    /// The passphrase rule's numbers (the UI words it).
    pub strength_rule: StrengthRule,
    pub auto_lock_minutes: u32,
}

/// The app's info now: its versions, whether a store exists and is unlocked.
pub fn info(device: &Device, unlocked: bool, auto_lock_minutes: u32) -> AppInfo {
    let content = super::content();
    AppInfo {
        app_version: env!("CARGO_PKG_VERSION"),
        content_version: content.version.clone(),
        content_hash: content.hash.clone(),
        content_reviewed_on: content.reviewed_on,
        sources: u32::try_from(content.sources.len()).unwrap_or(u32::MAX),
        sources_read_at_source: u32::try_from(
            content.sources.len() - content.not_read_at_the_source().len(),
        )
        .unwrap_or(u32::MAX),
        schema_version: SCHEMA_VERSION,
        store_exists: device.store_exists(),
        unlocked,
        strength_rule: keys::STRENGTH_RULE,
        auto_lock_minutes,
    }
}

/// What the set-up screen needs to say: whether the device's keychain will help protect the
/// data (then a PIN will do), and the rule for the passphrase.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct SetupInfo {
    /// Whether the device has a keychain (without one, the rule asks for a longer passphrase).
    pub keychain: bool,
    /// Wrong tries in a row that erase the data on this device (when the erase is on).
    pub erase_at: u32,
}

/// A passphrase set-up offers where the device has no keychain: five random words
/// ([`keys::suggest_passphrase`]), strong enough to protect the data alone.
pub fn suggest_passphrase() -> Result<String, StoreError> {
    Ok(keys::suggest_passphrase()?)
}

pub fn setup(device: &Device) -> SetupInfo {
    SetupInfo {
        keychain: device.keychain_available(),
        erase_at: device.lockout().erase_at,
    }
}

/// First run: makes the store with the chosen passphrase, bound to the device's secret store
/// where there is one, and opens it into `slot`. True if it is bound to the keychain.
pub fn create(
    device: &Device,
    slot: &mut Option<Store>,
    passphrase: &str,
) -> Result<bool, SessionError> {
    keys::check_strength(passphrase)?;
    let (store, protection) =
        Store::create_on_device(&device.db_path(), passphrase, device.kdf, &*device.secrets)?;
    opened(slot, store);
    Ok(matches!(protection, Protection::DeviceSecret { .. }))
}

/// Unlocks with the passphrase (the slow Argon2id step happens here), under the limit on
/// failed tries: too many in a row make the next wait, and ten erase the store.
pub fn unlock(
    device: &Device,
    slot: &mut Option<Store>,
    passphrase: &str,
    now: SystemTime,
) -> Result<(), StoreError> {
    let store = open(device, passphrase, now)?;
    opened(slot, store);
    Ok(())
}

/// Opens the store under the same limit on wrong tries as the app (the command line's way in).
pub fn open(device: &Device, passphrase: &str, now: SystemTime) -> Result<Store, StoreError> {
    attempts::open_limited(
        &device.db_path(),
        passphrase,
        &*device.secrets,
        &device.lockout,
        now,
    )
}

/// A store just opened: closed families past the retention period go first, before anything
/// can show them, and an earlier erase whose checkpoint was blocked is finished (a failure
/// keeps it pending for the lock and the next unlock, and the families screen says so; it must
/// not keep the practitioner out).
fn opened(slot: &mut Option<Store>, mut store: Store) {
    let _ = store.erase_closed(chrono::Local::now().date_naive());
    *slot = Some(store);
}

/// Locks: writes the WAL back and closes the store, which drops the key from memory. Whether
/// it was unlocked.
pub fn lock(slot: &mut Option<Store>) -> bool {
    match slot.take() {
        Some(store) => {
            // Best effort: a failed checkpoint leaves the WAL, which is encrypted too; a
            // pending erase stays marked and is retried at the next unlock.
            if store.finish_erase().is_ok() {
                let _ = store.checkpoint();
            }
            drop(store);
            true
        }
        None => false,
    }
}

/// Whether a closed family's erase has not yet reached the database file (the families screen
/// says so; it is retried at the lock and the next unlock).
pub fn erase_pending(store: &Store) -> Result<bool, StoreError> {
    store.erase_pending()
}

pub use crate::hardening::{WIPE_ON_FREE, WipeOnFree};

/// What the app and the command line do first, before any store is opened: core dumps off
/// ([`crate::hardening::no_core_dumps`]). What could not be done, if anything.
pub fn harden_process() -> Result<(), String> {
    crate::hardening::no_core_dumps()
}

/// Changes the passphrase after checking the current one (crash-atomic in the store). If the
/// new one is in force but the store could not be reopened, it is locked, so that the next
/// unlock (with the new one) finishes the change.
pub fn change_passphrase(
    device: &Device,
    slot: &mut Option<Store>,
    current: &str,
    new: &str,
    now: SystemTime,
) -> Result<(), SessionError> {
    keys::check_strength(new)?;
    let path = slot
        .as_ref()
        .ok_or(StoreError::Locked)?
        .path()
        .to_path_buf();
    // The slow check of the current passphrase, counted like an unlock (waits, the erase at
    // the limit): an unlocked app left on a desk must not be a free guessing oracle. A wrong
    // one changes nothing else.
    let secrets = &*device.secrets;
    attempts::counted(
        &path,
        secrets,
        &device.lockout,
        now,
        || Store::verify_passphrase(&path, current, secrets),
        || {
            lock(slot);
        },
    )?;
    let store = slot.as_mut().ok_or(StoreError::Locked)?;
    let changed = store.change_passphrase(new, device.kdf, &*device.secrets);
    if matches!(changed, Err(StoreError::Rekeyed)) {
        lock(slot);
    }
    Ok(changed?)
}

/// "Set up again": erases the store (the device secret first, then every file), for a store
/// that can no longer be opened here (its keychain was reset, or it came from another device)
/// or a forgotten passphrase. Locked only.
pub fn start_again(device: &Device, slot: &Option<Store>) -> Result<(), SessionError> {
    if slot.is_some() {
        return Err(SessionError::LockFirst);
    }
    Ok(Store::erase(&device.db_path(), &*device.secrets)?)
}

/// Whether the store is erased after too many failed unlocks.
pub fn erase_after_failures(device: &Device, store: &Store) -> bool {
    attempts::Attempts::load(store.path(), &*device.secrets).erase_enabled
}

/// Turns the erase after too many failed unlocks on or off (unlocked only).
pub fn set_erase_after_failures(
    device: &Device,
    store: &Store,
    on: bool,
) -> Result<bool, StoreError> {
    attempts::set_erase_enabled(store.path(), &*device.secrets, on)?;
    Ok(on)
}
