//! Doorstep's core: the domain (households, visits, reflections), the content packs and the
//! prompt engine over them, the safe-sleep and escalation cards, the on-device anonymiser, and
//! the wire protocol between a device and its team server.
//!
//! Pure logic over plain data: no files, no network, no store, no Tauri (the content is built
//! in; reading a team's own files is the device crate's). The team server depends on this crate
//! alone; the device crate (`doorstep`: the encrypted store, keys, sync and the use-cases) builds
//! on it.

#![forbid(unsafe_code)]

pub mod anonymise;
pub mod cards;
pub mod changes;
pub mod chronology;
pub mod content;
pub mod facts;
pub mod growth;
pub mod household;
pub mod preview;
pub mod prompt;
pub mod record;
pub mod reflection;
pub mod secure;
pub mod unknowns;
pub mod visit;
pub mod wire;

pub use cards::{EscalationView, SafeSleepView};
pub use content::{Content, Theme};
pub use household::{Household, Member, Residence, Role};
pub use prompt::{ConditionSet, PromptList};
pub use reflection::{Reflection, ReflectionStatus};
pub use visit::{Answer, AnswerState, Visit, VisitKind, VisitStatus};
