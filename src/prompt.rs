//! The prompt engine: pure functions from a household, its visits and the content to today's
//! prompt list and the tailored safe-sleep card. No I/O.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::content::{Applies, Content, Risk, Theme};
use crate::household::{Household, Member, Residence, Role};
use crate::visit::{AnswerState, Visit, VisitStatus};

/// The derived conditions this engine can work out. `conditions.toml` must declare exactly
/// these as `kind = "derived"`.
pub const DERIVED_CONDITIONS: [&str; 10] = [
    "first_visit",
    "partner_not_seen",
    "no_father_recorded",
    "visiting_adult",
    "other_carer",
    "older_children",
    "older_children_not_spoken_to",
    "sleep_space_not_seen",
    "crying_peak",
    "no_access_before",
];

/// The crying peak period (ICON): from 2 weeks to about 4 months, in days of age.
const CRYING_PEAK_DAYS: std::ops::RangeInclusive<i64> = 14..=122;

/// The conditions that hold for a household today, each with the label that says why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ConditionSet {
    held: BTreeMap<String, String>,
}

impl ConditionSet {
    /// Whether the condition holds.
    pub fn holds(&self, id: &str) -> bool {
        self.held.contains_key(id)
    }

    /// The conditions that hold with their labels, sorted by id.
    pub fn labelled(&self) -> impl Iterator<Item = (&str, &str)> {
        self.held.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// The ids that hold, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.held.keys().map(String::as_str)
    }

    fn insert(&mut self, id: &str, content: &Content) {
        let label = content
            .condition(id)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| id.to_string());
        self.held.insert(id.to_string(), label);
    }

    /// Whether a rule applies, and if so the labels of the conditions that make it apply.
    fn reasons(&self, applies: &Applies) -> Option<Vec<String>> {
        match applies {
            Applies::Always => Some(Vec::new()),
            Applies::Any(ids) => {
                let why: Vec<String> = ids
                    .iter()
                    .filter_map(|id| self.held.get(id).cloned())
                    .collect();
                (!why.is_empty()).then_some(why)
            }
            Applies::All(ids) => ids
                .iter()
                .map(|id| self.held.get(id).cloned())
                .collect::<Option<Vec<String>>>(),
        }
    }
}

/// Visits that happened (done or no access), most recent first. Planned visits are the future.
fn past_visits(visits: &[Visit]) -> Vec<&Visit> {
    let mut past: Vec<&Visit> = visits
        .iter()
        .filter(|v| v.status != VisitStatus::Planned)
        .collect();
    past.sort_by(|a, b| {
        b.date
            .cmp(&a.date)
            .then_with(|| b.created_at.cmp(&a.created_at))
    });
    past
}

/// Done visits, most recent first.
fn done_visits(visits: &[Visit]) -> Vec<&Visit> {
    past_visits(visits)
        .into_iter()
        .filter(|v| v.status == VisitStatus::Done)
        .collect()
}

/// How many of the most recent done visits (since the member was added) did not see them,
/// counting back to the last visit that did.
fn visits_unseen(member: &Member, done: &[&Visit]) -> u32 {
    let added = member.added_at.date_naive();
    let mut n = 0;
    for v in done {
        if v.date < added {
            break;
        }
        if v.seen.contains(&member.id) {
            break;
        }
        n += 1;
    }
    n
}

/// Whether a member has been seen at any done visit.
fn ever_seen(member: &Member, done: &[&Visit]) -> bool {
    done.iter().any(|v| v.seen.contains(&member.id))
}

/// Consecutive most recent done visits for which `check` is not true.
fn streak(done: &[&Visit], check: impl Fn(&Visit) -> bool) -> u32 {
    done.iter().take_while(|v| !check(v)).count() as u32
}

/// Works out which conditions hold for the household today: its flags, and the derived
/// conditions computed from its members and visits.
pub fn evaluate_conditions(
    content: &Content,
    household: &Household,
    visits: &[Visit],
    today: NaiveDate,
) -> ConditionSet {
    let mut set = ConditionSet::default();
    for flag in &household.flags {
        if content.is_flag(flag) {
            set.insert(flag, content);
        }
    }
    let past = past_visits(visits);
    let done = done_visits(visits);
    let members = &household.members;

    if done.is_empty() {
        set.insert("first_visit", content);
    }
    if past.iter().any(|v| v.status == VisitStatus::NoAccess) {
        set.insert("no_access_before", content);
    }
    if !members.iter().any(|m| m.role.is_father_or_partner()) {
        set.insert("no_father_recorded", content);
    }
    if !done.is_empty()
        && members
            .iter()
            .filter(|m| m.role.is_father_or_partner())
            .any(|m| visits_unseen(m, &done) > 0 || !ever_seen(m, &done))
    {
        set.insert("partner_not_seen", content);
    }
    if members
        .iter()
        .any(|m| m.role.is_adult() && m.residence == Residence::Visits)
    {
        set.insert("visiting_adult", content);
    }
    if members.iter().any(|m| {
        m.caring_role
            && !matches!(
                m.role,
                Role::Mother | Role::Father | Role::Partner | Role::Baby
            )
    }) {
        set.insert("other_carer", content);
    }
    let older_children = members.iter().any(|m| m.role.is_older_child());
    if older_children {
        set.insert("older_children", content);
        if done
            .first()
            .is_some_and(|v| v.older_children_spoken_to != Some(true))
        {
            set.insert("older_children_not_spoken_to", content);
        }
    }
    if done
        .first()
        .is_some_and(|v| v.sleep_space_seen != Some(true))
    {
        set.insert("sleep_space_not_seen", content);
    }
    if household.with_role(Role::Baby).any(|b| {
        b.age_days(today)
            .is_some_and(|d| CRYING_PEAK_DAYS.contains(&d))
    }) {
        set.insert("crying_peak", content);
    }
    set
}

