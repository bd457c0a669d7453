//! Families as a health visitor meets them, written as `content preview` files: the record's
//! facts must raise the family's red flags first, through the preview and through the real
//! encrypted store with the app's own use-case (`service::visits::prepare`). Synthetic labels,
//! never real names. Dates are days before today, so nothing goes stale.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{NaiveDate, Utc};
use doorstep::content::{Content, LocalPack};
use doorstep::keys::KdfParams;
use doorstep::preview::{preview, read_files};
use doorstep::prompt::{ListedPrompt, PromptList};
use doorstep::service;
use doorstep::store::Store;

fn content() -> &'static Content {
    Content::embedded()
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

struct Scenario {
    name: &'static str,
    household: &'static str,
    visits: &'static str,
}

impl Scenario {
    fn list(&self) -> PromptList {
        let p = preview(
            content(),
            LocalPack::example(),
            ("household.toml", self.household),
            Some(("visits.toml", self.visits)),
            today(),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", self.name));
        p.prompts
    }

    fn holds(&self, id: &str) -> bool {
        let p = preview(
            content(),
            LocalPack::example(),
            ("household.toml", self.household),
            Some(("visits.toml", self.visits)),
            today(),
        )
        .unwrap();
        p.conditions.iter().any(|(c, _, _)| c == id)
    }
}

fn top(list: &PromptList) -> Vec<&str> {
    list.most_important.iter().map(|p| p.id.as_str()).collect()
}

fn find<'a>(list: &'a PromptList, id: &str) -> Option<&'a ListedPrompt> {
    list.prompts().find(|p| p.id == id)
}

/// The order of the whole list: most important first, then the rest in rank order (themes are
/// only folds of it).
fn ranked(list: &PromptList) -> Vec<&ListedPrompt> {
    let mut rest: Vec<&ListedPrompt> = list.groups.iter().flat_map(|g| &g.prompts).collect();
    // Within the folds the rank order holds per theme; across them, raised before every-visit
    // is what the top three must respect.
    rest.sort_by_key(|p| (!p.combination, !p.raised));
    list.most_important.iter().chain(rest).collect()
}

/// What every family's list must do: nothing asked of every family above something this
/// family's record raised, and the concerns seen together first whenever any apply.
fn assert_family_first(name: &str, list: &PromptList) {
    let order = ranked(list);
    let first_plain = order.iter().position(|p| !p.raised);
    let last_raised = order.iter().rposition(|p| p.raised);
    if let (Some(plain), Some(raised)) = (first_plain, last_raised)
        && plain < list.most_important.len()
    {
        assert!(
            raised < plain,
            "{name}: an every-visit prompt ({}) is above a raised one ({})",
            order[plain].id,
            order[raised].id
        );
    }
    let combos = list.prompts().filter(|p| p.combination).count();
    let combos_top = list.most_important.iter().filter(|p| p.combination).count();
    assert_eq!(
        combos_top,
        combos.min(list.most_important.len()),
        "{name}: concerns seen together are not all at the top: {:?}",
        top(list)
    );
}

