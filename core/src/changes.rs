//! The family's last visits and what changed at each since the visit before it: who was seen
//! for the first time, seen again or not seen this time, the sleep space, the older children,
//! and who joined the record. Pure functions over the household and its visits.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::household::{Household, Member, Role};
use crate::unknowns::past_visits;
use crate::visit::{Visit, VisitStatus};

/// How many past visits the family screen shows with their changes.
pub const RECENT_VISITS: usize = 3;

/// A past visit as the family screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct RecentVisit {
    pub visit_id: Uuid,
    pub date: NaiveDate,
    pub status: VisitStatus,
    /// What changed since the visit before that happened; empty when nothing did.
    /// `first_visit` when there was none before.
    pub changes: Vec<Change>,
}

/// One thing that changed at a visit. The UI words it from `kind` (`change.*` in its
/// catalogues); `text` is the English for the command line and the tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Change {
    /// `first_visit`, `new_on_record`, `seen_first_time`, `seen_again`, `not_seen_this_time`,
    /// `sleep_space_seen`, `sleep_space_not_seen`, `older_children_spoken_to` or
    /// `older_children_not_spoken_to`.
    pub kind: &'static str,
    /// The member it is about, for the kinds about a member.
    pub role: Option<Role>,
    pub name: Option<String>,
    #[serde(skip)]
    #[ts(skip)]
    pub text: String,
}

impl Change {
    fn about(kind: &'static str, text: &str) -> Change {
        Change {
            kind,
            role: None,
            name: None,
            text: text.to_string(),
        }
    }

    fn member(kind: &'static str, m: &Member, english: impl Fn(&str) -> String) -> Change {
        Change {
            kind,
            role: Some(m.role),
            name: Some(m.name.clone()),
            text: english(&format!("{} ({})", m.role.label(), m.name)),
        }
    }
}

/// The household's last [`RECENT_VISITS`] past visits, newest first, each with what changed.
pub fn recent_visits(household: &Household, visits: &[Visit]) -> Vec<RecentVisit> {
    let past = past_visits(visits);
    past.iter()
        .enumerate()
        .take(RECENT_VISITS)
        .map(|(i, v)| RecentVisit {
            visit_id: v.id,
            date: v.date,
            status: v.status,
            changes: if v.status == VisitStatus::Done {
                changes(household, v, &past[i + 1..])
            } else {
                Vec::new()
            },
        })
        .collect()
}

/// What changed at `v` since the last visit before it that happened (`earlier` is the past
/// visits before `v`, most recent first).
fn changes(household: &Household, v: &Visit, earlier: &[&Visit]) -> Vec<Change> {
    let done: Vec<&Visit> = earlier
        .iter()
        .copied()
        .filter(|e| e.status == VisitStatus::Done)
        .collect();
    let Some(prev) = done.first() else {
        return vec![Change::about("first_visit", "First visit recorded")];
    };
    let mut out = Vec::new();
    for m in &household.members {
        let added = m.added_on();
        if added > v.date {
            continue;
        }
        if added > prev.date {
            out.push(Change::member("new_on_record", m, |w| {
                format!("New on the family's record: {w}")
            }));
        }
        let now = v.seen.contains(&m.id);
        let before = prev.seen.contains(&m.id);
        let ever = done.iter().any(|e| e.seen.contains(&m.id));
        match (now, before, ever) {
            (true, _, false) => out.push(Change::member("seen_first_time", m, |w| {
                format!("{w} seen for the first time")
            })),
            (true, false, true) => out.push(Change::member("seen_again", m, |w| {
                format!("{w} seen again")
            })),
            (false, true, _) => out.push(Change::member("not_seen_this_time", m, |w| {
                format!("{w} not seen this time")
            })),
            _ => {}
        }
    }
    let seen = |s: Option<bool>| s == Some(true);
    match (seen(v.sleep_space_seen), seen(prev.sleep_space_seen)) {
        (true, false) => out.push(Change::about(
            "sleep_space_seen",
            "Where the baby sleeps seen",
        )),
        (false, true) => out.push(Change::about(
            "sleep_space_not_seen",
            "Where the baby sleeps not seen this time",
        )),
        _ => {}
    }
    if household.members.iter().any(|m| m.role.is_older_child()) {
        match (
            seen(v.older_children_spoken_to),
            seen(prev.older_children_spoken_to),
        ) {
            (true, false) => out.push(Change::about(
                "older_children_spoken_to",
                "Older children spoken to",
            )),
            (false, true) => out.push(Change::about(
                "older_children_not_spoken_to",
                "Older children not spoken to this time",
            )),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{Duration, Utc};

    use super::*;
    use crate::household::{Residence, Role};
    use crate::visit::VisitKind;

    fn visit(h: &Household, date: NaiveDate, seen: &[usize], sleep: bool) -> Visit {
        let mut v = Visit::new(h.id, date, VisitKind::Routine, "x");
        v.status = VisitStatus::Done;
        for &i in seen {
            v.present.insert(h.members[i].id);
            v.seen.insert(h.members[i].id);
        }
        v.sleep_space_seen = Some(sleep);
        v
    }

    #[test]
    fn each_visit_says_who_was_seen_first_again_or_not_and_who_joined() {
        let today = Utc::now().date_naive();
        let day = |n: i64| today - Duration::days(n);
        let mut h = Household::new("Synthetic family");
        h.members = vec![
            Member::new("Mum Synth", Role::Mother, Residence::LivesHere),
            Member::new("Partner Synth", Role::Partner, Residence::Visits),
            Member::new("Lodger Synth", Role::OtherAdult, Residence::LivesHere),
        ];
        for m in &mut h.members {
            m.added_at = Utc::now() - Duration::days(60);
        }
        // The lodger joined the record between the second and third visits.
        h.members[2].added_at = Utc::now() - Duration::days(10);
        let mut missed = Visit::new(h.id, day(5), VisitKind::Routine, "x");
        missed.status = VisitStatus::NoAccess;
        let visits = vec![
            visit(&h, day(40), &[0], false),
            visit(&h, day(30), &[0, 1], true),
            visit(&h, day(7), &[0, 2], false),
            missed,
        ];
        let recent = recent_visits(&h, &visits);
        let english =
            |r: &RecentVisit| -> Vec<String> { r.changes.iter().map(|c| c.text.clone()).collect() };
        assert_eq!(recent.len(), 3);
        assert_eq!(recent[0].status, VisitStatus::NoAccess);
        assert!(recent[0].changes.is_empty());
        assert_eq!(
            english(&recent[1]),
            [
                "Partner (Partner Synth) not seen this time",
                "New on the family's record: Other adult (Lodger Synth)",
                "Other adult (Lodger Synth) seen for the first time",
                "Where the baby sleeps not seen this time",
            ]
        );
        assert_eq!(
            english(&recent[2]),
            [
                "Partner (Partner Synth) seen for the first time",
                "Where the baby sleeps seen"
            ]
        );
        // The first visit is not shown (three only); alone, it says so.
        assert_eq!(
            english(&recent_visits(&h, &visits[..1])[0]),
            ["First visit recorded"]
        );
        // The UI words each change from its kind and the member.
        let kinds: Vec<&str> = recent[1].changes.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                "not_seen_this_time",
                "new_on_record",
                "seen_first_time",
                "sleep_space_not_seen"
            ]
        );
        assert_eq!(recent[1].changes[0].role, Some(Role::Partner));
        assert_eq!(recent[1].changes[0].name.as_deref(), Some("Partner Synth"));
    }
}
