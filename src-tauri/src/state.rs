//! The app's state: where the store lives, the device's secret store, the unlocked session (or
//! none), the limit on failed unlocks, and the idle clock that locks it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use doorstep::keys::{self, KdfParams};
use doorstep::secrets::SecretStore;
use doorstep::service::sharing::ShareError;
use doorstep::store::{LockoutPolicy, Protection, Store, StoreError, attempts};
use doorstep::sync::http::EnrolError;
use serde::Serialize;

/// The default minutes of inactivity before the app locks itself.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
/// The setting key for the auto-lock minutes (kept in the encrypted store).
pub const AUTO_LOCK_SETTING: &str = "auto_lock_minutes";

/// An error as the UI receives it: a stable code and a sentence saying what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct AppError {
    pub code: String,
    pub message: String,
    /// Seconds before the next unlock may be tried (after too many wrong tries).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_seconds: Option<u32>,
    /// Tries left before the data on this device is erased (a wrong passphrase or PIN).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// Why a passphrase is too weak ([`keys::Weakness::code`]).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weakness: Option<String>,
    /// What exactly is wrong, under the code (`household.empty_member_name` under `invalid`,
    /// `bad_code` under `enrol`): the app words `error.<code>.<detail>`.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<&'static str>,
    /// The numbers the detail names (a length limit is `max`; a range is `min` to `max`).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> AppError {
        AppError {
            code: code.to_string(),
            message: message.into(),
            wait_seconds: None,
            tries_left: None,
            weakness: None,
            detail: None,
            min: None,
            max: None,
        }
    }

    /// With what exactly is wrong ([`AppError::detail`]), if anything more than the code.
    pub fn with_detail(mut self, detail: Option<&'static str>) -> AppError {
        self.detail = detail;
        self
    }

    /// With the numbers the detail names.
    pub fn with_range(mut self, min: Option<usize>, max: Option<usize>) -> AppError {
        let n = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        self.min = min.map(n);
        self.max = max.map(n);
        self
    }

    pub fn locked() -> AppError {
        AppError::new(
            "locked",
            "Doorstep is locked. Unlock it with your passphrase or PIN.",
        )
    }

    /// "Set up again" was asked for while unlocked.
    pub fn lock_first() -> AppError {
        AppError::new(
            "invalid",
            "Lock Doorstep before erasing the data on this device.",
        )
        .with_detail(Some("lock_first"))
    }

    /// An auto-lock time outside 1 to 60 minutes.
    pub fn auto_lock_out_of_range() -> AppError {
        AppError::new(
            "invalid",
            "Choose between 1 and 60 minutes before Doorstep locks itself.",
        )
        .with_detail(Some("auto_lock"))
        .with_range(Some(1), Some(60))
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        let wait = |s: u64| u32::try_from(s).unwrap_or(u32::MAX);
        let (message, wait_seconds) = match &e {
            StoreError::WrongPassphrase => (
                "That passphrase or PIN is not right. Try again.".to_string(),
                None,
            ),
            StoreError::WrongWithTriesLeft {
                tries_left,
                wait_seconds,
            } => (
                format!(
                    "That passphrase or PIN is not right. {}{} left: after that, the data on \
                     this device is erased.",
                    if *wait_seconds > 0 {
                        "Wait before trying again. "
                    } else {
                        ""
                    },
                    plural(*tries_left, "try", "tries")
                ),
                (*wait_seconds > 0).then(|| wait(*wait_seconds)),
            ),
            StoreError::TryLater {
                wait_seconds,
                tries_left,
            } => (
                match tries_left {
                    Some(left) => format!(
                        "Too many wrong tries. Wait before trying again. {} left before the \
                         data on this device is erased.",
                        plural(*left, "try", "tries")
                    ),
                    None => "Too many wrong tries. Wait before trying again.".to_string(),
                },
                Some(wait(*wait_seconds)),
            ),
            StoreError::Erased => (
                "After too many wrong tries, the data on this device has been erased. Set \
                 Doorstep up again; the record of truth is your organisation's system."
                    .to_string(),
                None,
            ),
            StoreError::OtherDevice => (
                "This data was locked to another device, or this device's keychain has been \
                 reset, so it cannot be opened here. Nobody can recover it: set Doorstep up \
                 again and carry on from your organisation's records."
                    .to_string(),
                None,
            ),
            StoreError::Keychain(_) => (
                format!(
                    "{e}. Sign in to this device as usual (so that its keychain is open) and try again."
                ),
                None,
            ),
            StoreError::Weak(w) => (w.to_string(), None),
            // The rest: the core's words (for damaged data, a file or the database, the cause the
            // app shows its IT lead after its own words).
            _ => (e.to_string(), None),
        };
        let tries_left = match &e {
            StoreError::WrongWithTriesLeft { tries_left, .. } => Some(*tries_left),
            StoreError::TryLater { tries_left, .. } => *tries_left,
            _ => None,
        };
        let weakness = match &e {
            StoreError::Weak(w) => Some(w.code().to_string()),
            _ => None,
        };
        let (detail, min, max) = match &e {
            StoreError::Household(h) => (Some(h.code()), None, h.limit()),
            StoreError::Visit(v) => (Some(v.code()), None, v.limit()),
            StoreError::Reflection(r) => (Some(r.code()), None, r.limit()),
            StoreError::RetentionOutOfRange { min, max } => {
                (Some("retention"), Some(*min as usize), Some(*max as usize))
            }
            StoreError::BadName { code, limit, .. } => (Some(*code), None, *limit),
            _ => (None, None, None),
        };
        AppError {
            code: e.code().to_string(),
            message,
            wait_seconds,
            tries_left,
            weakness,
            ..AppError::new("", "")
        }
        .with_detail(detail)
        .with_range(min, max)
    }
}

