//! An error as the UI receives it: the facts the core gives ([`ErrorFacts`]: a code, what
//! exactly, its numbers, and a technical cause where there is one), which the UI words from its
//! catalogues in the language in use. No words here: the catalogue is the one place an error's
//! words are written (`src-tauri/tests/errors_worded.rs` checks every error has them).

use doorstep::service::types::{ErrorFacts, Explain, StoreError};
use serde::Serialize;

/// An error from a command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(rename = "AppError")]
pub struct AppError(pub ErrorFacts);

impl AppError {
    /// The code (`error.<code>` in the catalogue).
    pub fn code(&self) -> &'static str {
        self.0.code
    }

    /// Nothing is unlocked.
    pub fn locked() -> AppError {
        StoreError::Locked.into()
    }

    /// The app's own failure: a command's thread did not finish.
    pub fn internal() -> AppError {
        AppError(ErrorFacts::code("internal"))
    }
}

impl<E: Explain> From<E> for AppError {
    fn from(e: E) -> AppError {
        AppError(e.facts())
    }
}
