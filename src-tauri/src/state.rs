//! The app's state: where the store lives, the device's secret store, the unlocked session (or
//! none), the limit on failed unlocks, and the idle clock that locks it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, SystemTime};

use doorstep::service;
use doorstep::service::settings::DEFAULT_AUTO_LOCK_MINUTES;
use doorstep::service::types::{Device, KdfParams, SecretStore, Store, StoreAccess, StoreError};

use crate::error::AppError;

/// Shared by every command: the device (where the store lives and what protects it), the
/// session's slot (the unlocked store, or none), the clocks (activity and the auto-lock) and the
/// sync thread's wake-up. The use-cases are in `doorstep::service`; this only holds the slot and
/// hands it to them.
#[derive(Debug)]
pub struct AppState {
    device: Device,
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

fn minutes(m: u32) -> Duration {
    Duration::from_secs(u64::from(m) * 60)
}

impl AppState {
    /// The state for a store in `data_dir`, with the device's secrets kept in `secrets`.
    pub fn new(data_dir: PathBuf, kdf: KdfParams, secrets: Arc<dyn SecretStore>) -> AppState {
        AppState {
            device: Device::new(data_dir, kdf, secrets),
            session: Mutex::new(None),
            unlocked: AtomicBool::new(false),
            unlocking: Mutex::new(()),
            last_activity: Mutex::new(SystemTime::now()),
            auto_lock: Mutex::new(minutes(DEFAULT_AUTO_LOCK_MINUTES)),
            sync_wake: (Mutex::new(false), Condvar::new()),
            syncing: Mutex::new(false),
        }
    }

    /// Where the store lives and what protects it.
    pub fn device(&self) -> &Device {
        &self.device
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

    pub fn is_unlocked(&self) -> bool {
        self.unlocked.load(Ordering::SeqCst)
    }

    /// Notes activity, pushing back the auto-lock.
    pub fn touch(&self) {
        *guard(&self.last_activity) = SystemTime::now();
    }

    /// Notes activity if unlocked; whether it is.
    pub fn touch_if_unlocked(&self) -> bool {
        let unlocked = self.is_unlocked();
        if unlocked {
            self.touch();
        }
        unlocked
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

    /// Runs `f` with the store if unlocked (what works locked, such as the general safe-sleep
    /// card, gets `None`).
    pub fn with_store_if_open<T, E>(
        &self,
        f: impl FnOnce(Option<&Store>) -> Result<T, E>,
    ) -> Result<T, AppError>
    where
        AppError: From<E>,
    {
        let session = guard(&self.session);
        if session.is_some() {
            self.touch();
        }
        f(session.as_ref()).map_err(AppError::from)
    }

    /// Like [`AppState::with_store`] for a share: the sync thread is woken to send it.
    pub fn share<T, E>(&self, f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<T, AppError>
    where
        AppError: From<E>,
    {
        let out = self.with_store(f)?;
        self.wake_sync();
        Ok(out)
    }

    /// Like [`AppState::with_store`] for a change of setting that the clocks follow (the
    /// auto-lock minutes are read back from the store).
    pub fn configure<T, E>(&self, f: impl FnOnce(&mut Store) -> Result<T, E>) -> Result<T, AppError>
    where
        AppError: From<E>,
    {
        let mut session = guard(&self.session);
        let store = session.as_mut().ok_or_else(AppError::locked)?;
        self.touch();
        let out = f(store).map_err(AppError::from);
        *guard(&self.auto_lock) = minutes(service::settings::auto_lock_minutes(store));
        out
    }

    /// A session use-case ([`service::session`]): `f` gets the device and the session's slot,
    /// one at a time. When it opens a store, the clocks are set from it and the sync thread is
    /// woken.
    pub fn session<T, E>(
        &self,
        f: impl FnOnce(&Device, &mut Option<Store>) -> Result<T, E>,
    ) -> Result<T, AppError>
    where
        AppError: From<E>,
    {
        let _one_at_a_time = guard(&self.unlocking);
        let mut slot = guard(&self.session);
        let was_open = slot.is_some();
        let out = f(&self.device, &mut slot).map_err(AppError::from);
        self.unlocked.store(slot.is_some(), Ordering::SeqCst);
        if let Some(store) = slot.as_ref().filter(|_| !was_open) {
            *guard(&self.auto_lock) = minutes(service::settings::auto_lock_minutes(store));
            self.touch();
            self.wake_sync();
        }
        out
    }

    /// "Sync now": wakes the sync thread (unlocked only).
    pub fn sync_now(&self) -> Result<(), AppError> {
        if !self.is_unlocked() {
            return Err(AppError::locked());
        }
        self.wake_sync();
        Ok(())
    }

    /// Locks (the idle clock, a hidden window, closing the app). Whether it was unlocked.
    pub fn lock(&self) -> bool {
        let mut slot = guard(&self.session);
        self.unlocked.store(false, Ordering::SeqCst);
        service::session::lock(&mut slot)
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

impl StoreAccess for AppState {
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut session = guard(&self.session);
        let store = session.as_mut().ok_or(StoreError::Locked)?;
        f(store)
    }

    fn changed(&self) {
        self.wake_sync();
    }
}
