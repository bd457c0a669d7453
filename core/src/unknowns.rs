//! What is still unknown about a family from its visits: members not seen, the sleep space not
//! seen, older children not heard, visits that did not happen, and for how many visits in a row.
//! A visit that did not happen (no access, cancelled, not brought) saw nobody: it counts. Pure functions over the
//! household and its visits; the families list keeps the short form with each family (the
//! store), the family screen and the prompt list show the long one.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::household::{Household, Member, Residence, Role};
use crate::visit::{Visit, VisitStatus};

/// Visits that are past (done, or recorded as not having happened), most recent first. Planned
/// visits are the future.
pub(crate) fn past_visits(visits: &[Visit]) -> Vec<&Visit> {
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
pub(crate) fn done_visits(visits: &[Visit]) -> Vec<&Visit> {
    past_visits(visits)
        .into_iter()
        .filter(|v| v.status == VisitStatus::Done)
        .collect()
}

/// How many of the most recent visits (since the member was added) did not see them, counting
/// back to the last visit that did.
pub(crate) fn visits_unseen(member: &Member, done: &[&Visit]) -> u32 {
    let added = member.added_on();
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

/// Whether a member has been seen at any of these visits.
pub(crate) fn ever_seen(member: &Member, done: &[&Visit]) -> bool {
    done.iter().any(|v| v.seen.contains(&member.id))
}

/// Consecutive most recent visits for which `check` is not true.
pub(crate) fn streak(done: &[&Visit], check: impl Fn(&Visit) -> bool) -> u32 {
    done.iter().take_while(|v| !check(v)).count() as u32
}

/// Something about the family still not known, carried from earlier visits. The UI words it
/// from `kind` and the fields beside it, in the language in use (`unknown.*` in its
/// catalogues); `text` and `short` are the English for the command line and the tests.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct Unknown {
    /// `member_not_seen`, `sleep_space_not_seen`, `older_children_not_spoken_to` or
    /// `visits_did_not_happen`.
    pub kind: &'static str,
    pub member_id: Option<Uuid>,
    /// The member's role and name (`member_not_seen` only).
    pub role: Option<Role>,
    pub name: Option<String>,
    /// Never seen at any past visit ("not yet seen").
    pub never: bool,
    /// How many visits in a row.
    pub visits: u32,
    /// "Partner (Dean) not seen: 3 visits".
    #[serde(skip)]
    #[ts(skip)]
    pub text: String,
    /// Short, without names, for the families list: "Partner not seen ×3".
    #[serde(skip)]
    #[ts(skip)]
    pub short: String,
}

/// The short form of an [`Unknown`] kept with each family for the families list and the day
/// plan: no names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
pub struct Gap {
    pub kind: String,
    pub role: Option<Role>,
    pub visits: u32,
}

impl Gap {
    /// In English, for the command line and the tests: "Partner not seen ×3".
    pub fn english(&self) -> String {
        let n = self.visits;
        match (self.kind.as_str(), self.role) {
            ("visits_did_not_happen", _) => format!("Visit did not happen ×{n}"),
            ("member_not_seen", Some(role)) => format!("{} not seen ×{n}", role.label()),
            ("sleep_space_not_seen", _) => format!("Sleep space not seen ×{n}"),
            ("older_children_not_spoken_to", _) => format!("Older children not heard ×{n}"),
            (kind, _) => format!("{kind} ×{n}"),
        }
    }
}

impl From<&Unknown> for Gap {
    fn from(u: &Unknown) -> Gap {
        Gap {
            kind: u.kind.to_string(),
            role: u.role,
            visits: u.visits,
        }
    }
}

pub(crate) fn visits_word(n: u32) -> String {
    if n == 1 {
        "1 visit".to_string()
    } else {
        format!("{n} visits")
    }
}

/// What is still unknown about the household from its visits, longest first. Visits that did
/// not happen count as visits at which nothing was seen.
pub fn unknowns(household: &Household, visits: &[Visit]) -> Vec<Unknown> {
    unknowns_past(household, &past_visits(visits))
}

/// [`unknowns`] over the past visits, most recent first.
pub(crate) fn unknowns_past(household: &Household, past: &[&Visit]) -> Vec<Unknown> {
    let mut out = Vec::new();
    if past.is_empty() {
        return out;
    }
    let n = streak(past, |v| !v.status.did_not_happen());
    if n > 0 {
        out.push(Unknown {
            kind: "visits_did_not_happen",
            member_id: None,
            role: None,
            name: None,
            never: false,
            visits: n,
            text: if n == 1 {
                "The last visit did not happen (no access, cancelled or not brought)".to_string()
            } else {
                format!("The last {n} visits did not happen (no access, cancelled or not brought)")
            },
            short: String::new(),
        });
    }
    for m in &household.members {
        let n = visits_unseen(m, past);
        if n == 0 {
            continue;
        }
        let counts = m.residence == Residence::LivesHere
            || m.caring_role
            || (m.role.is_father_or_partner() && !ever_seen(m, past));
        if !counts {
            continue;
        }
        let never = !ever_seen(m, past);
        let not_yet = if never { "yet " } else { "" };
        out.push(Unknown {
            kind: "member_not_seen",
            member_id: Some(m.id),
            role: Some(m.role),
            name: Some(m.name.clone()),
            never,
            visits: n,
            text: format!(
                "{} ({}) not {not_yet}seen: {}",
                m.role.label(),
                m.name,
                visits_word(n)
            ),
            short: String::new(),
        });
    }
    let n = streak(past, |v| v.sleep_space_seen == Some(true));
    if n > 0 {
        let never = !past.iter().any(|v| v.sleep_space_seen == Some(true));
        out.push(Unknown {
            kind: "sleep_space_not_seen",
            member_id: None,
            role: None,
            name: None,
            never,
            visits: n,
            text: format!(
                "Where the baby sleeps not {}seen: {}",
                if never { "yet " } else { "" },
                visits_word(n)
            ),
            short: String::new(),
        });
    }
    if household.members.iter().any(|m| m.role.is_older_child()) {
        let n = streak(past, |v| v.older_children_spoken_to == Some(true));
        if n > 0 {
            out.push(Unknown {
                kind: "older_children_not_spoken_to",
                member_id: None,
                role: None,
                name: None,
                never: false,
                visits: n,
                text: format!("Older children not spoken to: {}", visits_word(n)),
                short: String::new(),
            });
        }
    }
    for u in &mut out {
        u.short = Gap::from(&*u).english();
    }
    out.sort_by_key(|u| Reverse(u.visits));
    out
}
