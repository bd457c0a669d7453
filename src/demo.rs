//! Synthetic demo families for trying the app and for benchmarks. Every name here is made up.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::content::Content;
use crate::household::{Household, Member, Residence, Role};
use crate::reflection::Reflection;
use crate::store::{Store, StoreError};
use crate::visit::{AnswerState, Visit, VisitKind, VisitStatus};

struct DemoMember {
    name: &'static str,
    aliases: &'static [&'static str],
    role: Role,
    age_days: Option<u64>,
    residence: Residence,
    caring: bool,
}

struct DemoFamily {
    name: &'static str,
    flags: &'static [&'static str],
    members: &'static [DemoMember],
    /// (days ago, status, members seen by index, sleep space seen, older children spoken to)
    visits: &'static [(u64, VisitStatus, &'static [usize], bool, bool)],
}

const fn m(
    name: &'static str,
    aliases: &'static [&'static str],
    role: Role,
    age_days: Option<u64>,
    residence: Residence,
    caring: bool,
) -> DemoMember {
    DemoMember {
        name,
        aliases,
        role,
        age_days,
        residence,
        caring,
    }
}

const FAMILIES: &[DemoFamily] = &[
    DemoFamily {
        name: "Demo: Quillfeather",
        flags: &["premature", "smoker_in_home"],
        members: &[
            m(
                "Tamsin Quillfeather",
                &["Tam"],
                Role::Mother,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Orrin Vale",
                &[],
                Role::Partner,
                None,
                Residence::LivesHere,
                false,
            ),
            m(
                "Pip Quillfeather",
                &[],
                Role::Baby,
                Some(40),
                Residence::LivesHere,
                false,
            ),
        ],
        visits: &[
            (21, VisitStatus::Done, &[0, 2], false, false),
            (14, VisitStatus::Done, &[0, 2], true, false),
            (7, VisitStatus::Done, &[0, 2], false, false),
        ],
    },
    DemoFamily {
        name: "Demo: Marchbank",
        flags: &["bed_sharing", "alcohol_use", "routine_change"],
        members: &[
            m(
                "Ysolde Marchbank",
                &["Sol"],
                Role::Mother,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Brannock Tull",
                &["Bran"],
                Role::Father,
                None,
                Residence::Visits,
                false,
            ),
            m(
                "Wren Marchbank",
                &[],
                Role::Baby,
                Some(75),
                Residence::LivesHere,
                false,
            ),
            m(
                "Corin Marchbank",
                &[],
                Role::Sibling,
                Some(2600),
                Residence::LivesHere,
                false,
            ),
            m(
                "Hespera Marchbank",
                &["Nana Hes"],
                Role::Grandparent,
                None,
                Residence::Visits,
                true,
            ),
        ],
        visits: &[
            (30, VisitStatus::Done, &[0, 2], true, false),
            (16, VisitStatus::NoAccess, &[], false, false),
            (9, VisitStatus::Done, &[0, 2, 3], false, true),
        ],
    },
    DemoFamily {
        name: "Demo: Ashdown-Pell",
        flags: &["parental_mental_health", "alcohol_any"],
        members: &[
            m(
                "Liesl Ashdown-Pell",
                &[],
                Role::Mother,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Rafe Ashdown-Pell",
                &[],
                Role::Father,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Juniper Ashdown-Pell",
                &["Juni"],
                Role::Baby,
                Some(12),
                Residence::LivesHere,
                false,
            ),
        ],
        visits: &[],
    },
    DemoFamily {
        name: "Demo: O'Harrow",
        flags: &[
            "cannabis_use",
            "previous_concerns",
            "sibling_child_protection",
            "new_partner",
        ],
        members: &[
            m(
                "Caoimhe O'Harrow",
                &["Keeva"],
                Role::Mother,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Dax Renner",
                &[],
                Role::Partner,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Ffion O'Harrow",
                &[],
                Role::Baby,
                Some(100),
                Residence::LivesHere,
                false,
            ),
            m(
                "Tobiah O'Harrow",
                &["Tobs"],
                Role::Sibling,
                Some(1500),
                Residence::LivesHere,
                false,
            ),
        ],
        visits: &[
            (40, VisitStatus::Done, &[0, 2, 3], true, true),
            (26, VisitStatus::Done, &[0, 2], true, false),
            (12, VisitStatus::Done, &[0, 2, 3], false, false),
        ],
    },
    DemoFamily {
        name: "Demo: Zhou-Nakamura",
        flags: &["multiple_birth", "low_birth_weight", "parent_exhausted"],
        members: &[
            m(
                "Mei Zhou",
                &[],
                Role::Mother,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Kenji Nakamura",
                &["Ken"],
                Role::Father,
                None,
                Residence::LivesHere,
                true,
            ),
            m(
                "Aiko Zhou-Nakamura",
                &[],
                Role::Baby,
                Some(55),
                Residence::LivesHere,
                false,
            ),
            m(
                "Haru Zhou-Nakamura",
                &[],
                Role::Baby,
                Some(55),
                Residence::LivesHere,
                false,
            ),
        ],
        visits: &[(10, VisitStatus::Done, &[0, 1, 2, 3], true, false)],
    },
];

