//! The use-cases the app and the command line carry out, one function each: they read and write
//! through the store and compose what the engines work out (conditions, prompt lists, cards, the
//! anonymiser). The store only stores; a Tauri command is one call to a function here.
//!
//! Every function takes the unlocked store (or what it needs) and the content, and says "today"
//! explicitly, so that it can be tested without a clock.

pub mod cards;
pub mod families;
pub mod forms;
pub mod reflections;
pub mod sharing;
pub mod status;
pub mod visits;
