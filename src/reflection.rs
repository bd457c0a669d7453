//! The structured reflection written after a visit. Drafts are saved continuously.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::{Content, Theme};

/// Longest text accepted in one section, in characters.
pub const MAX_SECTION_CHARS: usize = 50_000;

/// Where a reflection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReflectionStatus {
    /// Being written; saved as it is typed.
    Draft,
    /// Finished by the practitioner.
    Ready,
    /// Anonymised, reviewed and queued for the team server.
    Shared,
}

impl ReflectionStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ReflectionStatus::Draft => "draft",
            ReflectionStatus::Ready => "ready",
            ReflectionStatus::Shared => "shared",
        }
    }

    pub fn parse(s: &str) -> Option<ReflectionStatus> {
        match s {
            "draft" => Some(ReflectionStatus::Draft),
            "ready" => Some(ReflectionStatus::Ready),
            "shared" => Some(ReflectionStatus::Shared),
            _ => None,
        }
    }
}

/// A reflection on a visit (or on the family, when not tied to one visit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub id: Uuid,
    pub household_id: Uuid,
    #[serde(default)]
    pub visit_id: Option<Uuid>,
    /// Text per template section id.
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
    /// The learning themes the practitioner tagged.
    #[serde(default)]
    pub themes: BTreeSet<Theme>,
    pub status: ReflectionStatus,
    /// The content hash of the template it answered.
    pub content_hash: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped by every save; lets a save that lost a race be detected.
    #[serde(default)]
    pub revision: u64,
}

/// A reflection that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReflectionError {
    #[error("\"{0}\" is not a section of the reflection template")]
    UnknownSection(String),
    #[error("a section is longer than {MAX_SECTION_CHARS} characters")]
    SectionTooLong,
    #[error("a shared reflection cannot be changed")]
    AlreadyShared,
}

impl Reflection {
    /// A new, empty draft.
    pub fn new(household_id: Uuid, visit_id: Option<Uuid>, content: &Content) -> Reflection {
        let now = Utc::now();
        Reflection {
            id: Uuid::now_v7(),
            household_id,
            visit_id,
            sections: BTreeMap::new(),
            themes: BTreeSet::new(),
            status: ReflectionStatus::Draft,
            content_hash: content.hash.clone(),
            created_at: now,
            updated_at: now,
            revision: 0,
        }
    }

    /// Checks the sections against the template.
    pub fn validate(&self, content: &Content) -> Result<(), ReflectionError> {
        for (id, text) in &self.sections {
            if !content.reflection.sections.iter().any(|s| &s.id == id) {
                return Err(ReflectionError::UnknownSection(id.clone()));
            }
            if text.chars().count() > MAX_SECTION_CHARS {
                return Err(ReflectionError::SectionTooLong);
            }
        }
        Ok(())
    }

    /// The themes suggested by the sections that have text in them.
    pub fn suggested_themes(&self, content: &Content) -> BTreeSet<Theme> {
        content
            .reflection
            .sections
            .iter()
            .filter(|s| {
                self.sections
                    .get(&s.id)
                    .is_some_and(|t| !t.trim().is_empty())
            })
            .flat_map(|s| s.themes.iter().copied())
            .collect()
    }

    /// The text that would be shared: each section with text, under its heading, in template
    /// order. (It is anonymised before anything leaves the device.)
    pub fn shareable_text(&self, content: &Content) -> String {
        let mut out = String::new();
        for s in &content.reflection.sections {
            let Some(text) = self
                .sections
                .get(&s.id)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
            else {
                continue;
            };
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&s.heading);
            out.push('\n');
            out.push_str(text);
        }
        out
    }

    /// True when no section has any text.
    pub fn is_empty(&self) -> bool {
        self.sections.values().all(|t| t.trim().is_empty())
    }
}
