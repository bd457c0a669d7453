//! A visit to a household: who was there and seen, what was seen, and the answers to prompts.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::growth::{MAX_GRAMS, Weight};
use crate::household::{Household, MAX_NOTES_CHARS, Role};

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

/// How far the baby moves on their own, as seen or reliably told at a visit. Bruising
/// protocols treat a baby who is not yet crawling, shuffling or pulling to stand as not
/// independently mobile, whatever their age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Mobility {
    NotYetRolling,
    Rolling,
    Crawling,
    PullingToStand,
    Walking,
}

impl Mobility {
    pub const ALL: [Mobility; 5] = [
        Mobility::NotYetRolling,
        Mobility::Rolling,
        Mobility::Crawling,
        Mobility::PullingToStand,
        Mobility::Walking,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Mobility::NotYetRolling => "not_yet_rolling",
            Mobility::Rolling => "rolling",
            Mobility::Crawling => "crawling",
            Mobility::PullingToStand => "pulling_to_stand",
            Mobility::Walking => "walking",
        }
    }

    pub fn parse(s: &str) -> Option<Mobility> {
        Mobility::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// Moves about on their own: crawling (or shuffling), pulling to stand, walking. Rolling
    /// over is not.
    pub fn is_mobile(self) -> bool {
        self >= Mobility::Crawling
    }

    /// In English ("pulling to stand").
    pub fn english(self) -> &'static str {
        match self {
            Mobility::NotYetRolling => "not yet rolling",
            Mobility::Rolling => "rolling",
            Mobility::Crawling => "crawling",
            Mobility::PullingToStand => "pulling to stand",
            Mobility::Walking => "walking",
        }
    }
}

/// Whether the mother was seen on her own at a visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum SeenAlone {
    Yes,
    No,
    /// It could not be done (say why in `seen_alone_why`).
    NotPossible,
}

impl SeenAlone {
    pub const ALL: [SeenAlone; 3] = [SeenAlone::Yes, SeenAlone::No, SeenAlone::NotPossible];

    pub fn as_str(self) -> &'static str {
        match self {
            SeenAlone::Yes => "yes",
            SeenAlone::No => "no",
            SeenAlone::NotPossible => "not_possible",
        }
    }

    pub fn parse(s: &str) -> Option<SeenAlone> {
        SeenAlone::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// What kind of injury or mark was seen on the baby.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum InjuryKind {
    Bruise,
    Mark,
    Burn,
    TornFrenulum,
    Petechiae,
    Other,
}

impl InjuryKind {
    pub const ALL: [InjuryKind; 6] = [
        InjuryKind::Bruise,
        InjuryKind::Mark,
        InjuryKind::Burn,
        InjuryKind::TornFrenulum,
        InjuryKind::Petechiae,
        InjuryKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            InjuryKind::Bruise => "bruise",
            InjuryKind::Mark => "mark",
            InjuryKind::Burn => "burn",
            InjuryKind::TornFrenulum => "torn_frenulum",
            InjuryKind::Petechiae => "petechiae",
            InjuryKind::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<InjuryKind> {
        InjuryKind::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// In English, capitalised ("Torn frenulum").
    pub fn english(self) -> &'static str {
        match self {
            InjuryKind::Bruise => "Bruise",
            InjuryKind::Mark => "Mark",
            InjuryKind::Burn => "Burn",
            InjuryKind::TornFrenulum => "Torn frenulum",
            InjuryKind::Petechiae => "Petechiae",
            InjuryKind::Other => "Injury",
        }
    }
}

/// An injury or mark seen on the baby at a visit. It stays on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Injury {
    pub kind: InjuryKind,
    /// Where on the body ("left cheek").
    #[serde(default)]
    pub site: String,
    /// The explanation given, in the words used.
    #[serde(default)]
    pub explanation: String,
    /// Who gave it ("mother").
    #[serde(default)]
    pub explained_by: String,
    /// What the practitioner did.
    #[serde(default)]
    pub action: String,
}

/// What was seen of one baby at a visit: how they move, their weight, any injury or mark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct BabyCheck {
    /// The baby on the family's record.
    pub member_id: Uuid,
    #[serde(default)]
    pub mobility: Option<Mobility>,
    #[serde(default)]
    pub weight: Option<Weight>,
    #[serde(default)]
    pub injuries: Vec<Injury>,
}

impl BabyCheck {
    /// A check of this baby with nothing recorded yet.
    pub fn new(member_id: Uuid) -> BabyCheck {
        BabyCheck {
            member_id,
            mobility: None,
            weight: None,
            injuries: Vec::new(),
        }
    }

    fn is_empty(&self) -> bool {
        self.mobility.is_none() && self.weight.is_none() && self.injuries.is_empty()
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
    /// Whether the mother was seen on her own; `None` until recorded.
    #[serde(default)]
    pub mother_seen_alone: Option<SeenAlone>,
    /// Why not, when she was not (or could not be).
    #[serde(default)]
    pub seen_alone_why: String,
    /// What was seen of each baby.
    #[serde(default)]
    pub babies: Vec<BabyCheck>,
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
    #[error("only a visit recorded as not having happened can be planned again this way")]
    NotMissed,
    #[error("a visit can be planned for today or a later day")]
    PlannedInThePast,
    #[error("a baby's check is for someone who is not a baby on the family's record")]
    NotABaby,
    #[error("a weight is more than {MAX_GRAMS} grams or is zero")]
    BadWeight,
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
            VisitError::NotMissed => "visit.not_missed",
            VisitError::PlannedInThePast => "visit.planned_in_the_past",
            VisitError::NotABaby => "visit.not_a_baby",
            VisitError::BadWeight => "visit.bad_weight",
        }
    }

    /// The limit it names, if any.
    pub fn limit(&self) -> Option<usize> {
        match self {
            VisitError::NotesTooLong => Some(MAX_NOTES_CHARS),
            VisitError::BadWeight => Some(MAX_GRAMS as usize),
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
            mother_seen_alone: None,
            seen_alone_why: String::new(),
            babies: Vec::new(),
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
        let long = |t: &str| t.chars().count() > MAX_NOTES_CHARS;
        if long(&self.notes)
            || long(&self.seen_alone_why)
            || self.answers.iter().any(|a| long(&a.note))
            || self.babies.iter().flat_map(|b| &b.injuries).any(|i| {
                long(&i.site) || long(&i.explanation) || long(&i.explained_by) || long(&i.action)
            })
        {
            return Err(VisitError::NotesTooLong);
        }
        let mut babies = BTreeSet::new();
        for b in &self.babies {
            let a_baby = household
                .member(b.member_id)
                .is_some_and(|m| m.role == Role::Baby);
            if !a_baby || !babies.insert(b.member_id) {
                return Err(VisitError::NotABaby);
            }
            if b.weight
                .is_some_and(|w| w.grams == 0 || w.grams > MAX_GRAMS)
            {
                return Err(VisitError::BadWeight);
            }
        }
        Ok(())
    }

    /// What was seen of this baby at the visit, if anything was recorded.
    pub fn baby(&self, member_id: Uuid) -> Option<&BabyCheck> {
        self.babies
            .iter()
            .find(|b| b.member_id == member_id && !b.is_empty())
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
