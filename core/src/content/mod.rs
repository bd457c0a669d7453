//! Content packs: the sources, the conditions, the prompt list, the safe-sleep card, the
//! reflection template and the escalation card. They are TOML files in `content/`, embedded at
//! build time and validated here; [`Content::hash`] is stamped on every visit and reflection.
//! The team's local contacts for the escalation card are a separate pack ([`LocalPack`]): they
//! change per team, not per release, and are not part of the hash.

mod local;
mod po;
mod raw;
mod source;
mod validate;

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub use local::{Contact, LOCAL_FILE, LocalPack};
pub use po::{Catalogue, ContentString, WELSH_FILE, WelshEntry, WelshState};
pub use source::{Reading, Source};

/// The pack files, in the order they are hashed.
pub const PACK_FILES: [&str; 8] = [
    "sources.toml",
    "conditions.toml",
    "prompts.toml",
    "safe_sleep.toml",
    "reflection.toml",
    "escalation.toml",
    "combinations.toml",
    "cy.po",
];

const EMBEDDED: [(&str, &str); 8] = [
    (
        "sources.toml",
        include_str!("../../../content/sources.toml"),
    ),
    (
        "conditions.toml",
        include_str!("../../../content/conditions.toml"),
    ),
    (
        "prompts.toml",
        include_str!("../../../content/prompts.toml"),
    ),
    (
        "safe_sleep.toml",
        include_str!("../../../content/safe_sleep.toml"),
    ),
    (
        "reflection.toml",
        include_str!("../../../content/reflection.toml"),
    ),
    (
        "escalation.toml",
        include_str!("../../../content/escalation.toml"),
    ),
    (
        "combinations.toml",
        include_str!("../../../content/combinations.toml"),
    ),
    ("cy.po", include_str!("../../../content/cy.po")),
];

/// The derived conditions the prompt engine can work out. `conditions.toml` must declare exactly
/// these as `kind = "derived"`; `prompt::evaluate_conditions` and `record::worked_out` compute
/// each of them.
pub const DERIVED_CONDITIONS: [&str; 23] = [
    "first_visit",
    "partner_not_seen",
    "no_father_recorded",
    "visiting_adult",
    "other_carer",
    "older_children",
    "older_children_not_spoken_to",
    "young_child",
    "school_age_child",
    "non_mobile_baby",
    "mobility_not_known",
    "sleep_space_not_seen",
    "crying_peak",
    "no_access_before",
    "visits_missed_3m",
    "visits_missed_6m",
    "new_adult",
    "adult_not_seen_3_visits",
    "carer_not_seen_3_visits",
    "partner_not_parent_caring",
    "mother_not_seen_alone",
    "injury_seen",
    "injury_non_mobile",
];

/// The flags Doorstep can also work out from the record (`record::worked_out`): a flag marked
/// `worked_out = true` in `conditions.toml` holds when ticked or when the record shows it. The
/// pack must mark exactly these.
pub const WORKED_OUT_FLAGS: [&str; 6] = [
    "premature",
    "low_birth_weight",
    "multiple_birth",
    "sibling_under_2",
    "faltering_growth",
    "missed_appointments",
];

/// Derived conditions that can never hold together: the first is "no visit done yet", each
/// second one needs a visit done. `content check` refuses a combination that needs both
/// (`record` tests show each pair is exclusive).
pub const EXCLUSIVE: [(&str, &str); 9] = [
    ("first_visit", "partner_not_seen"),
    ("first_visit", "older_children_not_spoken_to"),
    ("first_visit", "sleep_space_not_seen"),
    ("first_visit", "new_adult"),
    ("first_visit", "adult_not_seen_3_visits"),
    ("first_visit", "carer_not_seen_3_visits"),
    ("first_visit", "mother_not_seen_alone"),
    ("first_visit", "injury_seen"),
    ("first_visit", "injury_non_mobile"),
];

