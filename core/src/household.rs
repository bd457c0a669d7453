//! The household (the family record, local to the device) and its members.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::Content;
use crate::growth::{MAX_GRAMS, Weight};

/// Gestation at birth accepted, in completed weeks.
pub const GESTATION_WEEKS: std::ops::RangeInclusive<u8> = 22..=44;

/// Born before this many completed weeks: premature (corrected age is used for development).
pub const TERM_WEEKS: u8 = 37;

/// Full term, from which a premature baby's corrected age is counted.
pub const FULL_TERM_WEEKS: u8 = 40;

/// Longest display name, member name or alias accepted, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// Longest free-text notes accepted, in characters.
pub const MAX_NOTES_CHARS: usize = 20_000;

/// A member's role in the household.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Mother,
    Father,
    Partner,
    Baby,
    Sibling,
    Grandparent,
    OtherAdult,
    OtherChild,
}

impl Role {
    /// Every role, in the order forms offer them.
    pub const ALL: [Role; 8] = [
        Role::Mother,
        Role::Father,
        Role::Partner,
        Role::Baby,
        Role::Sibling,
        Role::Grandparent,
        Role::OtherAdult,
        Role::OtherChild,
    ];

    /// The role as written on the wire and in the store (lower case, snake case).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Mother => "mother",
            Role::Father => "father",
            Role::Partner => "partner",
            Role::Baby => "baby",
            Role::Sibling => "sibling",
            Role::Grandparent => "grandparent",
            Role::OtherAdult => "other_adult",
            Role::OtherChild => "other_child",
        }
    }

    /// Parses [`Role::as_str`] back.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// The role in words, capitalised, for labels ("Other adult").
    pub fn label(self) -> &'static str {
        match self {
            Role::Mother => "Mother",
            Role::Father => "Father",
            Role::Partner => "Partner",
            Role::Baby => "Baby",
            Role::Sibling => "Sibling",
            Role::Grandparent => "Grandparent",
            Role::OtherAdult => "Other adult",
            Role::OtherChild => "Other child",
        }
    }

    /// Mothers, fathers, partners, grandparents and other adults.
    pub fn is_adult(self) -> bool {
        matches!(
            self,
            Role::Mother | Role::Father | Role::Partner | Role::Grandparent | Role::OtherAdult
        )
    }

    /// A father or a partner: the men most often unseen.
    pub fn is_father_or_partner(self) -> bool {
        matches!(self, Role::Father | Role::Partner)
    }

    /// A child other than the baby.
    pub fn is_older_child(self) -> bool {
        matches!(self, Role::Sibling | Role::OtherChild)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a member lives in the household or visits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Residence {
    LivesHere,
    Visits,
}

impl Residence {
    pub fn as_str(self) -> &'static str {
        match self {
            Residence::LivesHere => "lives_here",
            Residence::Visits => "visits",
        }
    }

    pub fn parse(s: &str) -> Option<Residence> {
        match s {
            "lives_here" => Some(Residence::LivesHere),
            "visits" => Some(Residence::Visits),
            _ => None,
        }
    }
}

/// A person in or around the household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Member {
    pub id: Uuid,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub role: Role,
    /// Date of birth, when known.
    #[serde(default)]
    pub dob: Option<NaiveDate>,
    /// Approximate age in years when the date of birth is not known.
    #[serde(default)]
    pub approx_age_years: Option<u8>,
    pub residence: Residence,
    /// Cares for the baby (looks after the baby alone at times).
    #[serde(default)]
    pub caring_role: bool,
    /// The baby's gestation at birth in completed weeks, when recorded.
    #[serde(default)]
    pub gestation_weeks: Option<u8>,
    /// The baby's birth weight and its centile line, when recorded.
    #[serde(default)]
    pub birth_weight: Option<Weight>,
    #[serde(default)]
    pub notes: String,
    /// When the member was added to the record; visits before it do not count them as unseen.
    pub added_at: DateTime<Utc>,
}

/// The day an instant fell on, on the device's calendar: the day visit dates (the device's
/// dates) are written in. An instant's `date_naive()` is UTC's day, which differs from the
/// device's for part of every day anywhere but UTC.
pub fn device_day(at: DateTime<Utc>) -> chrono::NaiveDate {
    at.with_timezone(&chrono::Local).date_naive()
}

