//! The prompt engine's rules, on plain data.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Days, NaiveDate, TimeZone, Utc};
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::prompt::{
    DERIVED_CONDITIONS, PromptList, evaluate_conditions, safe_sleep_card, todays_prompts,
};
use doorstep::visit::{AnswerState, Visit, VisitKind, VisitStatus};

fn content() -> &'static Content {
    Content::embedded()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

fn day(n_ago: u64) -> NaiveDate {
    today().checked_sub_days(Days::new(n_ago)).unwrap()
}

fn member(name: &str, role: Role, residence: Residence) -> Member {
    let mut m = Member::new(name, role, residence);
    m.added_at = Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap();
    m
}

/// Mother, partner and a baby of `baby_days` days.
fn family(flags: &[&str], baby_days: u64) -> Household {
    let mut h = Household::new("Synthetic family");
    h.flags = flags.iter().map(|f| f.to_string()).collect();
    let mut baby = member("Baby Synth", Role::Baby, Residence::LivesHere);
    baby.dob = Some(day(baby_days));
    h.members = vec![
        member("Mum Synth", Role::Mother, Residence::LivesHere),
        member("Partner Synth", Role::Partner, Residence::LivesHere),
        baby,
    ];
    h
}

fn done_visit(h: &Household, days_ago: u64, seen: &[usize]) -> Visit {
    let mut v = Visit::new(h.id, day(days_ago), VisitKind::Routine, &content().hash);
    v.status = VisitStatus::Done;
    v.seen = seen.iter().map(|i| h.members[*i].id).collect();
    v
}

fn ids(list: &PromptList) -> Vec<&str> {
    list.groups
        .iter()
        .flat_map(|g| g.prompts.iter().map(|p| p.id.as_str()))
        .collect()
}

fn prompt<'a>(list: &'a PromptList, id: &str) -> Option<&'a doorstep::prompt::ListedPrompt> {
    list.groups
        .iter()
        .flat_map(|g| &g.prompts)
        .find(|p| p.id == id)
}

#[test]
fn a_premature_baby_raises_the_prematurity_prompts() {
    let plain = todays_prompts(content(), &family(&[], 200), &[], today());
    let early = todays_prompts(content(), &family(&["premature"], 200), &[], today());
    for id in ["b-premature-support", "ss-premature", "c-weight-growth"] {
        assert!(!ids(&plain).contains(&id), "{id} shown without prematurity");
        assert!(
            ids(&early).contains(&id),
            "{id} missing for a premature baby"
        );
        assert!(
            prompt(&early, id)
                .unwrap()
                .why
                .iter()
                .any(|w| w.contains("before 37 weeks")),
            "{id} must say why"
        );
    }
}

#[test]
fn the_list_is_grouped_by_theme_in_content_order_with_every_visit_prompts() {
    let list = todays_prompts(content(), &family(&[], 200), &[], today());
    let order: Vec<_> = content().themes.iter().map(|t| t.theme).collect();
    let shown: Vec<_> = list.groups.iter().map(|g| g.theme).collect();
    let mut expected = order.clone();
    expected.retain(|t| shown.contains(t));
    assert_eq!(shown, expected);
    assert!(list.groups.iter().all(|g| !g.prompts.is_empty()));
    assert!(
        list.groups
            .iter()
            .all(|g| g.prompts.iter().all(|p| p.theme == g.theme))
    );
    let who = prompt(&list, "f-who-lives-here").unwrap();
    assert_eq!(who.why, vec!["Every visit".to_string()]);
    assert_eq!(list.total, ids(&list).len());
    assert_eq!(list.content_hash, content().hash);
}