/// A learning theme (a–f, from the case review analysis) or safe sleep.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
pub enum Theme {
    /// Parents' own experiences and behaviour.
    #[serde(rename = "a")]
    A,
    /// Vulnerable infants.
    #[serde(rename = "b")]
    B,
    /// Parents struggling to meet the baby's needs.
    #[serde(rename = "c")]
    C,
    /// Professional over-optimism and lack of curiosity.
    #[serde(rename = "d")]
    D,
    /// Unsafe sleeping.
    #[serde(rename = "e")]
    E,
    /// Roles and relationships around the child.
    #[serde(rename = "f")]
    F,
    /// Safer sleep advice.
    #[serde(rename = "safe-sleep")]
    SafeSleep,
}

impl Theme {
    /// Every theme, in code order.
    pub const ALL: [Theme; 7] = [
        Theme::A,
        Theme::B,
        Theme::C,
        Theme::D,
        Theme::E,
        Theme::F,
        Theme::SafeSleep,
    ];

    /// The theme's wire and file name.
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::A => "a",
            Theme::B => "b",
            Theme::C => "c",
            Theme::D => "d",
            Theme::E => "e",
            Theme::F => "f",
            Theme::SafeSleep => "safe-sleep",
        }
    }

    /// Parses a theme name; `None` for anything else.
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for Theme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Welsh text of an item, by the name of the English field it translates (`text`, `heading`…).
/// Views carry it beside the English: the UI shows the Welsh in a Welsh screen where there is
/// one, and the English, marked as English, where there is not.
pub type Welsh = BTreeMap<String, String>;

/// A label from a pack (a condition's, say) with its Welsh when the pack has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Label {
    pub text: String,
    pub cy: Option<String>,
}

impl Label {
    /// `field` of an item: its English and the Welsh for that field, if any.
    pub fn of(text: &str, cy: &Welsh, field: &str) -> Label {
        Label {
            text: text.to_string(),
            cy: cy.get(field).filter(|t| !t.trim().is_empty()).cloned(),
        }
    }
}

/// Whether the practitioner sets a condition or Doorstep works it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConditionKind {
    /// A vulnerability factor or circumstance ticked on the household.
    Flag,
    /// Computed from the household's members and visits by the prompt engine.
    Derived,
}

/// A condition that can raise prompts and safe-sleep messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Condition {
    pub id: String,
    pub kind: ConditionKind,
    /// Heading to group flags under on the household form (flags only).
    pub group: Option<String>,
    /// What the practitioner reads; also says why a prompt is shown.
    pub label: String,
    pub cy: Welsh,
    pub sources: Vec<String>,
    /// A flag Doorstep also works out from the record ([`WORKED_OUT_FLAGS`]).
    pub worked_out: bool,
}

/// When a prompt or a card item applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "when", content = "conditions")]
pub enum Applies {
    Always,
    /// At least one of the conditions holds.
    Any(Vec<String>),
    /// Every one of the conditions holds.
    All(Vec<String>),
}

impl Applies {
    /// The condition ids this rule mentions.
    pub fn conditions(&self) -> &[String] {
        match self {
            Applies::Always => &[],
            Applies::Any(c) | Applies::All(c) => c,
        }
    }
}

/// A theme's heading on the prompt list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeInfo {
    pub theme: Theme,
    pub title: String,
    pub summary: String,
    pub cy: Welsh,
}

/// A prompt on today's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prompt {
    pub id: String,
    pub theme: Theme,
    pub text: String,
    pub cy: Welsh,
    pub applies: Applies,
    /// Shown again while unanswered, even when its conditions no longer hold.
    pub carry_forward: bool,
    /// Not shown again once a visit has recorded it answered.
    pub until_answered: bool,
    /// 1 (most urgent) to 5: chooses the "most important today" items.
    pub priority: u8,
    pub sources: Vec<String>,
    /// The escalation card's step this prompt may lead to today (it opens the card there).
    pub step: Option<String>,
}

/// Concerns seen together (combinations.toml): when at least one condition of every group holds,
/// the family's list leads with `text`, above any single prompt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Combination {
    pub id: String,
    /// The theme it is folded under when more than the top few apply.
    pub theme: Theme,
    /// What to do, in the practitioner's words.
    pub text: String,
    pub cy: Welsh,
    /// Every group must have a condition that holds.
    pub when: Vec<Vec<String>>,
    /// 1 (most urgent) to 5, among combinations.
    pub priority: u8,
    pub sources: Vec<String>,
    /// The escalation card's step it may lead to today.
    pub step: Option<String>,
}