impl Member {
    /// The day the member was added, on the device's calendar: what visit dates (the device's
    /// dates) are compared with. `added_at.date_naive()` is UTC's day, a day ahead of Los
    /// Angeles for eight hours of every day, when a visit made "today" fell before the member.
    pub fn added_on(&self) -> chrono::NaiveDate {
        device_day(self.added_at)
    }

    /// A new member, added now.
    pub fn new(name: impl Into<String>, role: Role, residence: Residence) -> Member {
        Member {
            id: Uuid::now_v7(),
            name: name.into(),
            aliases: Vec::new(),
            role,
            dob: None,
            approx_age_years: None,
            residence,
            caring_role: false,
            gestation_weeks: None,
            birth_weight: None,
            notes: String::new(),
            added_at: Utc::now(),
        }
    }

    /// The member's age in whole days on `today`, when the date of birth is known.
    pub fn age_days(&self, today: NaiveDate) -> Option<i64> {
        self.dob.map(|d| (today - d).num_days())
    }

    /// Born before [`TERM_WEEKS`] completed weeks, as recorded.
    pub fn born_early(&self) -> bool {
        self.gestation_weeks.is_some_and(|g| g < TERM_WEEKS)
    }

    /// For a baby born before 37 weeks, the age on `today` corrected by the weeks born before
    /// 40 (below zero before the due date), while it is still used (RCPCH: to a corrected age
    /// of 1 year when born at 32 weeks or more, of 2 years when born before 32); otherwise
    /// `None`.
    pub fn corrected_age_days(&self, today: NaiveDate) -> Option<i64> {
        let age = self.age_days(today)?;
        let g = self.gestation_weeks.filter(|g| *g < TERM_WEEKS)?;
        let corrected = age - i64::from(FULL_TERM_WEEKS - g) * 7;
        let until_years = if g < 32 { 2 } else { 1 };
        (corrected < until_years * 365).then_some(corrected)
    }

    /// The age in days to judge development by: the corrected age while it is used, else the
    /// age.
    pub fn development_age_days(&self, today: NaiveDate) -> Option<i64> {
        self.corrected_age_days(today).or(self.age_days(today))
    }

    /// The member's age in whole years on `today`: from the date of birth when known, else the
    /// approximate age recorded.
    pub fn age_years(&self, today: NaiveDate) -> Option<u32> {
        match self.dob {
            Some(dob) => today.years_since(dob),
            None => self.approx_age_years.map(u32::from),
        }
    }
}

/// The family record. It never leaves the device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Household {
    pub id: Uuid,
    /// How the practitioner names the family on this device (e.g. a surname, or a code).
    pub display_name: String,
    /// Vulnerability factors and circumstances: ids of `flag` conditions in the content pack.
    #[serde(default)]
    pub flags: BTreeSet<String>,
    #[serde(default)]
    pub members: Vec<Member>,
    #[serde(default)]
    pub notes: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A household that cannot be saved as it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum HouseholdError {
    #[error("the family needs a name")]
    EmptyDisplayName,
    #[error("a name is longer than {MAX_NAME_CHARS} characters")]
    NameTooLong,
    #[error("notes are longer than {MAX_NOTES_CHARS} characters")]
    NotesTooLong,
    #[error("every person needs a name")]
    EmptyMemberName,
    #[error("an alias is empty")]
    EmptyAlias,
    /// The flag given is kept for the caller, never shown: a message never repeats input.
    #[error("a vulnerability factor this version of Doorstep does not know was ticked")]
    UnknownFlag(String),
    #[error("the same person is listed twice")]
    DuplicateMember,
    #[error("a date of birth is in the future")]
    BirthInFuture,
    #[error("a gestation at birth is outside 22 to 44 weeks")]
    BadGestation,
    #[error("a birth weight is more than {MAX_GRAMS} grams or is zero")]
    BadWeight,
}

impl crate::facts::Explain for HouseholdError {
    fn facts(&self) -> crate::facts::ErrorFacts {
        crate::facts::ErrorFacts::detail("invalid", self.code()).max(self.limit())
    }
}

