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
