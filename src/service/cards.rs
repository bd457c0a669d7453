//! The cards as the app opens them: the safe-sleep card (tailored when a family is open) and the
//! escalation card with the team's local pack from beside the store.

use std::path::Path;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::cards::{EscalationView, SafeSleepView, escalation_card, safe_sleep_card};
use crate::content::{Content, LOCAL_FILE, LocalPack};
use crate::prompt::evaluate_conditions;
use crate::store::{Store, StoreError};

/// The general safe-sleep card: it holds nothing about anyone (works locked).
pub fn safe_sleep(content: &Content) -> SafeSleepView {
    safe_sleep_card(content, None)
}

/// The safe-sleep card, tailored to a family when one is given (which needs the unlocked
/// store); the general card needs nothing, so it works locked.
pub fn safe_sleep_card_for(
    store: Option<&Store>,
    content: &Content,
    household_id: Option<Uuid>,
    today: NaiveDate,
) -> Result<SafeSleepView, StoreError> {
    match household_id {
        None => Ok(safe_sleep(content)),
        Some(id) => safe_sleep_for(store.ok_or(StoreError::Locked)?, content, id, today),
    }
}

/// The safe-sleep card tailored to a family.
pub fn safe_sleep_for(
    store: &Store,
    content: &Content,
    household_id: Uuid,
    today: NaiveDate,
) -> Result<SafeSleepView, StoreError> {
    let household = store.household(household_id)?;
    let visits = store.visits(household_id)?;
    let conditions = evaluate_conditions(content, &household, &visits, today);
    Ok(safe_sleep_card(content, Some(&conditions)))
}

/// The escalation card as the app shows it: the team's local pack where one is set up, else the
/// example pack (and why, when a team's file cannot be used).
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct EscalationCard {
    #[serde(flatten)]
    pub card: EscalationView,
    /// Why the team's local pack beside the store was not used, in words.
    pub problem: Option<String>,
}

/// The escalation card, with the local pack read from `local.toml` in the data folder when it is
/// there. It holds nothing about any family (works locked).
pub fn escalation(content: &Content, data_dir: &Path) -> EscalationCard {
    let path = data_dir.join(LOCAL_FILE);
    let (local, problem) = if path.exists() {
        match super::packs::local_pack(&path, content) {
            Ok(local) if local.gaps.is_empty() => (local, None),
            Ok(local) => {
                let problem = format!(
                    "The team's contacts file is not complete. Tell your safeguarding lead: {}",
                    local.gaps.join("; ")
                );
                (local, Some(problem))
            }
            Err(e) => (
                LocalPack::example().clone(),
                Some(format!(
                    "The team's contacts file could not be used, so these are the example contacts. Tell your safeguarding lead: {e}"
                )),
            ),
        }
    } else {
        (LocalPack::example().clone(), None)
    };
    EscalationCard {
        card: escalation_card(content, &local),
        problem,
    }
}
