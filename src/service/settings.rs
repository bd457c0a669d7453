//! Settings: what the settings screen shows, and each change to it.

use serde::Serialize;

use crate::store::retention::RETENTION_DAYS;
use crate::store::{Store, StoreError};

use super::session::{Device, erase_after_failures};

/// The default minutes of inactivity before the app locks itself.
pub const DEFAULT_AUTO_LOCK_MINUTES: u32 = 5;
/// The minutes of inactivity that may be chosen before the app locks itself.
pub const AUTO_LOCK_MINUTES: std::ops::RangeInclusive<u32> = 1..=60;
/// The setting key for the auto-lock minutes (kept in the encrypted store).
pub const AUTO_LOCK_SETTING: &str = "auto_lock_minutes";

/// Why a setting was not changed.
#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(SettingsErrorKind), derive(strum::EnumIter))]
pub enum SettingsError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("choose between {} and {} minutes before Doorstep locks itself", AUTO_LOCK_MINUTES.start(), AUTO_LOCK_MINUTES.end())]
    AutoLockOutOfRange,
}

impl doorstep_core::facts::Explain for SettingsError {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        match self {
            SettingsError::Store(e) => e.facts(),
            SettingsError::AutoLockOutOfRange => {
                doorstep_core::facts::ErrorFacts::detail("invalid", "auto_lock").range(
                    *AUTO_LOCK_MINUTES.start() as usize,
                    *AUTO_LOCK_MINUTES.end() as usize,
                )
            }
        }
    }
}

/// Settings as the settings screen shows them.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Settings {
    pub auto_lock_minutes: u32,
    /// Whether `erase_at` wrong unlocks in a row erase the data on this device (on by default).
    pub erase_after_failures: bool,
    /// Wrong tries in a row that erase the data (when the erase is on).
    pub erase_at: u32,
    /// Wrong tries in a row after which each try waits, longer each time.
    pub wait_from: u32,
    /// Days a closed family stays on this device before it is erased.
    pub retention_days: u32,
    /// The retention periods that may be chosen, in days.
    pub retention_min: u32,
    pub retention_max: u32,
    /// The practitioner's name sent with what they share, for supervision (optional).
    pub display_name: Option<String>,
}

pub fn get(store: &Store, device: &Device) -> Result<Settings, StoreError> {
    Ok(Settings {
        auto_lock_minutes: auto_lock_minutes(store),
        erase_after_failures: erase_after_failures(device, store),
        erase_at: device.lockout().erase_at,
        wait_from: device.lockout().wait_from,
        retention_days: store.retention_days()?,
        retention_min: *RETENTION_DAYS.start(),
        retention_max: *RETENTION_DAYS.end(),
        display_name: store.display_name()?,
    })
}

/// The minutes of inactivity before the app locks itself, as kept in the store (the default
/// where none is).
pub fn auto_lock_minutes(store: &Store) -> u32 {
    store
        .setting(AUTO_LOCK_SETTING)
        .ok()
        .flatten()
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| AUTO_LOCK_MINUTES.contains(m))
        .unwrap_or(DEFAULT_AUTO_LOCK_MINUTES)
}

/// Sets the auto-lock minutes ([`AUTO_LOCK_MINUTES`]) and keeps them in the store.
pub fn set_auto_lock(store: &Store, minutes: u32) -> Result<u32, SettingsError> {
    if !AUTO_LOCK_MINUTES.contains(&minutes) {
        return Err(SettingsError::AutoLockOutOfRange);
    }
    store.set_setting(AUTO_LOCK_SETTING, &minutes.to_string())?;
    Ok(minutes)
}

/// How many days a closed family stays on this device.
pub fn set_retention_days(store: &Store, days: u32) -> Result<u32, StoreError> {
    store.set_retention_days(days)
}

/// Sets (or, when empty, clears) the practitioner's name sent with what they share, checked as
/// the server checks it ([`crate::sync::wire::check_author`]).
pub fn set_display_name(store: &Store, name: &str) -> Result<Option<String>, StoreError> {
    let name = crate::sync::wire::check_author(name).map_err(|a| StoreError::BadName {
        code: a.code(),
        want: a.to_string(),
        limit: a.limit(),
    })?;
    store.set_display_name(name.as_deref())?;
    Ok(name)
}
