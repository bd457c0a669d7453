//! The prompt engine: pure functions from a household, its visits and the content to the
//! conditions that hold and today's prompt list. No I/O. The cards built from the same
//! conditions are in [`crate::cards`].

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::content::{Applies, Combination, ConditionKind, Content, Label, Prompt, Theme, Welsh};
use crate::household::{Household, Member, Residence, Role};
use crate::record::{Because, worked_out};
use crate::unknowns::{
    Unknown, done_visits, ever_seen, past_visits, unknowns_past, visits_unseen, visits_word,
};
use crate::visit::{AnswerState, Visit};

pub use crate::content::DERIVED_CONDITIONS;

/// ICON from the new birth visit (day 10 to 14) to about 4 months, when crying and the risk of
/// abusive head trauma peak, in days of age.
const CRYING_PEAK_DAYS: std::ops::RangeInclusive<i64> = 10..=122;

/// Children under this age are toddlers or young children; from it, school age.
const SCHOOL_AGE_YEARS: u32 = 5;

/// A condition that holds: its label, and what in the record shows it (empty for a ticked
/// flag, which says it all).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Held {
    pub label: Label,
    pub because: Vec<Because>,
}

/// The conditions that hold for a household today, each with the label that says why.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ConditionSet {
    held: BTreeMap<String, Held>,
}

impl ConditionSet {
    /// Whether the condition holds.
    pub fn holds(&self, id: &str) -> bool {
        self.held.contains_key(id)
    }

    /// The conditions that hold with their labels, sorted by id.
    pub fn labelled(&self) -> impl Iterator<Item = (&str, &Label)> {
        self.held.iter().map(|(k, v)| (k.as_str(), &v.label))
    }

    /// The conditions that hold with what shows each, sorted by id.
    pub fn held(&self) -> impl Iterator<Item = (&str, &Held)> {
        self.held.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The ids that hold, sorted.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.held.keys().map(String::as_str)
    }

    /// What in the record shows a condition (empty when ticked, or when it does not hold).
    pub fn because(&self, id: &str) -> &[Because] {
        self.held.get(id).map_or(&[], |h| h.because.as_slice())
    }

    fn insert(&mut self, id: &str, content: &Content) {
        self.add(id, content, None);
    }

    fn add(&mut self, id: &str, content: &Content, because: Option<Because>) {
        let held = self.held.entry(id.to_string()).or_insert_with(|| Held {
            label: content.condition(id).map_or_else(
                || Label::of(id, &Welsh::new(), "label"),
                |c| Label::of(&c.label, &c.cy, "label"),
            ),
            because: Vec::new(),
        });
        if let Some(b) = because
            && !held.because.contains(&b)
        {
            held.because.push(b);
        }
    }

    /// Whether a rule applies, and if so the labels of the conditions that make it apply.
    pub(crate) fn reasons(&self, applies: &Applies) -> Option<Vec<Label>> {
        match applies {
            Applies::Always => Some(Vec::new()),
            Applies::Any(ids) => {
                let why: Vec<Label> = ids
                    .iter()
                    .filter_map(|id| self.held.get(id).map(|h| h.label.clone()))
                    .collect();
                (!why.is_empty()).then_some(why)
            }
            Applies::All(ids) => ids
                .iter()
                .map(|id| self.held.get(id).map(|h| h.label.clone()))
                .collect::<Option<Vec<Label>>>(),
        }
    }

