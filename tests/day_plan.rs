//! Planning visits and the day plan, on a real SQLCipher store: today's visits by time, the next
//! few days, and a visit that did not happen recorded from the plan, counting toward what is
//! still unknown about the family.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, NaiveDate};
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::KdfParams;
use doorstep::service::visits::{self, PLAN_AHEAD_DAYS};
use doorstep::store::{ClosedReason, SCHEMA_VERSION, Store, StoreError};
use doorstep::unknowns::Gap;
use doorstep::visit::{Visit, VisitError, VisitKind, VisitStatus};
use uuid::Uuid;

const PASS: &str = "kettle-harbour-91";

fn content() -> &'static Content {
    Content::embedded()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

fn store(dir: &tempfile::TempDir) -> Store {
    Store::create(&dir.path().join("doorstep.db"), PASS, KdfParams::TESTING).unwrap()
}

/// A synthetic family: a mother, a partner who visits, a baby.
fn family(store: &mut Store, name: &str) -> Household {
    let mut h = Household::new(name);
    let mut baby = Member::new("Baby Synth", Role::Baby, Residence::LivesHere);
    baby.dob = Some(today() - Duration::days(60));
    h.members = vec![
        Member::new("Mum Synth", Role::Mother, Residence::LivesHere),
        Member::new("Partner Synth", Role::Partner, Residence::Visits),
        baby,
    ];
    // On the record since before the first visit.
    for m in &mut h.members {
        m.added_at = chrono::Utc::now() - Duration::days(90);
    }
    store.save_household(&mut h, content()).unwrap();
    h
}

/// A done visit `days_ago` that saw the mother and the baby, not the partner nor the sleep space.
fn partner_unseen_visit(store: &mut Store, h: &Household, days_ago: i64) {
    let mut v = Visit::new(
        h.id,
        today() - Duration::days(days_ago),
        VisitKind::NewBirth,
        &content().hash,
    );
    v.status = VisitStatus::Done;
    v.present.insert(h.members[0].id);
    v.seen.insert(h.members[0].id);
    v.present.insert(h.members[2].id);
    v.seen.insert(h.members[2].id);
    v.sleep_space_seen = Some(false);
    store.save_visit(&mut v).unwrap();
}

/// What is outstanding after a visit that saw the mother and the baby, then one that did not
/// happen: the missed one saw nobody.
const AFTER_ONE_MISSED: [&str; 5] = [
    "Partner not seen ×2",
    "Sleep space not seen ×2",
    "Visit did not happen ×1",
    "Mother not seen ×1",
    "Baby not seen ×1",
];

fn outstanding(store: &Store, id: Uuid) -> Vec<String> {
    store
        .list_households(None)
        .unwrap()
        .into_iter()
        .find(|f| f.id == id)
        .unwrap()
        .outstanding
        .iter()
        .map(Gap::english)
        .collect()
}

