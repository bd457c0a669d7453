//! The sources the content rests on (sources.toml), and how each was read at its last check.

use chrono::NaiveDate;
use serde::Serialize;

/// A source the content rests on (sources.toml).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    pub year: u16,
    /// A public address where the text can be read.
    pub url: String,
    /// When the content citing it was last checked.
    pub checked: NaiveDate,
    /// How the source was read at that check: only [`Reading::Source`] means that its own
    /// current text was compared.
    pub read: Reading,
    /// What the check found, could not see, or asks to re-check.
    pub note: Option<String>,
}

impl Source {
    /// "Publisher: Title (year)", as the app shows it under an item.
    pub fn citation(&self) -> String {
        format!("{}: {} ({})", self.publisher, self.title, self.year)
    }
}

/// How a source was read at its last check (`read` in sources.toml, with `copy` naming the copy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "read", content = "copy")]
pub enum Reading {
    /// The source's own current text, at its address.
    Source,
    /// A copy or a summary of it (which one, in the words of sources.toml).
    Copy(String),
    /// Not read: named only, or its text not found.
    NotRead,
    /// How it was read was not recorded: counted as not read at the source.
    NotRecorded,
}

impl Reading {
    /// The values `read` may take in sources.toml.
    pub const VALUES: &'static str =
        "\"source\", \"copy\" (with `copy = \"which\"`), \"not-read\" or \"not-recorded\"";

    /// Whether the source's own current text was compared.
    pub fn at_the_source(&self) -> bool {
        matches!(self, Reading::Source)
    }

    /// How it was read, in a few words (`content check`).
    pub fn describe(&self) -> String {
        match self {
            Reading::Source => "read at the source".to_string(),
            Reading::Copy(which) => format!("read from a copy: {which}"),
            Reading::NotRead => "not read".to_string(),
            Reading::NotRecorded => "how it was read was not recorded".to_string(),
        }
    }
}

impl super::Content {
    /// The ids of the items that cite a source, as "pack: item" (for reviewing a source).
    pub fn citing(&self, source: &str) -> Vec<String> {
        let cites = |ids: &[String]| ids.iter().any(|s| s == source);
        let mut out = Vec::new();
        for c in &self.conditions {
            if cites(&c.sources) {
                out.push(format!("conditions.toml: condition \"{}\"", c.id));
            }
        }
        for p in &self.prompts {
            if cites(&p.sources) {
                out.push(format!("prompts.toml: prompt \"{}\"", p.id));
            }
        }
        for c in &self.combinations {
            if cites(&c.sources) {
                out.push(format!("combinations.toml: combination \"{}\"", c.id));
            }
        }
        for (kind, items) in [
            ("advice", &self.safe_sleep.advice),
            ("risk", &self.safe_sleep.risks),
        ] {
            for i in items.iter().filter(|i| cites(&i.sources)) {
                out.push(format!("safe_sleep.toml: {kind} \"{}\"", i.id));
            }
        }
        for s in &self.reflection.sections {
            if cites(&s.sources) {
                out.push(format!("reflection.toml: section \"{}\"", s.id));
            }
        }
        for s in &self.escalation.steps {
            if cites(&s.sources) {
                out.push(format!("escalation.toml: step \"{}\"", s.id));
            }
            if s.wales.as_ref().is_some_and(|w| cites(&w.sources)) {
                out.push(format!("escalation.toml: step \"{}\", in Wales", s.id));
            }
        }
        out
    }
}
