//! The sync line shown on every screen.

use serde::Serialize;

use crate::store::{Store, StoreError};

/// What the sync line says.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct SyncStatus {
    pub enrolled: bool,
    pub server_url: Option<String>,
    pub queued: u64,
    pub sent: u64,
    pub rejected: u64,
    pub syncing: bool,
    /// When the last sync succeeded (RFC 3339), or `None` if never; the UI says it in words.
    pub last_success_at: Option<String>,
    /// The last error in words (English), with what to do.
    pub last_error: Option<String>,
    /// Its code, for the app to word in the language in use (`sync.error.<code>`).
    pub last_error_code: Option<String>,
    pub unread_replies: u64,
    /// Where the oldest unread reply is, so the sync line can open it; `None` when all are read.
    pub unread_reply_at: Option<ReplyAt>,
}

/// A reflection with a reply not yet read, and its family.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReplyAt {
    pub household_id: uuid::Uuid,
    pub reflection_id: uuid::Uuid,
}

/// The sync line now; `syncing` is whether a run is under way (the app knows, the store not).
pub fn sync_status(store: &Store, syncing: bool) -> Result<SyncStatus, StoreError> {
    let config = store.sync_config()?;
    let counts = store.outbox_counts()?;
    let (last, error) = store.sync_history()?;
    Ok(SyncStatus {
        enrolled: config.is_some(),
        server_url: config.map(|c| c.server_url),
        queued: counts.queued,
        sent: counts.sent,
        rejected: counts.rejected,
        syncing,
        last_success_at: last.map(|t| t.to_rfc3339()),
        last_error_code: error.as_ref().and(store.sync_error_code()?),
        last_error: error,
        unread_replies: store.unread_replies()?,
        unread_reply_at: store
            .first_unread_reply()?
            .map(|(reflection_id, household_id)| ReplyAt {
                household_id,
                reflection_id,
            }),
    })
}