impl From<ShareError> for AppError {
    fn from(e: ShareError) -> AppError {
        match e {
            ShareError::Store(e) => AppError::from(e),
            other => AppError::new("share", other.to_string()).with_detail(other.code()),
        }
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl From<EnrolError> for AppError {
    fn from(e: EnrolError) -> AppError {
        AppError::new("enrol", e.to_string()).with_detail(e.code())
    }
}

impl From<keys::Weakness> for AppError {
    fn from(w: keys::Weakness) -> AppError {
        AppError {
            weakness: Some(w.code().to_string()),
            ..AppError::new("weak_passphrase", format!("{w}. {}", keys::strength_rule()))
        }
    }
}

/// Shared by every command.
#[derive(Debug)]
pub struct AppState {
    data_dir: PathBuf,
    kdf: KdfParams,
    secrets: Arc<dyn SecretStore>,
    lockout: LockoutPolicy,
    session: Mutex<Option<Store>>,
    /// Whether `session` holds a store, readable without waiting for its lock (the window
    /// events ask on the main thread, which must never wait for a slow store call).
    unlocked: AtomicBool,
    /// One unlock at a time: tries made together would all read the same count of failures.
    unlocking: Mutex<()>,
    /// Wall-clock time of the last activity: unlike a monotonic clock it keeps counting while
    /// the device sleeps, so a laptop closed for an hour is locked when opened.
    last_activity: Mutex<SystemTime>,
    auto_lock: Mutex<Duration>,
    /// Wakes the sync thread ("Sync now", a new share, an unlock).
    sync_wake: (Mutex<bool>, Condvar),
    /// A sync run is under way (for the status line).
    syncing: Mutex<bool>,
}

fn guard<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock must not make the app unusable: take the data as it is.
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AppState {
    /// The state for a store in `data_dir`, with the device's secrets kept in `secrets`.
    pub fn new(data_dir: PathBuf, kdf: KdfParams, secrets: Arc<dyn SecretStore>) -> AppState {
        AppState {
            data_dir,
            kdf,
            secrets,
            lockout: LockoutPolicy::default(),
            session: Mutex::new(None),
            unlocked: AtomicBool::new(false),
            unlocking: Mutex::new(()),
            last_activity: Mutex::new(SystemTime::now()),
            auto_lock: Mutex::new(Duration::from_secs(
                u64::from(DEFAULT_AUTO_LOCK_MINUTES) * 60,
            )),
            sync_wake: (Mutex::new(false), Condvar::new()),
            syncing: Mutex::new(false),
        }
    }

    /// Asks the sync thread to run now.
    pub fn wake_sync(&self) {
        let (lock, cv) = &self.sync_wake;
        *guard(lock) = true;
        cv.notify_all();
    }

    /// Waits until woken or `timeout` passes; true if woken.
    pub fn wait_for_sync(&self, timeout: Duration) -> bool {
        let (lock, cv) = &self.sync_wake;
        let g = guard(lock);
        let (mut g, _) = cv
            .wait_timeout_while(g, timeout, |woken| !*woken)
            .unwrap_or_else(|p| p.into_inner());
        std::mem::replace(&mut *g, false)
    }

    pub fn set_syncing(&self, on: bool) {
        *guard(&self.syncing) = on;
    }

    pub fn is_syncing(&self) -> bool {
        *guard(&self.syncing)
    }

    /// The app's data folder (the store, and the team's local pack beside it).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// The store's file.
    pub fn db_path(&self) -> PathBuf {
        self.data_dir.join("doorstep.db")
    }

    pub fn store_exists(&self) -> bool {
        Store::exists(&self.db_path())
    }

    pub fn is_unlocked(&self) -> bool {
        self.unlocked.load(Ordering::SeqCst)
    }

    /// Notes activity, pushing back the auto-lock.
    pub fn touch(&self) {
        *guard(&self.last_activity) = SystemTime::now();
    }

    /// Runs `f` on the unlocked store, noting activity; `locked` if there is none.
    pub fn with_store<T, E>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, E>,
    ) -> Result<T, AppError>
    where
        AppError: From<E>,
    {
        let mut session = guard(&self.session);
        let store = session.as_mut().ok_or_else(AppError::locked)?;
        self.touch();
        f(store).map_err(AppError::from)
    }

    /// Like [`AppState::with_store`] for a share: the sync thread is woken to send it.
    pub fn share<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, ShareError>,
    ) -> Result<T, AppError> {
        let out = self.with_store(f)?;
        self.wake_sync();
        Ok(out)
    }

