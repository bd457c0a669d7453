//! Limited unlock attempts. Failed unlocks are counted in a file beside the store
//! (`<db>.attempts`, owner-only, made with the store), so that restarting the app does not
//! reset them, and, for a store bound to the device, also in the device's secret store: the
//! more cautious of the two counts (editing, deleting or rolling back the file cannot lower the
//! count or turn the erase off). A missing or unreadable file beside an existing store counts
//! as [`LockoutPolicy::wait_from`] failures. The count is raised *before* the slow key
//! derivation and put back only when the passphrase is right, so that killing the app mid-try
//! does not give a free guess; a lock across processes (`<db>.lock`) makes tries one at a time.
//!
//! After [`LockoutPolicy::wait_from`] failures the next try must wait (growing: 30 s, 1 min,
//! 5 min, 15 min), and after [`LockoutPolicy::erase_at`] consecutive failures the store is
//! erased ([`Store::erase`]: the device secret first, then the files), unless the team has
//! turned the erase off. Waits use the wall clock, which a device cannot stop by sleeping.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::header::{Header, Protection};
use super::{Store, StoreError, files};
use crate::secrets::SecretStore;

/// How failed unlocks are limited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// The wait after the n-th consecutive failure, from [`LockoutPolicy::wait_from`] on.
    pub waits: Vec<Duration>,
    /// Failures allowed before the first wait.
    pub wait_from: u32,
    /// Consecutive failures that erase the store (when erasing is on).
    pub erase_at: u32,
    /// From this many failures on, a wrong try says how many remain (from the first: the
    /// practitioner knows where they stand before the erase comes near).
    pub warn_from: u32,
}

impl Default for LockoutPolicy {
    fn default() -> LockoutPolicy {
        LockoutPolicy {
            waits: [30, 60, 300, 900]
                .into_iter()
                .map(Duration::from_secs)
                .collect(),
            wait_from: 5,
            erase_at: 10,
            warn_from: 1,
        }
    }
}

impl LockoutPolicy {
    /// The wait before the next try after `failures` consecutive failures.
    pub fn wait_after(&self, failures: u32) -> Duration {
        if failures < self.wait_from {
            return Duration::ZERO;
        }
        let i = (failures - self.wait_from) as usize;
        self.waits
            .get(i)
            .or(self.waits.last())
            .copied()
            .unwrap_or(Duration::ZERO)
    }
}

/// The count kept beside the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempts {
    /// Consecutive failed unlocks (a try under way counts as failed until it succeeds).
    pub failures: u32,
    /// When the last failure was counted (seconds since 1970, wall clock).
    pub last_failure: Option<u64>,
    /// Whether the store is erased after too many failures (on unless the team turned it off).
    #[serde(default = "yes")]
    pub erase_enabled: bool,
}

fn yes() -> bool {
    true
}

fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Attempts {
    fn path_for(db: &Path) -> PathBuf {
        files::sidecar(db, ".attempts")
    }

    /// The count kept when nothing trustworthy says otherwise: five failures (the next wrong
    /// try waits), erase on.
    fn cautious() -> Attempts {
        Attempts {
            failures: LockoutPolicy::default().wait_from,
            last_failure: None,
            erase_enabled: true,
        }
    }

    /// The more cautious of two counts: the higher count, the later failure, and the erase on
    /// if either says so.
    fn most_cautious(self, other: Attempts) -> Attempts {
        Attempts {
            failures: self.failures.max(other.failures),
            last_failure: self.last_failure.max(other.last_failure),
            erase_enabled: self.erase_enabled || other.erase_enabled,
        }
    }

    /// The count for the store at `db`: the more cautious of its file and, for a store bound to
    /// the device, its copy in `secrets`. No store yet: zero, erase on. A file that is missing
    /// beside the store's header, cannot be read (a folder or a pipe in its place) or cannot be
    /// parsed counts as five failures, erase on: damaging or deleting it does not reset the
    /// count, and the next wrong try waits.
    pub fn load(db: &Path, secrets: &dyn SecretStore) -> Attempts {
        let file = match files::read_plain(&Attempts::path_for(db)) {
            Ok(Some(bytes)) => {
                serde_json::from_slice(&bytes).unwrap_or_else(|_| Attempts::cautious())
            }
            Ok(None) if Header::path_for(db).exists() => Attempts::cautious(),
            Ok(None) => Attempts::default_on(),
            Err(_) => Attempts::cautious(),
        };
        // A bound store's copy is made with it: one missing or damaged counts as the cautious
        // count. A keychain that cannot be reached leaves the file's count (the unlock itself
        // then fails for a bound store, and is not counted).
        match note_id(db).map(|id| secrets.get_note(&id)) {
            Some(Ok(Some(bytes))) => file.most_cautious(
                serde_json::from_slice(&bytes).unwrap_or_else(|_| Attempts::cautious()),
            ),
            Some(Ok(None)) => file.most_cautious(Attempts::cautious()),
            _ => file,
        }
    }

    fn default_on() -> Attempts {
        Attempts {
            failures: 0,
            last_failure: None,
            erase_enabled: true,
        }
    }

    /// Writes the count durably (temporary file, synced, renamed over) and, for a store bound
    /// to the device, its copy in `secrets` (best effort: an unreachable keychain keeps the
    /// file's count, which is raised before every try).
    pub fn save(&self, db: &Path, secrets: &dyn SecretStore) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(self).map_err(|_| StoreError::BadRecord("attempts"))?;
        files::write_atomic(db, ".attempts", &bytes)?;
        if let Some(id) = note_id(db) {
            let _ = secrets.put_note(&id, &bytes);
        }
        Ok(())
    }

    /// Writes the count in both places, failing if the secret store's copy cannot be written
    /// (a setting the practitioner changes must take effect in both, or it would not count).
    fn save_both(&self, db: &Path, secrets: &dyn SecretStore) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec(self).map_err(|_| StoreError::BadRecord("attempts"))?;
        files::write_atomic(db, ".attempts", &bytes)?;
        if let Some(id) = note_id(db) {
            secrets
                .put_note(&id, &bytes)
                .map_err(StoreError::Keychain)?;
        }
        Ok(())
    }

    /// The count of a store just made (no failures, erase on), in its file and, for a store
    /// bound to the device, in `secrets`.
    pub(crate) fn start(db: &Path, secrets: &dyn SecretStore) -> Result<(), StoreError> {
        Attempts::default_on().save_both(db, secrets)
    }

    /// How long before the next try is allowed, at `now`.
    pub fn wait_left(&self, policy: &LockoutPolicy, now: SystemTime) -> Duration {
        let wait = policy.wait_after(self.failures);
        match self.last_failure {
            Some(last) if !wait.is_zero() => {
                let until = last.saturating_add(wait.as_secs());
                // A clock set back counts from now, never longer than the wait itself.
                Duration::from_secs(until.saturating_sub(unix(now)).min(wait.as_secs()))
            }
            _ => Duration::ZERO,
        }
    }

    /// Tries left before the erase, once the screen should warn of it (from
    /// [`LockoutPolicy::warn_from`] failures, and only if the erase is on).
    pub fn warning(&self, policy: &LockoutPolicy) -> Option<u32> {
        self.tries_left(policy)
            .filter(|_| self.failures >= policy.warn_from)
    }

    /// Tries left before the erase, if the erase is on.
    pub fn tries_left(&self, policy: &LockoutPolicy) -> Option<u32> {
        self.erase_enabled
            .then(|| policy.erase_at.saturating_sub(self.failures))
    }
}

/// Unlocks the store at `db` under the lockout policy: refuses a try that comes too soon,
/// counts the try before deriving the key, resets the count on success, and erases the store
/// after too many consecutive failures (if erasing is on).
pub fn open_limited(
    db: &Path,
    passphrase: &str,
    secrets: &dyn SecretStore,
    policy: &LockoutPolicy,
    now: SystemTime,
) -> Result<Store, StoreError> {
    counted(
        db,
        secrets,
        policy,
        now,
        || Store::open_on_device(db, passphrase, secrets),
        || {},
    )
}

