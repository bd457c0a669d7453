//! What the app needs to word an error in the language in use: a code, what exactly is wrong,
//! the numbers the words use, and, where the cause is technical, the cause itself. The app's
//! catalogues hold every error's words (`error.<code>`, `error.<code>.<detail>`); the errors
//! hold only these facts, so that adding an error is its variant and its two catalogue lines
//! (a test lists every error from the enums themselves and names any without words).

use serde::Serialize;

/// The facts of one error.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ErrorFacts {
    /// The catalogue's `error.<code>`.
    pub code: &'static str,
    /// What exactly is wrong, under the code: `error.<code>.<detail>`.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<&'static str>,
    /// The numbers the detail's words use (a length limit is `max`; a range is `min` to `max`).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u32>,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u32>,
    /// Seconds before the next try (after too many wrong tries).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wait_seconds: Option<u32>,
    /// Tries left before the data on this device is erased.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tries_left: Option<u32>,
    /// Why a passphrase is too weak: `weak.<weakness>` in the catalogue.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weakness: Option<&'static str>,
    /// The cause in English where it is technical (damaged data, a file, the database, a key) or
    /// another system's own words (a team server's refusal): shown after the app's words, for
    /// the IT lead.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
}

impl ErrorFacts {
    /// Just a code.
    pub fn code(code: &'static str) -> ErrorFacts {
        ErrorFacts {
            code,
            ..ErrorFacts::default()
        }
    }

    /// A code and what exactly is wrong under it.
    pub fn detail(code: &'static str, detail: &'static str) -> ErrorFacts {
        ErrorFacts {
            code,
            detail: Some(detail),
            ..ErrorFacts::default()
        }
    }

    /// With the limit the words name.
    pub fn max(mut self, max: Option<usize>) -> ErrorFacts {
        self.max = max.map(number);
        self
    }

    /// With the range the words name.
    pub fn range(mut self, min: usize, max: usize) -> ErrorFacts {
        self.min = Some(number(min));
        self.max = Some(number(max));
        self
    }

    /// With the technical cause, for the IT lead.
    pub fn cause(mut self, cause: impl std::fmt::Display) -> ErrorFacts {
        self.cause = Some(cause.to_string());
        self
    }
}

/// A number as the UI gets it.
pub fn number(n: impl TryInto<u32>) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// An error that can say its facts.
pub trait Explain {
    fn facts(&self) -> ErrorFacts;
}