    /// Notes activity if unlocked; whether it is.
    pub fn touch_if_unlocked(&self) -> bool {
        let unlocked = self.is_unlocked();
        if unlocked {
            self.touch();
        }
        unlocked
    }

    /// "Sync now": wakes the sync thread (unlocked only).
    pub fn sync_now(&self) -> Result<(), AppError> {
        self.with_store(|_| Ok::<_, StoreError>(()))?;
        self.wake_sync();
        Ok(())
    }

    /// Joins the team: sends the one-time code (not holding the store while on the network),
    /// then keeps the server and the device token in the encrypted store. Returns the server's
    /// address as it will be used.
    pub fn enrol(&self, server_url: &str, code: &str, label: &str) -> Result<String, AppError> {
        self.with_store(|_| Ok::<_, StoreError>(()))?;
        let label = if label.trim().is_empty() {
            "Doorstep device"
        } else {
            label
        };
        let (base, resp) =
            doorstep::sync::http::enrol(server_url, code, label).map_err(AppError::from)?;
        self.with_store(|s| {
            s.set_sync_config(&doorstep::store::SyncConfig {
                server_url: base.clone(),
                device_id: resp.device_id,
                token: resp.token,
            })
        })?;
        self.wake_sync();
        Ok(base)
    }

    /// Whether this device has a secret store Doorstep can use (asked without storing
    /// anything: a lookup of an id that is never used).
    pub fn keychain_available(&self) -> bool {
        self.secrets.get("00000000000000000000000000000000").is_ok()
    }

    /// First run: makes the store with the chosen passphrase, bound to the device's secret
    /// store where there is one, and unlocks it.
    pub fn create(&self, passphrase: &str) -> Result<Protection, AppError> {
        keys::check_strength(passphrase)?;
        let (store, protection) =
            Store::create_on_device(&self.db_path(), passphrase, self.kdf, &*self.secrets)?;
        self.start_session(store);
        Ok(protection)
    }

    /// Unlocks with the passphrase (the slow Argon2id step happens here), under the limit on
    /// failed tries: too many in a row make the next wait, and ten erase the store.
    pub fn unlock(&self, passphrase: &str) -> Result<(), AppError> {
        let _one_at_a_time = guard(&self.unlocking);
        let store = attempts::open_limited(
            &self.db_path(),
            passphrase,
            &*self.secrets,
            &self.lockout,
            SystemTime::now(),
        )?;
        self.start_session(store);
        Ok(())
    }

