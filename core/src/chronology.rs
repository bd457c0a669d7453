//! The family's chronology: one dated list of what has been recorded (visits and what happened,
//! who was seen and whether the mother was seen on her own, injuries, weights with the falls
//! marked, people joining and leaving the record, flags set and cleared, each reflection's
//! judgement and actions), newest first. And the changes to a household that the store keeps
//! for it ([`changes_between`]). Pure functions; nothing here leaves the device.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::content::{Content, Label, Welsh};
use crate::growth::{GrowthConcern, Weighed, growth_concerns};
use crate::household::{Household, Role, device_day};
use crate::record::Because;
use crate::reflection::Reflection;
use crate::unknowns::{done_visits, past_visits};
use crate::visit::{SeenAlone, Visit, VisitStatus};

/// Longest part of a reflection's actions shown in the chronology, in characters.
const ACTIONS_CHARS: usize = 300;

/// A change to the household's record, kept by the store when the record is saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct RecordEvent {
    pub at: DateTime<Utc>,
    pub kind: RecordEventKind,
    /// The member's id, or the flag's.
    pub subject: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RecordEventKind {
    MemberAdded,
    MemberLeft,
    FlagSet,
    FlagCleared,
}

impl RecordEventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecordEventKind::MemberAdded => "member_added",
            RecordEventKind::MemberLeft => "member_left",
            RecordEventKind::FlagSet => "flag_set",
            RecordEventKind::FlagCleared => "flag_cleared",
        }
    }

    pub fn parse(s: &str) -> Option<RecordEventKind> {
        [
            RecordEventKind::MemberAdded,
            RecordEventKind::MemberLeft,
            RecordEventKind::FlagSet,
            RecordEventKind::FlagCleared,
        ]
        .into_iter()
        .find(|k| k.as_str() == s)
    }
}

/// What changed from `old` (none for a new record) to `new`: people added and gone, flags set
/// and cleared.
pub fn changes_between(
    old: Option<&Household>,
    new: &Household,
    at: DateTime<Utc>,
) -> Vec<RecordEvent> {
    let mut out = Vec::new();
    let event = |kind, subject: String, role, name| RecordEvent {
        at,
        kind,
        subject,
        role,
        name,
    };
    for m in &new.members {
        if old.is_none_or(|o| o.member(m.id).is_none()) {
            out.push(event(
                RecordEventKind::MemberAdded,
                m.id.to_string(),
                Some(m.role),
                Some(m.name.clone()),
            ));
        }
    }
    if let Some(o) = old {
        for m in o.members.iter().filter(|m| new.member(m.id).is_none()) {
            out.push(event(
                RecordEventKind::MemberLeft,
                m.id.to_string(),
                Some(m.role),
                Some(m.name.clone()),
            ));
        }
    }
    let before = old.map(|o| o.flags.clone()).unwrap_or_default();
    for f in new.flags.difference(&before) {
        out.push(event(RecordEventKind::FlagSet, f.clone(), None, None));
    }
    for f in before.difference(&new.flags) {
        out.push(event(RecordEventKind::FlagCleared, f.clone(), None, None));
    }
    out
}

/// Which kind of entry, for filtering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Visit,
    Injury,
    Growth,
    People,
    Flag,
    Reflection,
    /// An action from a reflection (what, who, by when, done), on its due day.
    Action,
}

/// One line of the chronology. The UI words it from `words` (`chronology.*` in its catalogues)
/// and the pack's `labels` (a flag's label, a reflection's answers); `words.text` is English.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Entry {
    pub date: NaiveDate,
    pub kind: EntryKind,
    pub words: Because,
    pub labels: Vec<Label>,
    /// A concern the record shows (a weight that fell, an injury, a visit missed): marked.
    pub concern: bool,
    /// The visit it belongs to, if any (for a visit's text for the record).
    pub visit_id: Option<Uuid>,
}

