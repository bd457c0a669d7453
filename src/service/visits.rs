//! Preparing a visit: today's prompt list put on the visit being prepared.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::content::Content;
use crate::prompt::{PromptList, todays_prompts};
use crate::store::{Store, StoreError};
use crate::visit::{AnswerState, Progress, Visit, VisitKind, VisitStatus};

/// What the visit preparation screen shows: the visit being prepared, today's list, progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct VisitPrep {
    pub visit: Visit,
    pub list: PromptList,
    pub progress: Progress,
}

/// Opens the visit being prepared for a household (the latest planned one, or a new one
/// dated `today`), puts every prompt on today's list on it as open, and returns it with the
/// list. Prompts already answered on it keep their answers.
pub fn prepare(
    store: &mut Store,
    content: &Content,
    household_id: Uuid,
    today: NaiveDate,
) -> Result<VisitPrep, StoreError> {
    let household = store.household(household_id)?;
    let visits = store.visits(household_id)?;
    let list = todays_prompts(content, &household, &visits, today);
    let mut visit = visits
        .iter()
        .rev()
        .find(|v| v.status == VisitStatus::Planned)
        .cloned()
        .unwrap_or_else(|| {
            let kind = if visits.iter().any(|v| v.status == VisitStatus::Done) {
                VisitKind::Routine
            } else {
                VisitKind::NewBirth
            };
            Visit::new(household_id, today, kind, &content.hash)
        });
    let before = visit.answers.len();
    for p in list.prompts() {
        if visit.answer(&p.id).is_none() {
            visit.set_answer(&p.id, AnswerState::Open, "");
        }
    }
    if visit.answers.len() != before || !visits.iter().any(|v| v.id == visit.id) {
        visit.content_hash = content.hash.clone();
        store.save_visit(&mut visit)?;
    }
    let progress = Progress::of(&visit);
    Ok(VisitPrep {
        visit,
        list,
        progress,
    })
}

/// What the "after the visit" screen shows: the visit, the family, and whether to ask about the
/// older children.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct VisitRecord {
    pub visit: Visit,
    pub household: crate::household::Household,
    /// The family has children other than the baby: the screen asks whether they were heard.
    pub older_children: bool,
}

/// The visit with its family, for recording what happened.
pub fn record(store: &Store, visit_id: Uuid) -> Result<VisitRecord, StoreError> {
    let visit = store.visit(visit_id)?;
    let household = store.household(visit.household_id)?;
    let older_children = household.members.iter().any(|m| m.role.is_older_child());
    Ok(VisitRecord {
        visit,
        household,
        older_children,
    })
}
