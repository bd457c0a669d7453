//! Visits and their answers in the store.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::rows::{VISIT_COLUMNS, build_visit, read_visits, visit_row};
use super::{Store, StoreError, date_col, json_col, time_str, to_json, uuid_col};
use crate::visit::{AnswerState, Progress, Visit, VisitError, VisitKind};

impl Store {
    /// Saves a visit and its answers in one transaction, after checking it against its
    /// household.
    pub fn save_visit(&mut self, visit: &mut Visit) -> Result<(), StoreError> {
        let household = self.household(visit.household_id)?;
        visit.validate(&household)?;
        visit.updated_at = Utc::now();
        let id = visit.id.to_string();
        let tx = self.conn.transaction()?;
        let changed = tx.execute(
            "INSERT INTO visits (id, household_id, date, kind, status, present, seen,
                                 sleep_space_seen, older_children_spoken_to, notes,
                                 content_hash, created_at, updated_at, time,
                                 mother_seen_alone, seen_alone_why, babies)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)
             ON CONFLICT (id) DO UPDATE SET date = excluded.date, time = excluded.time,
                 kind = excluded.kind,
                 status = excluded.status, present = excluded.present, seen = excluded.seen,
                 sleep_space_seen = excluded.sleep_space_seen,
                 older_children_spoken_to = excluded.older_children_spoken_to,
                 notes = excluded.notes, content_hash = excluded.content_hash,
                 updated_at = excluded.updated_at,
                 mother_seen_alone = excluded.mother_seen_alone,
                 seen_alone_why = excluded.seen_alone_why, babies = excluded.babies
             WHERE visits.household_id = excluded.household_id",
            params![
                id,
                visit.household_id.to_string(),
                visit.date.format("%Y-%m-%d").to_string(),
                visit.kind.as_str(),
                visit.status.as_str(),
                to_json(&visit.present, "visits.present")?,
                to_json(&visit.seen, "visits.seen")?,
                visit.sleep_space_seen,
                visit.older_children_spoken_to,
                visit.notes,
                visit.content_hash,
                time_str(&visit.created_at),
                time_str(&visit.updated_at),
                visit.time,
                visit.mother_seen_alone.map(|a| a.as_str()),
                visit.seen_alone_why,
                to_json(&visit.babies, "visits.babies")?,
            ],
        )?;
        if changed == 0 {
            // The id belongs to a visit of another family: never move it.
            return Err(crate::visit::VisitError::WrongHousehold.into());
        }
        tx.execute("DELETE FROM answers WHERE visit_id = ?1", [&id])?;
        {
            let mut stmt = tx.prepare_cached(
                "INSERT INTO answers (visit_id, position, prompt_id, state, note)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for (pos, a) in visit.answers.iter().enumerate() {
                stmt.execute(params![
                    id,
                    pos as i64,
                    a.prompt_id,
                    a.state.as_str(),
                    a.note
                ])?;
            }
        }
        super::outstanding::refresh(&tx, visit.household_id)?;
        tx.commit()?;
        Ok(())
    }

    /// Reads one visit.
    pub fn visit(&self, id: Uuid) -> Result<Visit, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("{VISIT_COLUMNS} WHERE id = ?1"),
                [id.to_string()],
                visit_row,
            )
            .optional()?
            .ok_or(StoreError::NoSuchVisit)?;
        build_visit(&self.conn, row)
    }

    /// A household's visits, oldest first.
    pub fn visits(&self, household_id: Uuid) -> Result<Vec<Visit>, StoreError> {
        read_visits(&self.conn, household_id)
    }

    /// Deletes a visit (and its answers).
    pub fn delete_visit(&mut self, id: Uuid) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let household: String = tx
            .query_row(
                "SELECT household_id FROM visits WHERE id = ?1",
                [id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchVisit)?;
        tx.execute("DELETE FROM visits WHERE id = ?1", [id.to_string()])?;
        super::outstanding::refresh(&tx, uuid_col(&household, "visits.household_id")?)?;
        tx.commit()?;
        Ok(())
    }
}

impl Store {
    /// Records where one prompt stands at a visit, with the practitioner's note.
    pub fn set_answer(
        &mut self,
        visit_id: Uuid,
        prompt_id: &str,
        state: AnswerState,
        note: &str,
    ) -> Result<Progress, StoreError> {
        if note.chars().count() > crate::household::MAX_NOTES_CHARS {
            return Err(VisitError::NotesTooLong.into());
        }
        let mut visit = self.visit(visit_id)?;
        if visit.answer(prompt_id).is_none() {
            return Err(VisitError::UnknownPrompt.into());
        }
        visit.set_answer(prompt_id, state, note);
        self.save_visit(&mut visit)?;
        Ok(Progress::of(&visit))
    }
}

/// A planned visit as the day plan shows it: when, which family, and what is still unknown
/// about that family.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct PlannedVisit {
    pub visit_id: Uuid,
    pub household_id: Uuid,
    pub display_name: String,
    pub date: chrono::NaiveDate,
    /// "14:30", or `None` when no time was given.
    pub time: Option<String>,
    pub kind: VisitKind,
    /// What is still unknown from earlier visits ("Partner not seen ×3"), longest first.
    pub outstanding: Vec<crate::unknowns::Gap>,
}

impl Store {
    /// The planned visits of open families dated on or before `until` (earlier ones that were
    /// never recorded included), by date, then time (a visit without a time last in its day),
    /// then family.
    pub fn planned_visits(
        &self,
        until: chrono::NaiveDate,
    ) -> Result<Vec<PlannedVisit>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT v.id, v.household_id, h.display_name, v.date, v.time, v.kind, h.outstanding
             FROM visits v JOIN households h ON h.id = v.household_id
             WHERE v.status = 'planned' AND v.date <= ?1 AND h.closed_on IS NULL
             ORDER BY v.date, v.time IS NULL, v.time, h.display_name COLLATE NOCASE, v.id",
        )?;
        let rows = stmt.query_map([until.format("%Y-%m-%d").to_string()], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, String>(6)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, household_id, display_name, date, time, kind, outstanding) = row?;
            out.push(PlannedVisit {
                visit_id: uuid_col(&id, "visits.id")?,
                household_id: uuid_col(&household_id, "visits.household_id")?,
                display_name,
                date: date_col(&date, "visits.date")?,
                time,
                kind: VisitKind::parse(&kind).ok_or(StoreError::BadRecord("visits.kind"))?,
                outstanding: json_col(&outstanding, "households.outstanding")?,
            });
        }
        Ok(out)
    }
}
