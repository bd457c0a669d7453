//! On-device anonymisation of reflection text, before anything is queued for the team server.
//!
//! [`anonymise`] replaces household names with role labels (`[Mother]`, `[Sibling 1]`), other
//! people with `[Person 1]`…, and UK identifiers with their kind (`[Postcode]`, `[Date]`…), and
//! says for every redaction which rule matched, so that the review screen can explain it.
//! It is deterministic and pure. [`structured_identifiers`] is the server's second check.

mod disguise;
mod fold;
mod identifiers;
pub mod lexicon;
mod names;
pub mod review;
mod rule;
mod tokens;
mod triggers;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::household::{Household, Role};

pub use identifiers::nhs_checksum_ok;
pub use lexicon::lexicon;
pub use names::HouseholdMatcher;
pub use rule::Rule;

/// What a redaction hides.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Person,
    NhsNumber,
    NiNumber,
    Postcode,
    Phone,
    Email,
    Url,
    Handle,
    Date,
    Address,
    Vehicle,
    School,
    HealthService,
    Reference,
    Place,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 15] = [
        Kind::Person,
        Kind::NhsNumber,
        Kind::NiNumber,
        Kind::Postcode,
        Kind::Phone,
        Kind::Email,
        Kind::Url,
        Kind::Handle,
        Kind::Date,
        Kind::Address,
        Kind::Vehicle,
        Kind::School,
        Kind::HealthService,
        Kind::Reference,
        Kind::Place,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::NhsNumber => "nhs_number",
            Kind::NiNumber => "ni_number",
            Kind::Postcode => "postcode",
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Url => "url",
            Kind::Handle => "handle",
            Kind::Date => "date",
            Kind::Address => "address",
            Kind::Vehicle => "vehicle",
            Kind::School => "school",
            Kind::HealthService => "health_service",
            Kind::Reference => "reference",
            Kind::Place => "place",
        }
    }

    /// The label that replaces it (people get numbered or role labels instead).
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "[Person]",
            Kind::NhsNumber => "[NHS number]",
            Kind::NiNumber => "[NI number]",
            Kind::Postcode => "[Postcode]",
            Kind::Phone => "[Phone]",
            Kind::Email => "[Email]",
            Kind::Url => "[Link]",
            Kind::Handle => "[Handle]",
            Kind::Date => "[Date]",
            Kind::Address => "[Address]",
            Kind::Vehicle => "[Vehicle]",
            Kind::School => "[School]",
            Kind::HealthService => "[Health service]",
            Kind::Reference => "[Reference]",
            Kind::Place => "[Place]",
        }
    }

    /// Structured identifiers: the server refuses a reflection that still holds one.
    pub fn is_structured(self) -> bool {
        matches!(
            self,
            Kind::NhsNumber | Kind::NiNumber | Kind::Postcode | Kind::Phone | Kind::Email
        )
    }
}

/// One piece of the note that was replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redaction {
    /// Byte span in the input.
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// "[Mother]", "[Person 2]", "[Phone]": borrowed where it is a fixed label, so that a note's
    /// redactions cost no allocation each (the anonymiser's hot path).
    pub replacement: Cow<'static, str>,
    /// Which rule or list matched, for the review screen to word in its language (and in
    /// English for the command line: [`Redaction::reason`]).
    pub rule: Rule,
}

impl Redaction {
    /// The rule in English ([`Rule::reason`]), for the command line: worked out when asked
    /// for, not for every redaction of every note (the app words the rule itself).
    pub fn reason(&self) -> Cow<'static, str> {
        self.rule.reason(&self.replacement)
    }
}

/// The anonymised note and what was replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anonymised {
    pub text: String,
    pub redactions: Vec<Redaction>,
}

/// A person in the household as the anonymiser needs them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub role: Role,
    #[serde(default)]
    pub aliases: Vec<String>,
}

impl Person {
    /// The household's members as the anonymiser's people.
    pub fn from_household(h: &Household) -> Vec<Person> {
        h.members
            .iter()
            .map(|m| Person {
                name: m.name.clone(),
                role: m.role,
                aliases: m.aliases.clone(),
            })
            .collect()
    }
}

/// A candidate redaction before overlaps are settled.
#[derive(Debug, Clone)]
struct Candidate<'a> {
    start: usize,
    end: usize,
    kind: Kind,
    /// Lower wins an overlap.
    priority: u8,
    /// A fixed label (role labels), or `None` for the kind's label or a person number.
    label: Option<&'a str>,
    /// For other people: the key that numbers them consistently within the note.
    person_key: Option<String>,
    rule: Rule,
}