#[test]
fn todays_visits_come_by_time_then_the_next_days_and_closed_families_are_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let afternoon = family(&mut s, "Afternoon family");
    let morning = family(&mut s, "Morning family");
    let untimed = family(&mut s, "Untimed family");
    let tomorrow = family(&mut s, "Tomorrow family");
    let later = family(&mut s, "Later family");
    let closed = family(&mut s, "Closed family");
    partner_unseen_visit(&mut s, &morning, 14);
    let d = |days: i64| today() + Duration::days(days);
    let plan = |s: &mut Store, h: &Household, date: NaiveDate, time: Option<&str>| {
        visits::plan(s, content(), h.id, date, time.map(str::to_string), today()).unwrap()
    };
    plan(&mut s, &afternoon, d(0), Some("14:30"));
    plan(&mut s, &untimed, d(0), None);
    plan(&mut s, &morning, d(0), Some("09:15"));
    plan(&mut s, &tomorrow, d(1), Some("08:00"));
    plan(&mut s, &later, d(PLAN_AHEAD_DAYS as i64 + 1), None);
    plan(&mut s, &closed, d(0), Some("07:00"));
    s.close_household(closed.id, ClosedReason::MovedAway, today())
        .unwrap();

    let day = visits::day_plan(&s, today()).unwrap();
    let names: Vec<&str> = day.visits.iter().map(|v| v.display_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Morning family",
            "Afternoon family",
            "Untimed family",
            "Tomorrow family"
        ]
    );
    assert_eq!(day.visits[0].time.as_deref(), Some("09:15"));
    assert_eq!(day.visits[2].time, None);
    // What is outstanding for the family comes with its visit.
    let english: Vec<String> = day.visits[0].outstanding.iter().map(Gap::english).collect();
    assert_eq!(english, ["Partner not seen ×1", "Sleep space not seen ×1"]);
    // Kept as facts the app words in the language in use: no sentence, no name.
    assert_eq!(
        day.visits[0].outstanding[0],
        Gap {
            kind: "member_not_seen".to_string(),
            role: Some(Role::Partner),
            visits: 1
        }
    );
    // After a new birth visit, the next one is routine.
    assert_eq!(day.visits[0].kind, VisitKind::Routine);
    assert_eq!(day.visits[1].kind, VisitKind::NewBirth);

    // A day later, yesterday's visits that were never recorded still lead the plan.
    let next_day = visits::day_plan(&s, d(1)).unwrap();
    assert_eq!(next_day.visits.len(), 5);
    assert_eq!(next_day.visits[0].date, today());
    assert_eq!(next_day.visits[4].display_name, "Later family");
}

#[test]
fn planning_again_moves_the_visit_and_preparing_opens_the_planned_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let h = family(&mut s, "Replanned family");
    let first = visits::plan(
        &mut s,
        content(),
        h.id,
        today() + Duration::days(2),
        Some("10:00".into()),
        today(),
    )
    .unwrap();
    let moved = visits::plan(&mut s, content(), h.id, today(), None, today()).unwrap();
    assert_eq!(moved.id, first.id, "one visit is planned, not two");
    assert_eq!((moved.date, moved.time.clone()), (today(), None));
    assert_eq!(s.visits(h.id).unwrap().len(), 1);
    let prep = visits::prepare(&mut s, content(), h.id, today()).unwrap();
    assert_eq!(prep.visit.id, first.id);
    assert!(!prep.visit.answers.is_empty(), "the prompts are put on it");
}

#[test]
fn a_day_in_the_past_or_a_time_that_is_not_a_time_is_refused_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let h = family(&mut s, "Refused family");
    let yesterday = today() - Duration::days(1);
    let err = visits::plan(&mut s, content(), h.id, yesterday, None, today()).unwrap_err();
    assert!(matches!(
        err,
        StoreError::Visit(VisitError::PlannedInThePast)
    ));
    for bad in ["25:00", "9:5", "noon", "09:15:00", "0915"] {
        let err =
            visits::plan(&mut s, content(), h.id, today(), Some(bad.into()), today()).unwrap_err();
        assert!(
            matches!(err, StoreError::Visit(VisitError::BadTime)),
            "{bad}: {err:?}"
        );
    }
    assert!(s.visits(h.id).unwrap().is_empty());
    // Blank is no time.
    let v = visits::plan(&mut s, content(), h.id, today(), Some("  ".into()), today()).unwrap();
    assert_eq!(v.time, None);
}

