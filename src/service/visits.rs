//! Preparing a visit: today's prompt list put on the visit being prepared.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::content::Content;
use crate::household::Role;
use crate::prompt::{PromptList, todays_prompts};
use crate::record::{BabyFacts, babies};
use crate::store::{PlannedVisit, Store, StoreError};
use crate::visit::{AnswerState, Progress, Visit, VisitError, VisitKind, VisitStatus};

/// How many days after today the day plan looks ahead.
pub const PLAN_AHEAD_DAYS: u64 = 6;

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
    let mut visit = planned_or_new(&visits, household_id, today, &content.hash);
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
    /// A mother is on the record: the screen asks whether she was seen on her own.
    pub mother: bool,
    /// What the record shows of each baby before this visit (age, mobility): an injury on a
    /// baby not known to be mobile asks for action today.
    pub babies: Vec<BabyFacts>,
    /// The ways of moving that count as mobile (`Mobility::is_mobile`), so that the screen
    /// applies the core's rule to what is chosen on it instead of keeping its own copy.
    pub mobile: Vec<crate::visit::Mobility>,
}

/// The visit with its family, for recording what happened.
pub fn record(store: &Store, visit_id: Uuid, today: NaiveDate) -> Result<VisitRecord, StoreError> {
    let visit = store.visit(visit_id)?;
    let household = store.household(visit.household_id)?;
    let older_children = household.members.iter().any(|m| m.role.is_older_child());
    let mother = household.members.iter().any(|m| m.role == Role::Mother);
    let earlier: Vec<Visit> = store
        .visits(visit.household_id)?
        .into_iter()
        .filter(|v| v.id != visit.id)
        .collect();
    let babies = babies(&household, &earlier, today);
    Ok(VisitRecord {
        mobile: crate::visit::Mobility::ALL
            .into_iter()
            .filter(|m| m.is_mobile())
            .collect(),
        visit,
        household,
        older_children,
        mother,
        babies,
    })
}

/// The household's visit being prepared (the latest planned one), or a new one dated `date`:
/// a new birth visit when none has been done yet, routine after that.
fn planned_or_new(visits: &[Visit], household_id: Uuid, date: NaiveDate, hash: &str) -> Visit {
    visits
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
            Visit::new(household_id, date, kind, hash)
        })
}

/// Plans the family's next visit for `date` (today or later) and, optionally, a time of day
/// ("14:30"): the visit already being prepared is moved there, or a new one is planned.
pub fn plan(
    store: &mut Store,
    content: &Content,
    household_id: Uuid,
    date: NaiveDate,
    time: Option<String>,
    today: NaiveDate,
) -> Result<Visit, StoreError> {
    if date < today {
        return Err(VisitError::PlannedInThePast.into());
    }
    let time = time.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let visits = store.visits(household_id)?;
    let mut visit = planned_or_new(&visits, household_id, date, &content.hash);
    visit.date = date;
    visit.time = time;
    store.save_visit(&mut visit)?;
    Ok(visit)
}

/// Records that a planned visit did not happen (no access, cancelled by the family, the baby
/// not brought). Dated the day it was due, or today if it was due later. Nobody was seen at
/// it: it counts toward what is still unknown, and the next visit is prepared afresh.
pub fn did_not_happen(
    store: &mut Store,
    visit_id: Uuid,
    status: VisitStatus,
    today: NaiveDate,
) -> Result<Visit, StoreError> {
    if !status.did_not_happen() {
        return Err(VisitError::NotPlanned.into());
    }
    let mut visit = store.visit(visit_id)?;
    if visit.status != VisitStatus::Planned {
        return Err(VisitError::NotPlanned.into());
    }
    visit.status = status;
    visit.date = visit.date.min(today);
    store.save_visit(&mut visit)?;
    Ok(visit)
}

/// Takes back a "did not happen" recorded by mistake (the home screen's undo, offered for a few
/// seconds): the visit is planned again for `planned_for`, the day it was planned for (recording
/// it moved a later plan to today).
pub fn undo_did_not_happen(
    store: &mut Store,
    visit_id: Uuid,
    planned_for: NaiveDate,
) -> Result<Visit, StoreError> {
    let mut visit = store.visit(visit_id)?;
    if !visit.status.did_not_happen() {
        return Err(VisitError::NotMissed.into());
    }
    visit.status = VisitStatus::Planned;
    visit.date = planned_for;
    store.save_visit(&mut visit)?;
    Ok(visit)
}

/// What the home screen leads with: the planned visits up to [`PLAN_AHEAD_DAYS`] after today,
/// earlier ones never recorded first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct DayPlan {
    pub today: NaiveDate,
    pub visits: Vec<PlannedVisit>,
}

/// The day plan as of `today`.
pub fn day_plan(store: &Store, today: NaiveDate) -> Result<DayPlan, StoreError> {
    let until = today
        .checked_add_days(chrono::Days::new(PLAN_AHEAD_DAYS))
        .unwrap_or(today);
    Ok(DayPlan {
        today,
        visits: store.planned_visits(until)?,
    })
}

/// Records an answer to one prompt on a visit being prepared; the visit's progress after it.
pub fn set_answer(
    store: &mut Store,
    visit_id: Uuid,
    prompt_id: &str,
    answer: AnswerState,
    note: &str,
) -> Result<Progress, StoreError> {
    store.set_answer(visit_id, prompt_id, answer, note)
}

pub fn get(store: &Store, id: Uuid) -> Result<Visit, StoreError> {
    store.visit(id)
}

/// Saves a visit (checked) and gives it back as saved.
pub fn save(store: &mut Store, mut visit: Visit) -> Result<Visit, StoreError> {
    store.save_visit(&mut visit)?;
    Ok(visit)
}
