//! The structured reflection written after a visit. Drafts are saved continuously.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::{Content, SignalRule, Theme};

/// Longest text accepted in one section, in characters.
pub const MAX_SECTION_CHARS: usize = 50_000;
/// Longest "what" or "who" of an action, in characters.
pub const MAX_ACTION_CHARS: usize = 500;
/// Most actions one reflection holds.
pub const MAX_ACTIONS: usize = 50;

/// Something that must happen after a visit: what, who does it, by when, and when it was done.
/// Kept on the device with its reflection; only the due date travels to the team server (the
/// words go only inside the reviewed, anonymised text).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Action {
    pub id: Uuid,
    pub what: String,
    #[serde(default)]
    pub who: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// The day it was marked done (it then leaves the home screen).
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
}

/// Where a reflection stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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
    /// The reflection template's version it was written with: sections added since were never
    /// asked of it ([`Reflection::not_asked`]).
    #[serde(default = "first_template_version")]
    pub template_version: String,
    /// Answers to the template's structured questions, by question id (option ids).
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    /// What must happen next (the template's action list).
    #[serde(default)]
    pub actions: Vec<Action>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Bumped by every save; lets a save that lost a race be detected.
    #[serde(default)]
    pub revision: u64,
}

/// The reflection template every reflection before templates were versioned was written with.
pub const FIRST_TEMPLATE_VERSION: &str = "2026.11.1";

fn first_template_version() -> String {
    FIRST_TEMPLATE_VERSION.to_string()
}

/// A reflection that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum ReflectionError {
    #[error("the reflection has a section its template does not have")]
    UnknownSection(String),
    #[error("a section is longer than {MAX_SECTION_CHARS} characters")]
    SectionTooLong,
    #[error("a shared reflection cannot be changed")]
    AlreadyShared,
    #[error("the reflection answers a question its template does not ask")]
    UnknownChoice(String),
    #[error("an answer is not one its question offers")]
    UnknownOption { question: String, answer: String },
    #[error("an action needs to say what is to happen, in at most {MAX_ACTION_CHARS} characters")]
    BadAction,
    #[error("a reflection holds at most {MAX_ACTIONS} actions")]
    TooManyActions,
    #[error("the judgement or the decision asks for an action before the reflection is done")]
    ActionNeeded,
}

impl crate::facts::Explain for ReflectionError {
    fn facts(&self) -> crate::facts::ErrorFacts {
        crate::facts::ErrorFacts::detail("invalid", self.code()).max(self.limit())
    }
}