fn names(household: &Household, ids: impl Iterator<Item = Uuid>) -> String {
    ids.filter_map(|id| household.member(id))
        .map(|m| format!("{} ({})", m.name, m.role.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The chronology, newest first (entries of one day in the order they happened).
pub fn chronology(
    content: &Content,
    household: &Household,
    visits: &[Visit],
    events: &[RecordEvent],
    reflections: &[Reflection],
) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for v in past_visits(visits).into_iter().rev() {
        visit_entries(household, v, &mut out);
    }
    growth_entries(household, visits, &mut out);
    people_entries(content, household, events, &mut out);
    for r in reflections {
        out.push(reflection_entry(content, r, visits));
        action_entries(r, &mut out);
    }
    // Newest first; within a day, visits before what they showed.
    out.sort_by(|a, b| b.date.cmp(&a.date).then(a.kind.cmp(&b.kind)));
    out
}

fn visit_entries(household: &Household, v: &Visit, out: &mut Vec<Entry>) {
    let date = v.date;
    let entry = |kind, words, concern| Entry {
        date,
        kind,
        words,
        labels: Vec::new(),
        concern,
        visit_id: Some(v.id),
    };
    if v.status.did_not_happen() {
        out.push(entry(
            EntryKind::Visit,
            Because::new(
                "visit_did_not_happen",
                &[("status", v.status.as_str().to_string())],
                format!(
                    "Visit did not happen: {}",
                    match v.status {
                        VisitStatus::NotBrought => "not brought",
                        VisitStatus::Cancelled => "cancelled by the family",
                        _ => "no access",
                    }
                ),
            ),
            true,
        ));
        return;
    }
    let seen = names(household, v.seen.iter().copied());
    let alone = v
        .mother_seen_alone
        .map_or("not_recorded", SeenAlone::as_str);
    let alone_text = match v.mother_seen_alone {
        Some(SeenAlone::Yes) => "the mother was seen on her own".to_string(),
        Some(SeenAlone::No) => format!("the mother was not seen on her own{}", why(v)),
        Some(SeenAlone::NotPossible) => {
            format!("seeing the mother on her own was not possible{}", why(v))
        }
        None => "whether the mother was seen on her own is not recorded".to_string(),
    };
    let sleep = match v.sleep_space_seen {
        Some(true) => "seen",
        Some(false) => "not_seen",
        None => "not_recorded",
    };
    out.push(entry(
        EntryKind::Visit,
        Because::new(
            "visit_done",
            &[
                ("visit", v.kind.as_str().to_string()),
                ("seen", seen.clone()),
                ("alone", alone.to_string()),
                ("why", v.seen_alone_why.trim().to_string()),
                ("sleep", sleep.to_string()),
            ],
            format!(
                "{}: seen {}; {alone_text}; sleep space {}",
                v.kind.label(),
                if seen.is_empty() {
                    "nobody recorded"
                } else {
                    &seen
                },
                sleep.replace('_', " ")
            ),
        ),
        v.mother_seen_alone.is_some_and(|a| a != SeenAlone::Yes),
    ));
    for check in &v.babies {
        let Some(baby) = household.member(check.member_id) else {
            continue;
        };
        if let Some(m) = check.mobility {
            out.push(entry(
                EntryKind::Growth,
                Because::new(
                    "mobility",
                    &[
                        ("name", baby.name.clone()),
                        ("mobility", m.as_str().to_string()),
                    ],
                    format!("{}: {}", baby.name, m.english()),
                ),
                false,
            ));
        }
        for i in &check.injuries {
            out.push(entry(
                EntryKind::Injury,
                Because::new(
                    "injury",
                    &[
                        ("name", baby.name.clone()),
                        ("kind", i.kind.as_str().to_string()),
                        ("site", i.site.trim().to_string()),
                        ("explanation", i.explanation.trim().to_string()),
                        ("by", i.explained_by.trim().to_string()),
                        ("action", i.action.trim().to_string()),
                    ],
                    format!(
                        "{} on {} ({}); explanation given{}: {}; done: {}",
                        i.kind.english(),
                        baby.name,
                        or_none(&i.site),
                        if i.explained_by.trim().is_empty() {
                            String::new()
                        } else {
                            format!(" by {}", i.explained_by.trim())
                        },
                        or_none(&i.explanation),
                        or_none(&i.action)
                    ),
                ),
                true,
            ));
        }
    }
}

fn why(v: &Visit) -> String {
    let w = v.seen_alone_why.trim();
    if w.is_empty() {
        String::new()
    } else {
        format!(" ({w})")
    }
}

fn or_none(t: &str) -> &str {
    let t = t.trim();
    if t.is_empty() { "not recorded" } else { t }
}

/// Weights, each marked where NG75 names a concern on that day.
fn growth_entries(household: &Household, visits: &[Visit], out: &mut Vec<Entry>) {
    let done = done_visits(visits);
    for b in household.with_role(Role::Baby) {
        let birth = b
            .dob
            .zip(b.birth_weight)
            .map(|(date, weight)| Weighed { date, weight });
        let mut weights: Vec<(Uuid, Weighed)> = Vec::new();
        for v in done.iter().rev() {
            if let Some(weight) = v.baby(b.id).and_then(|c| c.weight) {
                weights.push((
                    v.id,
                    Weighed {
                        date: v.date,
                        weight,
                    },
                ));
                // Each weight is judged with what was known on its day.
                let upto: Vec<Weighed> = weights.iter().map(|(_, w)| *w).collect();
                let concerns = growth_concerns(birth, &upto);
                let on_day: Vec<&GrowthConcern> = concerns
                    .iter()
                    .filter(|c| match c {
                        GrowthConcern::Fall { to_date, .. } => *to_date == v.date,
                        GrowthConcern::Below2nd { date, .. }
                        | GrowthConcern::EarlyLoss { date, .. } => *date == v.date,
                    })
                    .collect();
                let centile = weight.centile.map_or("", |c| c.as_str()).to_string();
                let fell = on_day.iter().find_map(|c| match c {
                    GrowthConcern::Fall { from, spaces, .. } => Some((*from, *spaces)),
                    _ => None,
                });
                let mut args = vec![
                    ("name", b.name.clone()),
                    ("grams", weight.grams.to_string()),
                    ("centile", centile),
                ];
                if let Some((from, spaces)) = fell {
                    args.push(("from", from.as_str().to_string()));
                    args.push(("spaces", spaces.to_string()));
                }
                let text = format!(
                    "{} weighed {} g{}{}",
                    b.name,
                    weight.grams,
                    weight
                        .centile
                        .map_or_else(String::new, |c| format!(", on {}", c.english())),
                    if on_day.is_empty() {
                        String::new()
                    } else {
                        " (a concern by NICE NG75)".to_string()
                    }
                );
                out.push(Entry {
                    date: v.date,
                    kind: EntryKind::Growth,
                    words: Because::new("weight", &args, text),
                    labels: Vec::new(),
                    concern: !on_day.is_empty(),
                    visit_id: Some(v.id),
                });
            }
        }
    }
}

fn people_entries(
    content: &Content,
    household: &Household,
    events: &[RecordEvent],
    out: &mut Vec<Entry>,
) {
    let flag_label = |id: &str| {
        content.condition(id).map_or_else(
            || Label::of(id, &Welsh::new(), "label"),
            |c| Label::of(&c.label, &c.cy, "label"),
        )
    };
    for e in events {
        let date = device_day(e.at);
        let (kind, labels, w) = match e.kind {
            RecordEventKind::MemberAdded | RecordEventKind::MemberLeft => {
                let role = e.role.map_or("", Role::label);
                let name = e.name.clone().unwrap_or_default();
                let joined = e.kind == RecordEventKind::MemberAdded;
                (
                    EntryKind::People,
                    Vec::new(),
                    Because::new(
                        e.kind.as_str(),
                        &[
                            ("role", e.role.map_or("", Role::as_str).to_string()),
                            ("name", name.clone()),
                        ],
                        format!(
                            "{role} ({name}) {} the record",
                            if joined { "added to" } else { "taken off" }
                        ),
                    ),
                )
            }
            RecordEventKind::FlagSet | RecordEventKind::FlagCleared => {
                let label = flag_label(&e.subject);
                let set = e.kind == RecordEventKind::FlagSet;
                (
                    EntryKind::Flag,
                    vec![label.clone()],
                    Because::new(
                        e.kind.as_str(),
                        &[],
                        format!("{}: {}", if set { "Set" } else { "Cleared" }, label.text),
                    ),
                )
            }
        };
        out.push(Entry {
            date,
            kind,
            words: w,
            labels,
            concern: false,
            visit_id: None,
        });
    }
    // People on the record from before changes were kept: their day of joining.
    for m in &household.members {
        let id = m.id.to_string();
        let kept = events
            .iter()
            .any(|e| e.kind == RecordEventKind::MemberAdded && e.subject == id);
        if !kept {
            out.push(Entry {
                date: m.added_on(),
                kind: EntryKind::People,
                words: Because::new(
                    "member_added",
                    &[
                        ("role", m.role.as_str().to_string()),
                        ("name", m.name.clone()),
                    ],
                    format!("{} ({}) added to the record", m.role.label(), m.name),
                ),
                labels: Vec::new(),
                concern: false,
                visit_id: None,
            });
        }
    }
}

fn reflection_entry(content: &Content, r: &Reflection, visits: &[Visit]) -> Entry {
    let visit = r.visit_id.and_then(|id| visits.iter().find(|v| v.id == id));
    let date = visit.map_or(device_day(r.created_at), |v| v.date);
    let mut labels = Vec::new();
    let mut english = Vec::new();
    for s in &content.reflection.sections {
        let Some(choice) = &s.choice else { continue };
        let Some(answer) = r.choices.get(&choice.id) else {
            continue;
        };
        let Some(option) = choice.options.iter().find(|o| &o.id == answer) else {
            continue;
        };
        let cy = match (choice.cy.get("question"), option.cy.get("label")) {
            (Some(q), Some(a)) => Some(format!("{q} {a}")),
            _ => None,
        };
        let text = format!("{} {}", choice.question, option.label);
        english.push(text.clone());
        labels.push(Label { text, cy });
    }
    let actions: String = r
        .sections
        .get("actions")
        .map(|a| a.trim().chars().take(ACTIONS_CHARS).collect())
        .unwrap_or_default();
    Entry {
        date,
        kind: EntryKind::Reflection,
        words: Because::new(
            "reflection",
            &[
                ("status", r.status.as_str().to_string()),
                ("actions", actions.clone()),
            ],
            format!(
                "Reflection ({}){}{}",
                r.status.as_str(),
                if english.is_empty() {
                    String::new()
                } else {
                    format!(": {}", english.join("; "))
                },
                if actions.is_empty() {
                    String::new()
                } else {
                    format!("; actions: {actions}")
                }
            ),
        ),
        labels,
        // "Not safe tonight", "not sure" or an escalation: the judgement is a concern.
        concern: r.needs_action(content),
        visit_id: r.visit_id,
    }
}

/// A reflection's actions, each on its due day (the reflection's own day when it has none).
fn action_entries(r: &Reflection, out: &mut Vec<Entry>) {
    for a in r.actions.iter().filter(|a| !a.what.trim().is_empty()) {
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let mut english = format!("Action: {}", a.what.trim());
        if !a.who.trim().is_empty() {
            english.push_str(&format!(" ({})", a.who.trim()));
        }
        if let Some(due) = a.due {
            english.push_str(&format!(", due {}", due.format("%d/%m/%Y")));
        }
        if let Some(done) = a.done_on {
            english.push_str(&format!("; done on {}", done.format("%d/%m/%Y")));
        }
        out.push(Entry {
            date: a.due.unwrap_or_else(|| device_day(r.created_at)),
            kind: EntryKind::Action,
            words: Because::new(
                "action",
                &[
                    ("what", a.what.trim().to_string()),
                    ("who", a.who.trim().to_string()),
                    ("due", day(a.due)),
                    ("done", day(a.done_on)),
                ],
                english,
            ),
            labels: Vec::new(),
            concern: false,
            visit_id: r.visit_id,
        });
    }
}

/// The chronology as plain English text for the organisation's record (the command line and
/// tests; the app words the same entries in the language in use).
pub fn as_text(entries: &[Entry]) -> String {
    entries
        .iter()
        .map(|e| {
            format!(
                "{}{} {}",
                e.date.format("%d/%m/%Y"),
                if e.concern { " [!]" } else { "" },
                e.words.text
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use chrono::{Local, TimeZone};

    use super::*;
    use crate::household::{Member, Residence};
    use crate::visit::VisitKind;

    /// Run by the suite under Auckland and Los Angeles too (scripts/test.sh): each instant is
    /// on a different calendar day there than in UTC.
    #[test]
    fn record_changes_and_reflections_are_dated_on_the_devices_calendar() {
        let content = Content::embedded();
        for at in [
            Utc.with_ymd_and_hms(2026, 3, 10, 2, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 10, 12, 0, 0).unwrap(),
            Utc::now(),
        ] {
            let day = at.with_timezone(&Local).date_naive();
            let mut h = Household::new("Synthetic family");
            let mut m = Member::new("Lodger Synth", Role::OtherAdult, Residence::LivesHere);
            m.added_at = at;
            h.members.push(m);
            let flag = RecordEvent {
                at,
                kind: RecordEventKind::FlagSet,
                subject: "domestic_abuse".into(),
                role: None,
                name: None,
            };
            let mut r = Reflection::new(h.id, None, content);
            r.created_at = at;
            // A visit the device recorded on the same day comes first among that day's entries.
            let mut v = Visit::new(h.id, day, VisitKind::Routine, "x");
            v.status = VisitStatus::Done;
            let entries = chronology(content, &h, &[v], &[flag], &[r]);
            let kinds: Vec<_> = entries.iter().map(|e| (e.date, e.kind)).collect();
            for kind in [EntryKind::People, EntryKind::Flag, EntryKind::Reflection] {
                assert!(
                    kinds.contains(&(day, kind)),
                    "{at}: {kind:?} not on {day}: {kinds:?}"
                );
            }
            assert!(kinds.iter().all(|(d, _)| *d == day), "{at}: {kinds:?}");
            assert_eq!(kinds.first().map(|k| k.1), Some(EntryKind::Visit), "{at}");
        }
    }
}
