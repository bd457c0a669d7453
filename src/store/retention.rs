//! Keeping only what is needed. A family the practitioner no longer visits (moved away, case
//! closed) is closed; a closed family is erased from the device once the retention period has
//! passed since it was closed (a setting, 90 days unless changed), with everything about it:
//! its members, visits, answers, reflections (drafts too), the anonymised items it queued for
//! the team server and the replies to them. The store runs with `secure_delete` on, so freed
//! pages are overwritten, and the erase ends with a checkpoint that empties the WAL: the text is
//! gone from every file, not only unreachable. The record of truth is the organisation's system.

use std::ops::RangeInclusive;

use chrono::{Days, NaiveDate};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Store, StoreError, date_col};

/// Days a closed family stays on the device unless the practitioner chooses otherwise.
pub const DEFAULT_RETENTION_DAYS: u32 = 90;

/// The retention periods a practitioner may choose, in days.
pub const RETENTION_DAYS: RangeInclusive<u32> = 7..=365;

const SETTING: &str = "retention_days";

/// Set in the erase's own transaction, cleared once a checkpoint has written the erase into
/// the database file and emptied the WAL: until then the erased text may still be in the file.
const PENDING: &str = "erase_pending";

/// Why a family was closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ClosedReason {
    MovedAway,
    CaseClosed,
}

impl ClosedReason {
    pub fn as_str(self) -> &'static str {
        match self {
            ClosedReason::MovedAway => "moved_away",
            ClosedReason::CaseClosed => "case_closed",
        }
    }

    pub fn parse(s: &str) -> Option<ClosedReason> {
        match s {
            "moved_away" => Some(ClosedReason::MovedAway),
            "case_closed" => Some(ClosedReason::CaseClosed),
            _ => None,
        }
    }
}

/// A closed family: when and why, and the day it is erased from this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Closure {
    pub on: NaiveDate,
    pub reason: ClosedReason,
    /// The first day on which the family is erased (at the next unlock on or after it).
    pub erase_on: NaiveDate,
}

impl Closure {
    pub(crate) fn new(on: NaiveDate, reason: ClosedReason, retention_days: u32) -> Closure {
        Closure {
            on,
            reason,
            erase_on: on
                .checked_add_days(Days::new(u64::from(retention_days)))
                .unwrap_or(NaiveDate::MAX),
        }
    }
}

/// Reads a closure from its two columns (both or neither are set).
pub(crate) fn closure_cols(
    on: Option<String>,
    reason: Option<String>,
    retention_days: u32,
) -> Result<Option<Closure>, StoreError> {
    match (on, reason) {
        (Some(on), Some(reason)) => Ok(Some(Closure::new(
            date_col(&on, "households.closed_on")?,
            ClosedReason::parse(&reason)
                .ok_or(StoreError::BadRecord("households.closed_reason"))?,
            retention_days,
        ))),
        (None, None) => Ok(None),
        _ => Err(StoreError::BadRecord("households.closed_on")),
    }
}