impl ReflectionError {
    /// A stable name for the app's catalogue (`error.invalid.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            ReflectionError::UnknownSection(_) => "reflection.unknown_section",
            ReflectionError::SectionTooLong => "reflection.section_too_long",
            ReflectionError::AlreadyShared => "reflection.already_shared",
            ReflectionError::UnknownChoice(_) => "reflection.unknown_choice",
            ReflectionError::UnknownOption { .. } => "reflection.unknown_option",
            ReflectionError::BadAction => "reflection.bad_action",
            ReflectionError::TooManyActions => "reflection.too_many_actions",
            ReflectionError::ActionNeeded => "reflection.action_needed",
        }
    }

    /// The limit it names, if any.
    pub fn limit(&self) -> Option<usize> {
        match self {
            ReflectionError::SectionTooLong => Some(MAX_SECTION_CHARS),
            ReflectionError::BadAction => Some(MAX_ACTION_CHARS),
            ReflectionError::TooManyActions => Some(MAX_ACTIONS),
            _ => None,
        }
    }
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
            template_version: content.reflection.version.clone(),
            choices: BTreeMap::new(),
            actions: Vec::new(),
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
        for (question, answer) in &self.choices {
            let choice = content
                .reflection
                .choice(question)
                .ok_or_else(|| ReflectionError::UnknownChoice(question.clone()))?;
            if !choice.options.iter().any(|o| &o.id == answer) {
                return Err(ReflectionError::UnknownOption {
                    question: question.clone(),
                    answer: answer.clone(),
                });
            }
        }
        if self.actions.len() > MAX_ACTIONS {
            return Err(ReflectionError::TooManyActions);
        }
        // A draft may hold an action still being written; a finished one may not.
        let finished = self.status != ReflectionStatus::Draft;
        for a in &self.actions {
            let blank = a.what.trim().is_empty();
            if a.what.chars().count() > MAX_ACTION_CHARS
                || a.who.chars().count() > MAX_ACTION_CHARS
                || (finished && blank)
            {
                return Err(ReflectionError::BadAction);
            }
        }
        if finished && self.needs_action(content) && !self.has_action() {
            return Err(ReflectionError::ActionNeeded);
        }
        Ok(())
    }

    /// The escalation card's steps its answers open, most urgent first (none when every
    /// answer is routine): an answer that opens a step asks for an action.
    pub fn escalation_steps<'c>(
        &self,
        content: &'c Content,
    ) -> Vec<&'c crate::content::ChoiceOption> {
        let mut opened: Vec<&crate::content::ChoiceOption> = self
            .choices
            .iter()
            .filter_map(|(q, a)| content.reflection.option(q, a))
            .filter(|o| o.step.is_some())
            .collect();
        opened.sort_by_key(|o| std::cmp::Reverse(o.urgency));
        opened
    }

    /// Whether its judgement or decision asks for an action (safe tonight "no" or "not sure",
    /// or a decision above "none").
    pub fn needs_action(&self, content: &Content) -> bool {
        !self.escalation_steps(content).is_empty()
    }

    /// Whether it holds at least one action that says what is to happen.
    pub fn has_action(&self) -> bool {
        self.actions.iter().any(|a| !a.what.trim().is_empty())
    }

    /// Its answer to "Is this baby safe tonight?" (`safe-tonight`), as the team server receives
    /// it.
    pub fn judgement(&self) -> Option<&str> {
        self.choices
            .get(crate::content::JUDGEMENT)
            .map(String::as_str)
    }

    /// Its decision (`decision`): none, lead, referral or emergency.
    pub fn decision(&self) -> Option<&str> {
        self.choices
            .get(crate::content::DECISION)
            .map(String::as_str)
    }

    /// The due dates of its actions that are not done, earliest first.
    pub fn due_dates(&self) -> Vec<NaiveDate> {
        let mut due: Vec<NaiveDate> = self
            .actions
            .iter()
            .filter(|a| a.done_on.is_none() && !a.what.trim().is_empty())
            .filter_map(|a| a.due)
            .collect();
        due.sort();
        due
    }

    /// The template's sections that were added after this reflection was written, so were never
    /// asked of it (shown as such, never as if left empty).
    pub fn not_asked(&self, content: &Content) -> Vec<String> {
        content
            .reflection
            .sections
            .iter()
            .filter(|s| s.since.as_str() > self.template_version.as_str())
            .map(|s| s.id.clone())
            .collect()
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

    /// The text that would be shared: each section with text or an answer, under its heading,
    /// in template order, the answer to its question first. (It is anonymised before anything
    /// leaves the device.)
    pub fn shareable_text(&self, content: &Content) -> String {
        let mut out = String::new();
        for s in &content.reflection.sections {
            let text = self
                .sections
                .get(&s.id)
                .map(|t| t.trim())
                .filter(|t| !t.is_empty());
            let answer = s.choice.as_ref().and_then(|c| {
                let id = self.choices.get(&c.id)?;
                let option = c.options.iter().find(|o| &o.id == id)?;
                Some(format!("{} {}", c.question, option.label))
            });
            // The actions' words (never their dates: those travel as dates, apart).
            let actions: Vec<String> = if s.actions {
                self.actions
                    .iter()
                    .filter(|a| !a.what.trim().is_empty())
                    .map(|a| match a.who.trim() {
                        "" => format!("- {}", one_line(&a.what)),
                        who => format!("- {} ({})", one_line(&a.what), one_line(who)),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            if text.is_none() && answer.is_none() && actions.is_empty() {
                continue;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&s.heading);
            for line in answer
                .iter()
                .map(String::as_str)
                .chain(actions.iter().map(String::as_str))
                .chain(text)
            {
                out.push('\n');
                out.push_str(line);
            }
        }
        out
    }

    /// The content's signals that hold for this reflection ([`crate::content::Signal`]): the
    /// derived conditions as they stood at its visit (the visits up to that one; all of them
    /// when it is not tied to a visit, as of `today`), and its answers. Ids only, in the
    /// content's order: this is all that is sent of them.
    pub fn signals(
        &self,
        content: &Content,
        household: &crate::household::Household,
        visits: &[crate::visit::Visit],
        today: chrono::NaiveDate,
    ) -> Vec<String> {
        let at = self
            .visit_id
            .and_then(|id| visits.iter().find(|v| v.id == id))
            .map(|v| v.date);
        let upto: Vec<crate::visit::Visit> = visits
            .iter()
            .filter(|v| at.is_none_or(|d| v.date <= d))
            .cloned()
            .collect();
        let held =
            crate::prompt::evaluate_conditions(content, household, &upto, at.unwrap_or(today));
        content
            .reflection
            .signals
            .iter()
            .filter(|s| match &s.holds {
                SignalRule::Condition(c) => held.holds(c),
                SignalRule::Answer { choice, answers } => self
                    .choices
                    .get(choice)
                    .is_some_and(|a| answers.contains(a)),
            })
            .map(|s| s.id.clone())
            .collect()
    }

    /// True when no section has any text and no question is answered.
    pub fn is_empty(&self) -> bool {
        self.sections.values().all(|t| t.trim().is_empty())
            && self.choices.is_empty()
            && !self.has_action()
    }
}

/// An action's words on one line (a line break in them would start a new line in the text).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A shared text split back into its sections, as [`Reflection::shareable_text`] wrote it: a
/// line that is a section's heading, at the start or after a blank line, starts that section.
/// Text before the first heading (none is written so, but a device may differ) comes under
/// `None`. Used by the supervisor's pages to show the sections as headings.
pub fn shared_sections<'c>(
    text: &str,
    content: &'c Content,
) -> Vec<(Option<&'c crate::content::Section>, String)> {
    let mut out: Vec<(Option<&crate::content::Section>, String)> = Vec::new();
    let mut after_blank = true;
    for line in text.lines() {
        let heading = after_blank
            .then(|| {
                content
                    .reflection
                    .sections
                    .iter()
                    .find(|s| s.heading == line.trim())
            })
            .flatten();
        after_blank = line.trim().is_empty();
        match (heading, out.last_mut()) {
            (Some(section), _) => out.push((Some(section), String::new())),
            (None, Some((_, body))) => {
                if !body.is_empty() {
                    body.push('\n');
                }
                body.push_str(line);
            }
            (None, None) => out.push((None, line.to_string())),
        }
    }
    for (_, body) in &mut out {
        let trimmed = body.trim_end().to_string();
        *body = trimmed;
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn a_shared_text_splits_back_into_its_sections() {
        let content = Content::embedded();
        let mut r = Reflection::new(Uuid::now_v7(), None, content);
        r.sections.insert(
            "worries".into(),
            "The sleep space was not seen.\n\nMum said the cot is upstairs.".into(),
        );
        r.sections
            .insert("supervision".into(), "Am I missing the partner?".into());
        let text = r.shareable_text(content);
        let parts = shared_sections(&text, content);
        let ids: Vec<&str> = parts
            .iter()
            .map(|(s, _)| s.map_or("", |s| s.id.as_str()))
            .collect();
        assert_eq!(ids, ["worries", "supervision"]);
        assert_eq!(
            parts[0].1,
            "The sleep space was not seen.\n\nMum said the cot is upstairs."
        );
        assert_eq!(parts[1].1, "Am I missing the partner?");
        // A text that is not in sections stays whole.
        let plain = shared_sections("Just a note.", content);
        assert_eq!(plain, vec![(None, "Just a note.".to_string())]);
    }
}
