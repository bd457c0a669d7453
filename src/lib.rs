//! Doorstep on the device: the encrypted store, the keys that open it and the device's secret
//! store, sync with the team server, and the use-cases ([`service`]) that the app's commands and
//! the command line call. Built on [`doorstep_core`] (the domain, content, prompt engine,
//! anonymiser and wire protocol), whose modules it re-exports under the same names.
//!
//! Nothing in this crate knows about Tauri or HTTP frameworks. I/O sits in [`store`], [`keys`],
//! [`secrets`], [`sync`] and the command line.

#![forbid(unsafe_code)]

pub use doorstep_core::{
    anonymise, cards, changes, chronology, content, growth, household, preview, prompt, record,
    reflection, unknowns, visit,
};

pub mod demo;
pub mod hardening;
pub mod keys;
pub mod secrets;
pub mod service;
pub mod store;
pub mod sync;

pub use doorstep_core::{
    Answer, AnswerState, ConditionSet, Content, EscalationView, Household, Member, PromptList,
    Reflection, ReflectionStatus, Residence, Role, SafeSleepView, Theme, Visit, VisitKind,
    VisitStatus,
};
pub use store::{Store, StoreError};
