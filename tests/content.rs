//! The content packs: the embedded ones are valid, and broken ones are refused with the file and
//! the item named.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use chrono::NaiveDate;
use doorstep::content::{
    Applies, ConditionKind, Content, ContentError, DERIVED_CONDITIONS, LocalPack, Theme,
    embedded_files,
};

/// The embedded files with one of them changed by `edit`.
fn with_edit(file: &str, edit: impl Fn(&str) -> String) -> Result<Content, ContentError> {
    let files: Vec<(&str, String)> = embedded_files()
        .iter()
        .map(|(n, t)| (*n, if *n == file { edit(t) } else { t.to_string() }))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Content::from_files(&refs)
}

fn problems(r: Result<Content, ContentError>) -> Vec<String> {
    match r {
        Ok(_) => panic!("the broken pack was accepted"),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_embedded_packs_are_valid_and_cover_what_the_brief_asks() {
    let c = Content::embedded();
    assert!(c.prompts.len() >= 40, "{} prompts", c.prompts.len());
    let themes: BTreeSet<Theme> = c.prompts.iter().map(|p| p.theme).collect();
    assert_eq!(themes.len(), Theme::ALL.len(), "every theme has prompts");
    // Every prompt and item names sources that sources.toml lists, with everything a reviewer
    // needs to check them.
    let cited = c
        .prompts
        .iter()
        .map(|p| &p.sources)
        .chain(c.safe_sleep.advice.iter().map(|a| &a.sources))
        .chain(c.safe_sleep.risks.iter().map(|r| &r.sources))
        .chain(c.reflection.sections.iter().map(|s| &s.sources))
        .chain(c.escalation.steps.iter().map(|s| &s.sources))
        .chain(
            c.escalation
                .steps
                .iter()
                .filter_map(|s| s.wales.as_ref().map(|w| &w.sources)),
        )
        .chain(c.conditions.iter().map(|k| &k.sources));
    for ids in cited {
        assert!(!ids.is_empty());
        for id in ids {
            let s = c.source(id).unwrap_or_else(|| panic!("{id}"));
            assert!(s.url.starts_with("https://"), "{id}");
            assert!(!s.publisher.is_empty() && !s.title.is_empty(), "{id}");
        }
    }
    // Every source is cited by something.
    for id in c.sources.keys() {
        assert!(!c.citing(id).is_empty(), "{id} is cited by nothing");
    }
    // The reflection template's sections, in order.
    let sections: Vec<&str> = c
        .reflection
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        sections,
        [
            "seen-heard",
            "babys-day",
            "who-was-there",
            "older-children",
            "safe-sleep",
            "worries",
            "over-optimism",
            "working-well",
            "judgement",
            "actions",
            "core-group",
            "team-learning",
            "supervision"
        ]
    );
    // The reflection ends in a decision: the judgement and the escalation are asked.
    let choice = |id: &str| c.reflection.choice(id).expect(id);
    assert_eq!(
        choice("safe-tonight").question,
        "Is this baby safe tonight?"
    );
    // Each answer that is not "safe" or "no escalation" opens the escalation card at its step
    // (and so asks for an action); the queue's urgency follows the issue's order.
    let opens = |q: &str| -> Vec<(&str, Option<&str>, u8)> {
        choice(q)
            .options
            .iter()
            .map(|o| (o.id.as_str(), o.step.as_deref(), o.urgency))
            .collect()
    };
    assert_eq!(
        opens("safe-tonight"),
        [
            ("yes", None, 0),
            ("no", Some("refer-today"), 2),
            ("not-sure", Some("discuss"), 2)
        ]
    );
    assert_eq!(
        opens("decision"),
        [
            ("none", None, 0),
            ("lead", Some("discuss"), 0),
            ("referral", Some("refer-today"), 3),
            ("emergency", Some("immediate-danger"), 4)
        ]
    );
    assert_eq!(
        c.reflection
            .sections
            .iter()
            .filter(|s| s.actions)
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        ["actions"]
    );
    assert_eq!(c.reflection.urgency(Some("yes"), Some("emergency")), 4);
    assert_eq!(c.reflection.urgency(Some("not-sure"), Some("none")), 2);
    assert_eq!(c.reflection.urgency(Some("yes"), Some("lead")), 0);
    assert_eq!(c.reflection.urgency(None, Some("made-up")), 0);
    // The risk messages each have a condition.
    for id in [
        "alcohol",
        "drugs",
        "medication",
        "smoking",
        "tired",
        "premature-low-weight",
        "bed-sharing-safer",
        "twins",
        "car-seat",
        "sling",
        "room-temperature",
        "out-of-routine",
    ] {
        let r = c.safe_sleep.risks.iter().find(|r| r.id == id).expect(id);
        assert!(
            !r.applies.as_ref().expect(id).conditions().is_empty(),
            "{id}"
        );
    }
    // The escalation card goes from 999 to talking it through.
    let steps: Vec<&str> = c.escalation.steps.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        steps,
        [
            "immediate-danger",
            "injury-non-mobile",
            "parent-mental-health",
            "refer-today",
            "after-referral",
            "discuss"
        ]
    );
    assert!(c.escalation.steps[0].text.contains("999"));
    // Topics the brief names appear among the prompts.
    let all_text = c
        .prompts
        .iter()
        .map(|p| p.text.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for topic in [
        "who lives here",
        "father",
        "older children",
        "baby's day",
        "not brought",
        "weigh",
        "cannabis",
        "fresh start",
        "icon",
        "money",
        "interpreter",
        "graded care profile",
        "methadone",
        "t.i.c.k.s.",
    ] {
        assert!(all_text.contains(topic), "no prompt about {topic:?}");
    }
}

#[test]
fn the_hash_changes_with_any_byte_and_the_stamp_carries_it() {
    let c = Content::embedded();
    assert_eq!(c.hash.len(), 64);
    let edited = with_edit("prompts.toml", |t| {
        t.replacen("Who lives here now?", "Who lives here now ?", 1)
    })
    .unwrap();
    assert_ne!(edited.hash, c.hash);
    assert!(c.stamp().starts_with(&c.version));
    assert!(c.stamp().ends_with(&c.hash[..12]));
    // Same bytes, same hash.
    assert_eq!(
        with_edit("prompts.toml", str::to_string).unwrap().hash,
        c.hash
    );
}

#[test]
fn every_derived_condition_is_declared_and_every_flag_is_settable() {
    let c = Content::embedded();
    for d in DERIVED_CONDITIONS {
        let cond = c.condition(d).expect(d);
        assert_eq!(cond.kind, ConditionKind::Derived);
    }
    // Settable: every flag is offered as a tick box under its group on the family form (what
    // the form is built from), and only flags are.
    let groups = c.flag_groups();
    let offered: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.flags.iter().map(|f| f.id.as_str()))
        .collect();
    let flags: Vec<&str> = c.flags().map(|f| f.id.as_str()).collect();
    assert_eq!(offered.len(), flags.len(), "{offered:?}");
    for f in &flags {
        assert!(offered.contains(f), "{f} is not offered on the form");
    }
    for d in DERIVED_CONDITIONS {
        assert!(!offered.contains(&d), "{d} is worked out, not ticked");
    }
    // A flag without a group could not be shown under one: the check refuses it (issue 37:
    // this used to ask `is_flag` of the flags, which cannot fail).
    let p = problems(with_edit("conditions.toml", |t| {
        t.replacen("group = \"The baby\"\n", "", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("conditions.toml: condition \"")
                && l.contains("a flag needs a group to be shown under")),
        "{p:?}"
    );
}

#[test]
fn a_duplicate_prompt_id_names_the_file_and_the_item() {
    let p = problems(with_edit("prompts.toml", |t| {
        t.replacen("id = \"f-who-visits\"", "id = \"f-who-lives-here\"", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("prompts.toml: prompt \"f-who-lives-here\": duplicate id")),
        "{p:?}"
    );
}

#[test]
fn an_unknown_theme_names_the_file_and_the_item() {
    let p = problems(with_edit("prompts.toml", |t| {
        t.replacen(
            "id = \"c-coping\"\ntheme = \"c\"",
            "id = \"c-coping\"\ntheme = \"z\"",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("prompts.toml: prompt \"c-coping\": unknown theme \"z\"")),
        "{p:?}"
    );
}

#[test]
fn an_unknown_condition_names_the_file_and_the_item() {
    let p = problems(with_edit("safe_sleep.toml", |t| {
        t.replacen("any = [\"multiple_birth\"]", "any = [\"multiple_brth\"]", 1)
    }));
    assert!(
        p.iter().any(|l| l
            .starts_with("safe_sleep.toml: risk \"twins\": unknown condition \"multiple_brth\"")),
        "{p:?}"
    );
}

#[test]
fn a_condition_nothing_uses_is_refused() {
    let p = problems(with_edit("conditions.toml", |t| {
        format!(
            "{t}\n[[condition]]\nid = \"orphan\"\nkind = \"flag\"\ngroup = \"The baby\"\nlabel = \"Orphan\"\nsource = \"lullaby-co-sleeping\"\n"
        )
    }));
    assert!(
        p.iter().any(|l| l
            .starts_with("conditions.toml: condition \"orphan\": no prompt or card item uses it")),
        "{p:?}"
    );
}

#[test]
fn a_derived_condition_the_engine_cannot_compute_is_refused() {
    let p = problems(with_edit("conditions.toml", |t| {
        t.replacen(
            "id = \"premature\"\nkind = \"flag\"",
            "id = \"premature\"\nkind = \"derived\"",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.contains("condition \"premature\": the prompt engine cannot work out")),
        "{p:?}"
    );
}

#[test]
fn a_misspelt_field_and_a_missing_when_are_refused() {
    let p = problems(with_edit("prompts.toml", |t| {
        t.replacen(
            "carry_forward = false\npriority = 3\nsource = \"nspcc-infants\"",
            "carry_foward = false\npriority = 3\nsource = \"nspcc-infants\"",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("prompts.toml:") && l.contains("carry_foward")),
        "{p:?}"
    );

    let p = problems(with_edit("prompts.toml", |t| {
        t.replacen(
            "always = true\ncarry_forward = false\npriority = 2\nsources = [\"nice-qs37\"",
            "carry_forward = false\npriority = 2\nsources = [\"nice-qs37\"",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("prompts.toml: prompt \"ss-tonight\": say when it applies")),
        "{p:?}"
    );
}

#[test]
fn a_pack_must_say_who_last_reviewed_it_and_when() {
    let p = problems(with_edit("safe_sleep.toml", |t| {
        let start = t.find("reviewed_by = ").unwrap();
        let end = start + t[start..].find('\n').unwrap() + 1;
        format!("{}{}", &t[..start], &t[end..])
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("safe_sleep.toml: reviewed_by is missing")),
        "{p:?}"
    );
    let p = problems(with_edit("escalation.toml", |t| {
        t.replacen(
            "reviewed_on = 2026-12-07",
            "reviewed_on = 2026-12-07T09:30:00",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("escalation.toml: reviewed_on is missing or not a date")),
        "{p:?}"
    );
    let p = problems(with_edit("escalation.toml", |t| {
        t.replacen("reviewed_on = 2026-12-07", "reviewed_on = \"last week\"", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("escalation.toml:") && l.contains("datetime")),
        "{p:?}"
    );
    // The content's review date is the oldest of the packs'.
    let oldest = with_edit("prompts.toml", |t| {
        t.replacen("reviewed_on = 2026-12-07", "reviewed_on = 2026-06-30", 1)
    })
    .unwrap();
    assert_eq!(
        oldest.reviewed_on,
        chrono::NaiveDate::from_ymd_opt(2026, 6, 30)
    );
}

#[test]
fn an_unknown_source_and_broken_toml_are_refused() {
    let p = problems(with_edit("reflection.toml", |t| {
        t.replacen("source = \"morrison\"", "source = \"nobody\"", 1)
    }));
    assert!(
        p.iter().any(|l| l
            .starts_with("reflection.toml: section \"supervision\": unknown source \"nobody\"")),
        "{p:?}"
    );
    let p = problems(with_edit("safe_sleep.toml", |t| format!("{t}\n[[risks]\n")));
    assert!(
        p.iter()
            .any(|l| l.starts_with("safe_sleep.toml:") && l.contains("line")),
        "{p:?}"
    );
}

#[test]
fn any_alcohol_and_heavy_drinking_both_raise_the_alcohol_message() {
    let c = Content::embedded();
    let r = c
        .safe_sleep
        .risks
        .iter()
        .find(|r| r.id == "alcohol")
        .unwrap();
    assert_eq!(
        r.applies,
        Some(Applies::Any(vec![
            "alcohol_any".to_string(),
            "alcohol_use".to_string()
        ]))
    );
    assert!(c.is_flag("alcohol_any") && c.is_flag("alcohol_use"));
}

#[test]
fn a_source_without_a_url_or_a_checked_date_is_refused() {
    let p = problems(with_edit("sources.toml", |t| {
        t.replacen(
            "url = \"https://www.nice.org.uk/guidance/qs37/chapter/quality-statement-5-safer-practices-for-bed-sharing\"\nchecked = 2026-12-02\n",
            "",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("sources.toml: source \"nice-qs37\": missing url, checked")),
        "{p:?}"
    );
    let p = problems(with_edit("sources.toml", |t| {
        t.replacen(
            "url = \"https://www.nice.org.uk/guidance/qs37",
            "url = \"http://www.nice.org.uk/guidance/qs37",
            1,
        )
    }));
    assert!(
        p.iter()
            .any(|l| l.contains("source \"nice-qs37\": url") && l.contains("https://")),
        "{p:?}"
    );
}

#[test]
fn a_source_must_say_how_it_was_read_and_only_its_own_text_counts_as_read_at_the_source() {
    // The first source read at its address is lullaby-twins.
    let at = "read = \"source\"\n";
    let p = problems(with_edit("sources.toml", |t| t.replacen(at, "", 1)));
    assert!(
        p.iter()
            .any(|l| l.starts_with("sources.toml: source \"lullaby-twins\": missing read")),
        "{p:?}"
    );
    let p = problems(with_edit("sources.toml", |t| {
        t.replacen(at, "read = \"copy\"\n", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.contains("source \"lullaby-twins\"") && l.contains("which copy")),
        "{p:?}"
    );
    let p = problems(with_edit("sources.toml", |t| {
        t.replacen(at, "read = \"skimmed\"\n", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.contains("lullaby-twins") && l.contains("read \"skimmed\" is not one of")),
        "{p:?}"
    );
    // A copy is not the source: counted apart, with which copy it was.
    let c = Content::embedded();
    let not_read: Vec<&str> = c
        .not_read_at_the_source()
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    for id in [
        "working-together-2023",
        "nice-cg192",
        "nice-ng194",
        "morrison",
    ] {
        assert!(not_read.contains(&id), "{id}: {not_read:?}");
    }
    assert!(!not_read.contains(&"lullaby-twins"), "{not_read:?}");
    assert!(
        c.sources["nice-cg192"]
            .read
            .describe()
            .contains("Public Health Wales")
    );
    // Read at its address, Working Together leaves the list.
    let edited = with_edit("sources.toml", |t| {
        let at = t.find("id = \"working-together-2023\"").unwrap();
        let read = at + t[at..].find("read = \"copy\"\n").unwrap();
        let copy_end = read + t[read..].find("\nnote = ").unwrap() + 1;
        format!("{}read = \"source\"\n{}", &t[..read], &t[copy_end..])
    })
    .unwrap();
    assert!(
        edited
            .not_read_at_the_source()
            .iter()
            .all(|s| s.id != "working-together-2023")
    );
    assert_eq!(edited.not_read_at_the_source().len(), not_read.len() - 1);
}

#[test]
fn a_check_over_a_year_old_is_a_warning_not_an_error() {
    let c = Content::embedded();
    let newest = c.sources.values().map(|s| s.checked).max().unwrap();
    assert!(c.stale_sources(newest).is_empty());
    let later = newest + chrono::Duration::days(400);
    assert_eq!(c.stale_sources(later).len(), c.sources.len());
    let edited = with_edit("sources.toml", |t| {
        t.replacen("checked = 2026-12-02", "checked = 2024-01-15", 1)
    })
    .expect("an old check still loads");
    let stale: Vec<&str> = edited
        .stale_sources(NaiveDate::from_ymd_opt(2026, 12, 2).unwrap())
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(stale.len(), 1, "{stale:?}");
}

#[test]
fn welsh_text_is_accepted_counted_and_checked() {
    let c = Content::embedded();
    let before = c
        .translation
        .iter()
        .find(|t| t.file == "prompts.toml")
        .unwrap()
        .clone();
    assert!(before.fields > 50);
    let edited = with_edit("prompts.toml", |t| {
        t.replacen(
            "always = true\ncarry_forward = true\npriority = 2\nsource = \"nspcc-infants\"",
            "cy.text = \"Pwy sy'n byw yma nawr?\"\nalways = true\ncarry_forward = true\npriority = 2\nsource = \"nspcc-infants\"",
            1,
        )
    })
    .unwrap();
    let after = edited
        .translation
        .iter()
        .find(|t| t.file == "prompts.toml")
        .unwrap();
    assert_eq!(after.translated, before.translated + 1);
    assert_eq!(
        edited.prompt("f-who-lives-here").unwrap().cy["text"],
        "Pwy sy'n byw yma nawr?"
    );
    // Every pack reports, the local pack's texts included in its own check.
    for f in [
        "conditions.toml",
        "prompts.toml",
        "safe_sleep.toml",
        "reflection.toml",
        "escalation.toml",
    ] {
        assert!(c.translation.iter().any(|t| t.file == f), "{f}");
    }
    // A Welsh field that translates nothing is refused.
    let p = problems(with_edit("safe_sleep.toml", |t| {
        t.replacen(
            "heading = \"On their back\"",
            "heading = \"On their back\"\ncy.prompt = \"Ar eu cefn\"",
            1,
        )
    }));
    assert!(
        p.iter().any(|l| l.starts_with(
            "safe_sleep.toml: advice \"back-to-sleep\": cy.prompt translates nothing"
        )),
        "{p:?}"
    );
}

#[test]
fn welsh_in_a_pack_reaches_what_the_app_shows_beside_the_english() {
    // The card's item carries its Welsh beside the English (the UI shows the Welsh in a Welsh
    // screen and the English, marked, for the fields without).
    let edited = with_edit("safe_sleep.toml", |t| {
        t.replacen(
            "heading = \"On their back\"",
            "heading = \"On their back\"\ncy.heading = \"Ar eu cefn\"",
            1,
        )
    })
    .unwrap();
    let card = doorstep::cards::safe_sleep_card(&edited, None);
    let item = card
        .advice
        .iter()
        .find(|i| i.id == "back-to-sleep")
        .unwrap();
    assert_eq!(item.heading, "On their back");
    assert_eq!(
        item.cy.get("heading").map(String::as_str),
        Some("Ar eu cefn")
    );
    assert_eq!(
        item.cy.get("text"),
        None,
        "no Welsh text: the UI shows the English, marked"
    );

    // A condition's Welsh label goes with the reason a prompt or a risk is shown.
    let edited = with_edit("conditions.toml", |t| {
        t.replacen(
            "label = \"Baby born before 37 weeks\"",
            "label = \"Baby born before 37 weeks\"\ncy.label = \"Babi wedi'i eni cyn 37 wythnos\"",
            1,
        )
    })
    .unwrap();
    let mut h = doorstep::household::Household::new("Synthetic Welsh family");
    h.flags.insert("premature".to_string());
    let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    let list = doorstep::prompt::todays_prompts(&edited, &h, &[], today);
    let label = list
        .prompts()
        .flat_map(|p| &p.why)
        .find(|l| l.text == "Baby born before 37 weeks")
        .unwrap();
    assert_eq!(label.cy.as_deref(), Some("Babi wedi'i eni cyn 37 wythnos"));
}

#[test]
fn the_example_local_pack_is_valid_and_says_it_is_not_set_up() {
    let c = Content::embedded();
    let local = LocalPack::example();
    assert!(!local.set_up);
    for step in &c.escalation.steps {
        for id in &step.contacts {
            let contact = local.contact(id).expect(id);
            // Fictional numbers only (Ofcom's drama range).
            if let Some(phone) = &contact.phone {
                assert!(phone.starts_with("01632 960"), "{id}: {phone}");
            }
        }
    }
    assert!(local.gaps.is_empty(), "{:?}", local.gaps);
    // A team's pack that leaves out a contact the card names (one a new release's step names,
    // say) is still used, so that its numbers stay on the card, and the gap is named (the
    // card shows it; `content check --local` refuses the pack: tests/cli.rs).
    let broken =
        LocalPack::example_text().replacen("id = \"front-door\"", "id = \"front-desk\"", 1);
    let pack = LocalPack::parse(&broken, c).unwrap();
    assert!(pack.contact("front-desk").is_some());
    assert!(
        pack.gaps
            .iter()
            .any(|g| g.contains("no contact \"front-door\", which the escalation card's step \"injury-non-mobile\" names")),
        "{:?}",
        pack.gaps
    );
    // A pack that does not say its nation is England's, and says so.
    let no_nation = LocalPack::example_text().replacen("nation = \"england\"\n", "", 1);
    let pack = LocalPack::parse(&no_nation, c).unwrap();
    assert_eq!(pack.nation, doorstep::content::Nation::England);
    assert!(
        pack.gaps
            .iter()
            .any(|g| g.contains("does not say its nation")),
        "{:?}",
        pack.gaps
    );
    let unknown =
        LocalPack::example_text().replacen("nation = \"england\"", "nation = \"scotland\"", 1);
    let e = LocalPack::parse(&unknown, c).unwrap_err().to_string();
    assert!(
        e.contains("nation = \"scotland\" is not one Doorstep knows"),
        "{e}"
    );
    let letters = LocalPack::example_text().replacen("01632 960001", "call the office", 1);
    let e = LocalPack::parse(&letters, c).unwrap_err().to_string();
    assert!(e.contains("cannot dial"), "{e}");
}

#[test]
fn a_signal_must_rest_on_a_derived_condition_or_a_question_the_template_asks() {
    let p = problems(with_edit("reflection.toml", |t| {
        t.replacen(
            "condition = \"sleep_space_not_seen\"",
            "condition = \"premature\"",
            1,
        )
        .replacen(
            "answers = [\"yes\", \"not-sure\"]",
            "answers = [\"yes\", \"perhaps\"]",
            1,
        )
        .replacen(
            "condition = \"partner_not_seen\"",
            "condition = \"partner_not_seen\"\nchoice = \"hopeful\"",
            1,
        )
    }));
    for want in [
        "reflection.toml: signal \"sleep-space-not-seen\": \"premature\" is not a condition Doorstep works out",
        "reflection.toml: signal \"over-optimism\": \"perhaps\" is not an option of \"hopeful\"",
        "reflection.toml: signal \"partner-not-seen\": say when it holds with either",
    ] {
        assert!(p.iter().any(|l| l.starts_with(want)), "{want} in {p:?}");
    }
}

#[test]
fn a_combination_with_an_unknown_condition_or_that_can_never_apply_is_refused() {
    fn extra(when: &'static str, id: &'static str) -> impl Fn(&str) -> String {
        move |t: &str| {
            format!(
                "{t}\n[[combination]]\nid = \"{id}\"\ntheme = \"c\"\ntext = \"Do something.\"\nwhen = {when}\npriority = 2\nsource = \"nspcc-infants\"\n"
            )
        }
    }
    // A misspelt condition is named.
    let p = problems(with_edit(
        "combinations.toml",
        extra(r#"[["faltering_growht"], ["substance_use"]]"#, "x-typo"),
    ));
    assert!(
        p.iter().any(|l| l.starts_with(
            "combinations.toml: combination \"x-typo\": unknown condition \"faltering_growht\""
        )),
        "{p:?}"
    );
    // A first visit and something only a visit can show never hold together.
    let p = problems(with_edit(
        "combinations.toml",
        extra(r#"[["first_visit"], ["mother_not_seen_alone"]]"#, "x-never"),
    ));
    assert!(
        p.iter().any(
            |l| l.starts_with("combinations.toml: combination \"x-never\": it can never apply")
        ),
        "{p:?}"
    );
    // Another way through the groups makes it reachable: accepted.
    with_edit(
        "combinations.toml",
        extra(
            r#"[["first_visit", "new_partner"], ["mother_not_seen_alone"]]"#,
            "x-reachable",
        ),
    )
    .unwrap();
    // An empty group, an id a prompt already has, a priority out of range.
    let p = problems(with_edit(
        "combinations.toml",
        extra(r#"[["substance_use"], []]"#, "a-mood"),
    ));
    assert!(p.iter().any(|l| l.contains("none empty")), "{p:?}");
    assert!(
        p.iter()
            .any(|l| l.contains("a prompt in prompts.toml has this id")),
        "{p:?}"
    );
    // A flag Doorstep works out must say so, and only those may.
    let p = problems(with_edit("conditions.toml", |t| {
        t.replacen("worked_out = true\n", "", 1)
    }));
    assert!(
        p.iter()
            .any(|l| l.contains("say so with `worked_out = true`")),
        "{p:?}"
    );
}

#[test]
fn a_reflection_answer_that_opens_no_step_of_the_card_or_a_missing_decision_is_refused() {
    // A step the escalation card does not have.
    let p = problems(with_edit("reflection.toml", |t| {
        t.replace(
            "step = \"refer-today\", urgency = 3",
            "step = \"phone-a-friend\", urgency = 3",
        )
    }));
    assert!(
        p.iter().any(|l| l.starts_with(
            "reflection.toml: section \"actions\" option \"referral\": step = \"phone-a-friend\" is not a step"
        )),
        "{p:?}"
    );
    // The decision renamed: the team server could no longer read it, and the action list's
    // section no longer asks it.
    let p = problems(with_edit("reflection.toml", |t| {
        t.replace("id = \"decision\"", "id = \"next\"")
    }));
    assert!(
        p.iter().any(|l| l.contains("no section asks \"decision\"")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|l| l.contains("`actions = true` must ask the \"decision\" question")),
        "{p:?}"
    );
    // An urgency off the scale.
    let p = problems(with_edit("reflection.toml", |t| {
        t.replace("urgency = 4", "urgency = 9")
    }));
    assert!(p.iter().any(|l| l.contains("urgency = 9")), "{p:?}");
}

/// docs/learning.md lists, point by point, the content that serves each learning point and
/// question for teams: every id it names must be one the content has (a prompt or a concern seen
/// together, a reflection section or signal, an escalation step), and every point has one.
#[test]
fn the_learning_map_in_the_docs_names_only_content_that_exists() {
    let c = Content::embedded();
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/learning.md")).unwrap();
    let start = doc
        .find("## Each learning point, and what in the content leads to an action")
        .expect("the map's heading");
    let map = &doc[start..];
    let map = &map[..map[3..].find("\n## ").map_or(map.len(), |i| i + 3)];
    let mut rows = 0;
    for line in map
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        if cells[1] == "Learning point" || cells[1] == "Question for teams" {
            continue;
        }
        rows += 1;
        let served = cells[2];
        let mut named = 0;
        for id in served.split('`').skip(1).step_by(2) {
            named += 1;
            let exists = c.prompts.iter().any(|p| p.id == id)
                || c.combinations.iter().any(|x| x.id == id)
                || c.reflection.sections.iter().any(|s| s.id == id)
                || c.reflection.signals.iter().any(|s| s.id == id)
                || c.escalation.steps.iter().any(|s| s.id == id);
            assert!(
                exists,
                "docs/learning.md names `{id}`, which the content does not have: {line}"
            );
        }
        assert!(
            named > 0 || served.contains("card") || served.contains("prompt list"),
            "{line}"
        );
    }
    assert!(rows >= 30, "{rows} points and questions in the map");
}

/// The Welsh of the packs comes from cy.po, a translator's gettext file: a string is shown only
/// when it is reviewed (not fuzzy) and translates the English as it is now; a draft, or Welsh
/// for English that has changed since, is counted but not shown, and the file round-trips.
#[test]
fn welsh_from_the_po_file_is_shown_only_where_reviewed() {
    let c = Content::embedded();
    let find = |file: &str, item: &str, field: &str| {
        c.strings
            .iter()
            .find(|s| s.file == file && s.item == item && s.field == field)
            .unwrap_or_else(|| panic!("{file} {item} {field}"))
            .clone()
    };
    let title = find("safe_sleep.toml", "card", "title");
    let intro = find("escalation.toml", "card", "intro");
    let step = find("escalation.toml", "step \"immediate-danger\"", "heading");
    let entry = |s: &doorstep::content::ContentString, english: &str, welsh: &str, fuzzy: bool| {
        format!(
            "{}msgctxt {:?}\nmsgid {:?}\nmsgstr {:?}\n\n",
            if fuzzy { "#, fuzzy\n" } else { "" },
            s.context(),
            english,
            welsh
        )
    };
    let po = format!(
        "msgid \"\"\nmsgstr \"\"\n\"Language: cy\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n{}{}{}{}",
        entry(&title, &title.english, "Cysgu'n ddiogel", false),
        entry(
            &intro,
            &intro.english,
            "Gweithredwch ar bryder yr un diwrnod.",
            true
        ),
        // Reviewed, but of English that has since changed.
        entry(
            &step,
            "The baby is in danger",
            "Mae'r babi mewn perygl",
            false
        ),
        "msgctxt \"prompts.toml: prompt \\\"gone\\\": text\"\nmsgid \"A prompt that is gone\"\nmsgstr \"Anogwr sydd wedi mynd\"\n\n",
    );
    let w = with_edit("cy.po", |_| po.clone()).unwrap();
    assert_eq!(
        w.safe_sleep.cy.get("title").map(String::as_str),
        Some("Cysgu'n ddiogel")
    );
    assert!(
        !w.escalation.cy.contains_key("intro"),
        "a draft is not shown"
    );
    let danger = w
        .escalation
        .steps
        .iter()
        .find(|s| s.id == "immediate-danger")
        .unwrap();
    assert!(
        !danger.cy.contains_key("heading"),
        "Welsh of old English is not shown"
    );
    let pack = |f: &str| w.translation.iter().find(|t| t.file == f).unwrap().clone();
    assert_eq!(
        (
            pack("safe_sleep.toml").translated,
            pack("safe_sleep.toml").draft
        ),
        (1, 0)
    );
    assert_eq!(
        (
            pack("escalation.toml").translated,
            pack("escalation.toml").draft
        ),
        (0, 2)
    );
    // Exported for the translator: every string, the changed one marked fuzzy with its Welsh
    // kept, the one that is gone dropped; read back and exported again, nothing changes.
    let out = w.welsh.export(&w.strings, &w.version).unwrap();
    assert_eq!(out.matches("\nmsgctxt ").count(), w.strings.len());
    let at = out.find(&format!("msgctxt {:?}", step.context())).unwrap();
    assert!(
        out[..at].ends_with("#, fuzzy\n"),
        "{}",
        &out[at - 40..at + 80]
    );
    assert!(out.contains("Mae'r babi mewn perygl"));
    assert!(!out.contains("A prompt that is gone"));
    let back = doorstep::content::Catalogue::parse(&out).unwrap();
    assert_eq!(back.export(&w.strings, &w.version).unwrap(), out);
    // The packs' own file round-trips as it is.
    let shipped = embedded_files()
        .iter()
        .find(|(n, _)| *n == "cy.po")
        .unwrap()
        .1;
    assert_eq!(c.welsh.export(&c.strings, &c.version).unwrap(), shipped);
    // A file that is not a PO file, or an entry that does not say what it translates, is
    // refused, naming cy.po.
    let p = problems(with_edit("cy.po", |t| {
        format!("{t}\nmsgid \"Orphan\"\nmsgstr \"Amddifad\"\n")
    }));
    assert!(
        p.iter()
            .any(|l| l.starts_with("cy.po: ") && l.contains("no msgctxt")),
        "{p:?}"
    );
    let p = problems(with_edit("cy.po", |_| "not a po file".to_string()));
    assert!(p.iter().any(|l| l.starts_with("cy.po: ")), "{p:?}");
}