/// The rule that picks the few prompts the list leads with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MostImportant {
    /// How many.
    pub count: usize,
    /// A prompt unknown for this many visits or more counts as one priority step more urgent.
    pub boost_after: u32,
}

/// A safe-sleep card item: core advice (always shown; `applies` raises it to the top for a
/// family) or a risk message (raised when `applies` holds, folded otherwise).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CardItem {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub cy: Welsh,
    /// Advice: `None` when nothing raises it. Risks: always `Some`.
    pub applies: Option<Applies>,
    pub sources: Vec<String>,
}

/// The safe-sleep card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafeSleepCard {
    pub title: String,
    pub cy: Welsh,
    pub advice: Vec<CardItem>,
    pub risks: Vec<CardItem>,
}

/// An answer option of a structured question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ChoiceOption {
    pub id: String,
    pub label: String,
    pub cy: Welsh,
    /// The escalation card's step this answer opens; an answer with a step also asks for an
    /// action before the reflection can be marked done.
    pub step: Option<String>,
    /// Where this answer puts a reflection in the supervisors' queue: 4 and 3 first, then 2;
    /// 2 or more counts as urgent ([`URGENT`]).
    pub urgency: u8,
}

/// The judgement's question id (`safe-tonight`): the team server reads its answer.
pub const JUDGEMENT: &str = "safe-tonight";
/// The decision's question id (`decision`): the team server reads its answer.
pub const DECISION: &str = "decision";
/// The urgency from which a reflection counts as urgent in the supervisors' queue.
pub const URGENT: u8 = 2;

/// A structured question a reflection section asks beside its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(rename = "SectionChoice")]
pub struct Choice {
    pub id: String,
    pub question: String,
    pub cy: Welsh,
    pub options: Vec<ChoiceOption>,
}

/// A section of the reflection template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub prompt: String,
    pub cy: Welsh,
    pub themes: Vec<Theme>,
    pub sources: Vec<String>,
    /// The template version that first asked it.
    pub since: String,
    pub choice: Option<Choice>,
    /// This section holds the reflection's action list (what, who, by when).
    pub actions: bool,
    /// This section starts from who the visit record says was present, seen and not seen
    /// (written in, editable), so that the practitioner is not asked again what the record
    /// already knows.
    pub people: bool,
}

/// The reflection template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ReflectionTemplate {
    pub title: String,
    /// The template's own version (reflection.toml), kept on every reflection written with it.
    pub version: String,
    pub cy: Welsh,
    pub sections: Vec<Section>,
    /// What the team is learning: the signals a shared reflection carries (by id) when they
    /// hold for it (worked out on the device; the UI does not need them).
    #[ts(skip)]
    pub signals: Vec<Signal>,
}

/// A gap the case reviews keep finding, counted across a team's shared reflections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Signal {
    pub id: String,
    /// What the supervisor reads ("Where the baby sleeps was not seen").
    pub label: String,
    pub cy: Welsh,
    pub holds: SignalRule,
    pub sources: Vec<String>,
}

/// When a [`Signal`] holds for a reflection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum SignalRule {
    /// A condition Doorstep works out held at the reflection's visit.
    Condition(String),
    /// The reflection's answer to a structured question is one of these options.
    Answer {
        choice: String,
        answers: Vec<String>,
    },
}

impl ReflectionTemplate {
    /// The structured question with this id, and the section that asks it.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.sections
            .iter()
            .filter_map(|s| s.choice.as_ref())
            .find(|c| c.id == id)
    }

    /// What a signal says to a supervisor, by its id (the id itself when this content no
    /// longer has it).
    pub fn signal_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.signals
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.label.as_str())
    }

    /// An option of a structured question, by ids.
    pub fn option(&self, choice: &str, option: &str) -> Option<&ChoiceOption> {
        self.choice(choice)?.options.iter().find(|o| o.id == option)
    }

    /// How urgent a reflection with these answers to the judgement and the decision is (the
    /// highest of their options' urgencies; 0 when neither is answered or known).
    pub fn urgency(&self, judgement: Option<&str>, decision: Option<&str>) -> u8 {
        [(JUDGEMENT, judgement), (DECISION, decision)]
            .into_iter()
            .filter_map(|(c, o)| self.option(c, o?))
            .map(|o| o.urgency)
            .max()
            .unwrap_or(0)
    }
}

