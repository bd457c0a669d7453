//! Reflections in the store. Drafts are saved as they are typed, with `synchronous = FULL`, so
//! a crash or a forced quit loses nothing that was saved.

use chrono::Utc;
use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{Store, StoreError, json_col, time_col, time_str, to_json, uuid_col};
use crate::content::Content;
use crate::reflection::{Action, Reflection, ReflectionError, ReflectionStatus};

impl Store {
    /// Saves a reflection (a draft as it is typed, or its new status). Refuses to change one
    /// already shared. Bumps the revision and the updated time.
    pub fn save_reflection(
        &mut self,
        reflection: &mut Reflection,
        content: &Content,
    ) -> Result<(), StoreError> {
        reflection.validate(content)?;
        let tx = self.conn.transaction()?;
        let household_exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM households WHERE id = ?1)",
            [reflection.household_id.to_string()],
            |r| r.get(0),
        )?;
        if !household_exists {
            return Err(StoreError::NoSuchHousehold);
        }
        let stored: Option<(String, String, i64)> = tx
            .query_row(
                "SELECT status, household_id, revision FROM reflections WHERE id = ?1",
                [reflection.id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let stored_revision = stored
            .as_ref()
            .map_or(0, |(_, _, rev)| u64::try_from(*rev).unwrap_or(0));
        if let Some((status, household, _)) = stored {
            if status == ReflectionStatus::Shared.as_str() {
                return Err(ReflectionError::AlreadyShared.into());
            }
            if household != reflection.household_id.to_string() {
                return Err(StoreError::NoSuchReflection);
            }
        }
        // Counted by the store, whatever revision an older copy of the draft carries.
        let revision = stored_revision.max(reflection.revision) + 1;
        let updated_at = Utc::now();
        tx.execute(
            "INSERT INTO reflections (id, household_id, visit_id, sections, themes, status,
                                      content_hash, created_at, updated_at, revision,
                                      template_version, choices, actions)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (id) DO UPDATE SET visit_id = excluded.visit_id,
                 sections = excluded.sections, themes = excluded.themes,
                 status = excluded.status, content_hash = excluded.content_hash,
                 updated_at = excluded.updated_at, revision = excluded.revision,
                 choices = excluded.choices, actions = excluded.actions",
            params![
                reflection.id.to_string(),
                reflection.household_id.to_string(),
                reflection.visit_id.map(|v| v.to_string()),
                to_json(&reflection.sections, "reflections.sections")?,
                to_json(&reflection.themes, "reflections.themes")?,
                reflection.status.as_str(),
                reflection.content_hash,
                time_str(&reflection.created_at),
                time_str(&updated_at),
                revision as i64,
                reflection.template_version,
                to_json(&reflection.choices, "reflections.choices")?,
                to_json(&reflection.actions, "reflections.actions")?,
            ],
        )?;
        tx.commit()?;
        reflection.revision = revision;
        reflection.updated_at = updated_at;
        Ok(())
    }

    /// Reads one reflection.
    pub fn reflection(&self, id: Uuid) -> Result<Reflection, StoreError> {
        let row = self
            .conn
            .query_row(
                &format!("{REFLECTION_COLUMNS} WHERE id = ?1"),
                [id.to_string()],
                reflection_row,
            )
            .optional()?
            .ok_or(StoreError::NoSuchReflection)?;
        build(row)
    }

    /// A household's reflections, newest first.
    pub fn reflections(&self, household_id: Uuid) -> Result<Vec<Reflection>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{REFLECTION_COLUMNS} WHERE household_id = ?1 ORDER BY created_at DESC"
        ))?;
        let rows: Vec<ReflectionRow> = stmt
            .query_map([household_id.to_string()], reflection_row)?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(build).collect()
    }

    /// The reflection for a visit: the one already written for it (shared or not), else a new
    /// draft, saved at once so that it is never lost.
    pub fn reflection_for_visit(
        &mut self,
        content: &Content,
        household_id: Uuid,
        visit_id: Option<Uuid>,
    ) -> Result<Reflection, StoreError> {
        if let Some(visit_id) = visit_id {
            let visit = self.visit(visit_id)?;
            if visit.household_id != household_id {
                return Err(StoreError::NoSuchVisit);
            }
            if let Some(r) = self
                .reflections(household_id)?
                .into_iter()
                .find(|r| r.visit_id == Some(visit_id))
            {
                return Ok(r);
            }
        }
        let mut r = Reflection::new(household_id, visit_id, content);
        self.save_reflection(&mut r, content)?;
        Ok(r)
    }

    /// Every unfinished draft on the device, newest first (to offer "carry on writing").
    pub fn drafts(&self) -> Result<Vec<Reflection>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "{REFLECTION_COLUMNS} WHERE status = 'draft' ORDER BY updated_at DESC"
        ))?;
        let rows: Vec<ReflectionRow> = stmt
            .query_map([], reflection_row)?
            .collect::<Result<_, _>>()?;
        rows.into_iter().map(build).collect()
    }

    /// Every action on the device not yet done, with its reflection and family: the earliest
    /// due first, those with no date last.
    pub fn open_actions(&self) -> Result<Vec<OpenAction>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, r.household_id, h.display_name, r.actions FROM reflections r
             JOIN households h ON h.id = r.household_id
             WHERE r.actions != '[]'",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, household, name, actions) = row?;
            let actions: Vec<Action> = json_col(&actions, "reflections.actions")?;
            let reflection_id = uuid_col(&id, "reflections.id")?;
            let household_id = uuid_col(&household, "reflections.household_id")?;
            for action in actions
                .into_iter()
                .filter(|a| a.done_on.is_none() && !a.what.trim().is_empty())
            {
                out.push(OpenAction {
                    reflection_id,
                    household_id,
                    family: name.clone(),
                    action,
                });
            }
        }
        out.sort_by(|a, b| {
            (a.action.due.is_none(), a.action.due, &a.family).cmp(&(
                b.action.due.is_none(),
                b.action.due,
                &b.family,
            ))
        });
        Ok(out)
    }

    /// Marks an action done on a day, or not done (`None`). Allowed after the reflection is
    /// shared: only the action's state changes, never what was sent.
    pub fn set_action_done(
        &mut self,
        reflection_id: Uuid,
        action_id: Uuid,
        done_on: Option<chrono::NaiveDate>,
    ) -> Result<(), StoreError> {
        let tx = self.conn.transaction()?;
        let actions: String = tx
            .query_row(
                "SELECT actions FROM reflections WHERE id = ?1",
                [reflection_id.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchReflection)?;
        let mut actions: Vec<Action> = json_col(&actions, "reflections.actions")?;
        let action = actions
            .iter_mut()
            .find(|a| a.id == action_id)
            .ok_or(StoreError::NoSuchReflection)?;
        action.done_on = done_on;
        tx.execute(
            "UPDATE reflections SET actions = ?2 WHERE id = ?1",
            params![
                reflection_id.to_string(),
                to_json(&actions, "reflections.actions")?
            ],
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// An action not yet done, as the home screen and a family's page list it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct OpenAction {
    pub reflection_id: Uuid,
    pub household_id: Uuid,
    /// The family's name on this device (never sent).
    pub family: String,
    pub action: Action,
}

const REFLECTION_COLUMNS: &str = "SELECT id, household_id, visit_id, sections, themes, status,
        content_hash, template_version, choices, actions, created_at, updated_at, revision
        FROM reflections";

/// The columns of one row, read by name.
struct ReflectionRow {
    id: String,
    household_id: String,
    visit_id: Option<String>,
    sections: String,
    themes: String,
    status: String,
    content_hash: String,
    template_version: String,
    choices: String,
    actions: String,
    created_at: String,
    updated_at: String,
    revision: i64,
}

fn reflection_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ReflectionRow> {
    Ok(ReflectionRow {
        id: r.get("id")?,
        household_id: r.get("household_id")?,
        visit_id: r.get("visit_id")?,
        sections: r.get("sections")?,
        themes: r.get("themes")?,
        status: r.get("status")?,
        content_hash: r.get("content_hash")?,
        template_version: r.get("template_version")?,
        choices: r.get("choices")?,
        actions: r.get("actions")?,
        created_at: r.get("created_at")?,
        updated_at: r.get("updated_at")?,
        revision: r.get("revision")?,
    })
}

fn build(row: ReflectionRow) -> Result<Reflection, StoreError> {
    Ok(Reflection {
        id: uuid_col(&row.id, "reflections.id")?,
        household_id: uuid_col(&row.household_id, "reflections.household_id")?,
        visit_id: row
            .visit_id
            .map(|v| uuid_col(&v, "reflections.visit_id"))
            .transpose()?,
        sections: json_col(&row.sections, "reflections.sections")?,
        themes: json_col(&row.themes, "reflections.themes")?,
        status: ReflectionStatus::parse(&row.status)
            .ok_or(StoreError::BadRecord("reflections.status"))?,
        content_hash: row.content_hash,
        template_version: row.template_version,
        choices: json_col(&row.choices, "reflections.choices")?,
        actions: json_col(&row.actions, "reflections.actions")?,
        created_at: time_col(&row.created_at, "reflections.created_at")?,
        updated_at: time_col(&row.updated_at, "reflections.updated_at")?,
        revision: u64::try_from(row.revision)
            .map_err(|_| StoreError::BadRecord("reflections.revision"))?,
    })
}