/// Adds the demo families (those not already there, by name) with their past visits and one
/// reflection draft. Returns how many families were added.
pub fn populate(
    store: &mut Store,
    content: &Content,
    today: NaiveDate,
) -> Result<usize, StoreError> {
    let existing: Vec<String> = store
        .list_households(Some("Demo:"))?
        .into_iter()
        .map(|h| h.display_name)
        .collect();
    let mut added = 0;
    for fam in FAMILIES {
        if existing.iter().any(|n| n == fam.name) {
            continue;
        }
        let mut h = Household::new(fam.name);
        h.flags = fam.flags.iter().map(|f| f.to_string()).collect();
        let first_visit = fam.visits.iter().map(|v| v.0).max().unwrap_or(0);
        for dm in fam.members {
            let mut member = Member::new(dm.name, dm.role, dm.residence);
            member.aliases = dm.aliases.iter().map(|a| a.to_string()).collect();
            member.caring_role = dm.caring;
            member.dob = dm
                .age_days
                .and_then(|d| today.checked_sub_days(Days::new(d)));
            if let Some(d) = today.checked_sub_days(Days::new(first_visit + 1)) {
                member.added_at = d.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc();
            }
            h.members.push(member);
        }
        store.save_household(&mut h, content)?;
        let mut last_visit = None;
        for (days_ago, status, seen, sleep, older) in fam.visits {
            let date = today
                .checked_sub_days(Days::new(*days_ago))
                .unwrap_or(today);
            let visited = crate::prompt::todays_prompts(content, &h, &store.visits(h.id)?, date);
            let mut v = Visit::new(h.id, date, VisitKind::Routine, &content.hash);
            v.status = *status;
            if *status == VisitStatus::Done {
                v.seen = seen
                    .iter()
                    .filter_map(|i| h.members.get(*i))
                    .map(|m| m.id)
                    .collect();
                v.present = v.seen.clone();
                v.sleep_space_seen = Some(*sleep);
                v.older_children_spoken_to = Some(*older);
                for (i, p) in visited.prompts().enumerate() {
                    // Every third prompt is left unanswered, so carried-forward items show.
                    let state = if i.is_multiple_of(3) {
                        AnswerState::NotKnown
                    } else {
                        AnswerState::Answered
                    };
                    v.set_answer(&p.id, state, "");
                }
            }
            store.save_visit(&mut v)?;
            last_visit = Some(v.id);
        }
        if let Some(visit_id) = last_visit {
            let mut r = Reflection::new(h.id, Some(visit_id), content);
            let sections: BTreeMap<String, String> = [(
                "seen-heard".to_string(),
                "Demo draft: the baby was settled in a Moses basket in the living room; \
                 the partner was out at work again."
                    .to_string(),
            )]
            .into_iter()
            .collect();
            r.sections = sections;
            store.save_reflection(&mut r, content)?;
        }
        added += 1;
    }
    Ok(added)
}
