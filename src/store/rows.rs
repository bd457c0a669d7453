//! Reading a household and its visits from their rows: what the store's modules share (the
//! families, the visits, and what is still unknown, which is worked out from both), so that none
//! of them has to reach into another.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use super::{StoreError, date_col, json_col, time_col, uuid_col};
use crate::household::{Household, Member, Residence, Role};
use crate::visit::{Answer, AnswerState, SeenAlone, Visit, VisitKind, VisitStatus};

pub(super) type VisitRow = (
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    Option<bool>,
    Option<bool>,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
);

/// Reads one household with its members.
pub(crate) fn read_household(conn: &Connection, id: Uuid) -> Result<Household, StoreError> {
    let row = conn
        .query_row(
            "SELECT display_name, flags, notes, created_at, updated_at
             FROM households WHERE id = ?1",
            [id.to_string()],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                ))
            },
        )
        .optional()?
        .ok_or(StoreError::NoSuchHousehold)?;
    let (display_name, flags, notes, created_at, updated_at) = row;
    Ok(Household {
        id,
        display_name,
        flags: json_col(&flags, "households.flags")?,
        members: read_members(conn, id)?,
        notes,
        created_at: time_col(&created_at, "households.created_at")?,
        updated_at: time_col(&updated_at, "households.updated_at")?,
    })
}

fn read_members(conn: &Connection, household_id: Uuid) -> Result<Vec<Member>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, aliases, role, dob, approx_age_years, residence, caring_role,
                notes, added_at, gestation_weeks, birth_weight
         FROM members WHERE household_id = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([household_id.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, Option<u8>>(5)?,
            r.get::<_, String>(6)?,
            r.get::<_, bool>(7)?,
            r.get::<_, String>(8)?,
            r.get::<_, String>(9)?,
            r.get::<_, Option<u8>>(10)?,
            r.get::<_, Option<String>>(11)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, name, aliases, role, dob, approx, residence, caring, notes, added, gest, birth) =
            row?;
        out.push(Member {
            id: uuid_col(&id, "members.id")?,
            name,
            aliases: json_col(&aliases, "members.aliases")?,
            role: Role::parse(&role).ok_or(StoreError::BadRecord("members.role"))?,
            dob: dob.map(|d| date_col(&d, "members.dob")).transpose()?,
            approx_age_years: approx,
            residence: Residence::parse(&residence)
                .ok_or(StoreError::BadRecord("members.residence"))?,
            caring_role: caring,
            gestation_weeks: gest,
            birth_weight: birth
                .map(|b| json_col(&b, "members.birth_weight"))
                .transpose()?,
            notes,
            added_at: time_col(&added, "members.added_at")?,
        });
    }
    Ok(out)
}

pub(super) const VISIT_COLUMNS: &str =
    "SELECT id, household_id, date, time, kind, status, present, seen,
        sleep_space_seen, older_children_spoken_to, notes, content_hash, created_at, updated_at,
        mother_seen_alone, seen_alone_why, babies
     FROM visits";

pub(super) fn visit_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<VisitRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
        r.get(12)?,
        r.get(13)?,
        r.get(14)?,
        r.get(15)?,
        r.get(16)?,
    ))
}

/// A household's visits, oldest first.
pub(crate) fn read_visits(conn: &Connection, household_id: Uuid) -> Result<Vec<Visit>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "{VISIT_COLUMNS} WHERE household_id = ?1 ORDER BY date, created_at"
    ))?;
    let rows: Vec<VisitRow> = stmt
        .query_map([household_id.to_string()], visit_row)?
        .collect::<Result<_, _>>()?;
    rows.into_iter().map(|r| build_visit(conn, r)).collect()
}

pub(super) fn build_visit(conn: &Connection, row: VisitRow) -> Result<Visit, StoreError> {
    let (
        id,
        household_id,
        date,
        time,
        kind,
        status,
        present,
        seen,
        sleep,
        older,
        notes,
        hash,
        created,
        updated,
        alone,
        alone_why,
        babies,
    ) = row;
    let mut stmt = conn.prepare_cached(
        "SELECT prompt_id, state, note FROM answers WHERE visit_id = ?1 ORDER BY position",
    )?;
    let answers = stmt
        .query_map([&id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?
        .map(|row| {
            let (prompt_id, state, note) = row?;
            Ok(Answer {
                prompt_id,
                state: AnswerState::parse(&state).ok_or(StoreError::BadRecord("answers.state"))?,
                note,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    Ok(Visit {
        id: uuid_col(&id, "visits.id")?,
        household_id: uuid_col(&household_id, "visits.household_id")?,
        date: date_col(&date, "visits.date")?,
        time,
        kind: VisitKind::parse(&kind).ok_or(StoreError::BadRecord("visits.kind"))?,
        status: VisitStatus::parse(&status).ok_or(StoreError::BadRecord("visits.status"))?,
        present: json_col(&present, "visits.present")?,
        seen: json_col(&seen, "visits.seen")?,
        sleep_space_seen: sleep,
        older_children_spoken_to: older,
        mother_seen_alone: alone
            .map(|a| SeenAlone::parse(&a).ok_or(StoreError::BadRecord("visits.mother_seen_alone")))
            .transpose()?,
        seen_alone_why: alone_why,
        babies: json_col(&babies, "visits.babies")?,
        answers,
        notes,
        content_hash: hash,
        created_at: time_col(&created, "visits.created_at")?,
        updated_at: time_col(&updated, "visits.updated_at")?,
    })
}
