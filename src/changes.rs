//! The family's last visits and what changed at each since the visit before it: who was seen
//! for the first time, seen again or not seen this time, the sleep space, the older children,
//! and who joined the record. Pure functions over the household and its visits.

use chrono::NaiveDate;
use serde::Serialize;
use uuid::Uuid;

use crate::household::{Household, Member};
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
    /// What changed since the visit before that happened, ready to show; empty when nothing
    /// did. "First visit recorded" when there was none before.
    pub changes: Vec<String>,
}

fn who(m: &Member) -> String {
    format!("{} ({})", m.role.label(), m.name)
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
fn changes(household: &Household, v: &Visit, earlier: &[&Visit]) -> Vec<String> {
    let done: Vec<&Visit> = earlier
        .iter()
        .copied()
        .filter(|e| e.status == VisitStatus::Done)
        .collect();
    let Some(prev) = done.first() else {
        return vec!["First visit recorded".to_string()];
    };
    let mut out = Vec::new();
    for m in &household.members {
        let added = m.added_at.date_naive();
        if added > v.date {
            continue;
        }
        if added > prev.date {
            out.push(format!("New on the family's record: {}", who(m)));
        }
        let now = v.seen.contains(&m.id);
        let before = prev.seen.contains(&m.id);
        let ever = done.iter().any(|e| e.seen.contains(&m.id));
        match (now, before, ever) {
            (true, _, false) => out.push(format!("{} seen for the first time", who(m))),
            (true, false, true) => out.push(format!("{} seen again", who(m))),
            (false, true, _) => out.push(format!("{} not seen this time", who(m))),
            _ => {}
        }
    }
    let seen = |s: Option<bool>| s == Some(true);
    match (seen(v.sleep_space_seen), seen(prev.sleep_space_seen)) {
        (true, false) => out.push("Where the baby sleeps seen".to_string()),
        (false, true) => out.push("Where the baby sleeps not seen this time".to_string()),
        _ => {}
    }
    if household.members.iter().any(|m| m.role.is_older_child()) {
        match (
            seen(v.older_children_spoken_to),
            seen(prev.older_children_spoken_to),
        ) {
            (true, false) => out.push("Older children spoken to".to_string()),
            (false, true) => out.push("Older children not spoken to this time".to_string()),
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
        assert_eq!(recent.len(), 3);
        assert_eq!(recent[0].status, VisitStatus::NoAccess);
        assert!(recent[0].changes.is_empty());
        assert_eq!(
            recent[1].changes,
            [
                "Partner (Partner Synth) not seen this time",
                "New on the family's record: Other adult (Lodger Synth)",
                "Other adult (Lodger Synth) seen for the first time",
                "Where the baby sleeps not seen this time",
            ]
        );
        assert_eq!(
            recent[2].changes,
            [
                "Partner (Partner Synth) seen for the first time",
                "Where the baby sleeps seen"
            ]
        );
        // The first visit is not shown (three only); alone, it says so.
        assert_eq!(
            recent_visits(&h, &visits[..1])[0].changes,
            ["First visit recorded"]
        );
    }
}
