//! Households and their members in the store.

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use rusqlite::{Transaction, params};
use serde::Serialize;
use uuid::Uuid;

use super::retention::{Closure, closure_cols};
use super::rows::read_household;
use super::{Store, StoreError, date_col, json_col, time_col, time_str, to_json, uuid_col};
use crate::chronology::{RecordEvent, changes_between};
use crate::content::Content;
use crate::household::Household;

/// A line of the families list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct HouseholdSummary {
    pub id: Uuid,
    pub display_name: String,
    pub members: u32,
    pub visits_done: u32,
    /// What is still unknown from earlier visits ("Partner not seen ×3"), longest first.
    pub outstanding: Vec<crate::unknowns::Gap>,
    pub last_visit: Option<NaiveDate>,
    pub updated_at: chrono::DateTime<Utc>,
    /// Set when the family is closed: when, why, and the day it is erased from this device.
    pub closed: Option<Closure>,
}

impl Store {
    /// Saves a household and all its members in one transaction (members no longer listed are
    /// removed). The record is normalised and validated against the content first.
    pub fn save_household(
        &mut self,
        household: &mut Household,
        content: &Content,
    ) -> Result<(), StoreError> {
        household.normalise();
        // Today by the device's own calendar: a baby born today in Auckland is not "in the
        // future" for the half of the day when UTC's date is still yesterday (issue 37).
        household.validate(content, chrono::Local::now().date_naive())?;
        household.updated_at = Utc::now();
        let tx = self.conn.transaction()?;
        let before = match read_household(&tx, household.id) {
            Ok(h) => Some(h),
            Err(StoreError::NoSuchHousehold) => None,
            Err(e) => return Err(e),
        };
        let events = changes_between(before.as_ref(), household, household.updated_at);
        write_household(&tx, household)?;
        write_events(&tx, household.id, &events)?;
        super::outstanding::refresh(&tx, household.id)?;
        tx.commit()?;
        Ok(())
    }

    /// Reads one household with its members.
    pub fn household(&self, id: Uuid) -> Result<Household, StoreError> {
        read_household(&self.conn, id)
    }

    /// The families list (closed families included, with the day each is erased), by name,
    /// optionally filtered by a search over family names, member
    /// names and aliases (case-insensitive for letters A–Z).
    pub fn list_households(
        &self,
        search: Option<&str>,
    ) -> Result<Vec<HouseholdSummary>, StoreError> {
        let pattern = search.map(str::trim).filter(|s| !s.is_empty()).map(|s| {
            let escaped = s
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("%{escaped}%")
        });
        // Three flat queries merged here are several times faster than one query with
        // correlated counts on 10,000 families.
        let mut members: HashMap<String, u32> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT household_id, count(*) FROM members GROUP BY household_id",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?)))?;
            for row in rows {
                let (id, n) = row?;
                members.insert(id, n);
            }
        }
        let mut visits: HashMap<String, (u32, String)> = HashMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT household_id, count(*), max(date) FROM visits
                 WHERE status = 'done' GROUP BY household_id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, u32>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?;
            for row in rows {
                let (id, n, last) = row?;
                visits.insert(id, (n, last));
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT h.id, h.display_name, h.updated_at, h.outstanding, h.closed_on,
                    h.closed_reason
             FROM households h
             WHERE ?1 IS NULL
                OR h.display_name LIKE ?1 ESCAPE '\\'
                OR EXISTS (SELECT 1 FROM members m WHERE m.household_id = h.id
                           AND (m.name LIKE ?1 ESCAPE '\\' OR m.aliases LIKE ?1 ESCAPE '\\'))
             ORDER BY h.display_name COLLATE NOCASE, h.id",
        )?;
        let rows = stmt.query_map([pattern], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let retention = self.retention_days()?;
        let mut out = Vec::new();
        for row in rows {
            let (id, display_name, updated_at, outstanding, closed_on, closed_reason) = row?;
            let (visits_done, last_visit) = match visits.get(&id) {
                Some((n, last)) => (*n, Some(date_col(last, "visits.date")?)),
                None => (0, None),
            };
            out.push(HouseholdSummary {
                members: members.get(&id).copied().unwrap_or(0),
                id: uuid_col(&id, "households.id")?,
                display_name,
                visits_done,
                outstanding: json_col(&outstanding, "households.outstanding")?,
                last_visit,
                updated_at: time_col(&updated_at, "households.updated_at")?,
                closed: closure_cols(closed_on, closed_reason, retention)?,
            });
        }
        Ok(out)
    }

    /// Deletes a household with its visits and reflections. Items already in the outbox are
    /// anonymised and independent of the family, so they are kept and still sent.
    pub fn delete_household(&mut self, id: Uuid) -> Result<(), StoreError> {
        let n = self
            .conn
            .execute("DELETE FROM households WHERE id = ?1", [id.to_string()])?;
        if n == 0 {
            return Err(StoreError::NoSuchHousehold);
        }
        Ok(())
    }

    /// How many households are stored.
    pub fn household_count(&self) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM households", [], |r| r.get(0))?)
    }
}

fn write_household(tx: &Transaction<'_>, h: &Household) -> Result<(), StoreError> {
    let id = h.id.to_string();
    tx.execute(
        "INSERT INTO households (id, display_name, flags, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name,
             flags = excluded.flags, notes = excluded.notes, updated_at = excluded.updated_at",
        params![
            id,
            h.display_name,
            to_json(&h.flags, "households.flags")?,
            h.notes,
            time_str(&h.created_at),
            time_str(&h.updated_at),
        ],
    )?;
    tx.execute("DELETE FROM members WHERE household_id = ?1", [&id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO members (id, household_id, position, name, aliases, role, dob,
                              approx_age_years, residence, caring_role, notes, added_at,
                              gestation_weeks, birth_weight)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    for (pos, m) in h.members.iter().enumerate() {
        stmt.execute(params![
            m.id.to_string(),
            id,
            pos as i64,
            m.name,
            to_json(&m.aliases, "members.aliases")?,
            m.role.as_str(),
            m.dob.map(|d| d.format("%Y-%m-%d").to_string()),
            m.approx_age_years,
            m.residence.as_str(),
            m.caring_role,
            m.notes,
            time_str(&m.added_at),
            m.gestation_weeks,
            m.birth_weight
                .map(|w| to_json(&w, "members.birth_weight"))
                .transpose()?,
        ])?;
    }
    Ok(())
}

/// Keeps the changes to a family's record, for its chronology.
fn write_events(
    tx: &Transaction<'_>,
    household_id: Uuid,
    events: &[RecordEvent],
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO household_events (household_id, at, kind, subject, role, name)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for e in events {
        stmt.execute(params![
            household_id.to_string(),
            time_str(&e.at),
            e.kind.as_str(),
            e.subject,
            e.role.map(|r| r.as_str()),
            e.name,
        ])?;
    }
    Ok(())
}

impl Store {
    /// The changes kept for a family's record, oldest first.
    pub fn household_events(&self, household_id: Uuid) -> Result<Vec<RecordEvent>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT at, kind, subject, role, name FROM household_events
             WHERE household_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([household_id.to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (at, kind, subject, role, name) = row?;
            out.push(RecordEvent {
                at: time_col(&at, "household_events.at")?,
                kind: crate::chronology::RecordEventKind::parse(&kind)
                    .ok_or(StoreError::BadRecord("household_events.kind"))?,
                subject,
                role: role
                    .map(|r| {
                        crate::household::Role::parse(&r)
                            .ok_or(StoreError::BadRecord("household_events.role"))
                    })
                    .transpose()?,
                name,
            });
        }
        Ok(out)
    }
}
