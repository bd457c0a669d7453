//! A visit to a household: who was there and seen, what was seen, and the answers to prompts.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::household::{Household, MAX_NOTES_CHARS};

/// What kind of visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum VisitKind {
    NewBirth,
    Routine,
    Unannounced,
    Other,
}

impl VisitKind {
    pub const ALL: [VisitKind; 4] = [
        VisitKind::NewBirth,
        VisitKind::Routine,
        VisitKind::Unannounced,
        VisitKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            VisitKind::NewBirth => "new_birth",
            VisitKind::Routine => "routine",
            VisitKind::Unannounced => "unannounced",
            VisitKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<VisitKind> {
        VisitKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The kind in words, for forms.
    pub fn label(self) -> &'static str {
        match self {
            VisitKind::NewBirth => "New birth visit",
            VisitKind::Routine => "Routine visit",
            VisitKind::Unannounced => "Unannounced visit",
            VisitKind::Other => "Other visit",
        }
    }
}

/// Where a visit stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum VisitStatus {
    Planned,
    Done,
    /// The practitioner went but could not get in or see the family.
    NoAccess,
    /// The family cancelled the visit.
    Cancelled,
    /// The baby was not brought to an appointment (a clinic or a meeting elsewhere).
    NotBrought,
}

impl VisitStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            VisitStatus::Planned => "planned",
            VisitStatus::Done => "done",
            VisitStatus::NoAccess => "no_access",
            VisitStatus::Cancelled => "cancelled",
            VisitStatus::NotBrought => "not_brought",
        }
    }

    pub fn parse(s: &str) -> Option<VisitStatus> {
        match s {
            "planned" => Some(VisitStatus::Planned),
            "done" => Some(VisitStatus::Done),
            "no_access" => Some(VisitStatus::NoAccess),
            "cancelled" => Some(VisitStatus::Cancelled),
            "not_brought" => Some(VisitStatus::NotBrought),
            _ => None,
        }
    }

    /// A visit that was due but did not take place: no access, cancelled by the family, or the
    /// baby not brought. Nobody was seen at it, so it counts toward what is still unknown.
    pub fn did_not_happen(self) -> bool {
        matches!(
            self,
            VisitStatus::NoAccess | VisitStatus::Cancelled | VisitStatus::NotBrought
        )
    }
}

/// Where a prompt stands at a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum AnswerState {
    /// On the list, not yet dealt with.
    Open,
    /// Asked and answered.
    Answered,
    /// Asked, but still not known.
    NotKnown,
}

impl AnswerState {
    pub fn as_str(self) -> &'static str {
        match self {
            AnswerState::Open => "open",
            AnswerState::Answered => "answered",
            AnswerState::NotKnown => "not_known",
        }
    }

    pub fn parse(s: &str) -> Option<AnswerState> {
        match s {
            "open" => Some(AnswerState::Open),
            "answered" => Some(AnswerState::Answered),
            "not_known" => Some(AnswerState::NotKnown),
            _ => None,
        }
    }
}

/// A prompt as it stood at a visit, with the practitioner's note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Answer {
    pub prompt_id: String,
    pub state: AnswerState,
    #[serde(default)]
    pub note: String,
}

/// One visit to a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Visit {
    pub id: Uuid,
    pub household_id: Uuid,
    pub date: NaiveDate,
    /// The planned time of day ("14:30"), if one was given.
    #[serde(default)]
    pub time: Option<String>,
    pub kind: VisitKind,
    pub status: VisitStatus,
    /// Members in the home during the visit.
    #[serde(default)]
    pub present: BTreeSet<Uuid>,
    /// Members the practitioner actually saw.
    #[serde(default)]
    pub seen: BTreeSet<Uuid>,
    /// `None` until recorded.
    #[serde(default)]
    pub sleep_space_seen: Option<bool>,
    /// `None` until recorded, or where there are no older children.
    #[serde(default)]
    pub older_children_spoken_to: Option<bool>,
    /// The prompts on the list for this visit and where each stands.
    #[serde(default)]
    pub answers: Vec<Answer>,
    #[serde(default)]
    pub notes: String,
    /// The content hash of the prompts this visit answered.
    pub content_hash: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A visit that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum VisitError {
    #[error("the visit belongs to another family")]
    WrongHousehold,
    #[error("someone recorded as present or seen is not on the family's record")]
    UnknownMember,
    #[error("a prompt is answered twice")]
    DuplicateAnswer,
    #[error("notes are longer than {MAX_NOTES_CHARS} characters")]
    NotesTooLong,
    #[error("that prompt is not on this visit's list")]
    UnknownPrompt,
    #[error("the time is not a time of day (hh:mm)")]
    BadTime,
    #[error("only a visit that is still planned can be recorded as not having happened")]
    NotPlanned,
    #[error("a visit can be planned for today or a later day")]
    PlannedInThePast,
}

