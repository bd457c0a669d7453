//! What the app would show for a household: the prompt list (the most important first), the
//! tailored safe-sleep card and the escalation card. For safeguarding leads checking an edit to
//! `content/` before it ships (`doorstep content preview`). The household and its visits are
//! written in small TOML files (docs/content.md, `content/examples/`); ages and visits are in
//! days before `today`, so an example never goes stale.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::cards::{EscalationView, SafeSleepView, escalation_card, safe_sleep_card};
use crate::content::{Content, LocalPack};
use crate::growth::{Centile, Weight};
use crate::household::{Household, Member, Residence, Role};
use crate::prompt::{PromptList, evaluate_conditions, todays_prompts};
use crate::record::{BabyFacts, babies};
use crate::visit::{
    AnswerState, BabyCheck, Injury, InjuryKind, Mobility, SeenAlone, Visit, VisitKind, VisitStatus,
};

/// A household as a preview file writes it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HouseholdFile {
    #[serde(default = "default_name")]
    name: String,
    #[serde(default)]
    flags: Vec<String>,
    #[serde(default)]
    members: Vec<MemberFile>,
}

fn default_name() -> String {
    "Preview".to_string()
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MemberFile {
    /// Any label: visits refer to members by it. Never a real name.
    name: String,
    role: String,
    #[serde(default = "yes")]
    lives_here: bool,
    #[serde(default)]
    caring: bool,
    age_days: Option<i64>,
    age_years: Option<u8>,
    /// A baby's gestation at birth, in completed weeks.
    gestation_weeks: Option<u8>,
    /// A baby's birth weight, and the centile line it sat on ("9", "below_0.4").
    birth_weight_grams: Option<u32>,
    birth_centile: Option<String>,
    /// Added to the record this many days before the preview's day (default: long before any
    /// visit).
    added_days_ago: Option<i64>,
}

fn yes() -> bool {
    true
}

/// Visits as a preview file writes them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VisitsFile {
    #[serde(default)]
    visits: Vec<VisitFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VisitFile {
    days_ago: i64,
    #[serde(default = "done")]
    status: String,
    #[serde(default)]
    seen: Vec<String>,
    sleep_space_seen: Option<bool>,
    older_children_spoken_to: Option<bool>,
    /// "yes", "no" or "not_possible".
    mother_seen_alone: Option<String>,
    /// What was seen of each baby.
    #[serde(default)]
    baby: Vec<BabyFile>,
    /// Prompt id to "answered", "not_known" or "open".
    #[serde(default)]
    answers: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BabyFile {
    /// The baby's label in household.toml.
    name: String,
    mobility: Option<String>,
    weight_grams: Option<u32>,
    centile: Option<String>,
    #[serde(default)]
    injuries: Vec<InjuryFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InjuryFile {
    kind: String,
    #[serde(default)]
    site: String,
    #[serde(default)]
    explanation: String,
    #[serde(default)]
    by: String,
    #[serde(default)]
    action: String,
}

fn done() -> String {
    "done".to_string()
}

/// A preview file that cannot be read as a household or visits.
#[derive(Debug, thiserror::Error)]
pub enum PreviewError {
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
}

fn invalid(file: &str, message: impl Into<String>) -> PreviewError {
    PreviewError::Invalid {
        file: file.to_string(),
        message: message.into(),
    }
}

/// What the app would show for the household.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub today: NaiveDate,
    pub content_version: String,
    /// The conditions that hold, as (id, label, what in the record shows it).
    pub conditions: Vec<(String, String, Vec<String>)>,
    /// The babies' ages, corrected ages and mobility.
    pub babies: Vec<BabyFacts>,
    /// The concerns seen together that apply, as (id, why).
    pub combinations: Vec<(String, String)>,
    pub prompts: PromptList,
    pub safe_sleep: SafeSleepView,
    pub escalation: EscalationView,
}

/// Builds the preview from the files' text (`visits` may be absent: no visits yet).
pub fn preview(
    content: &Content,
    local: &LocalPack,
    household: (&str, &str),
    visits: Option<(&str, &str)>,
    today: NaiveDate,
) -> Result<Preview, PreviewError> {
    let (household, visits) = read_files(content, household, visits, today)?;
    let conditions = evaluate_conditions(content, &household, &visits, today);
    let prompts = todays_prompts(content, &household, &visits, today);
    Ok(Preview {
        today,
        content_version: content.stamp(),
        conditions: conditions
            .held()
            .map(|(id, held)| {
                (
                    id.to_string(),
                    held.label.text.clone(),
                    held.because.iter().map(|b| b.text.clone()).collect(),
                )
            })
            .collect(),
        babies: babies(&household, &visits, today),
        combinations: prompts
            .prompts()
            .filter(|p| p.combination)
            .map(|p| (p.id.clone(), p.reason.clone()))
            .collect(),
        prompts,
        safe_sleep: safe_sleep_card(content, Some(&conditions)),
        escalation: escalation_card(content, local),
    })
}

/// The household and visits that preview files describe, as the app would hold them (for tests
/// that put the same family in a store).
pub fn read_files(
    content: &Content,
    household: (&str, &str),
    visits: Option<(&str, &str)>,
    today: NaiveDate,
) -> Result<(Household, Vec<Visit>), PreviewError> {
    let (hfile, htext) = household;
    let h: HouseholdFile =
        toml::from_str(htext).map_err(|e| invalid(hfile, e.message().to_string()))?;
    let household = build_household(content, hfile, h, today)?;
    let visits = match visits {
        Some((vfile, vtext)) => {
            let v: VisitsFile =
                toml::from_str(vtext).map_err(|e| invalid(vfile, e.message().to_string()))?;
            build_visits(content, vfile, v, &household, today)?
        }
        None => Vec::new(),
    };
    Ok((household, visits))
}

fn build_household(
    content: &Content,
    file: &str,
    h: HouseholdFile,
    today: NaiveDate,
) -> Result<Household, PreviewError> {
    let mut household = Household::new(h.name);
    for flag in h.flags {
        if !content.is_flag(&flag) {
            return Err(invalid(
                file,
                format!("\"{flag}\" is not a flag in conditions.toml"),
            ));
        }
        household.flags.insert(flag);
    }
    // Everyone was on the record long before the first visit in the file, unless it says not.
    let long_ago = Utc::now() - Duration::days(36_500);
    for m in h.members {
        let role = Role::parse(&m.role).ok_or_else(|| {
            let roles: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
            invalid(
                file,
                format!(
                    "member \"{}\": unknown role \"{}\" (roles: {})",
                    m.name,
                    m.role,
                    roles.join(", ")
                ),
            )
        })?;
        let residence = if m.lives_here {
            Residence::LivesHere
        } else {
            Residence::Visits
        };
        let item = format!("member \"{}\"", m.name);
        let mut member = Member::new(m.name, role, residence);
        member.caring_role = m.caring;
        member.dob = m.age_days.map(|d| today - Duration::days(d));
        member.approx_age_years = m.age_years;
        member.added_at = match m.added_days_ago {
            Some(d) => (today - Duration::days(d))
                .and_hms_opt(12, 0, 0)
                .map_or(long_ago, |t| t.and_utc()),
            None => long_ago,
        };
        member.gestation_weeks = m.gestation_weeks;
        member.birth_weight = match m.birth_weight_grams {
            Some(grams) => Some(Weight {
                grams,
                centile: centile(file, &item, m.birth_centile.as_deref())?,
            }),
            None if m.birth_centile.is_some() => {
                return Err(invalid(
                    file,
                    format!("{item}: birth_centile needs birth_weight_grams"),
                ));
            }
            None => None,
        };
        household.members.push(member);
    }
    household
        .validate(content, today)
        .map_err(|e| invalid(file, e.to_string()))?;
    Ok(household)
}

fn build_visits(
    content: &Content,
    file: &str,
    v: VisitsFile,
    household: &Household,
    today: NaiveDate,
) -> Result<Vec<Visit>, PreviewError> {
    let mut out = Vec::new();
    for (n, f) in v.visits.into_iter().enumerate() {
        let item = format!("visit {} ({} days ago)", n + 1, f.days_ago);
        let mut visit = Visit::new(
            household.id,
            today - Duration::days(f.days_ago),
            VisitKind::Routine,
            &content.hash,
        );
        visit.status = match VisitStatus::parse(&f.status) {
            Some(VisitStatus::Planned) | None => {
                return Err(invalid(
                    file,
                    format!(
                        "{item}: status is \"done\", \"no_access\", \"cancelled\" or \"not_brought\""
                    ),
                ));
            }
            Some(s) => s,
        };
        for name in &f.seen {
            let m = household
                .members
                .iter()
                .find(|m| &m.name == name)
                .ok_or_else(|| invalid(file, format!("{item}: nobody called \"{name}\"")))?;
            visit.seen.insert(m.id);
            visit.present.insert(m.id);
        }
        visit.sleep_space_seen = f.sleep_space_seen;
        visit.older_children_spoken_to = f.older_children_spoken_to;
        visit.mother_seen_alone = match f.mother_seen_alone.as_deref() {
            None => None,
            Some(s) => Some(SeenAlone::parse(s).ok_or_else(|| {
                invalid(
                    file,
                    format!("{item}: mother_seen_alone is \"yes\", \"no\" or \"not_possible\""),
                )
            })?),
        };
        for b in f.baby {
            visit.babies.push(baby_check(file, &item, b, household)?);
        }
        for (prompt, state) in &f.answers {
            if !content.is_answerable(prompt) {
                return Err(invalid(
                    file,
                    format!("{item}: unknown prompt \"{prompt}\""),
                ));
            }
            let state = AnswerState::parse(state).ok_or_else(|| {
                invalid(
                    file,
                    format!("{item}: \"{state}\" is not answered, not_known or open"),
                )
            })?;
            visit.set_answer(prompt, state, "");
        }
        visit
            .validate(household)
            .map_err(|e| invalid(file, format!("{item}: {e}")))?;
        out.push(visit);
    }
    Ok(out)
}

fn centile(file: &str, item: &str, c: Option<&str>) -> Result<Option<Centile>, PreviewError> {
    c.map(|c| {
        Centile::parse(c).ok_or_else(|| {
            let lines: Vec<&str> = Centile::ALL.iter().map(|c| c.as_str()).collect();
            invalid(
                file,
                format!(
                    "{item}: centile \"{c}\" is not a line of the chart ({})",
                    lines.join(", ")
                ),
            )
        })
    })
    .transpose()
}

fn baby_check(
    file: &str,
    item: &str,
    b: BabyFile,
    household: &Household,
) -> Result<BabyCheck, PreviewError> {
    let member = household
        .members
        .iter()
        .find(|m| m.name == b.name && m.role == Role::Baby)
        .ok_or_else(|| invalid(file, format!("{item}: no baby called \"{}\"", b.name)))?;
    let mut check = BabyCheck::new(member.id);
    check.mobility = match b.mobility.as_deref() {
        None => None,
        Some(m) => Some(Mobility::parse(m).ok_or_else(|| {
            let all: Vec<&str> = Mobility::ALL.iter().map(|m| m.as_str()).collect();
            invalid(
                file,
                format!("{item}: mobility \"{m}\" is one of {}", all.join(", ")),
            )
        })?),
    };
    check.weight = match b.weight_grams {
        Some(grams) => Some(Weight {
            grams,
            centile: centile(file, item, b.centile.as_deref())?,
        }),
        None if b.centile.is_some() => {
            return Err(invalid(file, format!("{item}: centile needs weight_grams")));
        }
        None => None,
    };
    for i in b.injuries {
        let kind = InjuryKind::parse(&i.kind).ok_or_else(|| {
            let all: Vec<&str> = InjuryKind::ALL.iter().map(|k| k.as_str()).collect();
            invalid(
                file,
                format!(
                    "{item}: injury kind \"{}\" is one of {}",
                    i.kind,
                    all.join(", ")
                ),
            )
        })?;
        check.injuries.push(Injury {
            kind,
            site: i.site,
            explanation: i.explanation,
            explained_by: i.by,
            action: i.action,
        });
    }
    Ok(check)
}

/// The preview as text a reviewer reads.
pub fn as_text(p: &Preview) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "Preview for {} with content {}",
        p.today, p.content_version
    ));
    line(String::new());
    if !p.babies.is_empty() {
        line("WORKED OUT FROM THE RECORD".to_string());
        for b in &p.babies {
            let age = match (b.age_weeks, b.age_months) {
                (Some(w), Some(m)) => {
                    format!("{w} weeks ({m} month{})", if m == 1 { "" } else { "s" })
                }
                _ => "age not recorded".to_string(),
            };
            let corrected = b
                .corrected_weeks
                .map_or_else(String::new, |w| format!(", corrected {w} weeks"));
            line(format!(
                "  {}: {age}{corrected}; mobility: {}",
                b.name, b.mobility_because.text
            ));
        }
        line(String::new());
    }
    line("CONDITIONS".to_string());
    for (id, label, because) in &p.conditions {
        line(format!("  {id}: {label}"));
        for b in because {
            line(format!("     because: {b}"));
        }
    }
    line(String::new());
    line("CONCERNS SEEN TOGETHER (combinations.toml)".to_string());
    if p.combinations.is_empty() {
        line("  none apply".to_string());
    }
    for (id, why) in &p.combinations {
        line(format!("  [{id}] because: {why}"));
    }
    line(String::new());
    line(format!(
        "PROMPTS ({} in all, {} carried forward)",
        p.prompts.total, p.prompts.carried
    ));
    line("  Most important today:".to_string());
    for (i, x) in p.prompts.most_important.iter().enumerate() {
        line(format!("  {}. [{}] {}", i + 1, x.id, x.text));
        line(format!("     Why: {}", x.reason));
    }
    for g in &p.prompts.groups {
        line(format!("  {}:", g.title));
        for x in &g.prompts {
            line(format!("   - [{}] {} ({})", x.id, x.text, x.reason));
        }
    }
    line(String::new());
    line(format!("SAFE-SLEEP CARD: {}", p.safe_sleep.title));
    line("  For this family:".to_string());
    for x in &p.safe_sleep.raised {
        line(format!("   ! [{}] {}: {}", x.id, x.heading, x.text));
        let why: Vec<&str> = x.why.iter().map(|l| l.text.as_str()).collect();
        line(format!("     Because: {}", why.join("; ")));
    }
    line("  Every baby, every sleep:".to_string());
    for x in &p.safe_sleep.advice {
        line(format!("   - [{}] {}: {}", x.id, x.heading, x.text));
    }
    line("  Other risks to talk about (folded):".to_string());
    for x in &p.safe_sleep.folded {
        line(format!("   - [{}] {}", x.id, x.heading));
    }
    line(String::new());
    line(format!("ESCALATION CARD: {}", p.escalation.title));
    if !p.escalation.set_up {
        line("  NOT SET UP YET: the contacts are the example pack's.".to_string());
    }
    for s in &p.escalation.steps {
        line(format!("  [{}] {}: {}", s.id, s.heading, s.text));
        for c in &s.contacts {
            let phone = c.phone.as_deref().unwrap_or("-");
            line(format!("     {}: {} {}", c.label, c.name, phone));
        }
    }
    out
}
