//! Content packs: the prompt list, the safe-sleep card, the reflection template and the
//! conditions that raise them. They are TOML files in `content/`, embedded at build time and
//! validated here; [`Content::hash`] is stamped on every visit and reflection.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::prompt::DERIVED_CONDITIONS;

/// The pack files, in the order they are hashed.
pub const PACK_FILES: [&str; 4] = [
    "conditions.toml",
    "prompts.toml",
    "safe_sleep.toml",
    "reflection.toml",
];

const EMBEDDED: [(&str, &str); 4] = [
    (
        "conditions.toml",
        include_str!("../content/conditions.toml"),
    ),
    ("prompts.toml", include_str!("../content/prompts.toml")),
    (
        "safe_sleep.toml",
        include_str!("../content/safe_sleep.toml"),
    ),
    (
        "reflection.toml",
        include_str!("../content/reflection.toml"),
    ),
];

/// A learning theme (a–f, from the case review analysis) or safe sleep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
    pub source: String,
}

/// When a prompt or a risk message applies.
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

/// A source a pack's facts rest on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub name: String,
}

/// A theme's heading on the prompt list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ThemeInfo {
    pub theme: Theme,
    pub title: String,
    pub summary: String,
}

/// A prompt on today's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prompt {
    pub id: String,
    pub theme: Theme,
    pub text: String,
    /// Welsh text, where translated.
    pub cy: Option<String>,
    pub applies: Applies,
    pub carry_forward: bool,
    pub source: String,
}

/// Core safe-sleep advice, always shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub source: String,
}

/// A safe-sleep risk message, raised when its conditions hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub applies: Applies,
    pub source: String,
}

/// The safe-sleep card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafeSleepCard {
    pub title: String,
    pub advice: Vec<Advice>,
    pub risks: Vec<Risk>,
}

/// A section of the reflection template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    pub prompt: String,
    pub themes: Vec<Theme>,
    pub source: String,
}

/// The reflection template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReflectionTemplate {
    pub title: String,
    pub sections: Vec<Section>,
}

/// A flag the practitioner can tick on a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlagOption {
    pub id: String,
    pub label: String,
}

/// Flags under one heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlagGroup {
    pub group: String,
    pub flags: Vec<FlagOption>,
}

