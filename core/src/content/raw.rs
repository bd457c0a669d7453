//! The packs' file shapes, as written. Unknown or misspelt fields are refused; fields that the
//! checks want to name precisely ("this source has no url") are optional here and checked in
//! `validate`.

use std::collections::BTreeMap;

use serde::Deserialize;

/// Welsh text of an item, by the name of the English field it translates.
pub(super) type RawCy = Option<BTreeMap<String, String>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Sources {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Source {
    pub id: String,
    pub publisher: Option<String>,
    pub title: Option<String>,
    pub year: Option<u16>,
    pub url: Option<String>,
    pub checked: Option<toml::value::Datetime>,
    pub read: Option<String>,
    pub copy: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Conditions {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    #[serde(default)]
    pub condition: Vec<Condition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Condition {
    pub id: String,
    pub kind: String,
    pub group: Option<String>,
    pub label: String,
    pub source: String,
    pub cy: RawCy,
    #[serde(default)]
    pub worked_out: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Prompts {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    pub most_important: MostImportant,
    #[serde(default)]
    pub themes: Vec<Theme>,
    #[serde(default)]
    pub prompts: Vec<Prompt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MostImportant {
    pub count: usize,
    pub boost_after: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Theme {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub cy: RawCy,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Prompt {
    pub id: String,
    pub theme: String,
    pub text: String,
    pub cy: RawCy,
    #[serde(default)]
    pub always: bool,
    pub any: Option<Vec<String>>,
    pub all: Option<Vec<String>>,
    pub carry_forward: bool,
    #[serde(default)]
    pub until_answered: bool,
    pub priority: Option<u8>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
    /// The escalation card's step a practitioner may need today: the prompt opens it.
    pub step: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Combinations {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    #[serde(default)]
    pub combination: Vec<Combination>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Combination {
    pub id: String,
    pub theme: String,
    pub text: String,
    pub cy: RawCy,
    pub when: Vec<Vec<String>>,
    pub priority: Option<u8>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
    pub step: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SafeSleep {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    pub title: String,
    pub cy: RawCy,
    #[serde(default)]
    pub advice: Vec<CardItem>,
    #[serde(default)]
    pub risks: Vec<CardItem>,
}

/// An advice item or a risk message on the safe-sleep card.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CardItem {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub cy: RawCy,
    pub any: Option<Vec<String>>,
    pub all: Option<Vec<String>>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Reflection {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    pub title: String,
    pub cy: RawCy,
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default)]
    pub signals: Vec<Signal>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Signal {
    pub id: String,
    pub label: String,
    pub cy: RawCy,
    pub condition: Option<String>,
    pub choice: Option<String>,
    pub answers: Option<Vec<String>>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Section {
    pub id: String,
    pub heading: String,
    pub prompt: String,
    pub cy: RawCy,
    pub themes: Vec<String>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
    pub since: String,
    pub choice: Option<Choice>,
    #[serde(default)]
    pub actions: bool,
    #[serde(default)]
    pub people: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Choice {
    pub id: String,
    pub question: String,
    pub cy: RawCy,
    pub options: Vec<ChoiceOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ChoiceOption {
    pub id: String,
    pub label: String,
    pub cy: RawCy,
    pub step: Option<String>,
    #[serde(default)]
    pub urgency: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Escalation {
    pub id: String,
    pub version: String,
    pub reviewed_by: Option<String>,
    pub reviewed_on: Option<toml::value::Datetime>,
    pub title: String,
    pub intro: String,
    pub cy: RawCy,
    #[serde(default)]
    pub steps: Vec<Step>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Step {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub cy: RawCy,
    #[serde(default)]
    pub contacts: Vec<String>,
    /// A number the step itself says to call, the same everywhere (999).
    pub call: Option<String>,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
    /// What the step says instead where the team's local pack is in Wales.
    pub wales: Option<StepWales>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StepWales {
    pub heading: Option<String>,
    pub text: String,
    pub cy: RawCy,
    pub source: Option<String>,
    pub sources: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Local {
    pub id: String,
    pub version: String,
    pub set_up: bool,
    pub nation: Option<String>,
    pub area: String,
    pub procedures: String,
    pub reviewed_by: String,
    pub reviewed_on: toml::value::Datetime,
    pub cy: RawCy,
    #[serde(default)]
    pub contacts: Vec<Contact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Contact {
    pub id: String,
    pub label: String,
    pub name: String,
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
    pub cy: RawCy,
}