/// The same family in a real store: the app's prompt list is the preview's.
fn through_store(s: &Scenario) -> PromptList {
    let (mut household, visits) = read_files(
        content(),
        ("household.toml", s.household),
        Some(("visits.toml", s.visits)),
        today(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store =
        Store::create(&dir.path().join("s.db"), "passphrase", KdfParams::TESTING).unwrap();
    store.save_household(&mut household, content()).unwrap();
    for mut v in visits {
        store.save_visit(&mut v).unwrap();
    }
    let prep = service::visits::prepare(&mut store, content(), household.id, today()).unwrap();
    prep.list
}

fn check(s: &Scenario) -> PromptList {
    let list = s.list();
    assert_family_first(s.name, &list);
    let stored = through_store(s);
    let ids = |l: &PromptList| l.prompts().map(|p| p.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&list),
        ids(&stored),
        "{}: store and preview differ",
        s.name
    );
    list
}

const AFFLUENT: Scenario = Scenario {
    name: "a couple who seem to cope, the baby dropping centiles, visits cancelled",
    household: r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Father"
role = "father"
[[members]]
name = "Baby"
role = "baby"
age_days = 130
birth_weight_grams = 3600
birth_centile = "75"
"#,
    visits: r#"
[[visits]]
days_ago = 100
seen = ["Mother", "Baby", "Father"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
weight_grams = 5000
centile = "50"
[[visits]]
days_ago = 80
status = "cancelled"
[[visits]]
days_ago = 45
status = "cancelled"
[[visits]]
days_ago = 30
status = "cancelled"
[[visits]]
days_ago = 20
status = "not_brought"
[[visits]]
days_ago = 6
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
weight_grams = 5600
centile = "9"
mobility = "rolling"
"#,
};

#[test]
fn the_affluent_familys_combined_concern_comes_first_and_not_brought_needs_no_tick() {
    let list = check(&AFFLUENT);
    assert_eq!(
        top(&list)[0],
        "x-faltering-growth-and-concerns",
        "{:?}",
        top(&list)
    );
    for c in [
        "faltering_growth",
        "missed_appointments",
        "visits_missed_3m",
    ] {
        assert!(AFFLUENT.holds(c), "{c} is not worked out");
    }
    let wnb = find(&list, "c-was-not-brought").expect("was not brought raised without a tick");
    assert!(wnb.raised);
    assert!(wnb.reason.contains("Not brought 1 time"), "{}", wnb.reason);
    let growth = find(&list, "x-faltering-growth-and-concerns").unwrap();
    assert!(
        growth
            .reason
            .contains("fell from the 75th centile to the 9th centile"),
        "{}",
        growth.reason
    );
}

const NON_MOBILE_TEN_MONTHS: Scenario = Scenario {
    name: "a 10-month-old with a disability who does not crawl, and a 14-month-old",
    household: r#"
flags = ["disability_or_chronic_condition"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 305
[[members]]
name = "Toddler"
role = "sibling"
age_days = 440
"#,
    visits: r#"
[[visits]]
days_ago = 21
seen = ["Mother", "Baby", "Toddler"]
sleep_space_seen = true
older_children_spoken_to = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
mobility = "rolling"
"#,
};

#[test]
fn a_non_mobile_ten_month_old_gets_the_bruising_check_and_sibling_under_two_without_a_tick() {
    let list = check(&NON_MOBILE_TEN_MONTHS);
    assert!(NON_MOBILE_TEN_MONTHS.holds("sibling_under_2"));
    assert!(NON_MOBILE_TEN_MONTHS.holds("non_mobile_baby"));
    assert!(top(&list).contains(&"b-bruising"), "{:?}", top(&list));
    let sib = find(&list, "b-twins-sibling").expect("sibling under two raises its prompt");
    assert!(
        sib.reason.contains("Toddler is 14 months old"),
        "{}",
        sib.reason
    );
    let bruising = find(&list, "b-bruising").unwrap();
    assert!(
        bruising.reason.contains("recorded as rolling"),
        "{}",
        bruising.reason
    );
}

const MARK_ON_NEWBORN: Scenario = Scenario {
    name: "a mark on a 10-week-old, explained by a sibling",
    household: r#"
[[members]]
name = "Mum"
role = "mother"
[[members]]
name = "Little one"
role = "baby"
age_days = 70
[[members]]
name = "Big sister"
role = "sibling"
age_years = 4
"#,
    visits: r#"
[[visits]]
days_ago = 1
seen = ["Mum", "Little one", "Big sister"]
sleep_space_seen = true
older_children_spoken_to = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Little one"
[[visits.baby.injuries]]
kind = "bruise"
site = "left cheek"
explanation = "her sister poked her"
by = "mother"
action = "discussed with duty social worker"
"#,
};

#[test]
fn a_mark_on_a_non_mobile_baby_puts_same_day_action_first_whatever_the_explanation() {
    let list = check(&MARK_ON_NEWBORN);
    assert_eq!(top(&list)[0], "x-injury-non-mobile", "{:?}", top(&list));
    let first = &list.most_important[0];
    assert!(
        first.text.contains("whatever explanation"),
        "{}",
        first.text
    );
    assert!(
        first
            .reason
            .contains("Bruise seen on Little one (left cheek)"),
        "{}",
        first.reason
    );
}

const MOOD_AND_BOYFRIEND: Scenario = Scenario {
    name: "postnatal depression and a new boyfriend who stays some nights",
    household: r#"
flags = ["parental_mental_health", "new_partner"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Boyfriend"
role = "partner"
lives_here = false
[[members]]
name = "Baby"
role = "baby"
age_days = 56
"#,
    visits: r#"
[[visits]]
days_ago = 14
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn mental_health_with_a_new_partner_leads_and_the_mental_health_prompt_is_not_buried() {
    let list = check(&MOOD_AND_BOYFRIEND);
    assert_eq!(
        top(&list)[0],
        "x-mental-health-and-new-adult",
        "{:?}",
        top(&list)
    );
    let order: Vec<&str> = ranked(&list).iter().map(|p| p.id.as_str()).collect();
    let mh = order
        .iter()
        .position(|id| *id == "a-mental-health")
        .unwrap();
    let first_plain = ranked(&list).iter().position(|p| !p.raised).unwrap();
    assert!(
        mh < first_plain,
        "mental health at {mh}, every-visit from {first_plain}"
    );
}

const PARTNER_CARING: Scenario = Scenario {
    name: "a resident partner who is not the father cares for the baby; mum never alone",
    household: r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Partner"
role = "partner"
caring = true
[[members]]
name = "Baby"
role = "baby"
age_days = 90
"#,
    visits: r#"
[[visits]]
days_ago = 30
seen = ["Mother", "Baby", "Partner"]
sleep_space_seen = true
mother_seen_alone = "no"
[[visits]]
days_ago = 9
seen = ["Mother", "Baby", "Partner"]
sleep_space_seen = true
mother_seen_alone = "not_possible"
"#,
};

#[test]
fn a_partner_not_the_parent_caring_and_the_mother_never_alone_are_put_together() {
    let list = check(&PARTNER_CARING);
    assert!(PARTNER_CARING.holds("partner_not_parent_caring"));
    assert!(PARTNER_CARING.holds("mother_not_seen_alone"));
    assert_eq!(top(&list)[0], "x-partner-caring-unseen", "{:?}", top(&list));
    assert!(find(&list, "f-mother-alone").is_some());
    assert!(find(&list, "f-agency-checks").is_some());
    let other = find(&list, "f-other-carer").expect("why is he caring for the baby");
    assert!(other.raised);
}

const NOT_BROUGHT_ONCE: Scenario = Scenario {
    name: "one clinic appointment the baby was not brought to",
    household: r#"
[[members]]
name = "Parent"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 200
"#,
    visits: r#"
[[visits]]
days_ago = 40
seen = ["Parent", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
mobility = "crawling"
[[visits]]
days_ago = 10
status = "not_brought"
"#,
};

#[test]
fn a_visit_recorded_not_brought_raises_was_not_brought_without_a_tick() {
    let list = check(&NOT_BROUGHT_ONCE);
    let p = find(&list, "c-was-not-brought").expect("raised");
    assert!(
        top(&list).contains(&"c-was-not-brought"),
        "{:?}",
        top(&list)
    );
    assert!(p.reason.contains("Not brought"), "{}", p.reason);
    // Recorded crawling: no bruising check by age alone.
    assert!(find(&list, "b-bruising").is_none());
}

const PREMATURE: Scenario = Scenario {
    name: "born at 30 weeks, 7 months old, nothing recorded about moving",
    household: r#"
[[members]]
name = "Mum"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 213
gestation_weeks = 30
birth_weight_grams = 1500
"#,
    visits: "",
};

#[test]
fn a_premature_baby_is_judged_by_corrected_age_and_prematurity_is_worked_out() {
    let list = check(&PREMATURE);
    assert!(PREMATURE.holds("premature"));
    assert!(PREMATURE.holds("low_birth_weight"));
    // 7 months less 10 weeks early: under 6 months corrected, taken as not mobile.
    assert!(PREMATURE.holds("non_mobile_baby"));
    assert!(!PREMATURE.holds("mobility_not_known"));
    let ss = find(&list, "ss-premature").expect("never share a bed: born early");
    assert!(ss.reason.contains("born at 30 weeks"), "{}", ss.reason);
}

const TWINS: Scenario = Scenario {
    name: "twins, nothing ticked",
    household: r#"
[[members]]
name = "Mum"
role = "mother"
[[members]]
name = "Twin one"
role = "baby"
age_days = 40
[[members]]
name = "Twin two"
role = "baby"
age_days = 40
"#,
    visits: "",
};

#[test]
fn twins_are_worked_out_from_their_dates_of_birth() {
    let list = check(&TWINS);
    assert!(TWINS.holds("multiple_birth"));
    assert!(find(&list, "e-twins-sleep").is_some());
}

const EARLY_LOSS: Scenario = Scenario {
    name: "a newborn who lost 12% of the birth weight",
    household: r#"
[[members]]
name = "Mum"
role = "mother"
[[members]]
name = "Newborn"
role = "baby"
age_days = 9
birth_weight_grams = 3500
"#,
    visits: r#"
[[visits]]
days_ago = 3
seen = ["Mum", "Newborn"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Newborn"
weight_grams = 3080
"#,
};

#[test]
fn early_weight_loss_of_a_tenth_raises_faltering_growth() {
    let list = check(&EARLY_LOSS);
    assert!(EARLY_LOSS.holds("faltering_growth"));
    let p = find(&list, "c-weight-growth").unwrap();
    assert!(p.raised);
    assert!(
        p.reason.contains("lost 12% of the birth weight"),
        "{}",
        p.reason
    );
}

const BELOW_SECOND: Scenario = Scenario {
    name: "a weight plotted below the 2nd centile, no birth weight on record",
    household: r#"
[[members]]
name = "Carer"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 150
"#,
    visits: r#"
[[visits]]
days_ago = 2
seen = ["Carer", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
weight_grams = 5100
centile = "0.4"
mobility = "rolling"
"#,
};

#[test]
fn a_weight_below_the_2nd_centile_is_faltering_growth_whatever_the_birth_weight() {
    check(&BELOW_SECOND);
    assert!(BELOW_SECOND.holds("faltering_growth"));
}

const NEW_ADULT_HISTORY: Scenario = Scenario {
    name: "an adult added since the last visit, and an older child was on a plan",
    household: r#"
flags = ["sibling_child_protection"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Lodger"
role = "other_adult"
added_days_ago = 3
[[members]]
name = "Baby"
role = "baby"
age_days = 120
"#,
    visits: r#"
[[visits]]
days_ago = 12
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn a_new_adult_where_a_sibling_was_on_a_plan_asks_for_checks_before_the_next_visit() {
    let list = check(&NEW_ADULT_HISTORY);
    assert!(NEW_ADULT_HISTORY.holds("new_adult"));
    assert_eq!(top(&list)[0], "x-new-adult-and-history", "{:?}", top(&list));
    assert!(find(&list, "f-new-adult").is_some());
}

const CARER_UNSEEN: Scenario = Scenario {
    name: "a grandfather who looks after the baby, never in when the visitor comes",
    household: r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Grandad"
role = "grandparent"
caring = true
[[members]]
name = "Baby"
role = "baby"
age_days = 160
"#,
    visits: r#"
[[visits]]
days_ago = 60
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits]]
days_ago = 35
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits]]
days_ago = 7
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn a_carer_not_seen_at_three_visits_leads_to_a_plan_to_meet_them() {
    let list = check(&CARER_UNSEEN);
    assert!(CARER_UNSEEN.holds("carer_not_seen_3_visits"));
    assert!(
        top(&list).contains(&"x-carer-never-seen"),
        "{:?}",
        top(&list)
    );
    assert!(find(&list, "f-meet-unseen-adult").is_some());
}

const BED_SHARING_DRINK: Scenario = Scenario {
    name: "bed-sharing and drinking at weekends",
    household: r#"
flags = ["bed_sharing", "alcohol_any"]
[[members]]
name = "Parent"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 30
"#,
    visits: "",
};

#[test]
fn bed_sharing_in_a_home_where_it_is_never_safe_is_put_together() {
    let list = check(&BED_SHARING_DRINK);
    assert_eq!(
        top(&list)[0],
        "x-bed-sharing-never-safe",
        "{:?}",
        top(&list)
    );
}

const MISSED_WITH_HISTORY: Scenario = Scenario {
    name: "no access twice this quarter, earlier concerns",
    household: r#"
flags = ["previous_concerns"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 240
"#,
    visits: r#"
[[visits]]
days_ago = 70
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
mobility = "crawling"
[[visits]]
days_ago = 40
status = "no_access"
[[visits]]
days_ago = 12
status = "no_access"
"#,
};

#[test]
fn missed_visits_with_earlier_concerns_go_to_the_safeguarding_lead() {
    let list = check(&MISSED_WITH_HISTORY);
    assert!(MISSED_WITH_HISTORY.holds("visits_missed_3m"));
    assert!(
        top(&list).contains(&"x-missed-visits-and-history"),
        "{:?}",
        top(&list)
    );
}

const OLDER_NOTHING_RECORDED: Scenario = Scenario {
    name: "an 8-month-old whose mobility was never recorded",
    household: r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = 245
"#,
    visits: r#"
[[visits]]
days_ago = 30
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn an_older_baby_is_never_taken_to_be_mobile_by_age_alone() {
    let list = check(&OLDER_NOTHING_RECORDED);
    assert!(OLDER_NOTHING_RECORDED.holds("mobility_not_known"));
    assert!(find(&list, "b-bruising").is_some());
    assert!(find(&list, "b-mobility").is_some());
}

#[test]
fn an_ordinary_family_with_nothing_raised_leads_with_every_visit_questions_only() {
    let plain = Scenario {
        name: "a family with nothing of note, recorded walking",
        household: r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Father"
role = "father"
[[members]]
name = "Baby"
role = "baby"
age_days = 400
"#,
        visits: r#"
[[visits]]
days_ago = 30
seen = ["Mother", "Father", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
mobility = "walking"
"#,
    };
    let list = check(&plain);
    assert!(list.prompts().all(|p| !p.combination));
    assert!(find(&list, "b-bruising").is_none());
}

#[test]
fn the_preview_files_of_before_still_read() {
    let household = include_str!("../content/examples/household.toml");
    let visits = include_str!("../content/examples/visits.toml");
    let p = preview(
        content(),
        LocalPack::example(),
        ("household.toml", household),
        Some(("visits.toml", visits)),
        today(),
    )
    .unwrap();
    assert!(p.prompts.total > 0);
}

/// What a health visitor who had not read the code expected (tests/fixtures/blind_families).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// Why they expected it, in their words: shown when it does not hold.
    why: String,
    first: Option<String>,
    #[serde(default)]
    top3_includes: Vec<String>,
    #[serde(default)]
    listed: Vec<String>,
    #[serde(default)]
    not_listed: Vec<String>,
    #[serde(default)]
    conditions: Vec<String>,
}

#[test]
fn families_written_by_someone_who_had_not_read_the_code_get_what_they_expected() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blind_families");
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 8, "{} families", dirs.len());
    let mut problems = Vec::new();
    for dir in dirs {
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
        let (household, visits) = (read("household.toml"), read("visits.toml"));
        let expect: Expect = toml::from_str(&read("expect.toml")).unwrap();
        let name = dir.file_name().unwrap().to_string_lossy().to_string();
        let s = Scenario {
            name: Box::leak(name.clone().into_boxed_str()),
            household: Box::leak(household.into_boxed_str()),
            visits: Box::leak(visits.into_boxed_str()),
        };
        // An expectation naming what the content does not have would hold by default.
        let content = doorstep::content::Content::embedded();
        let known = |id: &str| {
            content.prompts.iter().any(|p| p.id == id)
                || content.combinations.iter().any(|c| c.id == id)
        };
        for id in expect
            .first
            .iter()
            .chain(&expect.top3_includes)
            .chain(&expect.listed)
            .chain(&expect.not_listed)
        {
            assert!(known(id), "{name}: no prompt or combination {id}");
        }
        for c in &expect.conditions {
            assert!(
                content.conditions.iter().any(|x| &x.id == c),
                "{name}: no condition {c}"
            );
        }
        let list = check(&s);
        let top = top(&list);
        let all: Vec<&str> = list.prompts().map(|p| p.id.as_str()).collect();
        let before = problems.len();
        if let Some(first) = &expect.first
            && top.first() != Some(&first.as_str())
        {
            problems.push(format!("{name}: first {:?}, expected {first}", top.first()));
        }
        for id in &expect.top3_includes {
            if !top.contains(&id.as_str()) {
                problems.push(format!("{name}: {id} not in the top three {top:?}"));
            }
        }
        for id in &expect.listed {
            if !all.contains(&id.as_str()) {
                problems.push(format!("{name}: {id} not listed"));
            }
        }
        for id in &expect.not_listed {
            if all.contains(&id.as_str()) {
                problems.push(format!("{name}: {id} listed"));
            }
        }
        for c in &expect.conditions {
            if !s.holds(c) {
                problems.push(format!("{name}: {c} does not hold"));
            }
        }
        if problems.len() > before {
            problems.push(format!("  ({name} expected it because: {})", expect.why));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------- Content 3 (issue 35)
// Written for the issue's items 1-5: each family is one a health visitor meets, and each test
// says what the practitioner must be led to do.

const PARTNER_NOT_FATHER: Scenario = Scenario {
    name: "the mother's partner, not the baby's father, minds the baby while she works",
    household: r#"
[[members]]
name = "Mam"
role = "mother"
[[members]]
name = "Her partner"
role = "partner"
lives_here = true
caring = true
[[members]]
name = "Father"
role = "father"
lives_here = false
[[members]]
name = "Baby"
role = "baby"
age_days = 75
"#,
    visits: r#"
[[visits]]
days_ago = 20
seen = ["Mam", "Her partner", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[visits.answers]
"f-agency-checks" = "not_known"
"#,
};

#[test]
fn a_partner_who_is_not_the_father_and_cares_for_the_baby_is_found_out_about_and_met() {
    let list = check(&PARTNER_NOT_FATHER);
    assert!(PARTNER_NOT_FATHER.holds("partner_not_parent_caring"));
    // What the practitioner is led to: meet him, his details for agency checks, his history
    // with children, why he cares for the baby, how he copes with crying.
    let p = find(&list, "f-partner-not-parent").expect("f-partner-not-parent");
    assert!(p.raised, "raised by the record, not asked of everyone");
    for words in [
        "date of birth",
        "history with children",
        "alone with the baby",
        "cries",
    ] {
        assert!(p.text.contains(words), "{words}: {}", p.text);
    }
    for id in ["f-agency-checks", "f-other-carer", "b-crying-icon"] {
        assert!(find(&list, id).is_some_and(|p| p.raised), "{id}");
    }
    // A resident partner who is the father raises none of it.
    let father = Scenario {
        name: "the same home, the partner recorded as the father",
        household: r#"
[[members]]
name = "Mam"
role = "mother"
[[members]]
name = "Dad"
role = "father"
lives_here = true
caring = true
[[members]]
name = "Baby"
role = "baby"
age_days = 75
"#,
        visits: PARTNER_NOT_FATHER
            .visits
            .replace("Her partner", "Dad")
            .leak(),
    };
    let list = check(&father);
    assert!(!father.holds("partner_not_parent_caring"));
    assert!(find(&list, "f-partner-not-parent").is_none());
}

const LOW_MOOD: Scenario = Scenario {
    name: "a mother on antidepressants, a partner who says he is fine",
    household: r#"
flags = ["parental_mental_health"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Father"
role = "father"
lives_here = true
[[members]]
name = "Baby"
role = "baby"
age_days = 40
"#,
    visits: r#"
[[visits]]
days_ago = 14
seen = ["Mother", "Father", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn a_parent_with_mental_ill_health_is_asked_the_red_flags_first_and_the_card_says_act_today() {
    let list = check(&LOW_MOOD);
    // The red flags are among the first three, above everything asked of every family.
    assert!(
        top(&list).contains(&"a-mental-health-red-flags"),
        "{:?}",
        top(&list)
    );
    let p = find(&list, "a-mental-health-red-flags").unwrap();
    for words in [
        "violent self-harm",
        "ending their life",
        "harming the baby",
        "marked change",
        "escalation card",
    ] {
        assert!(p.text.contains(words), "{words}: {}", p.text);
    }
    // Every family: mood and anxiety (Whooley and GAD-2), of both parents.
    let mood = find(&list, "a-mood").unwrap();
    for words in [
        "each parent",
        "down, depressed or hopeless",
        "nervous, anxious or on edge",
        "stop or control worrying",
    ] {
        assert!(mood.text.contains(words), "{words}: {}", mood.text);
    }
    // The escalation card has the same-day step, with its urgent contact and the GP.
    let p = preview(
        content(),
        LocalPack::example(),
        ("household.toml", LOW_MOOD.household),
        Some(("visits.toml", LOW_MOOD.visits)),
        today(),
    )
    .unwrap();
    let step = p
        .escalation
        .steps
        .iter()
        .find(|s| s.id == "parent-mental-health")
        .expect("the mental-health step");
    assert!(
        step.text.contains("today") && step.text.contains("urgent assessment"),
        "{}",
        step.text
    );
    assert!(step.contacts.iter().any(|c| c.id == "mental-health-urgent"));
    // It comes before the steps for a referral and for "not sure".
    let at = |id: &str| p.escalation.steps.iter().position(|s| s.id == id).unwrap();
    assert!(at("parent-mental-health") < at("refer-today"));
    assert!(at("parent-mental-health") < at("discuss"));
}

const SISTER_HAS_A_WORKER: Scenario = Scenario {
    name: "a half-sister of eight with an allocated social worker",
    household: r#"
flags = ["sibling_child_protection"]
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Sister"
role = "sibling"
age_years = 8
[[members]]
name = "Baby"
role = "baby"
age_days = 30
"#,
    visits: r#"
[[visits]]
days_ago = 10
seen = ["Mother", "Baby", "Sister"]
older_children_spoken_to = true
sleep_space_seen = true
mother_seen_alone = "yes"
"#,
};

#[test]
fn another_child_with_a_social_worker_leads_to_talking_to_that_worker() {
    let list = check(&SISTER_HAS_A_WORKER);
    let label = content()
        .conditions
        .iter()
        .find(|c| c.id == "sibling_child_protection")
        .unwrap();
    assert!(label.label.contains("social worker"), "{}", label.label);
    assert!(
        label.label.contains("child protection register"),
        "{}",
        label.label
    );
    let p = find(&list, "b-sibling-plan").expect("b-sibling-plan");
    assert!(p.raised);
    assert!(p.text.contains("Talk to that worker"), "{}", p.text);
    // The fresh-start question comes with it.
    assert!(find(&list, "d-fresh-start").is_some());
}

fn baby_at(age_days: u32, mobility: &str) -> Scenario {
    Scenario {
        name: "a baby whose mobility is recorded",
        household: format!(
            r#"
[[members]]
name = "Mother"
role = "mother"
[[members]]
name = "Baby"
role = "baby"
age_days = {age_days}
"#
        )
        .leak(),
        visits: format!(
            r#"
[[visits]]
days_ago = 3
seen = ["Mother", "Baby"]
sleep_space_seen = true
mother_seen_alone = "yes"
[[visits.baby]]
name = "Baby"
mobility = "{mobility}"
"#
        )
        .leak(),
    }
}

#[test]
fn the_bruising_check_goes_by_what_the_baby_can_do_and_no_explanation_changes_the_referral() {
    // Nine months and not yet rolling: the check stands, whatever the age.
    let late = baby_at(270, "not_yet_rolling");
    let list = check(&late);
    assert!(late.holds("non_mobile_baby"));
    let p = find(&list, "b-bruising").expect("b-bruising at 9 months, not mobile");
    assert!(
        p.text.contains("do not decide yourself that it is enough"),
        "{}",
        p.text
    );
    // Five months and already crawling: a mobile baby is not held to the non-mobile check.
    let early = baby_at(150, "crawling");
    let list = check(&early);
    assert!(!early.holds("non_mobile_baby"));
    assert!(find(&list, "b-bruising").is_none());
    // Rolling over is not mobility.
    let rolling = baby_at(200, "rolling");
    assert!(rolling.holds("non_mobile_baby"));
    // The card's step says the same of an explanation.
    let step = content()
        .escalation
        .steps
        .iter()
        .find(|s| s.id == "injury-non-mobile")
        .unwrap();
    assert!(
        step.text
            .contains("do not decide yourself that it is enough"),
        "{}",
        step.text
    );
}

#[test]
fn escalation_follows_up_a_referral_and_a_team_in_wales_gets_wales_procedures() {
    let c = content();
    let england = doorstep::cards::escalation_card(c, LocalPack::example());
    let step = |card: &doorstep::cards::EscalationView, id: &str| {
        card.steps
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("{id}"))
            .clone()
    };
    // After the referral: a stated time, what to do when nothing comes or the answer is wrong,
    // and sharing without consent.
    let after = step(&england, "after-referral");
    for words in [
        "one working day",
        "escalation procedure",
        "do not need consent",
    ] {
        assert!(after.text.contains(words), "{words}: {}", after.text);
    }
    assert!(
        after
            .contacts
            .iter()
            .any(|c| c.id == "escalation-procedure")
    );
    assert!(
        after.source.contains("Working together"),
        "{}",
        after.source
    );
    assert!(
        step(&england, "refer-today")
            .heading
            .contains("significant harm")
    );

    // The same card for a team whose local pack says Wales: Wales's terms and sources, the
    // same step ids (the reflection's answers open them), the team's own contacts.
    let text = LocalPack::example_text().replacen("nation = \"england\"", "nation = \"wales\"", 1);
    let wales_pack = LocalPack::parse(&text, c).unwrap();
    let wales = doorstep::cards::escalation_card(c, &wales_pack);
    assert_eq!(
        england.steps.iter().map(|s| &s.id).collect::<Vec<_>>(),
        wales.steps.iter().map(|s| &s.id).collect::<Vec<_>>()
    );
    let refer = step(&wales, "refer-today");
    assert_eq!(refer.heading, "The baby may be a child at risk");
    assert!(refer.text.contains("section 130"), "{}", refer.text);
    assert!(
        refer.source.contains("Wales Safeguarding Procedures"),
        "{}",
        refer.source
    );
    assert!(
        !refer.source.contains("Working together"),
        "{}",
        refer.source
    );
    let after = step(&wales, "after-referral");
    assert!(
        after.text.contains("designated safeguarding person"),
        "{}",
        after.text
    );
    assert!(
        after
            .contacts
            .iter()
            .any(|c| c.id == "escalation-procedure")
    );
    for s in &wales.steps {
        assert!(
            !s.text.contains("significant harm") && !s.source.contains("Working together"),
            "{}: England's terms on a Wales card",
            s.id
        );
    }
}
