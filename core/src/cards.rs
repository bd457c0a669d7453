//! The cards a practitioner opens in a hurry: the safe-sleep card (tailored to a family, or the
//! general one) and the escalation card (the same steps everywhere, the team's local contacts).
//! Pure functions over the content; no I/O.

use serde::Serialize;

use crate::content::{CardItem, Contact, Content, Label, LocalPack, Nation, Welsh};
use crate::prompt::ConditionSet;

/// Whether a card item is core advice or a risk message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Advice,
    Risk,
}

/// An item on the safe-sleep card as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct CardItemView {
    pub id: String,
    pub kind: ItemKind,
    pub heading: String,
    pub text: String,
    /// Welsh of the heading and text, if the pack has it.
    pub cy: Welsh,
    /// Why it is raised for this family (empty unless raised).
    pub why: Vec<Label>,
    /// The citations of its sources.
    pub source: String,
}

/// The safe-sleep card as shown. Every advice item is on it, in `raised` or in `advice`; the
/// risk messages are in `raised` or `folded`. Tailoring raises; it never hides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SafeSleepView {
    pub title: String,
    pub cy: Welsh,
    /// True when tailored to a family.
    pub tailored: bool,
    /// What applies to this family most: advice and risks whose conditions hold, in card order
    /// (advice first).
    pub raised: Vec<CardItemView>,
    /// The rest of the core advice: always shown.
    pub advice: Vec<CardItemView>,
    /// Risk messages that do not apply to this family (or all of them, untailored): on the card,
    /// folded.
    pub folded: Vec<CardItemView>,
}

fn view(content: &Content, item: &CardItem, kind: ItemKind, why: Vec<Label>) -> CardItemView {
    CardItemView {
        id: item.id.clone(),
        kind,
        heading: item.heading.clone(),
        text: item.text.clone(),
        cy: item.cy.clone(),
        why,
        source: content.cite(&item.sources),
    }
}

/// The safe-sleep card, tailored when the family's conditions are given, general otherwise.
pub fn safe_sleep_card(content: &Content, conditions: Option<&ConditionSet>) -> SafeSleepView {
    let card = &content.safe_sleep;
    let raise = |item: &CardItem| {
        let applies = item.applies.as_ref()?;
        conditions.and_then(|c| c.reasons(applies))
    };
    let mut view_card = SafeSleepView {
        title: card.title.clone(),
        cy: card.cy.clone(),
        tailored: conditions.is_some(),
        raised: Vec::new(),
        advice: Vec::new(),
        folded: Vec::new(),
    };
    for a in &card.advice {
        match raise(a) {
            Some(why) => view_card
                .raised
                .push(view(content, a, ItemKind::Advice, why)),
            None => view_card
                .advice
                .push(view(content, a, ItemKind::Advice, Vec::new())),
        }
    }
    for r in &card.risks {
        match raise(r) {
            Some(why) => view_card.raised.push(view(content, r, ItemKind::Risk, why)),
            None => view_card
                .folded
                .push(view(content, r, ItemKind::Risk, Vec::new())),
        }
    }
    view_card
}

/// A step of the escalation card with its contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct StepView {
    pub id: String,
    pub heading: String,
    pub text: String,
    /// Welsh of the heading and text, if the pack has it.
    pub cy: Welsh,
    pub contacts: Vec<Contact>,
    /// A number the step itself says to call (999), first on the card as a call button.
    pub call: Option<String>,
    pub source: String,
}

/// The escalation card as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct EscalationView {
    pub title: String,
    pub intro: String,
    /// Welsh of the title and intro, if the pack has it.
    pub cy: Welsh,
    /// False while the team's local pack is the example: the card says so.
    pub set_up: bool,
    /// The nation whose procedures the steps follow (the local pack's).
    pub nation: Nation,
    pub area: String,
    pub procedures: String,
    /// Welsh of the area and procedures, if the local pack has it.
    pub local_cy: Welsh,
    pub reviewed_by: String,
    pub reviewed_on: chrono::NaiveDate,
    pub steps: Vec<StepView>,
}

/// The escalation card with the team's local contacts.
pub fn escalation_card(content: &Content, local: &LocalPack) -> EscalationView {
    let card = &content.escalation;
    EscalationView {
        title: card.title.clone(),
        intro: card.intro.clone(),
        cy: card.cy.clone(),
        set_up: local.set_up,
        nation: local.nation,
        area: local.area.clone(),
        procedures: local.procedures.clone(),
        local_cy: local.cy.clone(),
        reviewed_by: local.reviewed_by.clone(),
        reviewed_on: local.reviewed_on,
        steps: card
            .steps
            .iter()
            .map(|s| {
                let contacts = s
                    .contacts
                    .iter()
                    .filter_map(|id| local.contact(id).cloned())
                    .collect();
                match (&s.wales, local.nation) {
                    (Some(w), Nation::Wales) => {
                        // The Welsh of the heading comes from the Wales wording when it has its
                        // own heading, else from the step's.
                        let mut cy = w.cy.clone();
                        if w.heading.is_none()
                            && let Some(h) = s.cy.get("heading")
                        {
                            cy.insert("heading".to_string(), h.clone());
                        }
                        StepView {
                            id: s.id.clone(),
                            heading: w.heading.clone().unwrap_or_else(|| s.heading.clone()),
                            text: w.text.clone(),
                            cy,
                            contacts,
                            call: s.call.clone(),
                            source: content.cite(&w.sources),
                        }
                    }
                    _ => StepView {
                        id: s.id.clone(),
                        heading: s.heading.clone(),
                        text: s.text.clone(),
                        cy: s.cy.clone(),
                        contacts,
                        call: s.call.clone(),
                        source: content.cite(&s.sources),
                    },
                }
            })
            .collect(),
    }
}
