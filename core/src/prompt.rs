//! The prompt engine: pure functions from a household, its visits and the content to the
//! conditions that hold and today's prompt list. No I/O. The cards built from the same
//! conditions are in [`crate::cards`].

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::{Applies, Content, Label, Prompt, Theme, Welsh};
use crate::household::{Household, Member, Residence, Role};
use crate::unknowns::{
    Unknown, done_visits, ever_seen, past_visits, unknowns_past, visits_unseen, visits_word,
};
use crate::visit::{AnswerState, Visit};

pub use crate::content::DERIVED_CONDITIONS;

/// ICON from the new birth visit (day 10 to 14) to about 4 months, when crying and the risk of
/// abusive head trauma peak, in days of age.
const CRYING_PEAK_DAYS: std::ops::RangeInclusive<i64> = 10..=122;

/// Babies younger than this (about 9 months) may not yet crawl or pull to stand: the bruising
/// check is raised for them, and for a baby whose age is not recorded.
const NON_MOBILE_UNDER_DAYS: i64 = 274;

/// Children under this age are toddlers or young children; from it, school age.
const SCHOOL_AGE_YEARS: u32 = 5;

/// The conditions that hold for a household today, each with the label that says why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ConditionSet {
    held: BTreeMap<String, Label>,
}

impl ConditionSet {
    /// Whether the condition holds.
    pub fn holds(&self, id: &str) -> bool {
        self.held.contains_key(id)
    }

    /// The conditions that hold with their labels, sorted by id.
    pub fn labelled(&self) -> impl Iterator<Item = (&str, &Label)> {
        self.held.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The ids that hold, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.held.keys().map(String::as_str)
    }

    fn insert(&mut self, id: &str, content: &Content) {
        let label = content.condition(id).map_or_else(
            || Label::of(id, &Welsh::new(), "label"),
            |c| Label::of(&c.label, &c.cy, "label"),
        );
        self.held.insert(id.to_string(), label);
    }

    /// Whether a rule applies, and if so the labels of the conditions that make it apply.
    pub(crate) fn reasons(&self, applies: &Applies) -> Option<Vec<Label>> {
        match applies {
            Applies::Always => Some(Vec::new()),
            Applies::Any(ids) => {
                let why: Vec<Label> = ids
                    .iter()
                    .filter_map(|id| self.held.get(id).cloned())
                    .collect();
                (!why.is_empty()).then_some(why)
            }
            Applies::All(ids) => ids
                .iter()
                .map(|id| self.held.get(id).cloned())
                .collect::<Option<Vec<Label>>>(),
        }
    }
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
    if past.iter().any(|v| v.status.did_not_happen()) {
        set.insert("no_access_before", content);
    }
    // A partner is not the father unless recorded as one: the question about the father stays
    // until he is on the record.
    if !members.iter().any(|m| m.role == Role::Father) {
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
    let older: Vec<&Member> = members.iter().filter(|m| m.role.is_older_child()).collect();
    if older
        .iter()
        .any(|m| m.age_years(today).is_some_and(|y| y < SCHOOL_AGE_YEARS))
    {
        set.insert("young_child", content);
    }
    if older
        .iter()
        .any(|m| m.age_years(today).is_none_or(|y| y >= SCHOOL_AGE_YEARS))
    {
        set.insert("school_age_child", content);
    }
    if !older.is_empty() {
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
    if household
        .with_role(Role::Baby)
        .any(|b| match b.age_days(today) {
            Some(days) => days < NON_MOBILE_UNDER_DAYS,
            // No date of birth: an approximate age of a year or more is taken as mobile; no age at
            // all is not, so that the check is never lost for want of a date.
            None => b.approx_age_years.is_none_or(|y| y == 0),
        })
    {
        set.insert("non_mobile_baby", content);
    }
    set
}

/// A prompt carried forward from earlier visits where it was not answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CarriedForward {
    /// How many visits in a row it was on the list and not answered.
    pub visits: u32,
    /// The date of the first of those visits.
    pub since: NaiveDate,
    /// In English, for the command line and the tests: "Not yet known: 3 visits".
    #[serde(skip)]
    #[ts(skip)]
    pub badge: String,
}

/// One prompt on today's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ListedPrompt {
    pub id: String,
    pub theme: Theme,
    pub text: String,
    /// Welsh text of the prompt, if the pack has it.
    pub cy: Welsh,
    /// Why it is on the list: the labels of the conditions that hold for it ("Every visit" in
    /// English when it is asked at every visit; see `every_visit`).
    pub why: Vec<Label>,
    /// Asked at every visit (no condition): the UI says so in the language in use.
    pub every_visit: bool,
    pub carried_forward: Option<CarriedForward>,
    /// How urgent today: the prompt's priority (1 most), one step more when it has been unknown
    /// for the content's `boost_after` visits or more.
    pub urgency: u8,
    /// The reason to show beside it in English: how long it has been unknown, else why it
    /// applies. The UI words the same from `carried_forward`, `every_visit` and `why`.
    #[serde(skip)]
    #[ts(skip)]
    pub reason: String,
    /// The citations of the sources its facts rest on.
    pub source: String,
}

/// A theme's prompts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct PromptGroup {
    pub theme: Theme,
    pub title: String,
    pub summary: String,
    /// Welsh of the title and summary, if the pack has it.
    pub cy: Welsh,
    pub prompts: Vec<ListedPrompt>,
}