/// A step on the escalation card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub cy: Welsh,
    /// Ids of the local pack's contacts shown under the step.
    pub contacts: Vec<String>,
    /// A number the step itself says to call (999), shown first as a call button.
    pub call: Option<String>,
    pub sources: Vec<String>,
    /// What the step says instead where the team works under Wales's procedures.
    pub wales: Option<StepWales>,
}

/// A step's wording and sources in Wales (the Wales Safeguarding Procedures, their terms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepWales {
    /// The heading in Wales, if it differs.
    pub heading: Option<String>,
    pub text: String,
    pub cy: Welsh,
    pub sources: Vec<String>,
}

/// The nation whose safeguarding procedures a team follows: it chooses the escalation card's
/// procedures, terms and sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Nation {
    England,
    Wales,
}

impl Nation {
    pub fn parse(s: &str) -> Option<Nation> {
        match s {
            "england" => Some(Nation::England),
            "wales" => Some(Nation::Wales),
            _ => None,
        }
    }
}

/// The escalation card: what to do when worried about a baby today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EscalationCard {
    pub title: String,
    pub intro: String,
    pub cy: Welsh,
    pub steps: Vec<Step>,
}

/// A flag the practitioner can tick on a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FlagOption {
    pub id: String,
    pub label: String,
    pub cy: Welsh,
}

/// Flags under one heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct FlagGroup {
    pub group: String,
    /// The group's name in Welsh, if the pack has it.
    pub cy: Option<String>,
    pub flags: Vec<FlagOption>,
}

/// All content packs, validated.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    /// The newest of the packs' own versions, e.g. `2026.12.1`.
    pub version: String,
    /// SHA-256 (hex) over every pack file's name and bytes, in [`PACK_FILES`] order.
    pub hash: String,
    /// When the content was last reviewed against its sources: the oldest of the packs' review
    /// dates (`None` only if no pack could be read).
    pub reviewed_on: Option<NaiveDate>,
    /// Who last reviewed each pack, and when.
    pub reviews: Vec<Review>,
    /// Every source, by id.
    pub sources: BTreeMap<String, Source>,
    pub conditions: Vec<Condition>,
    pub themes: Vec<ThemeInfo>,
    pub prompts: Vec<Prompt>,
    /// Concerns seen together: they lead the list when they apply.
    pub combinations: Vec<Combination>,
    pub most_important: MostImportant,
    pub safe_sleep: SafeSleepCard,
    pub reflection: ReflectionTemplate,
    pub escalation: EscalationCard,
    /// How much of each pack has Welsh text.
    pub translation: Vec<Translation>,
    /// Every English string a translator can translate, in pack order (for cy.po).
    #[serde(skip)]
    pub strings: Vec<ContentString>,
    /// The Welsh of cy.po, reviewed or not.
    #[serde(skip)]
    pub welsh: Catalogue,
}

/// Who last checked a pack against its sources, and when (`reviewed_by`, `reviewed_on`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Review {
    pub file: String,
    pub version: String,
    pub reviewed_by: String,
    pub reviewed_on: NaiveDate,
}

/// How much of one pack is translated into Welsh: fields with English text, and of those, how
/// many have a `cy` text too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Translation {
    pub file: String,
    pub fields: usize,
    /// Shown in Welsh: reviewed in cy.po (or written in the pack's own `cy`).
    pub translated: usize,
    /// Translated in cy.po but not reviewed, or its English changed since: not shown.
    pub draft: usize,
}

/// One thing wrong with a pack: the file, the item (when there is one) and the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub item: Option<String>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}: {}: {}", self.file, item, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Content that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("cannot read {file}: {source}")]
    Read {
        file: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Invalid { problems: Vec<Problem> },
}

impl ContentError {
    /// The problems found (empty for a read error).
    pub fn problems(&self) -> &[Problem] {
        match self {
            ContentError::Invalid { problems } => problems,
            ContentError::Read { .. } => &[],
        }
    }
}

/// How old a source check may be before `content check` warns.
pub const CHECK_MAX_AGE_DAYS: i64 = 365;