    /// Changes the passphrase after checking the current one (crash-atomic in the core).
    pub fn change_passphrase(&self, current: &str, new: &str) -> Result<(), AppError> {
        keys::check_strength(new)?;
        let secrets = Arc::clone(&self.secrets);
        let kdf = self.kdf;
        let changed = self.with_store(|s| {
            let path = s.path().to_path_buf();
            // The slow check of the current passphrase; a wrong one changes nothing.
            Store::verify_passphrase(&path, current, &*secrets)?;
            s.change_passphrase(new, kdf, &*secrets)
        });
        if matches!(&changed, Err(e) if e.code == "rekeyed") {
            // The new passphrase is in force but the store was not reopened: lock, so that the
            // next unlock (with the new one) finishes the change.
            self.lock();
        }
        changed
    }

    /// "Set up again": erases the store (the device secret first, then every file), for a
    /// store that can no longer be opened here (its keychain was reset, or it came from
    /// another device) or a forgotten passphrase. Locked only: the UI asks for confirmation.
    pub fn start_again(&self) -> Result<(), AppError> {
        if self.is_unlocked() {
            return Err(AppError::lock_first());
        }
        let _one_at_a_time = guard(&self.unlocking);
        Store::erase(&self.db_path(), &*self.secrets)?;
        Ok(())
    }

    /// How failed unlocks are limited (the screens say the numbers from here).
    pub fn lockout(&self) -> &LockoutPolicy {
        &self.lockout
    }

    /// Whether the store is erased after too many failed unlocks.
    pub fn erase_after_failures(&self) -> bool {
        attempts::Attempts::load(&self.db_path()).erase_enabled
    }

    /// Turns the erase after too many failed unlocks on or off (unlocked only).
    pub fn set_erase_after_failures(&self, on: bool) -> Result<bool, AppError> {
        let path = self.db_path();
        self.with_store(|_| attempts::set_erase_enabled(&path, on))?;
        Ok(on)
    }

    fn start_session(&self, mut store: Store) {
        // Closed families past the retention period go first, before anything can show them.
        // A failure keeps them for the next unlock; it must not keep the practitioner out.
        let _ = store.erase_closed(chrono::Local::now().date_naive());
        let minutes = store
            .setting(AUTO_LOCK_SETTING)
            .ok()
            .flatten()
            .and_then(|m| m.parse::<u32>().ok())
            .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES);
        *guard(&self.auto_lock) = Duration::from_secs(u64::from(minutes) * 60);
        *guard(&self.session) = Some(store);
        self.unlocked.store(true, Ordering::SeqCst);
        self.touch();
        self.wake_sync();
    }

    /// Locks: writes the WAL back and closes the store, which drops the key from memory.
    /// Returns whether it was unlocked.
    pub fn lock(&self) -> bool {
        let store = {
            let mut session = guard(&self.session);
            self.unlocked.store(false, Ordering::SeqCst);
            session.take()
        };
        match store {
            Some(store) => {
                // Best effort: a failed checkpoint leaves the WAL, which is encrypted too.
                let _ = store.checkpoint();
                drop(store);
                true
            }
            None => false,
        }
    }

    /// Sets the auto-lock minutes (1 to 60) and keeps them in the store.
    pub fn set_auto_lock(&self, minutes: u32) -> Result<u32, AppError> {
        if !(1..=60).contains(&minutes) {
            return Err(AppError::auto_lock_out_of_range());
        }
        self.with_store(|s| s.set_setting(AUTO_LOCK_SETTING, &minutes.to_string()))?;
        *guard(&self.auto_lock) = Duration::from_secs(u64::from(minutes) * 60);
        Ok(minutes)
    }

    pub fn auto_lock_minutes(&self) -> u32 {
        (guard(&self.auto_lock).as_secs() / 60) as u32
    }

    /// Locks if unlocked and idle for longer than the auto-lock time. Returns whether it locked.
    pub fn lock_if_idle(&self) -> bool {
        let last = *guard(&self.last_activity);
        // A clock set back is not trusted: lock (the practitioner only has to unlock again).
        let idle = SystemTime::now()
            .duration_since(last)
            .unwrap_or(Duration::MAX);
        let limit = *guard(&self.auto_lock);
        self.is_unlocked() && idle >= limit && self.lock()
    }

    /// For tests: pretend the last activity was `ago` ago.
    #[cfg(feature = "test-support")]
    pub fn backdate_activity(&self, ago: Duration) {
        if let Some(t) = SystemTime::now().checked_sub(ago) {
            *guard(&self.last_activity) = t;
        }
    }
}

impl doorstep::sync::engine::StoreAccess for AppState {
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut session = guard(&self.session);
        let store = session.as_mut().ok_or(StoreError::Locked)?;
        f(store)
    }
}
