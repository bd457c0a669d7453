//! The team's local pack: the names and numbers the escalation card shows. Set up by the team's
//! safeguarding lead and put beside the store on each device (`local.toml` in the app's data
//! folder); until then the example pack built into the app is used, and the card says that it
//! is not set up. Nothing about any family is in it.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::Serialize;

use super::validate::{Validator, toml_date};
use super::{Content, ContentError, Nation, Welsh, raw};

/// The file name of the local pack, in `content/` (the example) and beside the store.
pub const LOCAL_FILE: &str = "local.toml";

const EMBEDDED_LOCAL: &str = include_str!("../../../content/local.toml");

/// A contact on the escalation card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Contact {
    pub id: String,
    /// What the contact is ("Children's social care front door (MASH)").
    pub label: String,
    pub name: String,
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
    pub cy: Welsh,
}

/// The team's local contacts, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalPack {
    pub version: String,
    /// False for the example pack: the card says that it is not set up.
    pub set_up: bool,
    /// The nation whose procedures the team follows (England when the pack does not say).
    pub nation: Nation,
    pub area: String,
    /// Which safeguarding procedures the area follows.
    pub procedures: String,
    pub reviewed_by: String,
    pub reviewed_on: NaiveDate,
    /// Welsh of the area and procedures, if the pack has it.
    pub cy: Welsh,
    pub contacts: Vec<Contact>,
    /// What the pack lacks that the app works around (a contact a step names, the nation):
    /// `doorstep content check --local` refuses the pack until they are put right, and the
    /// escalation card names them so that a practitioner knows to tell the safeguarding lead.
    pub gaps: Vec<String>,
}

static EMBEDDED: OnceLock<LocalPack> = OnceLock::new();

impl LocalPack {
    /// The example pack built into the app (validated by the test suite).
    #[allow(clippy::expect_used)]
    pub fn example() -> &'static LocalPack {
        EMBEDDED.get_or_init(|| {
            LocalPack::parse(EMBEDDED_LOCAL, Content::embedded())
                .expect("the example local pack is valid")
        })
    }

    /// The example pack's text (to start a team's own from).
    pub fn example_text() -> &'static str {
        EMBEDDED_LOCAL
    }

    /// Parses and checks a local pack: each contact has a name and a phone number or a note. A
    /// contact a step names but the pack lacks, or a missing nation, is a gap (the pack is still
    /// used, so that a team's numbers stay on the card when a new release adds a step).
    pub fn parse(text: &str, content: &Content) -> Result<LocalPack, ContentError> {
        let f = LOCAL_FILE;
        let mut v = Validator::default();
        let Some(raw) = v.parse::<raw::Local>(f, text) else {
            return Err(v.into_error());
        };
        v.header(f, &raw.id, "local", &raw.version);
        v.text(f, "pack", "area", &raw.area);
        v.text(f, "pack", "procedures", &raw.procedures);
        let cy = v.cy(
            f,
            "pack",
            raw.cy,
            &[("area", &raw.area), ("procedures", &raw.procedures)],
        );
        let mut gaps = Vec::new();
        let nation = match raw.nation.as_deref() {
            Some(n) => Nation::parse(n).unwrap_or_else(|| {
                v.problem(
                    f,
                    None,
                    format!(
                        "nation = \"{n}\" is not one Doorstep knows (\"england\" or \"wales\")"
                    ),
                );
                Nation::England
            }),
            None => {
                gaps.push(
                    "the pack does not say its nation (nation = \"england\" or \"wales\"): England's procedures are shown".to_string(),
                );
                Nation::England
            }
        };
        let reviewed_on = toml_date(&raw.reviewed_on);
        if reviewed_on.is_none() {
            v.problem(f, None, "reviewed_on is a date (YYYY-MM-DD)".to_string());
        }
        let mut contacts: Vec<Contact> = Vec::new();
        for c in raw.contacts {
            let item = format!("contact \"{}\"", c.id);
            if contacts.iter().any(|k| k.id == c.id) {
                v.problem(f, Some(item.clone()), format!("duplicate id \"{}\"", c.id));
            }
            v.text(f, &item, "label", &c.label);
            v.text(f, &item, "name", &c.name);
            if c.phone.as_deref().is_none_or(|p| p.trim().is_empty())
                && c.note.as_deref().is_none_or(|n| n.trim().is_empty())
            {
                v.problem(
                    f,
                    Some(item.clone()),
                    "give a phone number or a note saying how to reach it".to_string(),
                );
            }
            if let Some(phone) = &c.phone
                && !phone
                    .chars()
                    .all(|ch| ch.is_ascii_digit() || " +()-".contains(ch))
            {
                v.problem(
                    f,
                    Some(item.clone()),
                    format!("phone \"{phone}\" has characters a phone cannot dial"),
                );
            }
            let mut fields = vec![("label", c.label.as_str()), ("name", c.name.as_str())];
            if let Some(hours) = &c.hours {
                fields.push(("hours", hours.as_str()));
            }
            if let Some(note) = &c.note {
                fields.push(("note", note.as_str()));
            }
            let cy = v.cy(f, &item, c.cy, &fields);
            contacts.push(Contact {
                id: c.id,
                label: c.label,
                name: c.name,
                phone: c.phone,
                hours: c.hours,
                note: c.note,
                cy,
            });
        }
        for step in &content.escalation.steps {
            for id in &step.contacts {
                if !contacts.iter().any(|c| &c.id == id) {
                    gaps.push(format!(
                        "no contact \"{id}\", which the escalation card's step \"{}\" names",
                        step.id
                    ));
                }
            }
        }
        match reviewed_on {
            Some(reviewed_on) if v.problems.is_empty() => Ok(LocalPack {
                version: raw.version,
                set_up: raw.set_up,
                nation,
                area: raw.area,
                procedures: raw.procedures,
                reviewed_by: raw.reviewed_by,
                reviewed_on,
                cy,
                contacts,
                gaps,
            }),
            _ => Err(v.into_error()),
        }
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }
}
