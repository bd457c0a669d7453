//! Every error the app can give has words in both of the UI's catalogues: the code
//! (`error.<code>`), or the code and what exactly is wrong (`error.<code>.<detail>`), with the
//! numbers the words use; tries left have `error.<code>.left`, a weak passphrase `weak.<why>`.
//! The errors are listed from the error enums themselves (`doorstep::service::errors::every`),
//! so an error added to an enum is checked at once, and this test names it until both
//! catalogues have its words. The catalogue is the only place an error's words are written.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use doorstep::service::errors::every;
use doorstep::service::types::{ErrorFacts, StoreError};
use doorstep::sync::plan::TransportError;
use doorstep::visit::VisitError;
use doorstep_app::error::AppError;
use serde_json::{Map, Value};
use strum::IntoEnumIterator;

fn catalogue(lang: &str) -> Map<String, Value> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ui/src/i18n")
        .join(format!("{lang}.json"));
    let text = std::fs::read_to_string(&path).expect("the catalogue is there");
    match serde_json::from_str(&text).expect("the catalogue is JSON") {
        Value::Object(m) => m,
        _ => panic!("{lang}.json is not an object"),
    }
}

/// Every error: the use-cases' and the app's own.
fn every_error() -> Vec<ErrorFacts> {
    let mut all = every();
    all.push(AppError::internal().0);
    all
}

/// The catalogue key an error is worded from (as `ui/src/lib/words.ts` reads it), and the
/// numbers its words must use.
fn key(e: &ErrorFacts) -> (String, Vec<(&'static str, bool)>) {
    if let Some(w) = e.weakness {
        return (format!("weak.{w}"), vec![]);
    }
    if e.tries_left.is_some() {
        return (format!("error.{}.left", e.code), vec![("count", true)]);
    }
    match e.detail {
        Some(d) => (
            format!("error.{}.{d}", e.code),
            vec![("min", e.min.is_some()), ("max", e.max.is_some())],
        ),
        None => (format!("error.{}", e.code), vec![]),
    }
}

#[test]
fn every_error_the_app_gives_has_words_in_english_and_welsh() {
    let (en, cy) = (catalogue("en"), catalogue("cy"));
    let all = every_error();
    assert!(all.len() > 60, "the errors were listed: {}", all.len());
    let mut missing = Vec::new();
    for e in &all {
        let (key, numbers) = key(e);
        for (lang, cat) in [("en", &en), ("cy", &cy)] {
            match cat.get(&key).and_then(Value::as_str) {
                None => missing.push(format!("{lang}: {key}")),
                Some(words) => {
                    // The numbers the error carries are the ones its words use.
                    for (name, given) in &numbers {
                        let used = words.contains(&format!("{{{name}}}"))
                            || words.contains(&format!("{{{name},"));
                        assert_eq!(used, *given, "{lang}: {key} and {name}");
                    }
                }
            }
        }
    }
    missing.sort();
    missing.dedup();
    assert!(missing.is_empty(), "no words for: {missing:#?}");
}

#[test]
fn the_list_of_errors_comes_from_the_enums() {
    let all = every();
    // Every variant of a nested enum is there, not a sample of them.
    for v in VisitError::iter() {
        assert!(
            all.iter().any(|e| e.detail == Some(v.code())),
            "{v:?} is missing"
        );
    }
    // An error whose cause is technical carries it for the IT lead; one worded whole does not.
    let tampered = all.iter().find(|e| e.code == "tampered").unwrap();
    assert!(tampered.cause.is_some());
    let locked = all.iter().find(|e| e.code == "locked").unwrap();
    assert!(locked.cause.is_none());
}

#[test]
fn every_sync_failure_has_words_in_english_and_welsh_but_a_refusal_keeps_the_servers() {
    let (en, cy) = (catalogue("en"), catalogue("cy"));
    for e in TransportError::iter() {
        let key = format!("sync.error.{}", e.code());
        let refusal = matches!(e, TransportError::Refused(_));
        // The server says why it refused, in its own words: the sync line shows them.
        assert_eq!(
            en.contains_key(&key) && cy.contains_key(&key),
            !refusal,
            "{key}"
        );
    }
}

#[test]
fn a_refused_save_says_what_exactly_is_wrong_and_the_limit() {
    let e = AppError::from(StoreError::Visit(VisitError::NotesTooLong)).0;
    assert_eq!(e.code, "invalid");
    assert_eq!(e.detail, Some("visit.notes_too_long"));
    assert_eq!(e.max, Some(20_000));
    let e = AppError::from(StoreError::RetentionOutOfRange { min: 7, max: 365 }).0;
    assert_eq!((e.min, e.max), (Some(7), Some(365)));
    // An error with words of its own needs no detail.
    assert_eq!(AppError::from(StoreError::Tampered).0.detail, None);
}
