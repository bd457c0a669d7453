//! Reflections as the editor opens them.

use serde::Serialize;
use uuid::Uuid;

use crate::content::Content;
use crate::reflection::Reflection;
use crate::store::{Store, StoreError};

/// A reflection with the template's sections that were never asked of it (added after it was
/// written), so the editor can say so instead of showing them as left empty.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ReflectionView {
    pub reflection: Reflection,
    pub not_asked: Vec<String>,
}

fn view(content: &Content, reflection: Reflection) -> ReflectionView {
    ReflectionView {
        not_asked: reflection.not_asked(content),
        reflection,
    }
}

/// The reflection for a visit: the one already written for it, else a new draft (saved at once).
pub fn for_visit(
    store: &mut Store,
    content: &Content,
    household_id: Uuid,
    visit_id: Option<Uuid>,
) -> Result<ReflectionView, StoreError> {
    let r = store.reflection_for_visit(content, household_id, visit_id)?;
    Ok(view(content, r))
}

/// One reflection.
pub fn get(store: &Store, content: &Content, id: Uuid) -> Result<ReflectionView, StoreError> {
    Ok(view(content, store.reflection(id)?))
}

/// Saves a reflection (checked against its template) and gives it back as saved.
pub fn save(
    store: &mut Store,
    content: &Content,
    mut reflection: Reflection,
) -> Result<Reflection, StoreError> {
    store.save_reflection(&mut reflection, content)?;
    Ok(reflection)
}

/// An action not yet done, and whether its day has passed.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct ActionDue {
    #[serde(flatten)]
    #[ts(flatten)]
    pub open: crate::store::OpenAction,
    pub overdue: bool,
}

/// The actions not yet done (of one family, or of every family), earliest due first.
pub fn open_actions(
    store: &Store,
    household_id: Option<Uuid>,
    today: chrono::NaiveDate,
) -> Result<Vec<ActionDue>, StoreError> {
    Ok(store
        .open_actions()?
        .into_iter()
        .filter(|a| household_id.is_none_or(|h| a.household_id == h))
        .map(|open| ActionDue {
            overdue: open.action.due.is_some_and(|d| d < today),
            open,
        })
        .collect())
}

/// Marks an action done today, or not done again.
pub fn action_done(
    store: &mut Store,
    reflection_id: Uuid,
    action_id: Uuid,
    done: bool,
    today: chrono::NaiveDate,
) -> Result<(), StoreError> {
    store.set_action_done(reflection_id, action_id, done.then_some(today))
}
