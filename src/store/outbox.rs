//! The outbox (anonymised items waiting for the team server), the replies pulled back, and the
//! device's sync settings, all in the encrypted store. An item leaves the queue only when the
//! server has acknowledged it; a share and its outbox row are written in one transaction.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use uuid::Uuid;

use super::{Store, StoreError, json_col, time_col, time_str, uuid_col};
use crate::reflection::{ReflectionError, ReflectionStatus};
use doorstep_core::wire::ReflectionItem;

/// Where an outbox item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Waiting to be sent (or being retried).
    Queued,
    /// The server stored it (or already had it).
    Sent,
    /// The server refused it; the reason says why. It will not be sent again.
    Rejected,
}

impl OutboxState {
    fn parse(s: &str) -> Option<OutboxState> {
        match s {
            "queued" => Some(OutboxState::Queued),
            "sent" => Some(OutboxState::Sent),
            "rejected" => Some(OutboxState::Rejected),
            _ => None,
        }
    }
}

/// An item waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queued {
    pub item: ReflectionItem,
    pub attempts: u32,
    /// Its place in the queue (queued time, id), for reading on from it.
    pub key: (String, String),
}

/// What the server said of one item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ack {
    /// Stored or duplicate: it is there.
    Done,
    /// Refused, with the reason.
    Rejected(String),
}

/// Counts for the status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct OutboxCounts {
    pub queued: u64,
    pub sent: u64,
    pub rejected: u64,
}

/// A reflection's sharing state, for the reflection screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ShareState {
    pub state: OutboxState,
    pub reason: Option<String>,
    /// The anonymised text that was (or will be) sent.
    pub text: String,
    pub replies: Vec<Reply>,
}

/// A supervisor's reply, as kept on the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Reply {
    pub text: String,
    pub at: String,
    pub read: bool,
    /// The supervisor who wrote it, as the server names them (empty from older servers).
    pub author: String,
    /// The supervisor edited it after sending it (this is the latest version).
    pub edited: bool,
    /// The supervisor withdrew it (the text is then empty).
    pub withdrawn: bool,
}

/// A reply pulled from the server: its latest version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PulledReply {
    /// The reply's number on its server, the same for every version of it (kept in `seq`).
    pub number: i64,
    pub item_id: Uuid,
    /// The text (empty once withdrawn).
    pub text: String,
    pub at: String,
    /// The supervisor who wrote it.
    pub author: String,
    /// The supervisor edited it after sending it.
    pub edited: bool,
    /// The supervisor withdrew it.
    pub withdrawn: bool,
}

/// The team server this device is enrolled with.
#[derive(Clone, PartialEq, Eq, Serialize)]
pub struct SyncConfig {
    pub server_url: String,
    pub device_id: Uuid,
    #[serde(skip)]
    pub token: String,
}

impl std::fmt::Debug for SyncConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncConfig")
            .field("server_url", &self.server_url)
            .field("device_id", &self.device_id)
            .finish_non_exhaustive()
    }
}

fn insert_item(
    tx: &rusqlite::Transaction<'_>,
    reflection_id: &str,
    item: &ReflectionItem,
    payload: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO outbox (id, reflection_id, payload) VALUES (?1, ?2, ?3)",
        params![item.id, reflection_id, payload],
    )?;
    tx.execute(
        "INSERT INTO outbox_status (id, state, queued_at) VALUES (?1, 'queued', ?2)",
        params![item.id, time_str(&Utc::now())],
    )?;
    Ok(())
}

const K_URL: &str = "sync.server_url";
const K_DEVICE: &str = "sync.device_id";
const K_TOKEN: &str = "sync.token";
const K_CURSOR: &str = "sync.cursor";
const K_INSTANCE: &str = "sync.instance";
const K_LAST_OK: &str = "sync.last_success";
const K_LAST_ERROR: &str = "sync.last_error";
/// Its code (the transport failure's), for the app to word.
const K_LAST_ERROR_CODE: &str = "sync.last_error_code";

const K_DISPLAY_NAME: &str = "practitioner.display_name";

impl Store {
    /// The practitioner's name for supervision (Settings), sent with what they share.
    pub fn display_name(&self) -> Result<Option<String>, StoreError> {
        self.setting(K_DISPLAY_NAME)
    }