impl HouseholdError {
    /// A stable name for the app's catalogue (`error.invalid.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            HouseholdError::EmptyDisplayName => "household.empty_display_name",
            HouseholdError::NameTooLong => "household.name_too_long",
            HouseholdError::NotesTooLong => "household.notes_too_long",
            HouseholdError::EmptyMemberName => "household.empty_member_name",
            HouseholdError::EmptyAlias => "household.empty_alias",
            HouseholdError::UnknownFlag(_) => "household.unknown_flag",
            HouseholdError::DuplicateMember => "household.duplicate_member",
            HouseholdError::BirthInFuture => "household.birth_in_future",
            HouseholdError::BadGestation => "household.bad_gestation",
            HouseholdError::BadWeight => "household.bad_weight",
        }
    }

    /// The limit it names, if any.
    pub fn limit(&self) -> Option<usize> {
        match self {
            HouseholdError::NameTooLong => Some(MAX_NAME_CHARS),
            HouseholdError::NotesTooLong => Some(MAX_NOTES_CHARS),
            HouseholdError::BadWeight => Some(MAX_GRAMS as usize),
            _ => None,
        }
    }
}

impl Household {
    /// A new, empty household.
    pub fn new(display_name: impl Into<String>) -> Household {
        let now = Utc::now();
        Household {
            id: Uuid::now_v7(),
            display_name: display_name.into(),
            flags: BTreeSet::new(),
            members: Vec::new(),
            notes: String::new(),
            created_at: now,
            updated_at: now,
        }
    }

    /// Checks the record against the rules and the content's flags. Names are trimmed first by
    /// [`Household::normalise`]; this only judges.
    pub fn validate(&self, content: &Content, today: NaiveDate) -> Result<(), HouseholdError> {
        if self.display_name.trim().is_empty() {
            return Err(HouseholdError::EmptyDisplayName);
        }
        if self.display_name.chars().count() > MAX_NAME_CHARS {
            return Err(HouseholdError::NameTooLong);
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            return Err(HouseholdError::NotesTooLong);
        }
        if let Some(flag) = self.flags.iter().find(|f| !content.is_flag(f)) {
            return Err(HouseholdError::UnknownFlag(flag.clone()));
        }
        let mut ids = BTreeSet::new();
        for m in &self.members {
            if !ids.insert(m.id) {
                return Err(HouseholdError::DuplicateMember);
            }
            if m.name.trim().is_empty() {
                return Err(HouseholdError::EmptyMemberName);
            }
            if m.name.chars().count() > MAX_NAME_CHARS
                || m.aliases.iter().any(|a| a.chars().count() > MAX_NAME_CHARS)
            {
                return Err(HouseholdError::NameTooLong);
            }
            if m.aliases.iter().any(|a| a.trim().is_empty()) {
                return Err(HouseholdError::EmptyAlias);
            }
            if m.notes.chars().count() > MAX_NOTES_CHARS {
                return Err(HouseholdError::NotesTooLong);
            }
            if m.dob.is_some_and(|d| d > today) {
                return Err(HouseholdError::BirthInFuture);
            }
            if m.gestation_weeks
                .is_some_and(|g| !GESTATION_WEEKS.contains(&g))
            {
                return Err(HouseholdError::BadGestation);
            }
            if m.birth_weight
                .is_some_and(|w| w.grams == 0 || w.grams > MAX_GRAMS)
            {
                return Err(HouseholdError::BadWeight);
            }
        }
        Ok(())
    }

    /// Trims names and aliases and drops empty aliases, as a form would.
    pub fn normalise(&mut self) {
        self.display_name = self.display_name.trim().to_string();
        for m in &mut self.members {
            m.name = m.name.trim().to_string();
            m.aliases = m
                .aliases
                .iter()
                .map(|a| a.trim().to_string())
                .filter(|a| !a.is_empty())
                .collect();
        }
    }

    /// The member with this id.
    pub fn member(&self, id: Uuid) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    /// Members with a given role.
    pub fn with_role(&self, role: Role) -> impl Iterator<Item = &Member> {
        self.members.iter().filter(move |m| m.role == role)
    }
}