impl Store {
    /// Days a closed family stays on this device.
    pub fn retention_days(&self) -> Result<u32, StoreError> {
        Ok(self
            .setting(SETTING)?
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|d| RETENTION_DAYS.contains(d))
            .unwrap_or(DEFAULT_RETENTION_DAYS))
    }

    /// Sets the days a closed family stays on this device (within [`RETENTION_DAYS`]). A
    /// shorter period applies at the next erase, to families already closed too.
    pub fn set_retention_days(&self, days: u32) -> Result<u32, StoreError> {
        if !RETENTION_DAYS.contains(&days) {
            return Err(StoreError::RetentionOutOfRange {
                min: *RETENTION_DAYS.start(),
                max: *RETENTION_DAYS.end(),
            });
        }
        self.set_setting(SETTING, &days.to_string())?;
        Ok(days)
    }

    /// Closes a family on `on` (the practitioner's date): it stays readable, marked closed,
    /// until it is erased. Closing again keeps the first date and takes the new reason.
    pub fn close_household(
        &mut self,
        id: Uuid,
        reason: ClosedReason,
        on: NaiveDate,
    ) -> Result<Closure, StoreError> {
        let n = self.conn.execute(
            "UPDATE households SET closed_on = coalesce(closed_on, ?2), closed_reason = ?3
             WHERE id = ?1",
            params![
                id.to_string(),
                on.format("%Y-%m-%d").to_string(),
                reason.as_str()
            ],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchHousehold);
        }
        self.closure(id)?.ok_or(StoreError::NoSuchHousehold)
    }

    /// Reopens a closed family: it is no longer erased.
    pub fn reopen_household(&mut self, id: Uuid) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE households SET closed_on = NULL, closed_reason = NULL WHERE id = ?1",
            [id.to_string()],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchHousehold);
        }
        Ok(())
    }

    /// Whether a family is closed, and when it will be erased.
    pub fn closure(&self, id: Uuid) -> Result<Option<Closure>, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT closed_on, closed_reason FROM households WHERE id = ?1",
                [id.to_string()],
                |r| {
                    Ok((
                        r.get::<_, Option<String>>(0)?,
                        r.get::<_, Option<String>>(1)?,
                    ))
                },
            )
            .optional()?
            .ok_or(StoreError::NoSuchHousehold)?;
        closure_cols(row.0, row.1, self.retention_days()?)
    }

    /// Erases every family closed at least the retention period before `today`, with its
    /// reflections, the items it queued and their replies, in one transaction; then writes the
    /// WAL back and empties it ([`Store::finish_erase`], which also retries an earlier erase
    /// whose checkpoint was blocked). Returns how many families were erased; an error if the
    /// checkpoint could not be made (the erase is then pending, and retried at the lock and at
    /// the next unlock).
    pub fn erase_closed(&mut self, today: NaiveDate) -> Result<usize, StoreError> {
        let days = self.retention_days()?;
        let Some(cutoff) = today.checked_sub_days(Days::new(u64::from(days))) else {
            return Ok(0);
        };
        let cutoff = cutoff.format("%Y-%m-%d").to_string();
        let tx = self.conn.transaction()?;
        let due = "SELECT id FROM households WHERE closed_on IS NOT NULL AND closed_on <= ?1";
        let of_due = format!("SELECT id FROM reflections WHERE household_id IN ({due})");
        tx.execute(
            &format!(
                "DELETE FROM outbox_status WHERE id IN
                   (SELECT id FROM outbox WHERE reflection_id IN ({of_due}))"
            ),
            [&cutoff],
        )?;
        tx.execute(
            &format!("DELETE FROM outbox WHERE reflection_id IN ({of_due})"),
            [&cutoff],
        )?;
        tx.execute(
            &format!("DELETE FROM replies WHERE reflection_id IN ({of_due})"),
            [&cutoff],
        )?;
        // Members, visits, answers and reflections go with the family (ON DELETE CASCADE).
        let erased = tx.execute(
            "DELETE FROM households WHERE closed_on IS NOT NULL AND closed_on <= ?1",
            [&cutoff],
        )?;
        if erased > 0 {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, '1')
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [PENDING],
            )?;
        }
        tx.commit()?;
        self.finish_erase()?;
        Ok(erased)
    }

    /// Whether an erase has not yet reached the database file (its checkpoint was blocked, for
    /// instance by another program reading the file).
    pub fn erase_pending(&self) -> Result<bool, StoreError> {
        Ok(self.setting(PENDING)?.is_some())
    }

    /// Finishes a pending erase: the checkpoint that writes it into the database file and
    /// empties the WAL, then the mark cleared (and that change written back too). Nothing to do
    /// if none is pending; an error, the mark kept, if the checkpoint is still blocked.
    pub fn finish_erase(&self) -> Result<(), StoreError> {
        if !self.erase_pending()? {
            return Ok(());
        }
        // A short wait for readers: this runs at unlock and lock, which must not stall.
        self.conn
            .busy_timeout(std::time::Duration::from_millis(500))?;
        let written = self.checkpoint();
        self.conn.busy_timeout(super::BUSY_TIMEOUT)?;
        written?;
        self.conn
            .execute("DELETE FROM settings WHERE key = ?1", [PENDING])?;
        // Best effort: the mark's removal holds nothing of a family.
        let _ = self.checkpoint();
        Ok(())
    }
}
