//! The content packs: the embedded ones are valid, and broken ones are refused with the file and
//! the item named.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use doorstep::content::{Applies, ConditionKind, Content, ContentError, Theme, embedded_files};
use doorstep::prompt::DERIVED_CONDITIONS;

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
    // Every prompt and item names a source the packs list.
    for p in &c.prompts {
        assert!(c.source_name(&p.source).is_some(), "{}", p.id);
    }
    for r in &c.safe_sleep.risks {
        assert!(c.source_name(&r.source).is_some(), "{}", r.id);
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
            "worries",
            "working-well",
            "over-optimism",
            "supervision"
        ]
    );
    // The risk messages the brief lists each have a condition.
    for id in [
        "sofa-armchair",
        "bed-sharing-alcohol",
        "bed-sharing-drugs",
        "bed-sharing-medication",
        "bed-sharing-smoking",
        "bed-sharing-tired",
        "premature-low-weight",
        "car-seat-sling",
        "room-temperature",
        "out-of-routine",
    ] {
        let r = c.safe_sleep.risks.iter().find(|r| r.id == id).expect(id);
        assert!(!r.applies.conditions().is_empty(), "{id}");
    }
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
        "income",
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
    for f in c.flags() {
        assert!(c.is_flag(&f.id));
        assert!(f.group.is_some());
    }
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
        t.replacen("any = [\"sofa_sleeping\"]", "any = [\"sofa_sleping\"]", 1)
    }));
    assert!(
        p.iter().any(|l| l.starts_with(
            "safe_sleep.toml: risk \"sofa-armchair\": unknown condition \"sofa_sleping\""
        )),
        "{p:?}"
    );
}

#[test]
fn a_condition_nothing_uses_is_refused() {
    let p = problems(with_edit("conditions.toml", |t| {
        format!(
            "{t}\n[[condition]]\nid = \"orphan\"\nkind = \"flag\"\ngroup = \"The baby\"\nlabel = \"Orphan\"\nsource = \"lullaby\"\n"
        )
    }));
    assert!(
        p.iter().any(|l| l.starts_with(
            "conditions.toml: condition \"orphan\": no prompt or risk message uses it"
        )),
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
            "carry_forward = false\nsource = \"nspcc-infants\"",
            "carry_foward = false\nsource = \"nspcc-infants\"",
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
            "always = true\ncarry_forward = false\nsource = \"unicef-bfi\"",
            "carry_forward = false\nsource = \"unicef-bfi\"",
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
fn bed_sharing_with_alcohol_needs_both_conditions() {
    let c = Content::embedded();
    let r = c
        .safe_sleep
        .risks
        .iter()
        .find(|r| r.id == "bed-sharing-alcohol")
        .unwrap();
    assert_eq!(
        r.applies,
        Applies::All(vec!["bed_sharing".to_string(), "alcohol_use".to_string()])
    );
}