/// One try of a passphrase against the store at `db` (`attempt`: an unlock, or the check of the
/// current passphrase before a change), under the lockout policy: refused when it comes too
/// soon, counted before it runs, the count reset when it succeeds, and the store erased after
/// too many consecutive failures (if erasing is on; `before_erase` closes an open store first).
pub fn counted<T>(
    db: &Path,
    secrets: &dyn SecretStore,
    policy: &LockoutPolicy,
    now: SystemTime,
    attempt: impl FnOnce() -> Result<T, StoreError>,
    before_erase: impl FnOnce(),
) -> Result<T, StoreError> {
    if !Store::exists(db) {
        return Err(StoreError::NotFound);
    }
    // One try at a time across processes: two processes trying together would both read the
    // same count.
    let _lock = files::TryLock::take(db)?;
    let mut attempts = Attempts::load(db, secrets);
    if attempts.last_failure.is_some_and(|t| t > unix(now)) {
        // The clock was set back since the last failure: the wait counts from now, not from a
        // time in the future.
        attempts.last_failure = Some(unix(now));
        attempts.save(db, secrets)?;
    }
    let wait = attempts.wait_left(policy, now);
    if !wait.is_zero() {
        return Err(StoreError::TryLater {
            wait_seconds: wait.as_secs().max(1),
            tries_left: attempts.warning(policy),
        });
    }
    let before = attempts.clone();
    attempts.failures = attempts.failures.saturating_add(1);
    attempts.last_failure = Some(unix(now));
    attempts.save(db, secrets)?;
    match attempt() {
        Ok(done) => {
            Attempts {
                failures: 0,
                last_failure: None,
                erase_enabled: before.erase_enabled,
            }
            .save(db, secrets)?;
            Ok(done)
        }
        Err(StoreError::WrongPassphrase) => {
            if attempts.erase_enabled && attempts.failures >= policy.erase_at {
                before_erase();
                Store::erase(db, secrets)?;
                return Err(StoreError::Erased);
            }
            let wait_seconds = policy.wait_after(attempts.failures).as_secs();
            match attempts.tries_left(policy) {
                Some(left) if attempts.failures >= policy.warn_from => {
                    Err(StoreError::WrongWithTriesLeft {
                        tries_left: left,
                        wait_seconds,
                    })
                }
                _ if wait_seconds > 0 => Err(StoreError::TryLater {
                    wait_seconds,
                    tries_left: attempts.warning(policy),
                }),
                _ => Err(StoreError::WrongPassphrase),
            }
        }
        Err(other) => {
            // Not a wrong guess (damaged file, keychain unavailable): put the count back.
            before.save(db, secrets)?;
            Err(other)
        }
    }
}

/// Turns the erase after too many failures on or off (a team setting), in the file and in the
/// secret store's copy: turning it off takes effect only when both say so.
pub fn set_erase_enabled(db: &Path, secrets: &dyn SecretStore, on: bool) -> Result<(), StoreError> {
    let _lock = files::TryLock::take(db)?;
    let mut a = Attempts::load(db, secrets);
    a.erase_enabled = on;
    a.save_both(db, secrets)
}

/// Where the secret store keeps the copy of the count of a store bound to the device (beside
/// its device secret); `None` for a store protected by the passphrase alone.
pub(crate) fn note_id(db: &Path) -> Option<String> {
    match Header::read(db) {
        Ok(Header {
            protection: Protection::DeviceSecret { id },
            ..
        }) => Some(note_id_for(&id)),
        _ => None,
    }
}

/// The secret store's name for the count of the store whose device secret is `id`.
pub(crate) fn note_id_for(id: &str) -> String {
    format!("{id}.attempts")
}