/// All content packs, validated.
#[derive(Debug, Clone, Serialize)]
pub struct Content {
    /// The newest of the packs' own versions, e.g. `2026.11.1`.
    pub version: String,
    /// SHA-256 (hex) over every pack file's name and bytes, in [`PACK_FILES`] order.
    pub hash: String,
    pub conditions: Vec<Condition>,
    pub themes: Vec<ThemeInfo>,
    pub prompts: Vec<Prompt>,
    pub safe_sleep: SafeSleepCard,
    pub reflection: ReflectionTemplate,
    /// Every source named by any pack, by id.
    pub sources: BTreeMap<String, String>,
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

// ---------------------------------------------------------------- raw file shapes

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConditions {
    id: String,
    version: String,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    condition: Vec<RawCondition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    id: String,
    kind: String,
    group: Option<String>,
    label: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompts {
    id: String,
    version: String,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    themes: Vec<RawTheme>,
    #[serde(default)]
    prompts: Vec<RawPrompt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: String,
    title: String,
    summary: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrompt {
    id: String,
    theme: String,
    text: String,
    cy: Option<String>,
    #[serde(default)]
    always: bool,
    any: Option<Vec<String>>,
    all: Option<Vec<String>>,
    carry_forward: bool,
    source: String,
}

/// The three ways of saying when an item applies, as written in a pack.
struct RawWhen {
    always: bool,
    any: Option<Vec<String>>,
    all: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSafeSleep {
    id: String,
    version: String,
    title: String,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    advice: Vec<RawAdvice>,
    #[serde(default)]
    risks: Vec<RawRisk>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAdvice {
    id: String,
    heading: String,
    text: String,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRisk {
    id: String,
    heading: String,
    text: String,
    any: Option<Vec<String>>,
    all: Option<Vec<String>>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReflection {
    id: String,
    version: String,
    title: String,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    sections: Vec<RawSection>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSection {
    id: String,
    heading: String,
    prompt: String,
    themes: Vec<String>,
    source: String,
}

// ---------------------------------------------------------------- loading

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

    /// Loads and validates the packs from a folder (for `doorstep content check`).
    pub fn from_dir(dir: &Path) -> Result<Content, ContentError> {
        let mut texts = Vec::new();
        for name in PACK_FILES {
            let path = dir.join(name);
            let text = std::fs::read_to_string(&path).map_err(|source| ContentError::Read {
                file: path.display().to_string(),
                source,
            })?;
            texts.push((name, text));
        }
        let refs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
        Content::from_files(&refs)
    }

    /// Parses and validates packs given as (file name, text), in [`PACK_FILES`] order.
    pub fn from_files(files: &[(&str, &str)]) -> Result<Content, ContentError> {
        let mut v = Validator::default();
        let text_of = |name: &str| files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t);
        for name in PACK_FILES {
            if text_of(name).is_none() {
                v.problem(name, None, "the file is missing".to_string());
            }
        }
        if !v.problems.is_empty() {
            return Err(ContentError::Invalid {
                problems: v.problems,
            });
        }
        let hash = content_hash(files);
        let conditions_raw: Option<RawConditions> =
            v.parse("conditions.toml", text_of("conditions.toml").unwrap_or(""));
        let prompts_raw: Option<RawPrompts> =
            v.parse("prompts.toml", text_of("prompts.toml").unwrap_or(""));
        let sleep_raw: Option<RawSafeSleep> =
            v.parse("safe_sleep.toml", text_of("safe_sleep.toml").unwrap_or(""));
        let reflection_raw: Option<RawReflection> =
            v.parse("reflection.toml", text_of("reflection.toml").unwrap_or(""));
        let (Some(c), Some(p), Some(s), Some(r)) =
            (conditions_raw, prompts_raw, sleep_raw, reflection_raw)
        else {
            return Err(ContentError::Invalid {
                problems: v.problems,
            });
        };
        let content = v.build(c, p, s, r, hash);
        if v.problems.is_empty() {
            Ok(content)
        } else {
            Err(ContentError::Invalid {
                problems: v.problems,
            })
        }
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
            };
            match groups.iter_mut().find(|g| g.group == name) {
                Some(g) => g.flags.push(flag),
                None => groups.push(FlagGroup {
                    group: name,
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

    /// The heading and summary of a theme.
    pub fn theme(&self, theme: Theme) -> Option<&ThemeInfo> {
        self.themes.iter().find(|t| t.theme == theme)
    }

    /// The name of a source id.
    pub fn source_name(&self, id: &str) -> Option<&str> {
        self.sources.get(id).map(String::as_str)
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

#[derive(Default)]
struct Validator {
    problems: Vec<Problem>,
}

impl Validator {
    fn problem(&mut self, file: &str, item: Option<String>, message: String) {
        self.problems.push(Problem {
            file: file.to_string(),
            item,
            message,
        });
    }

    fn parse<T: serde::de::DeserializeOwned>(&mut self, file: &str, text: &str) -> Option<T> {
        match toml::from_str::<T>(text) {
            Ok(v) => Some(v),
            Err(e) => {
                let msg = e.message().to_string();
                let location = e
                    .span()
                    .map(|s| {
                        let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                        format!(" (line {line})")
                    })
                    .unwrap_or_default();
                self.problem(file, None, format!("{msg}{location}"));
                None
            }
        }
    }

    fn header(&mut self, file: &str, id: &str, expected: &str, version: &str, sources: &[Source]) {
        if id != expected {
            self.problem(
                file,
                None,
                format!("pack id is \"{id}\", expected \"{expected}\""),
            );
        }
        if version.trim().is_empty() {
            self.problem(file, None, "version is empty".to_string());
        }
        if sources.is_empty() {
            self.problem(
                file,
                None,
                "no [[sources]]: every pack names the sources of its facts".to_string(),
            );
        }
        let mut seen = BTreeSet::new();
        for s in sources {
            if !seen.insert(s.id.as_str()) {
                self.problem(
                    file,
                    Some(format!("source \"{}\"", s.id)),
                    "duplicate source id".to_string(),
                );
            }
            if s.name.trim().is_empty() {
                self.problem(
                    file,
                    Some(format!("source \"{}\"", s.id)),
                    "source has no name".to_string(),
                );
            }
        }
    }

    fn ids<'a>(&mut self, file: &str, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.problem(file, Some(format!("{what} \"\"")), "empty id".to_string());
            } else if !seen.insert(id) {
                self.problem(
                    file,
                    Some(format!("{what} \"{id}\"")),
                    format!("duplicate id \"{id}\""),
                );
            }
        }
    }

    fn source_ref(&mut self, file: &str, item: &str, source: &str, sources: &[Source]) {
        if !sources.iter().any(|s| s.id == source) {
            self.problem(
                file,
                Some(item.to_string()),
                format!("unknown source \"{source}\" (not in this pack's [[sources]])"),
            );
        }
    }

    fn text(&mut self, file: &str, item: &str, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(file, Some(item.to_string()), format!("{field} is empty"));
        }
    }

    fn theme(&mut self, file: &str, item: &str, theme: &str) -> Option<Theme> {
        let t = Theme::parse(theme);
        if t.is_none() {
            let known: Vec<&str> = Theme::ALL.iter().map(|t| t.as_str()).collect();
            self.problem(
                file,
                Some(item.to_string()),
                format!("unknown theme \"{theme}\" (known: {})", known.join(", ")),
            );
        }
        t
    }

    fn when(
        &mut self,
        file: &str,
        item: &str,
        when: RawWhen,
        conditions: &[Condition],
        allow_always: bool,
    ) -> Applies {
        let applies = match (when.always, when.any, when.all) {
            (true, None, None) if allow_always => Applies::Always,
            (false, Some(any), None) if !any.is_empty() => Applies::Any(any),
            (false, None, Some(all)) if !all.is_empty() => Applies::All(all),
            _ => {
                let forms = if allow_always {
                    "`always = true`, `any = [..]` or `all = [..]`"
                } else {
                    "`any = [..]` or `all = [..]`"
                };
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("say when it applies with exactly one of {forms}, not empty"),
                );
                Applies::Always
            }
        };
        for c in applies.conditions() {
            if !conditions.iter().any(|k| &k.id == c) {
                self.problem(
                    file,
                    Some(item.to_string()),
                    format!("unknown condition \"{c}\" (not in conditions.toml)"),
                );
            }
        }
        applies
    }

    fn build(
        &mut self,
        c: RawConditions,
        p: RawPrompts,
        s: RawSafeSleep,
        r: RawReflection,
        hash: String,
    ) -> Content {
        let mut sources = BTreeMap::new();

        // conditions.toml
        let f = "conditions.toml";
        self.header(f, &c.id, "conditions", &c.version, &c.sources);
        self.ids(f, "condition", c.condition.iter().map(|x| x.id.as_str()));
        let mut conditions = Vec::new();
        for raw in c.condition {
            let item = format!("condition \"{}\"", raw.id);
            let kind = match raw.kind.as_str() {
                "flag" => ConditionKind::Flag,
                "derived" => {
                    if !DERIVED_CONDITIONS.contains(&raw.id.as_str()) {
                        self.problem(
                            f,
                            Some(item.clone()),
                            format!(
                                "the prompt engine cannot work out \"{}\" (derived conditions it knows: {})",
                                raw.id,
                                DERIVED_CONDITIONS.join(", ")
                            ),
                        );
                    }
                    ConditionKind::Derived
                }
                other => {
                    self.problem(
                        f,
                        Some(item.clone()),
                        format!("unknown kind \"{other}\" (use \"flag\" or \"derived\")"),
                    );
                    ConditionKind::Flag
                }
            };
            if kind == ConditionKind::Flag && raw.group.as_deref().is_none_or(str::is_empty) {
                self.problem(
                    f,
                    Some(item.clone()),
                    "a flag needs a group to be shown under".to_string(),
                );
            }
            if !raw
                .id
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')
            {
                self.problem(
                    f,
                    Some(item.clone()),
                    "condition ids use lower-case letters, digits and _".to_string(),
                );
            }
            self.text(f, &item, "label", &raw.label);
            self.source_ref(f, &item, &raw.source, &c.sources);
            conditions.push(Condition {
                id: raw.id,
                kind,
                group: raw.group,
                label: raw.label,
                source: raw.source,
            });
        }
        for d in DERIVED_CONDITIONS {
            if !conditions.iter().any(|c| c.id == *d) {
                self.problem(
                    f,
                    None,
                    format!("the derived condition \"{d}\" is not declared"),
                );
            }
        }
        sources.extend(c.sources.into_iter().map(|s| (s.id, s.name)));

        // prompts.toml
        let f = "prompts.toml";
        self.header(f, &p.id, "prompts", &p.version, &p.sources);
        self.ids(f, "theme", p.themes.iter().map(|x| x.id.as_str()));
        self.ids(f, "prompt", p.prompts.iter().map(|x| x.id.as_str()));
        let mut themes = Vec::new();
        for raw in p.themes {
            let item = format!("theme \"{}\"", raw.id);
            self.text(f, &item, "title", &raw.title);
            if let Some(theme) = self.theme(f, &item, &raw.id) {
                themes.push(ThemeInfo {
                    theme,
                    title: raw.title,
                    summary: raw.summary,
                });
            }
        }
        for t in Theme::ALL {
            if !themes.iter().any(|i| i.theme == t) {
                self.problem(f, None, format!("theme \"{t}\" has no [[themes]] heading"));
            }
        }
        let mut prompts = Vec::new();
        for raw in p.prompts {
            let item = format!("prompt \"{}\"", raw.id);
            let theme = self.theme(f, &item, &raw.theme);
            self.text(f, &item, "text", &raw.text);
            self.source_ref(f, &item, &raw.source, &p.sources);
            let when = RawWhen {
                always: raw.always,
                any: raw.any,
                all: raw.all,
            };
            let applies = self.when(f, &item, when, &conditions, true);
            if let Some(theme) = theme {
                prompts.push(Prompt {
                    id: raw.id,
                    theme,
                    text: raw.text,
                    cy: raw.cy,
                    applies,
                    carry_forward: raw.carry_forward,
                    source: raw.source,
                });
            }
        }
        sources.extend(p.sources.into_iter().map(|s| (s.id, s.name)));

        // safe_sleep.toml
        let f = "safe_sleep.toml";
        self.header(f, &s.id, "safe-sleep", &s.version, &s.sources);
        self.text(f, "card", "title", &s.title);
        self.ids(
            f,
            "advice or risk",
            s.advice
                .iter()
                .map(|x| x.id.as_str())
                .chain(s.risks.iter().map(|x| x.id.as_str())),
        );
        if s.advice.is_empty() {
            self.problem(f, None, "the card has no [[advice]]".to_string());
        }
        let mut advice = Vec::new();
        for raw in s.advice {
            let item = format!("advice \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "text", &raw.text);
            self.source_ref(f, &item, &raw.source, &s.sources);
            advice.push(Advice {
                id: raw.id,
                heading: raw.heading,
                text: raw.text,
                source: raw.source,
            });
        }
        let mut risks = Vec::new();
        for raw in s.risks {
            let item = format!("risk \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "text", &raw.text);
            self.source_ref(f, &item, &raw.source, &s.sources);
            let when = RawWhen {
                always: false,
                any: raw.any,
                all: raw.all,
            };
            let applies = self.when(f, &item, when, &conditions, false);
            risks.push(Risk {
                id: raw.id,
                heading: raw.heading,
                text: raw.text,
                applies,
                source: raw.source,
            });
        }
        sources.extend(s.sources.into_iter().map(|s| (s.id, s.name)));

        // reflection.toml
        let f = "reflection.toml";
        self.header(f, &r.id, "reflection", &r.version, &r.sources);
        self.text(f, "template", "title", &r.title);
        self.ids(f, "section", r.sections.iter().map(|x| x.id.as_str()));
        if r.sections.is_empty() {
            self.problem(f, None, "the template has no [[sections]]".to_string());
        }
        let mut sections = Vec::new();
        for raw in r.sections {
            let item = format!("section \"{}\"", raw.id);
            self.text(f, &item, "heading", &raw.heading);
            self.text(f, &item, "prompt", &raw.prompt);
            self.source_ref(f, &item, &raw.source, &r.sources);
            let themes = raw
                .themes
                .iter()
                .filter_map(|t| self.theme(f, &item, t))
                .collect();
            sections.push(Section {
                id: raw.id,
                heading: raw.heading,
                prompt: raw.prompt,
                themes,
                source: raw.source,
            });
        }
        sources.extend(r.sources.into_iter().map(|s| (s.id, s.name)));

        // Every condition must be able to raise something.
        for cond in &conditions {
            let used = prompts
                .iter()
                .map(|p| &p.applies)
                .chain(risks.iter().map(|r| &r.applies))
                .any(|a| a.conditions().contains(&cond.id));
            if !used {
                self.problem(
                    "conditions.toml",
                    Some(format!("condition \"{}\"", cond.id)),
                    "no prompt or risk message uses it, so it can never raise anything".to_string(),
                );
            }
        }

        let version = [&c.version, &p.version, &s.version, &r.version]
            .into_iter()
            .max()
            .cloned()
            .unwrap_or_default();

        Content {
            version,
            hash,
            conditions,
            themes,
            prompts,
            safe_sleep: SafeSleepCard {
                title: s.title,
                advice,
                risks,
            },
            reflection: ReflectionTemplate {
                title: r.title,
                sections,
            },
            sources,
        }
    }
}

/// The embedded files, for tests and tools that want to alter a copy.
pub fn embedded_files() -> [(&'static str, &'static str); 4] {
    EMBEDDED
}