/// A prompt carried forward from earlier visits where it was not answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CarriedForward {
    /// How many visits in a row it was on the list and not answered.
    pub visits: u32,
    /// The date of the first of those visits.
    pub since: NaiveDate,
    /// Ready to show: "Not yet known: 3 visits".
    pub badge: String,
}

/// One prompt on today's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedPrompt {
    pub id: String,
    pub theme: Theme,
    pub text: String,
    /// Why it is on the list, in words.
    pub why: Vec<String>,
    pub carried_forward: Option<CarriedForward>,
    /// The name of the source its facts rest on.
    pub source: String,
}

/// A theme's prompts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromptGroup {
    pub theme: Theme,
    pub title: String,
    pub summary: String,
    pub prompts: Vec<ListedPrompt>,
}

/// Something about the family still not known, carried from earlier visits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unknown {
    /// `member_not_seen`, `sleep_space_not_seen` or `older_children_not_spoken_to`.
    pub kind: &'static str,
    pub member_id: Option<Uuid>,
    /// How many visits in a row.
    pub visits: u32,
    /// Ready to show: "Partner (Dean) not seen: 3 visits".
    pub text: String,
    /// Short, without names, for the families list: "Partner not seen ×3".
    pub short: String,
}

/// Today's prompt list for a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PromptList {
    pub content_hash: String,
    pub groups: Vec<PromptGroup>,
    pub unknowns: Vec<Unknown>,
    /// How many prompts in all.
    pub total: usize,
    /// How many of them are carried forward.
    pub carried: usize,
}

fn visits_word(n: u32) -> String {
    if n == 1 {
        "1 visit".to_string()
    } else {
        format!("{n} visits")
    }
}

/// Whether and for how long a prompt has gone unanswered at the most recent done visits.
fn carried_forward(prompt_id: &str, done: &[&Visit]) -> Option<CarriedForward> {
    let mut count = 0u32;
    let mut since = None;
    for v in done {
        match v.answer(prompt_id).map(|a| a.state) {
            Some(AnswerState::Answered) => break,
            Some(AnswerState::Open | AnswerState::NotKnown) => {
                count += 1;
                since = Some(v.date);
            }
            // Not on that visit's list: neither answered nor missed.
            None => {}
        }
    }
    let since = since?;
    Some(CarriedForward {
        visits: count,
        since,
        badge: format!("Not yet known: {}", visits_word(count)),
    })
}

/// What is still unknown about the household from its visits, longest first.
pub fn unknowns(household: &Household, visits: &[Visit]) -> Vec<Unknown> {
    unknowns_done(household, &done_visits(visits))
}

fn unknowns_done(household: &Household, done: &[&Visit]) -> Vec<Unknown> {
    let mut out = Vec::new();
    if done.is_empty() {
        return out;
    }
    for m in &household.members {
        let n = visits_unseen(m, done);
        if n == 0 {
            continue;
        }
        let counts = m.residence == Residence::LivesHere
            || m.caring_role
            || (m.role.is_father_or_partner() && !ever_seen(m, done));
        if !counts {
            continue;
        }
        let not_yet = if ever_seen(m, done) { "" } else { "yet " };
        out.push(Unknown {
            kind: "member_not_seen",
            member_id: Some(m.id),
            visits: n,
            text: format!(
                "{} ({}) not {not_yet}seen: {}",
                m.role.label(),
                m.name,
                visits_word(n)
            ),
            short: format!("{} not seen ×{n}", m.role.label()),
        });
    }
    let n = streak(done, |v| v.sleep_space_seen == Some(true));
    if n > 0 {
        let never = !done.iter().any(|v| v.sleep_space_seen == Some(true));
        out.push(Unknown {
            kind: "sleep_space_not_seen",
            member_id: None,
            visits: n,
            text: format!(
                "Where the baby sleeps not {}seen: {}",
                if never { "yet " } else { "" },
                visits_word(n)
            ),
            short: format!("Sleep space not seen ×{n}"),
        });
    }
    if household.members.iter().any(|m| m.role.is_older_child()) {
        let n = streak(done, |v| v.older_children_spoken_to == Some(true));
        if n > 0 {
            out.push(Unknown {
                kind: "older_children_not_spoken_to",
                member_id: None,
                visits: n,
                text: format!("Older children not spoken to: {}", visits_word(n)),
                short: format!("Older children not heard ×{n}"),
            });
        }
    }
    out.sort_by_key(|u| std::cmp::Reverse(u.visits));
    out
}