#[test]
fn a_partner_never_seen_is_carried_forward_and_counted() {
    let h = family(&[], 60);
    // Mother and baby seen at three visits; the partner never.
    let visits: Vec<Visit> = [21, 14, 7]
        .iter()
        .map(|d| done_visit(&h, *d, &[0, 2]))
        .collect();
    let conditions = evaluate_conditions(content(), &h, &visits, today());
    assert!(conditions.holds("partner_not_seen"));
    let list = todays_prompts(content(), &h, &visits, today());
    assert!(ids(&list).contains(&"f-partner-seen"));
    let unknown = list
        .unknowns
        .iter()
        .find(|u| u.member_id == Some(h.members[1].id))
        .expect("the partner is listed as unknown");
    assert_eq!(unknown.visits, 3);
    assert_eq!(
        unknown.text,
        "Partner (Partner Synth) not yet seen: 3 visits"
    );

    // Seen at the last visit: no longer unknown.
    let mut seen = visits.clone();
    seen.push(done_visit(&h, 1, &[0, 1, 2]));
    let list = todays_prompts(content(), &h, &seen, today());
    assert!(!evaluate_conditions(content(), &h, &seen, today()).holds("partner_not_seen"));
    assert!(
        list.unknowns
            .iter()
            .all(|u| u.member_id != Some(h.members[1].id))
    );
    assert!(!ids(&list).contains(&"f-partner-seen"));
}

#[test]
fn an_unanswered_prompt_is_carried_forward_with_its_count_until_answered() {
    let h = family(&[], 60);
    let mut v1 = done_visit(&h, 14, &[0, 1, 2]);
    v1.set_answer("f-who-visits", AnswerState::Open, "");
    let mut v2 = done_visit(&h, 7, &[0, 1, 2]);
    v2.set_answer("f-who-visits", AnswerState::NotKnown, "");
    let list = todays_prompts(content(), &h, &[v1.clone(), v2.clone()], today());
    let p = prompt(&list, "f-who-visits").unwrap();
    let carried = p.carried_forward.as_ref().expect("carried forward");
    assert_eq!(carried.visits, 2);
    assert_eq!(carried.since, day(14));
    assert_eq!(carried.badge, "Not yet known: 2 visits");
    assert_eq!(list.carried, 1);
    // Carried-forward prompts come first in their theme.
    let group = list.groups.iter().find(|g| g.theme == p.theme).unwrap();
    assert_eq!(group.prompts[0].id, "f-who-visits");

    // A prompt shown only at a first visit is still carried forward when left unanswered.
    let mut first = done_visit(&h, 14, &[0, 1, 2]);
    first.set_answer("a-own-childhood", AnswerState::Open, "");
    let list = todays_prompts(content(), &h, &[first], today());
    let p = prompt(&list, "a-own-childhood").expect("carried although not a first visit now");
    assert_eq!(p.carried_forward.as_ref().unwrap().visits, 1);
    assert!(p.why[0].starts_with("Not answered since"));

    // Answered at the latest visit: no longer carried.
    let mut v3 = done_visit(&h, 1, &[0, 1, 2]);
    v3.set_answer("f-who-visits", AnswerState::Answered, "Nan on Sundays");
    let list = todays_prompts(content(), &h, &[v1, v2, v3], today());
    assert!(
        prompt(&list, "f-who-visits")
            .unwrap()
            .carried_forward
            .is_none()
    );
}

#[test]
fn prompts_that_do_not_carry_forward_are_never_badged() {
    let h = family(&[], 60);
    let mut v = done_visit(&h, 7, &[0, 1, 2]);
    v.set_answer("ss-tonight", AnswerState::Open, "");
    let list = todays_prompts(content(), &h, &[v], today());
    assert!(
        prompt(&list, "ss-tonight")
            .unwrap()
            .carried_forward
            .is_none()
    );
}

#[test]
fn planned_visits_do_not_count_as_visits() {
    let h = family(&[], 60);
    let planned = Visit::new(h.id, day(0), VisitKind::Routine, &content().hash);
    let c = evaluate_conditions(content(), &h, &[planned], today());
    assert!(c.holds("first_visit"));
    assert!(!c.holds("partner_not_seen"));
}

#[test]
fn bed_sharing_with_alcohol_shows_only_when_both_hold() {
    let card = |flags: &[&str]| {
        let h = family(flags, 60);
        let c = evaluate_conditions(content(), &h, &[], today());
        safe_sleep_card(content(), Some(&c))
    };
    let raised =
        |flags: &[&str]| -> Vec<String> { card(flags).raised.into_iter().map(|r| r.id).collect() };
    assert!(!raised(&[]).contains(&"bed-sharing-alcohol".to_string()));
    assert!(!raised(&["alcohol_use"]).contains(&"bed-sharing-alcohol".to_string()));
    assert!(!raised(&["bed_sharing"]).contains(&"bed-sharing-alcohol".to_string()));
    let both = card(&["bed_sharing", "alcohol_use"]);
    let r = both
        .raised
        .iter()
        .find(|r| r.id == "bed-sharing-alcohol")
        .expect("raised");
    assert_eq!(r.why.len(), 2);
    // The rest of the card is still there, folded.
    assert!(both.folded.iter().any(|r| r.id == "sofa-armchair"));
    assert_eq!(
        both.raised.len() + both.folded.len(),
        content().safe_sleep.risks.len()
    );
    assert_eq!(both.advice.len(), content().safe_sleep.advice.len());
    assert!(both.tailored);
}

