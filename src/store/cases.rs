//! A family's case key: what links its shared reflections for supervision, and nothing else.
//! 122 random bits (a v4 UUID's) made here (never derived from the family), kept beside the household's row
//! and never part of the record the forms edit.

use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use uuid::Uuid;

use super::{Store, StoreError};

/// Whether a family's shared reflections are linked for supervision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CaseLink {
    /// Its reflections are sent with the family's case key.
    pub linked: bool,
    /// A key has been made (a reflection was shared while linked).
    pub has_key: bool,
}

impl Store {
    /// The key to send with a family's shared reflection: `None` when linking is off; made
    /// (random) the first time it is needed.
    pub fn case_key_to_send(&self, household_id: Uuid) -> Result<Option<String>, StoreError> {
        let row: Option<(Option<String>, bool)> = self
            .conn
            .query_row(
                "SELECT case_key, case_link FROM households WHERE id = ?1",
                [household_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match row {
            None => Err(StoreError::NoSuchHousehold),
            Some((_, false)) => Ok(None),
            Some((Some(key), true)) => Ok(Some(key)),
            Some((None, true)) => {
                let key = new_key();
                self.conn.execute(
                    "UPDATE households SET case_key = ?2 WHERE id = ?1",
                    params![household_id.to_string(), key],
                )?;
                Ok(Some(key))
            }
        }
    }

    /// Whether the family's reflections are linked, and whether a key was made.
    pub fn case_link(&self, household_id: Uuid) -> Result<CaseLink, StoreError> {
        let (has_key, linked): (bool, bool) = self
            .conn
            .query_row(
                "SELECT case_key IS NOT NULL, case_link FROM households WHERE id = ?1",
                [household_id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::NoSuchHousehold)?;
        Ok(CaseLink { linked, has_key })
    }

    /// Turns linking on or off for a family (off: its next reflections go with no key).
    pub fn set_case_link(&self, household_id: Uuid, on: bool) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE households SET case_link = ?2 WHERE id = ?1",
            params![household_id.to_string(), on],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchHousehold);
        }
        Ok(())
    }

    /// Starts a new key: the family's next reflections are not linked to those sent before.
    pub fn new_case_key(&self, household_id: Uuid) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE households SET case_key = ?2 WHERE id = ?1",
            params![household_id.to_string(), new_key()],
        )?;
        if n == 0 {
            return Err(StoreError::NoSuchHousehold);
        }
        Ok(())
    }
}

/// A v4 UUID (122 random bits from the OS) as 32 lowercase hex digits.
fn new_key() -> String {
    Uuid::new_v4().simple().to_string()
}