#[test]
fn a_visit_that_did_not_happen_is_recorded_from_the_plan_and_raises_what_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = store(&dir);
    let h = family(&mut s, "No access family");
    partner_unseen_visit(&mut s, &h, 14);
    assert_eq!(
        outstanding(&s, h.id),
        ["Partner not seen ×1", "Sleep space not seen ×1"]
    );
    let planned = visits::plan(&mut s, content(), h.id, today(), None, today()).unwrap();

    // Only the three ways a visit does not happen are taken.
    for status in [VisitStatus::Done, VisitStatus::Planned] {
        let err = visits::did_not_happen(&mut s, planned.id, status, today()).unwrap_err();
        assert!(matches!(err, StoreError::Visit(VisitError::NotPlanned)));
    }
    let v = visits::did_not_happen(&mut s, planned.id, VisitStatus::NoAccess, today()).unwrap();
    assert_eq!(v.status, VisitStatus::NoAccess);
    assert_eq!(outstanding(&s, h.id), AFTER_ONE_MISSED);
    assert!(visits::day_plan(&s, today()).unwrap().visits.is_empty());
    // Recorded once: the same visit cannot be recorded again.
    let err =
        visits::did_not_happen(&mut s, planned.id, VisitStatus::Cancelled, today()).unwrap_err();
    assert!(matches!(err, StoreError::Visit(VisitError::NotPlanned)));

    // A visit planned for later and cancelled today is dated today; two in a row are counted.
    let later = visits::plan(
        &mut s,
        content(),
        h.id,
        today() + Duration::days(3),
        None,
        today(),
    )
    .unwrap();
    let v = visits::did_not_happen(&mut s, later.id, VisitStatus::Cancelled, today()).unwrap();
    assert_eq!(v.date, today());
    let view = doorstep::service::families::view(&s, content(), h.id, today()).unwrap();
    let texts: Vec<&str> = view.unknowns.iter().map(|u| u.text.as_str()).collect();
    assert!(
        texts.contains(&"The last 2 visits did not happen (no access, cancelled or not brought)"),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Partner (Partner Synth) not yet seen: 3 visits"),
        "{texts:?}"
    );
    // The prompt list carries them too, and the content's "no access before" holds.
    let prep = visits::prepare(&mut s, content(), h.id, today()).unwrap();
    assert!(
        prep.list
            .unknowns
            .iter()
            .any(|u| u.kind == "visits_did_not_happen")
    );
    assert!(
        doorstep::prompt::evaluate_conditions(content(), &h, &s.visits(h.id).unwrap(), today())
            .holds("no_access_before")
    );
}

#[test]
fn a_schema_10_store_is_recounted_so_visits_that_did_not_happen_count() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doorstep.db");
    let mut s = Store::create(&path, PASS, KdfParams::TESTING).unwrap();
    let h = family(&mut s, "Upgraded family");
    partner_unseen_visit(&mut s, &h, 14);
    let mut missed = Visit::new(h.id, today() - Duration::days(7), VisitKind::Routine, "x");
    missed.status = VisitStatus::NoAccess;
    s.save_visit(&mut missed).unwrap();
    // The store as schema 10 left it: no time column (nor what schema 13 added), and the count made without the missed
    // visit.
    s.raw_connection()
        .execute_batch(
            r#"DROP INDEX visits_planned;
               ALTER TABLE visits DROP COLUMN time;
               DROP TABLE household_events;
               ALTER TABLE visits DROP COLUMN mother_seen_alone;
               ALTER TABLE visits DROP COLUMN seen_alone_why;
               ALTER TABLE visits DROP COLUMN babies;
               ALTER TABLE members DROP COLUMN gestation_weeks;
               ALTER TABLE members DROP COLUMN birth_weight;
               ALTER TABLE reflections DROP COLUMN actions;
               ALTER TABLE households DROP COLUMN case_key;
               ALTER TABLE households DROP COLUMN case_link;
               UPDATE households SET outstanding = '["Partner not seen ×1","Sleep space not seen ×1"]';
               PRAGMA user_version = 10;"#,
        )
        .unwrap();
    drop(s);

    let s = Store::open(&path, PASS).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(outstanding(&s, h.id), AFTER_ONE_MISSED);
    let visits = s.visits(h.id).unwrap();
    assert_eq!(visits.len(), 2);
    assert!(visits.iter().all(|v| v.time.is_none()));
    assert!(s.integrity_check().unwrap().is_empty());
}