#[test]
fn the_general_card_folds_every_risk() {
    let card = safe_sleep_card(content(), None);
    assert!(!card.tailored);
    assert!(card.raised.is_empty());
    assert_eq!(card.folded.len(), content().safe_sleep.risks.len());
}

#[test]
fn a_premature_baby_raises_the_prematurity_risk_on_the_card() {
    let h = family(&["premature"], 30);
    let c = evaluate_conditions(content(), &h, &[], today());
    let card = safe_sleep_card(content(), Some(&c));
    assert_eq!(
        card.raised.first().map(|r| r.id.as_str()),
        Some("premature-low-weight")
    );
}

/// One scenario per derived condition, so that each can actually become true.
#[test]
fn every_derived_condition_can_hold() {
    let mut reached = std::collections::BTreeSet::new();
    let mut note = |h: &Household, visits: &[Visit]| {
        for id in evaluate_conditions(content(), h, visits, today()).ids() {
            reached.insert(id.to_string());
        }
    };
    // first_visit, crying_peak (baby 6 weeks old)
    note(&family(&[], 42), &[]);
    // partner_not_seen, sleep_space_not_seen
    let h = family(&[], 200);
    note(&h, &[done_visit(&h, 7, &[0, 2])]);
    // no_father_recorded, visiting_adult, other_carer, older_children(+not spoken to), no_access
    let mut h = Household::new("Another synthetic family");
    let mut nan = member("Nan Synth", Role::Grandparent, Residence::Visits);
    nan.caring_role = true;
    h.members = vec![
        member("Mum Synth", Role::Mother, Residence::LivesHere),
        nan,
        member("Big Sister Synth", Role::Sibling, Residence::LivesHere),
    ];
    let mut no_access = done_visit(&h, 10, &[]);
    no_access.status = VisitStatus::NoAccess;
    note(&h, &[no_access, done_visit(&h, 3, &[0])]);
    for d in DERIVED_CONDITIONS {
        assert!(reached.contains(d), "no scenario makes {d} hold");
    }
}

#[test]
fn crying_peak_is_two_weeks_to_four_months() {
    for (days, expected) in [
        (10, false),
        (14, true),
        (60, true),
        (122, true),
        (130, false),
    ] {
        let h = family(&[], days);
        assert_eq!(
            evaluate_conditions(content(), &h, &[], today()).holds("crying_peak"),
            expected,
            "{days} days"
        );
    }
}

#[test]
fn members_added_after_a_visit_are_not_counted_as_unseen_at_it() {
    let mut h = family(&[], 60);
    let v = done_visit(&h, 20, &[0, 2]);
    let mut late = member("New Partner Synth", Role::OtherAdult, Residence::LivesHere);
    late.added_at = Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
    h.members.push(late.clone());
    let list = todays_prompts(content(), &h, &[v], today());
    assert!(list.unknowns.iter().all(|u| u.member_id != Some(late.id)));
}

#[test]
fn older_children_not_spoken_to_is_carried_with_a_count() {
    let mut h = family(&[], 60);
    h.members.push(member(
        "Big Brother Synth",
        Role::Sibling,
        Residence::LivesHere,
    ));
    let mut v1 = done_visit(&h, 14, &[0, 1, 2]);
    v1.older_children_spoken_to = Some(false);
    let v2 = done_visit(&h, 7, &[0, 1, 2]);
    let list = todays_prompts(content(), &h, &[v1, v2], today());
    let u = list
        .unknowns
        .iter()
        .find(|u| u.kind == "older_children_not_spoken_to")
        .unwrap();
    assert_eq!(u.visits, 2);
    assert!(ids(&list).contains(&"f-older-children-not-spoken"));
}
