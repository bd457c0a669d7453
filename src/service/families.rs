//! The family screen: the record, the conditions that hold today, what is still unknown, its
//! visits and reflections.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::changes::{RecentVisit, recent_visits};
use crate::content::{Content, Label};
use crate::household::Household;
use crate::prompt::evaluate_conditions;
use crate::reflection::Reflection;
use crate::store::{Closure, Store, StoreError};
use crate::unknowns::{Unknown, unknowns};
use crate::visit::{Visit, VisitStatus};

/// Everything the family screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct HouseholdView {
    pub household: Household,
    /// The conditions that hold today (flags and derived), as (id, label).
    pub conditions: Vec<(String, Label)>,
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
    visits.reverse();
    let planned_visit = visits
        .iter()
        .find(|v| v.status == VisitStatus::Planned)
        .map(|v| v.id);
    Ok(HouseholdView {
        conditions: conditions
            .labelled()
            .map(|(id, label)| (id.to_string(), label.clone()))
            .collect(),
        unknowns,
        reflections: store.reflections(id)?,
        planned_visit,
        recent,
        closed: store.closure(id)?,
        visits,
        household,
    })
}
