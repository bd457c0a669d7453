//! Doorstep core: the domain model, content packs, the encrypted store, the prompt engine.
//!
//! Nothing in this crate knows about Tauri or HTTP frameworks. Pure logic (prompt selection,
//! condition evaluation) is plain functions over plain data; I/O sits in [`store`] and the
//! command line.

#![forbid(unsafe_code)]

pub mod anonymise;
pub mod cards;
pub mod changes;
pub mod content;
pub mod demo;
pub mod household;
pub mod keys;
pub mod preview;
pub mod prompt;
pub mod reflection;
pub mod secrets;
pub mod service;
pub mod store;
pub mod sync;
pub mod unknowns;
pub mod visit;

pub use cards::{EscalationView, SafeSleepView};
pub use content::{Content, Theme};
pub use household::{Household, Member, Residence, Role};
pub use prompt::{ConditionSet, PromptList};
pub use reflection::{Reflection, ReflectionStatus};
pub use store::{Store, StoreError};
pub use visit::{Answer, AnswerState, Visit, VisitKind, VisitStatus};
