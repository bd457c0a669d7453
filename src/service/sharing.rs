//! Sharing a reflection for supervision: anonymise it on the device (the household's names
//! known), let the practitioner review every redaction, then queue only the anonymised text.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::anonymise::review::{Decisions, ReviewError, Segment};
use crate::anonymise::{Kind, Person, Rule, anonymise};
use crate::content::{Content, Label};
use crate::reflection::{ReflectionError, ReflectionStatus};
use crate::store::{ShareState, Store, StoreError};

/// The review screen: the original text in pieces, each automatic redaction with its kind and
/// rule, and the text as it would be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ShareReview {
    pub reflection_id: Uuid,
    pub segments: Vec<Segment>,
    pub redactions: Vec<ReviewItem>,
    pub preview: String,
    pub week: String,
    pub themes: Vec<String>,
    pub content_version: String,
    /// The practitioner's name sent with it (Settings), if they gave one.
    pub author: Option<String>,
    /// What the team is learning, sent with it: the signals that held ([`SentSignal`]).
    pub signals: Vec<SentSignal>,
    /// Sent as ids and dates, apart from the text: the answer to "safe tonight?", the decision,
    /// and the due dates of the actions not yet done (their words go only in the text above).
    pub judgement: Option<String>,
    pub decision: Option<String>,
    pub actions_due: Vec<NaiveDate>,
    /// Sent linked to the family's earlier shared reflections (its random case key), so that
    /// supervision sees the case over time; off on the family's page.
    pub linked: bool,
}

/// A signal sent with a shared reflection: its id (all that is sent) and what it says, with
/// the pack's Welsh where it has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct SentSignal {
    pub id: String,
    pub label: Label,
}

/// One automatic redaction on the review screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ReviewItem {
    pub index: usize,
    pub original: String,
    pub kind: Kind,
    pub replacement: String,
    /// The rule that matched: the review words it in the language in use.
    pub rule: Rule,
    pub undoable: bool,
    pub undone: bool,
}

/// A share that cannot go ahead.
#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(ShareErrorKind), derive(strum::EnumIter))]
pub enum ShareError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Review(#[from] ReviewError),
    #[error("the reflection is empty: write something before sharing it")]
    Empty,
}

impl doorstep_core::facts::Explain for ShareError {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        match self {
            ShareError::Store(e) => e.facts(),
            ShareError::Review(r) => r.facts(),
            ShareError::Empty => doorstep_core::facts::ErrorFacts::detail("share", "empty"),
        }
    }
}

impl ShareError {
    /// What exactly stopped the share, for the app's catalogue (`error.share.<code>`); `None`
    /// for a store error, which has its own code.
    pub fn code(&self) -> Option<&'static str> {
        match self {
            ShareError::Store(_) => None,
            ShareError::Review(r) => Some(r.code()),
            ShareError::Empty => Some("empty"),
        }
    }
}

/// Anonymises a reflection for review (the household's names known), applying the
/// practitioner's decisions so far.
pub fn review(
    store: &Store,
    content: &Content,
    reflection_id: Uuid,
    decisions: &Decisions,
    today: NaiveDate,
) -> Result<ShareReview, ShareError> {
    let r = store.reflection(reflection_id)?;
    if r.status == ReflectionStatus::Shared {
        return Err(StoreError::Reflection(ReflectionError::AlreadyShared).into());
    }
    // "Not safe tonight" or a referral goes to supervision with what happens next, never alone.
    if r.needs_action(content) && !r.has_action() {
        return Err(StoreError::Reflection(ReflectionError::ActionNeeded).into());
    }
    let household = store.household(r.household_id)?;
    // Control characters (pasted in, never seen) are left out: the server refuses them.
    let original = crate::sync::wire::without_controls(&r.shareable_text(content)).into_owned();
    if original.trim().is_empty() {
        return Err(ShareError::Empty);
    }
    let automatic = anonymise(&original, &Person::from_household(&household));
    let (applied, segments) = crate::anonymise::review::apply(&original, &automatic, decisions)?;
    let mut themes: Vec<String> = r.themes.iter().map(|t| t.as_str().to_string()).collect();
    if themes.is_empty() {
        themes = r
            .suggested_themes(content)
            .iter()
            .map(|t| t.as_str().to_string())
            .collect();
    }
    Ok(ShareReview {
        reflection_id,
        segments,
        redactions: automatic
            .redactions
            .iter()
            .enumerate()
            .map(|(i, x)| ReviewItem {
                index: i,
                original: original[x.start..x.end].to_string(),
                kind: x.kind,
                replacement: x.replacement.to_string(),
                rule: x.rule,
                undoable: crate::anonymise::review::undoable(x.kind),
                undone: decisions.undo.contains(&i),
            })
            .collect(),
        preview: applied.text,
        week: crate::sync::wire::iso_week(today),
        themes,
        content_version: content.stamp(),
        // A name kept before the rule for names grew (a direction mark, say) is not sent: the
        // server would refuse the whole reflection for it. Settings asks for it again.
        author: store
            .display_name()?
            .and_then(|n| crate::sync::wire::check_author(&n).ok().flatten()),
        signals: sent_signals(store, content, &r, &household, today)?,
        judgement: r.judgement().map(String::from),
        decision: r.decision().map(String::from),
        actions_due: r.due_dates(),
        linked: store.case_link(r.household_id)?.linked,
    })
}

/// The signals that hold for a reflection, with their labels for the review screen.
fn sent_signals(
    store: &Store,
    content: &Content,
    r: &crate::reflection::Reflection,
    household: &crate::household::Household,
    today: NaiveDate,
) -> Result<Vec<SentSignal>, StoreError> {
    let visits = store.visits(r.household_id)?;
    let ids = r.signals(content, household, &visits, today);
    Ok(content
        .reflection
        .signals
        .iter()
        .filter(|s| ids.contains(&s.id))
        .map(|s| SentSignal {
            id: s.id.clone(),
            label: Label::of(&s.label, &s.cy, "label"),
        })
        .collect())
}

/// Shares a reviewed reflection: the anonymised item goes to the outbox and the reflection
/// is marked shared, in one transaction. Only the anonymised text, the content version, the
/// themes, the ISO week, the practitioner's own name (if given in Settings) and the ids of the
/// signals that held are queued.
pub fn confirm(
    store: &mut Store,
    content: &Content,
    reflection_id: Uuid,
    decisions: &Decisions,
    today: NaiveDate,
) -> Result<ShareReview, ShareError> {
    let review = review(store, content, reflection_id, decisions, today)?;
    let mut item = crate::sync::wire::ReflectionItem::new(
        &review.week,
        &review.content_version,
        &review.themes,
        &review.preview,
    );
    item.author = review.author.clone();
    item.signals = Some(review.signals.iter().map(|s| s.id.clone()).collect());
    item.judgement = review.judgement.clone();
    item.decision = review.decision.clone();
    item.actions_due = Some(review.actions_due.iter().map(|d| d.to_string()).collect());
    let household = store.reflection(reflection_id)?.household_id;
    item.case_key = store.case_key_to_send(household)?;
    store.share_reflection(reflection_id, &item)?;
    Ok(review)
}

/// A shared reflection's state and replies, opened by the practitioner: its replies are marked
/// read (opening it is reading them).
pub fn open(store: &mut Store, reflection_id: Uuid) -> Result<Option<ShareState>, StoreError> {
    let state = store.share_state(reflection_id)?;
    if state
        .as_ref()
        .is_some_and(|x| x.replies.iter().any(|r| !r.read))
    {
        store.mark_replies_read(reflection_id)?;
    }
    Ok(state)
}