    /// Sets (`Some`, already checked by the sharing use-case) or clears the practitioner's name.
    pub fn set_display_name(&self, name: Option<&str>) -> Result<(), StoreError> {
        match name {
            Some(n) => self.set_setting(K_DISPLAY_NAME, n)?,
            None => {
                self.conn
                    .execute("DELETE FROM settings WHERE key = ?1", [K_DISPLAY_NAME])?;
            }
        }
        Ok(())
    }

    /// Marks a reflection shared and queues its anonymised item, in one transaction.
    pub fn share_reflection(
        &mut self,
        reflection_id: Uuid,
        item: &ReflectionItem,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let status: Option<String> = tx
            .query_row(
                "SELECT status FROM reflections WHERE id = ?1",
                [reflection_id.to_string()],
                |r| r.get(0),
            )
            .optional()?;
        match status.as_deref() {
            None => return Err(StoreError::NoSuchReflection),
            Some(s) if s == ReflectionStatus::Shared.as_str() => {
                return Err(ReflectionError::AlreadyShared.into());
            }
            Some(_) => {}
        }
        let payload =
            serde_json::to_string(item).map_err(|_| StoreError::BadRecord("outbox.payload"))?;
        insert_item(&tx, &reflection_id.to_string(), item, &payload)?;
        tx.execute(
            "UPDATE reflections SET status = 'shared', updated_at = ?2, revision = revision + 1 WHERE id = ?1",
            params![reflection_id.to_string(), time_str(&Utc::now())],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Queues an item directly (benchmarks and tests of the sync engine).
    #[cfg(feature = "test-support")]
    pub fn queue_item(&mut self, item: &ReflectionItem) -> Result<(), StoreError> {
        let payload =
            serde_json::to_string(item).map_err(|_| StoreError::BadRecord("outbox.payload"))?;
        let tx = self.conn.transaction()?;
        insert_item(&tx, "", item, &payload)?;
        tx.commit()?;
        Ok(())
    }

    /// The oldest queued items, up to `limit`.
    pub fn outbox_batch(&self, limit: usize) -> Result<Vec<Queued>, StoreError> {
        self.outbox_batch_after(None, limit)
    }

    /// Queued items after a place in the queue (see [`Queued::key`]), oldest first.
    pub fn outbox_batch_after(
        &self,
        after: Option<(String, String)>,
        limit: usize,
    ) -> Result<Vec<Queued>, StoreError> {
        let (at, id) = after.unwrap_or_default();
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.payload, s.attempts, s.queued_at, s.id FROM outbox_status s
             JOIN outbox o ON o.id = s.id
             WHERE s.state = 'queued' AND (s.queued_at, s.id) > (?1, ?2)
             ORDER BY s.queued_at, s.id LIMIT ?3",
        )?;
        let rows = stmt
            .query_map(params![at, id, limit as i64], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        rows.into_iter()
            .map(|(payload, attempts, at, id)| {
                Ok(Queued {
                    item: json_col(&payload, "outbox.payload")?,
                    attempts,
                    key: (at, id),
                })
            })
            .collect()
    }

    /// Records what the server said of each item, in one transaction.
    pub fn outbox_ack(&mut self, acks: &[(String, Ack)]) -> Result<(), StoreError> {
        let now = time_str(&Utc::now());
        let tx = self.conn.transaction()?;
        {
            let mut done = tx.prepare_cached(
                "UPDATE outbox_status SET state = 'sent', sent_at = ?2, last_error = NULL WHERE id = ?1 AND state = 'queued'",
            )?;
            let mut rejected = tx.prepare_cached(
                "UPDATE outbox_status SET state = 'rejected', reason = ?2 WHERE id = ?1 AND state = 'queued'",
            )?;
            for (id, ack) in acks {
                match ack {
                    Ack::Done => done.execute(params![id, now])?,
                    Ack::Rejected(reason) => rejected.execute(params![id, reason])?,
                };
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Notes a failed attempt on items that stay queued.
    pub fn outbox_attempted(&mut self, ids: &[String], error: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE outbox_status SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1 AND state = 'queued'",
            )?;
            for id in ids {
                stmt.execute(params![id, error])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// How many items are queued, sent and rejected.
    pub fn outbox_counts(&self) -> Result<OutboxCounts, StoreError> {
        let mut c = OutboxCounts::default();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT state, count(*) FROM outbox_status GROUP BY state")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?)))?;
        for row in rows {
            let (state, n) = row?;
            match OutboxState::parse(&state) {
                Some(OutboxState::Queued) => c.queued = n,
                Some(OutboxState::Sent) => c.sent = n,
                Some(OutboxState::Rejected) => c.rejected = n,
                None => {}
            }
        }
        Ok(c)
    }

    /// A reflection's sharing state and replies; `None` if it was never shared.
    pub fn share_state(&self, reflection_id: Uuid) -> Result<Option<ShareState>, StoreError> {
        let row: Option<(String, Option<String>, String)> = self
            .conn
            .query_row(
                "SELECT s.state, s.reason, o.payload FROM outbox o JOIN outbox_status s ON s.id = o.id
                 WHERE o.reflection_id = ?1 ORDER BY s.queued_at DESC LIMIT 1",
                [reflection_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((state, reason, payload)) = row else {
            return Ok(None);
        };
        let item: ReflectionItem = json_col(&payload, "outbox.payload")?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT text, at, read, author, edited, withdrawn FROM replies WHERE reflection_id = ?1
             ORDER BY server, seq",
        )?;
        let replies = stmt
            .query_map([reflection_id.to_string()], |r| {
                Ok(Reply {
                    text: r.get(0)?,
                    at: r.get(1)?,
                    read: r.get(2)?,
                    author: r.get(3)?,
                    edited: r.get(4)?,
                    withdrawn: r.get(5)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(ShareState {
            state: OutboxState::parse(&state).ok_or(StoreError::BadRecord("outbox.state"))?,
            reason,
            text: item.text,
            replies,
        }))
    }

    /// Stores pulled replies and the new cursor in one transaction (so the cursor never runs
    /// ahead of what is stored). A reply already stored is skipped when unchanged; a new version
    /// of it (edited or withdrawn by the supervisor) replaces it, unread again if edited.
    /// Returns how many replies were added or changed.
    pub fn store_replies(
        &mut self,
        server: Uuid,
        replies: &[PulledReply],
        cursor: i64,
    ) -> Result<usize, StoreError> {
        let now = time_str(&Utc::now());
        let tx = self.conn.transaction()?;
        let mut added = 0;
        {
            let mut find = tx.prepare_cached("SELECT reflection_id FROM outbox WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO replies (server, seq, item_id, reflection_id, text, at, received_at,
                     author, edited, withdrawn)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (server, seq) DO UPDATE SET text = excluded.text,
                     edited = excluded.edited, withdrawn = excluded.withdrawn,
                     author = excluded.author, read = excluded.withdrawn
                 WHERE replies.text IS NOT excluded.text OR replies.withdrawn IS NOT excluded.withdrawn",
            )?;
            for r in replies {
                let reflection: Option<String> = find
                    .query_row([r.item_id.to_string()], |row| row.get(0))
                    .optional()?;
                added += insert.execute(params![
                    server.to_string(),
                    r.number,
                    r.item_id.to_string(),
                    reflection,
                    r.text,
                    r.at,
                    now,
                    r.author,
                    r.edited,
                    r.withdrawn
                ])?;
            }
        }
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![K_CURSOR, cursor.to_string()],
        )?;
        tx.commit()?;
        Ok(added)
    }

    /// Replies not yet seen by the practitioner.
    pub fn unread_replies(&self) -> Result<u64, StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM replies WHERE read = 0 AND withdrawn = 0",
            [],
            |r| r.get(0),
        )?)
    }

    /// Where the oldest reply not yet seen is: its reflection and that reflection's family, so
    /// the sync line can open it. `None` when every reply is read.
    pub fn first_unread_reply(&self) -> Result<Option<(Uuid, Uuid)>, StoreError> {
        let found: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT f.id, f.household_id FROM replies r JOIN reflections f ON f.id = r.reflection_id
                 WHERE r.read = 0 AND r.withdrawn = 0 ORDER BY r.received_at, r.seq LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        found
            .map(|(reflection, household)| {
                Ok((
                    uuid_col(&reflection, "reflection id")?,
                    uuid_col(&household, "household id")?,
                ))
            })
            .transpose()
    }

    /// Marks a reflection's replies as read.
    pub fn mark_replies_read(&mut self, reflection_id: Uuid) -> Result<(), StoreError> {
        self.conn.execute(
            "UPDATE replies SET read = 1 WHERE reflection_id = ?1",
            [reflection_id.to_string()],
        )?;
        Ok(())
    }

    /// The reply cursor (0 before the first pull).
    pub fn reply_cursor(&self) -> Result<i64, StoreError> {
        Ok(self
            .setting(K_CURSOR)?
            .and_then(|c| c.parse().ok())
            .unwrap_or(0))
    }

    /// The team server this device is enrolled with.
    pub fn sync_config(&self) -> Result<Option<SyncConfig>, StoreError> {
        let (Some(url), Some(device), Some(token)) = (
            self.setting(K_URL)?,
            self.setting(K_DEVICE)?,
            self.setting(K_TOKEN)?,
        ) else {
            return Ok(None);
        };
        Ok(Some(SyncConfig {
            server_url: url,
            device_id: uuid_col(&device, "settings.sync.device_id")?,
            token,
        }))
    }

    /// Saves the enrolment (the token stays in the encrypted store only), starting a fresh
    /// cursor and forgetting the previous server's identity.
    pub fn set_sync_config(&mut self, config: &SyncConfig) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (k, v) in [
            (K_URL, config.server_url.as_str()),
            (K_DEVICE, &config.device_id.to_string()),
            (K_TOKEN, config.token.as_str()),
            (K_CURSOR, "0"),
        ] {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![k, v],
            )?;
        }
        tx.execute(
            "DELETE FROM settings WHERE key IN (?1, ?2, ?3)",
            params![K_INSTANCE, K_LAST_ERROR, K_LAST_ERROR_CODE],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Forgets the enrolment and its token ("leave team", or a revoked device). Queued items
    /// stay queued: nothing written is lost.
    pub fn clear_sync_config(&mut self) -> Result<(), StoreError> {
        self.conn.execute(
            "DELETE FROM settings WHERE key IN (?1, ?2, ?3, ?4)",
            params![K_URL, K_DEVICE, K_TOKEN, K_INSTANCE],
        )?;
        Ok(())
    }

    /// The server instance this device has synced with, if any.
    pub fn sync_instance(&self) -> Result<Option<Uuid>, StoreError> {
        self.setting(K_INSTANCE)?
            .map(|s| uuid_col(&s, "settings.sync.instance"))
            .transpose()
    }

    pub fn set_sync_instance(&self, id: Uuid) -> Result<(), StoreError> {
        self.set_setting(K_INSTANCE, &id.to_string())
    }

    /// Records a successful sync (and clears the last error).
    pub fn sync_succeeded(&self) -> Result<(), StoreError> {
        self.set_setting(K_LAST_OK, &time_str(&Utc::now()))?;
        self.conn.execute(
            "DELETE FROM settings WHERE key IN (?1, ?2)",
            params![K_LAST_ERROR, K_LAST_ERROR_CODE],
        )?;
        Ok(())
    }

    /// Records the last sync error: its code, and its words in English.
    pub fn sync_failed(&mut self, code: &str, message: &str) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        for (k, v) in [(K_LAST_ERROR, message), (K_LAST_ERROR_CODE, code)] {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![k, v],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// The last sync error's code, if the latest attempt failed (none from a version that
    /// kept only the words).
    pub fn sync_error_code(&self) -> Result<Option<String>, StoreError> {
        self.setting(K_LAST_ERROR_CODE)
    }

    /// When the last sync succeeded, and the last error if the latest attempt failed.
    pub fn sync_history(
        &self,
    ) -> Result<(Option<chrono::DateTime<Utc>>, Option<String>), StoreError> {
        let last = self
            .setting(K_LAST_OK)?
            .map(|t| time_col(&t, "settings.sync.last_success"))
            .transpose()?;
        Ok((last, self.setting(K_LAST_ERROR)?))
    }
}
