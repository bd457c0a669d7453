//! Joining a team server and leaving it.

use crate::store::{Store, StoreError, SyncConfig};
use crate::sync::engine::StoreAccess;
use crate::sync::http::EnrolError;

/// Why joining did not happen.
#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(TeamErrorKind), derive(strum::EnumIter))]
pub enum TeamError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Enrol(#[from] EnrolError),
}

impl doorstep_core::facts::Explain for TeamError {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        match self {
            TeamError::Store(e) => e.facts(),
            TeamError::Enrol(e) => e.facts(),
        }
    }
}

/// The label a device is enrolled with when the practitioner gives none.
pub const DEFAULT_LABEL: &str = "Doorstep device";

/// Joins the team: sends the one-time code (not holding the store while on the network), then
/// keeps the server and the device token in the encrypted store, and asks for a sync. Returns
/// the server's address as it will be used. Unlocked only.
pub fn enrol(
    session: &impl StoreAccess,
    server_url: &str,
    code: &str,
    label: &str,
) -> Result<String, TeamError> {
    session.with(|_| Ok(()))?;
    let label = if label.trim().is_empty() {
        DEFAULT_LABEL
    } else {
        label
    };
    let (base, resp) = crate::sync::http::enrol(server_url, code, label)?;
    session.with(|s| {
        s.set_sync_config(&SyncConfig {
            server_url: base.clone(),
            device_id: resp.device_id,
            token: resp.token,
        })
    })?;
    session.changed();
    Ok(base)
}

/// Leaves the team: forgets the server and the token. Queued items stay on the device.
pub fn leave(store: &mut Store) -> Result<(), StoreError> {
    store.clear_sync_config()
}
