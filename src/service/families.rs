//! The family screen: the record, the conditions that hold today, what is still unknown, its
//! visits and reflections.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::changes::{RecentVisit, recent_visits};
use crate::chronology::{Entry, chronology};
use crate::content::{Content, Label};
use crate::household::{Household, Member, Residence, Role};
use crate::prompt::evaluate_conditions;
use crate::record::{BabyFacts, Because, babies};
use crate::reflection::Reflection;
use crate::store::{ClosedReason, Closure, HouseholdSummary, Store, StoreError};
use crate::unknowns::{Unknown, unknowns};
use crate::visit::{Visit, VisitStatus};

/// Everything the family screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct HouseholdView {
    pub household: Household,
    /// The conditions that hold today (flags and derived), as (id, label, what in the record
    /// shows it: empty for a flag only ticked).
    pub conditions: Vec<(String, Label, Vec<Because>)>,
    /// Each baby's age, corrected age and mobility, worked out from the record.
    pub babies: Vec<BabyFacts>,
    /// What is still unknown from earlier visits, longest first.
    pub unknowns: Vec<Unknown>,
    /// Visits, newest first.
    pub visits: Vec<Visit>,
    /// The last three past visits, newest first, with what changed at each.
    pub recent: Vec<RecentVisit>,
    /// Reflections, newest first.
    pub reflections: Vec<Reflection>,
    /// The visit being prepared, if there is one.
    pub planned_visit: Option<Uuid>,
    /// Set when the family is closed: when, why, and the day it is erased from this device.
    pub closed: Option<Closure>,
    /// Whether its shared reflections are linked for supervision (its case key).
    pub case: crate::store::CaseLink,
}

/// The family screen: the record, what holds, what is unknown, visits and reflections.
pub fn view(
    store: &Store,
    content: &Content,
    id: Uuid,
    today: NaiveDate,
) -> Result<HouseholdView, StoreError> {
    let household = store.household(id)?;
    let mut visits = store.visits(id)?;
    let conditions = evaluate_conditions(content, &household, &visits, today);
    let unknowns = unknowns(&household, &visits);
    let recent = recent_visits(&household, &visits);
    let babies = babies(&household, &visits, today);
    visits.reverse();
    let planned_visit = visits
        .iter()
        .find(|v| v.status == VisitStatus::Planned)
        .map(|v| v.id);
    Ok(HouseholdView {
        conditions: conditions
            .held()
            .map(|(id, held)| (id.to_string(), held.label.clone(), held.because.clone()))
            .collect(),
        babies,
        unknowns,
        reflections: store.reflections(id)?,
        planned_visit,
        recent,
        closed: store.closure(id)?,
        case: store.case_link(id)?,
        visits,
        household,
    })
}

/// Links a family's next shared reflections to its earlier ones (on), or sends them with no
/// case key (off).
pub fn set_case_link(store: &Store, id: Uuid, on: bool) -> Result<(), StoreError> {
    store.set_case_link(id, on)
}

/// Starts a new case key for a family: what it shares next is not linked to what went before.
pub fn new_case_key(store: &Store, id: Uuid) -> Result<(), StoreError> {
    store.new_case_key(id)
}

/// The family's chronology, newest first: what has been recorded, dated, with concerns marked.
pub fn chronology_of(store: &Store, content: &Content, id: Uuid) -> Result<Vec<Entry>, StoreError> {
    let household = store.household(id)?;
    let visits = store.visits(id)?;
    let events = store.household_events(id)?;
    let reflections = store.reflections(id)?;
    Ok(chronology(
        content,
        &household,
        &visits,
        &events,
        &reflections,
    ))
}

/// The families on this device, filtered by a search of names and addresses when given.
pub fn list(store: &Store, search: Option<&str>) -> Result<Vec<HouseholdSummary>, StoreError> {
    store.list_households(search)
}

/// An empty family for the form.
pub fn blank_household() -> Household {
    Household::new("")
}

/// An empty person for the family form (another adult living here until chosen).
pub fn blank_member() -> Member {
    Member::new("", Role::OtherAdult, Residence::LivesHere)
}

pub fn get(store: &Store, id: Uuid) -> Result<Household, StoreError> {
    store.household(id)
}

/// Saves a family (checked against the content's flags) and gives it back as saved.
pub fn save(
    store: &mut Store,
    content: &Content,
    mut household: Household,
) -> Result<Household, StoreError> {
    store.save_household(&mut household, content)?;
    Ok(household)
}

pub fn delete(store: &mut Store, id: Uuid) -> Result<(), StoreError> {
    store.delete_household(id)
}

/// Closes a family (moved away, case closed) on `today`: it is erased from this device once the
/// retention period has passed.
pub fn close(
    store: &mut Store,
    id: Uuid,
    reason: ClosedReason,
    today: NaiveDate,
) -> Result<Closure, StoreError> {
    store.close_household(id, reason, today)
}

pub fn reopen(store: &mut Store, id: Uuid) -> Result<(), StoreError> {
    store.reopen_household(id)
}