static EMBEDDED_CONTENT: OnceLock<Content> = OnceLock::new();

impl Content {
    /// The packs built into this binary. They are validated by the test suite, so a failure
    /// here is a build defect, never a user's doing.
    #[allow(clippy::expect_used)]
    pub fn embedded() -> &'static Content {
        EMBEDDED_CONTENT.get_or_init(|| {
            Content::from_files(&EMBEDDED).expect("the embedded content packs are valid")
        })
    }

    /// Parses and validates packs given as (file name, text), in [`PACK_FILES`] order.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        validate::load(files, content_hash(files))
    }

    /// A short version string to stamp on records and send with reflections:
    /// the packs' version and the first 12 hex digits of the hash.
    pub fn stamp(&self) -> String {
        format!("{}+{}", self.version, &self.hash[..12])
    }

    /// The condition with this id.
    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }

    /// The flags a practitioner can set on a household, in pack order.
    pub fn flags(&self) -> impl Iterator<Item = &Condition> {
        self.conditions
            .iter()
            .filter(|c| c.kind == ConditionKind::Flag)
    }

    /// The flags grouped under their headings, groups and flags in pack order.
    pub fn flag_groups(&self) -> Vec<FlagGroup> {
        let mut groups: Vec<FlagGroup> = Vec::new();
        for c in self.flags() {
            let name = c.group.clone().unwrap_or_default();
            let flag = FlagOption {
                id: c.id.clone(),
                label: c.label.clone(),
                cy: c.cy.clone(),
            };
            match groups.iter_mut().find(|g| g.group == name) {
                Some(g) => g.flags.push(flag),
                None => groups.push(FlagGroup {
                    group: name,
                    cy: c.cy.get("group").cloned(),
                    flags: vec![flag],
                }),
            }
        }
        groups
    }

    /// Whether `id` is a flag the practitioner can set.
    pub fn is_flag(&self, id: &str) -> bool {
        self.condition(id)
            .is_some_and(|c| c.kind == ConditionKind::Flag)
    }

    /// The prompt with this id.
    pub fn prompt(&self, id: &str) -> Option<&Prompt> {
        self.prompts.iter().find(|p| p.id == id)
    }

    /// The combination with this id.
    pub fn combination(&self, id: &str) -> Option<&Combination> {
        self.combinations.iter().find(|p| p.id == id)
    }

    /// Whether a visit can record an answer to `id`: a prompt or a combination.
    pub fn is_answerable(&self, id: &str) -> bool {
        self.prompt(id).is_some() || self.combination(id).is_some()
    }

    /// The heading and summary of a theme.
    pub fn theme(&self, theme: Theme) -> Option<&ThemeInfo> {
        self.themes.iter().find(|t| t.theme == theme)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// The citations of an item's sources, joined: what the app shows under it.
    pub fn cite(&self, ids: &[String]) -> String {
        ids.iter()
            .map(|id| self.source(id).map_or_else(|| id.clone(), Source::citation))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Sources whose own current text was not compared at the last check (read from a copy,
    /// not read, or not recorded): `content check` lists them and counts them.
    pub fn not_read_at_the_source(&self) -> Vec<&Source> {
        self.sources
            .values()
            .filter(|s| !s.read.at_the_source())
            .collect()
    }

    /// Sources whose check is more than [`CHECK_MAX_AGE_DAYS`] old on `today`: a warning for
    /// `content check`, not an error.
    pub fn stale_sources(&self, today: NaiveDate) -> Vec<&Source> {
        self.sources
            .values()
            .filter(|s| (today - s.checked).num_days() > CHECK_MAX_AGE_DAYS)
            .collect()
    }
}

fn content_hash(files: &[(&str, &str)]) -> String {
    let mut h = Sha256::new();
    for name in PACK_FILES {
        if let Some((_, text)) = files.iter().find(|(n, _)| *n == name) {
            h.update(name.as_bytes());
            h.update([0u8]);
            h.update((text.len() as u64).to_le_bytes());
            h.update(text.as_bytes());
        }
    }
    hex::encode(h.finalize())
}

/// The embedded files, for tests and tools that want to alter a copy.
pub fn embedded_files() -> [(&'static str, &'static str); 8] {
    EMBEDDED
}
