//! The use-cases the app and the command line carry out, one function each: they read and write
//! through the store and compose what the engines work out (conditions, prompt lists, cards, the
//! anonymiser). This is the only door into the device's core: a Tauri command is one call to a
//! function here (inside the app's session wrapper), the command line calls the same functions,
//! and `tests/architecture.rs` checks both. The store only stores.
//!
//! Every function takes the unlocked store (or what it needs) and says "today" explicitly, so
//! that it can be tested without a clock; those that read the content take it as a parameter
//! (the app passes [`content`]).

pub mod cards;
pub mod errors;
pub mod families;
pub mod forms;
pub mod packs;
pub mod reflections;
pub mod session;
pub mod settings;
pub mod sharing;
pub mod status;
pub mod syncing;
pub mod team;
pub mod tools;
pub mod translation;
pub mod visits;

/// The content the app is built with.
pub fn content() -> &'static crate::content::Content {
    crate::content::Content::embedded()
}

/// The types the use-cases take and give, for the app's commands and the command line (which
/// name nothing else of the core).
pub mod types {
    pub use crate::anonymise::review::Decisions;
    pub use crate::cards::SafeSleepView;
    pub use crate::chronology::Entry;
    pub use crate::content::Content;
    pub use crate::household::{Household, Member};
    pub use crate::reflection::Reflection;
    pub use crate::secrets::{PlatformSecretStore, SecretStore};
    pub use crate::store::{ClosedReason, Closure, HouseholdSummary, ShareState, Store};
    pub use crate::visit::{AnswerState, Progress, Visit, VisitStatus};

    pub use super::cards::EscalationCard;
    pub use super::families::HouseholdView;
    pub use super::forms::FormOptions;
    pub use super::reflections::{ActionDue, ReflectionView};
    pub use super::session::{AppInfo, Device, SessionError, SetupInfo};
    pub use super::settings::{Settings, SettingsError};
    pub use super::sharing::{ShareError, ShareReview};
    pub use super::status::SyncStatus;
    pub use super::syncing::{Outcome, Syncer};
    pub use super::team::TeamError;
    pub use super::visits::{DayPlan, VisitPrep, VisitRecord};
    pub use crate::keys::KdfParams;
    pub use crate::store::StoreError;
    pub use crate::sync::engine::StoreAccess;
    pub use doorstep_core::facts::{ErrorFacts, Explain};
}