/// Today's prompt list for a household.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct PromptList {
    pub content_hash: String,
    /// The few "most important today", chosen by the content's rule; not repeated in `groups`.
    pub most_important: Vec<ListedPrompt>,
    /// The rest, by theme.
    pub groups: Vec<PromptGroup>,
    pub unknowns: Vec<Unknown>,
    /// How many prompts in all (the most important included).
    pub total: usize,
    /// How many of them are carried forward.
    pub carried: usize,
}

/// How a prompt ranks for "most important today": urgency, its own priority, how long unknown
/// (longest first), content order.
type Rank = (u8, u8, Reverse<u32>, usize);

impl PromptList {
    /// Every prompt on the list: the most important first, then by theme.
    pub fn prompts(&self) -> impl Iterator<Item = &ListedPrompt> {
        self.most_important
            .iter()
            .chain(self.groups.iter().flat_map(|g| &g.prompts))
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

/// Whether a visit has recorded the prompt answered.
fn ever_answered(prompt_id: &str, done: &[&Visit]) -> bool {
    done.iter().any(|v| {
        v.answer(prompt_id)
            .is_some_and(|a| a.state == AnswerState::Answered)
    })
}

/// Today's prompt list: the prompts whose conditions hold, plus those carried forward from
/// earlier visits (less those asked `until_answered` that a visit has answered). The content's
/// "most important" rule picks the few the list leads with; the rest are grouped by theme in the
/// content's order, carried-forward first within a theme (longest unknown first), then in
/// content order.
pub fn todays_prompts(
    content: &Content,
    household: &Household,
    visits: &[Visit],
    today: NaiveDate,
) -> PromptList {
    let conditions = evaluate_conditions(content, household, visits, today);
    let done = done_visits(visits);
    // Each listed prompt with its own priority (before any move up for being long unknown).
    let mut listed: Vec<(u8, ListedPrompt)> = Vec::new();
    for prompt in &content.prompts {
        if prompt.until_answered && ever_answered(&prompt.id, &done) {
            continue;
        }
        let carried = if prompt.carry_forward {
            carried_forward(&prompt.id, &done)
        } else {
            None
        };
        let why = match (conditions.reasons(&prompt.applies), &carried) {
            (Some(why), _) if why.is_empty() => vec![english("Every visit")],
            (Some(why), _) => why,
            (None, Some(c)) => vec![english(&format!(
                "Not answered since {}",
                c.since.format("%-d %b")
            ))],
            (None, None) => continue,
        };
        listed.push((
            prompt.priority,
            listed_prompt(content, prompt, why, carried),
        ));
    }

    // The most important today: by urgency; among equals, what is urgent in itself before what
    // was moved up for being long unknown; then the longest unknown; then content order.
    let carried_visits = |p: &ListedPrompt| p.carried_forward.as_ref().map_or(0, |c| c.visits);
    let mut ranked: Vec<(Rank, ListedPrompt)> = listed
        .into_iter()
        .enumerate()
        .map(|(i, (priority, p))| ((p.urgency, priority, Reverse(carried_visits(&p)), i), p))
        .collect();
    ranked.sort_by_key(|(key, _)| *key);
    let mut rest = ranked.split_off(content.most_important.count.min(ranked.len()));
    rest.sort_by_key(|((_, _, _, i), _)| *i);
    let most_important: Vec<ListedPrompt> = ranked.into_iter().map(|(_, p)| p).collect();

    let mut groups: Vec<PromptGroup> = content
        .themes
        .iter()
        .map(|t| PromptGroup {
            theme: t.theme,
            title: t.title.clone(),
            summary: t.summary.clone(),
            cy: t.cy.clone(),
            prompts: Vec::new(),
        })
        .collect();
    for (_, p) in rest {
        if let Some(group) = groups.iter_mut().find(|g| g.theme == p.theme) {
            group.prompts.push(p);
        }
    }
    for g in &mut groups {
        // Stable: content order is kept among equals.
        g.prompts.sort_by_key(|p| Reverse(carried_visits(p)));
    }
    groups.retain(|g| !g.prompts.is_empty());
    let mut list = PromptList {
        content_hash: content.hash.clone(),
        most_important,
        groups,
        unknowns: unknowns_past(household, &past_visits(visits)),
        total: 0,
        carried: 0,
    };
    list.total = list.prompts().count();
    list.carried = list
        .prompts()
        .filter(|p| p.carried_forward.is_some())
        .count();
    list
}

/// A reason the core words itself (the UI words it again from `every_visit` or
/// `carried_forward`).
fn english(text: &str) -> Label {
    Label::of(text, &Welsh::new(), "")
}

fn listed_prompt(
    content: &Content,
    prompt: &Prompt,
    why: Vec<Label>,
    carried: Option<CarriedForward>,
) -> ListedPrompt {
    let boost = carried
        .as_ref()
        .is_some_and(|c| c.visits >= content.most_important.boost_after);
    let urgency = prompt.priority.saturating_sub(u8::from(boost)).max(1);
    let reason = match &carried {
        Some(c) => c.badge.clone(),
        None => why
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("; "),
    };
    ListedPrompt {
        id: prompt.id.clone(),
        theme: prompt.theme,
        text: prompt.text.clone(),
        cy: prompt.cy.clone(),
        every_visit: matches!(prompt.applies, Applies::Always),
        why,
        carried_forward: carried,
        urgency,
        reason,
        source: content.cite(&prompt.sources),
    }
}