    /// What in the record shows the conditions that make a rule apply.
    fn facts<'a>(&self, ids: impl IntoIterator<Item = &'a String>) -> Vec<Because> {
        let mut out: Vec<Because> = Vec::new();
        for b in ids.into_iter().flat_map(|id| self.because(id)) {
            if !out.contains(b) {
                out.push(b.clone());
            }
        }
        out
    }

    /// Whether a combination applies (a condition of every group holds), and if so the labels
    /// of the conditions that hold in it.
    pub fn combination(&self, c: &Combination) -> Option<Vec<Label>> {
        let mut why = Vec::new();
        for group in &c.when {
            let held: Vec<Label> = group
                .iter()
                .filter_map(|id| self.held.get(id).map(|h| h.label.clone()))
                .collect();
            if held.is_empty() {
                return None;
            }
            why.extend(held);
        }
        Some(why)
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
    // What the record shows: derived conditions, and the flags the pack lets Doorstep work out.
    for w in worked_out(household, visits, today) {
        let allowed = content
            .condition(w.condition)
            .is_some_and(|c| c.kind == ConditionKind::Derived || c.worked_out);
        if allowed {
            set.add(w.condition, content, Some(w.because));
        }
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
    /// What in this family's record raised it ("3 visits missed since 2 September"): the UI
    /// words each from its kind.
    pub facts: Vec<Because>,
    /// Raised by this family's record: a condition, a combination, or a question unknown for
    /// `boost_after` visits. Ranked above every question asked of every family.
    pub raised: bool,
    /// Concerns seen together (combinations.toml): ranked first of all.
    pub combination: bool,
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
    /// The escalation card's step it may lead to today: the prompt offers a way to it.
    pub step: Option<String>,
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

/// How a prompt ranks: concerns seen together first, then what this family's record raised,
/// then what every family is asked; within each, urgency, its own priority, how many of the
/// family's conditions raised it (most first), how long unknown (longest first), the theme's place on the list,
/// and only then the order of the file.
type Rank = (u8, u8, u8, Reverse<usize>, Reverse<u32>, usize, usize);

fn rank(p: &ListedPrompt, priority: u8, theme_place: usize, index: usize) -> Rank {
    let tier = if p.combination {
        0
    } else if p.raised {
        1
    } else {
        2
    };
    let carried = p.carried_forward.as_ref().map_or(0, |c| c.visits);
    (
        tier,
        p.urgency,
        priority,
        Reverse(p.why.len()),
        Reverse(carried),
        theme_place,
        index,
    )
}

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

/// Today's prompt list: the concerns seen together that apply, the prompts whose conditions
/// hold, and those carried forward from earlier visits (less those asked `until_answered` that a
/// visit has answered). Ranked by [`Rank`]: the content's `most_important.count` lead the list;
/// the rest are grouped by theme in the content's order, ranked the same way within a theme.
pub fn todays_prompts(
    content: &Content,
    household: &Household,
    visits: &[Visit],
    today: NaiveDate,
) -> PromptList {
    let conditions = evaluate_conditions(content, household, visits, today);
    let done = done_visits(visits);
    let theme_place = |t: Theme| {
        content
            .themes
            .iter()
            .position(|i| i.theme == t)
            .unwrap_or(usize::MAX)
    };
    let mut ranked: Vec<(Rank, ListedPrompt)> = Vec::new();
    for (i, c) in content.combinations.iter().enumerate() {
        let carried = carried_forward(&c.id, &done);
        let why = match (conditions.combination(c), &carried) {
            (Some(why), _) => why,
            (None, Some(c)) => vec![english(&format!(
                "Not answered since {}",
                c.since.format("%-d %b")
            ))],
            (None, None) => continue,
        };
        let facts = conditions.facts(c.when.iter().flatten());
        let p = listed_combination(content, c, why, facts, carried);
        ranked.push((rank(&p, c.priority, theme_place(c.theme), i), p));
    }
    for (i, prompt) in content.prompts.iter().enumerate() {
        if prompt.until_answered && ever_answered(&prompt.id, &done) {
            continue;
        }
        let carried = if prompt.carry_forward {
            carried_forward(&prompt.id, &done)
        } else {
            None
        };
        let (why, raised_here) = match (conditions.reasons(&prompt.applies), &carried) {
            (Some(why), _) if why.is_empty() => (vec![english("Every visit")], false),
            (Some(why), _) => (why, true),
            (None, Some(c)) => (
                vec![english(&format!(
                    "Not answered since {}",
                    c.since.format("%-d %b")
                ))],
                true,
            ),
            (None, None) => continue,
        };
        let facts = conditions.facts(prompt.applies.conditions());
        let p = listed_prompt(content, prompt, why, facts, raised_here, carried);
        ranked.push((rank(&p, prompt.priority, theme_place(prompt.theme), i), p));
    }
    ranked.sort_by_key(|(key, _)| *key);
    let rest = ranked.split_off(content.most_important.count.min(ranked.len()));
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
    // Already in rank order: each theme keeps it.
    for (_, p) in rest {
        if let Some(group) = groups.iter_mut().find(|g| g.theme == p.theme) {
            group.prompts.push(p);
        }
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

/// The English reason beside an item: how long unknown, then what in the record raised it (or
/// the labels of its conditions).
fn reason(carried: Option<&CarriedForward>, why: &[Label], facts: &[Because]) -> String {
    let raised = if facts.is_empty() {
        why.iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        facts
            .iter()
            .map(|b| b.text.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    };
    match carried {
        Some(c) if facts.is_empty() => c.badge.clone(),
        Some(c) => format!("{}; {raised}", c.badge),
        None => raised,
    }
}

fn listed_combination(
    content: &Content,
    c: &Combination,
    why: Vec<Label>,
    facts: Vec<Because>,
    carried: Option<CarriedForward>,
) -> ListedPrompt {
    ListedPrompt {
        id: c.id.clone(),
        theme: c.theme,
        text: c.text.clone(),
        cy: c.cy.clone(),
        reason: reason(carried.as_ref(), &why, &facts),
        why,
        every_visit: false,
        facts,
        raised: true,
        combination: true,
        carried_forward: carried,
        urgency: c.priority,
        source: content.cite(&c.sources),
        step: c.step.clone(),
    }
}

fn listed_prompt(
    content: &Content,
    prompt: &Prompt,
    why: Vec<Label>,
    facts: Vec<Because>,
    raised_here: bool,
    carried: Option<CarriedForward>,
) -> ListedPrompt {
    let boost = carried
        .as_ref()
        .is_some_and(|c| c.visits >= content.most_important.boost_after);
    let urgency = prompt.priority.saturating_sub(u8::from(boost)).max(1);
    ListedPrompt {
        id: prompt.id.clone(),
        theme: prompt.theme,
        text: prompt.text.clone(),
        cy: prompt.cy.clone(),
        every_visit: matches!(prompt.applies, Applies::Always),
        reason: reason(carried.as_ref(), &why, &facts),
        why,
        facts,
        raised: raised_here || boost,
        combination: false,
        carried_forward: carried,
        urgency,
        source: content.cite(&prompt.sources),
        step: prompt.step.clone(),
    }
}