impl crate::facts::Explain for VisitError {
    fn facts(&self) -> crate::facts::ErrorFacts {
        crate::facts::ErrorFacts::detail("invalid", self.code()).max(self.limit())
    }
}

impl VisitError {
    /// A stable name for the app's catalogue (`error.invalid.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            VisitError::WrongHousehold => "visit.wrong_household",
            VisitError::UnknownMember => "visit.unknown_member",
            VisitError::DuplicateAnswer => "visit.duplicate_answer",
            VisitError::NotesTooLong => "visit.notes_too_long",
            VisitError::UnknownPrompt => "visit.unknown_prompt",
            VisitError::BadTime => "visit.bad_time",
            VisitError::NotPlanned => "visit.not_planned",
            VisitError::PlannedInThePast => "visit.planned_in_the_past",
        }
    }

    /// The limit it names, if any.
    pub fn limit(&self) -> Option<usize> {
        match self {
            VisitError::NotesTooLong => Some(MAX_NOTES_CHARS),
            _ => None,
        }
    }
}

/// Whether `t` is a time of day written "hh:mm" (24-hour), as a time input gives it.
pub fn is_time_of_day(t: &str) -> bool {
    chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok() && t.len() == 5
}

impl Visit {
    /// A planned visit with no answers yet.
    pub fn new(household_id: Uuid, date: NaiveDate, kind: VisitKind, content_hash: &str) -> Visit {
        let now = Utc::now();
        Visit {
            id: Uuid::now_v7(),
            household_id,
            date,
            time: None,
            kind,
            status: VisitStatus::Planned,
            present: BTreeSet::new(),
            seen: BTreeSet::new(),
            sleep_space_seen: None,
            older_children_spoken_to: None,
            answers: Vec::new(),
            notes: String::new(),
            content_hash: content_hash.to_string(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Checks the visit against its household.
    pub fn validate(&self, household: &Household) -> Result<(), VisitError> {
        if self.household_id != household.id {
            return Err(VisitError::WrongHousehold);
        }
        if self.time.as_deref().is_some_and(|t| !is_time_of_day(t)) {
            return Err(VisitError::BadTime);
        }
        if self
            .present
            .iter()
            .chain(self.seen.iter())
            .any(|id| household.member(*id).is_none())
        {
            return Err(VisitError::UnknownMember);
        }
        let mut prompts = BTreeSet::new();
        if !self
            .answers
            .iter()
            .all(|a| prompts.insert(a.prompt_id.as_str()))
        {
            return Err(VisitError::DuplicateAnswer);
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS
            || self
                .answers
                .iter()
                .any(|a| a.note.chars().count() > MAX_NOTES_CHARS)
        {
            return Err(VisitError::NotesTooLong);
        }
        Ok(())
    }

    /// Where a prompt stood at this visit, if it was on the list.
    pub fn answer(&self, prompt_id: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.prompt_id == prompt_id)
    }

    /// Sets a prompt's answer, adding it to the list if it was not there.
    pub fn set_answer(&mut self, prompt_id: &str, state: AnswerState, note: &str) {
        match self.answers.iter_mut().find(|a| a.prompt_id == prompt_id) {
            Some(a) => {
                a.state = state;
                a.note = note.to_string();
            }
            None => self.answers.push(Answer {
                prompt_id: prompt_id.to_string(),
                state,
                note: note.to_string(),
            }),
        }
    }
}

/// How far through today's prompt list a visit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, ts_rs::TS)]
pub struct Progress {
    pub answered: usize,
    pub not_known: usize,
    pub open: usize,
    pub total: usize,
}

impl Progress {
    /// Counts the states of a visit's answers.
    pub fn of(visit: &Visit) -> Progress {
        let mut p = Progress {
            total: visit.answers.len(),
            ..Progress::default()
        };
        for a in &visit.answers {
            match a.state {
                AnswerState::Answered => p.answered += 1,
                AnswerState::NotKnown => p.not_known += 1,
                AnswerState::Open => p.open += 1,
            }
        }
        p
    }
}