fn priority(kind: Kind) -> u8 {
    match kind {
        Kind::Email | Kind::Url | Kind::Handle => 0,
        Kind::NhsNumber | Kind::NiNumber | Kind::Phone | Kind::Postcode => 1,
        Kind::Address | Kind::Vehicle | Kind::Reference | Kind::Date => 2,
        Kind::School | Kind::HealthService => 2,
        Kind::Place => 5,
        Kind::Person => 4,
    }
}

/// Anonymises a note for a household (builds the household's matcher; see
/// [`anonymise_with`] to reuse one).
pub fn anonymise(text: &str, people: &[Person]) -> Anonymised {
    anonymise_with(text, &HouseholdMatcher::new(people))
}

/// Anonymises a note with a household matcher built once.
pub fn anonymise_with(text: &str, household: &HouseholdMatcher) -> Anonymised {
    let folded = fold::fold(text);
    let toks = tokens::tokenise(text, &folded);
    let mut found = identifiers::find_in_tokens(text, &toks);
    found.extend(identifiers::find_disguised(text));
    // Room for the names that follow, so that the list is allocated once.
    let mut cands: Vec<Candidate<'_>> = Vec::with_capacity(found.len() + toks.len() / 8 + 8);
    cands.extend(found.into_iter().map(|f| Candidate {
        start: f.start,
        end: f.end,
        kind: f.kind,
        // A named institution ("Park Lane Medical Centre") is one thing, even where it
        // holds a street or a person's name.
        priority: if matches!(f.kind, Kind::Place) {
            2
        } else {
            priority(f.kind)
        },
        label: None,
        person_key: None,
        rule: f.rule,
    }));
    for m in household.find(text, &folded, &toks) {
        cands.push(Candidate {
            start: m.start,
            end: m.end,
            kind: Kind::Person,
            // Household names beat other people and places, never structured identifiers.
            priority: 3,
            label: Some(m.label),
            person_key: None,
            rule: m.rule,
        });
    }
    let taken: Vec<(usize, usize)> = cands.iter().map(|c| (c.start, c.end)).collect();
    for m in names::other_people(text, &toks, &taken) {
        let kind = m.kind;
        cands.push(Candidate {
            start: m.start,
            end: m.end,
            kind,
            priority: priority(kind),
            label: None,
            person_key: m.key,
            rule: m.rule,
        });
    }
    settle(text, cands)
}

/// Picks non-overlapping candidates (by priority, then the longer), numbers other people in
/// order of appearance, and writes the output.
fn settle(text: &str, mut cands: Vec<Candidate<'_>>) -> Anonymised {
    cands.sort_by(|a, b| {
        a.priority
            .cmp(&b.priority)
            .then((b.end - b.start).cmp(&(a.end - a.start)))
            .then(a.start.cmp(&b.start))
    });
    let mut chosen: Vec<Candidate<'_>> = Vec::new();
    for c in cands {
        if c.start >= c.end || c.end > text.len() {
            continue;
        }
        if !text.is_char_boundary(c.start) || !text.is_char_boundary(c.end) {
            continue;
        }
        if chosen.iter().any(|k| c.start < k.end && k.start < c.end) {
            continue;
        }
        chosen.push(c);
    }
    chosen.sort_by_key(|c| c.start);
    let mut numbers: Vec<(String, usize)> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut redactions = Vec::with_capacity(chosen.len());
    let mut at = 0;
    for c in chosen {
        out.push_str(&text[at..c.start]);
        let replacement = match (&c.label, &c.person_key) {
            (Some(l), _) => Cow::Owned((*l).to_string()),
            (None, Some(key)) => {
                let n = match numbers.iter().find(|(k, _)| k == key) {
                    Some((_, n)) => *n,
                    None => {
                        let n = numbers.iter().map(|(_, n)| *n).max().unwrap_or(0) + 1;
                        numbers.push((key.clone(), n));
                        n
                    }
                };
                Cow::Owned(format!("[Person {n}]"))
            }
            (None, None) => Cow::Borrowed(c.kind.label()),
        };
        out.push_str(&replacement);
        redactions.push(Redaction {
            start: c.start,
            end: c.end,
            kind: c.kind,
            replacement,
            rule: c.rule,
        });
        at = c.end;
    }
    out.push_str(&text[at..]);
    Anonymised {
        text: out,
        redactions,
    }
}

/// The structured identifiers (NHS, NI, postcode, phone, email) still present in a text, in
/// plain or disguised form (see `disguise`): the server's check on every incoming reflection. Returns each kind found once, in a fixed order.
pub fn structured_identifiers(text: &str) -> Vec<Kind> {
    let mut found = identifiers::find_structured(text);
    found.extend(identifiers::find_disguised(text));
    let mut kinds: Vec<Kind> = found
        .into_iter()
        .map(|f| f.kind)
        .filter(|k| k.is_structured())
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}