/// Today's prompt list: the prompts whose conditions hold, plus those carried forward from
/// earlier visits, grouped by theme in the content's order, carried-forward first within a
/// theme (longest unknown first), then in content order.
pub fn todays_prompts(
    content: &Content,
    household: &Household,
    visits: &[Visit],
    today: NaiveDate,
) -> PromptList {
    let conditions = evaluate_conditions(content, household, visits, today);
    let done = done_visits(visits);
    let mut groups: Vec<PromptGroup> = content
        .themes
        .iter()
        .map(|t| PromptGroup {
            theme: t.theme,
            title: t.title.clone(),
            summary: t.summary.clone(),
            prompts: Vec::new(),
        })
        .collect();
    for prompt in &content.prompts {
        let carried = if prompt.carry_forward {
            carried_forward(&prompt.id, &done)
        } else {
            None
        };
        let why = match (conditions.reasons(&prompt.applies), &carried) {
            (Some(why), _) if why.is_empty() => vec!["Every visit".to_string()],
            (Some(why), _) => why,
            (None, Some(c)) => vec![format!("Not answered since {}", c.since.format("%-d %b"))],
            (None, None) => continue,
        };
        if let Some(group) = groups.iter_mut().find(|g| g.theme == prompt.theme) {
            group.prompts.push(ListedPrompt {
                id: prompt.id.clone(),
                theme: prompt.theme,
                text: prompt.text.clone(),
                why,
                carried_forward: carried,
                source: source_name(content, &prompt.source),
            });
        }
    }
    for g in &mut groups {
        // Stable: content order is kept among equals.
        g.prompts
            .sort_by_key(|p| std::cmp::Reverse(p.carried_forward.as_ref().map_or(0, |c| c.visits)));
    }
    groups.retain(|g| !g.prompts.is_empty());
    let total = groups.iter().map(|g| g.prompts.len()).sum();
    let carried = groups
        .iter()
        .flat_map(|g| &g.prompts)
        .filter(|p| p.carried_forward.is_some())
        .count();
    PromptList {
        content_hash: content.hash.clone(),
        groups,
        unknowns: unknowns_done(household, &done),
        total,
        carried,
    }
}

/// A risk message on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RiskView {
    pub id: String,
    pub heading: String,
    pub text: String,
    /// Why it is raised for this family (empty when folded).
    pub why: Vec<String>,
    pub source: String,
}

/// An item of core advice on the card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AdviceView {
    pub id: String,
    pub heading: String,
    pub text: String,
    pub source: String,
}

/// The safe-sleep card as shown: core advice, risks raised for this family, the rest folded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafeSleepView {
    pub title: String,
    /// True when tailored to a family.
    pub tailored: bool,
    pub advice: Vec<AdviceView>,
    pub raised: Vec<RiskView>,
    pub folded: Vec<RiskView>,
}

fn source_name(content: &Content, id: &str) -> String {
    content.source_name(id).unwrap_or(id).to_string()
}

fn risk_view(content: &Content, r: &Risk, why: Vec<String>) -> RiskView {
    RiskView {
        id: r.id.clone(),
        heading: r.heading.clone(),
        text: r.text.clone(),
        why,
        source: source_name(content, &r.source),
    }
}

/// The safe-sleep card, tailored when the family's conditions are given, general otherwise
/// (every risk message folded).
pub fn safe_sleep_card(content: &Content, conditions: Option<&ConditionSet>) -> SafeSleepView {
    let card = &content.safe_sleep;
    let mut raised = Vec::new();
    let mut folded = Vec::new();
    for r in &card.risks {
        match conditions.and_then(|c| c.reasons(&r.applies)) {
            Some(why) => raised.push(risk_view(content, r, why)),
            None => folded.push(risk_view(content, r, Vec::new())),
        }
    }
    SafeSleepView {
        title: card.title.clone(),
        tailored: conditions.is_some(),
        advice: card
            .advice
            .iter()
            .map(|a| AdviceView {
                id: a.id.clone(),
                heading: a.heading.clone(),
                text: a.text.clone(),
                source: source_name(content, &a.source),
            })
            .collect(),
        raised,
        folded,
    }
}
