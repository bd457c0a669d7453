//! Every error the app can give has words in both of the UI's catalogues: the code
//! (`error.<code>`), or the code and what exactly is wrong (`error.<code>.<detail>`), with the
//! numbers the words use. The UI falls back to the core's English where a key is missing, so
//! without this check a Welsh screen would quietly show English.

use doorstep::anonymise::review::ReviewError;
use doorstep::household::HouseholdError;
use doorstep::keys::KeyError;
use doorstep::reflection::ReflectionError;
use doorstep::secrets::SecretStoreError;
use doorstep::service::sharing::ShareError;
use doorstep::store::StoreError;
use doorstep::sync::http::{EnrolError, UrlError};
use doorstep::sync::plan::TransportError;
use doorstep::sync::wire::AuthorError;
use doorstep::visit::VisitError;
use doorstep_app::state::AppError;
use serde_json::{Map, Value};

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

fn bad_name(a: AuthorError) -> StoreError {
    StoreError::BadName {
        code: a.code(),
        want: a.to_string(),
        limit: a.limit(),
    }
}

/// Every store error, and every app error that is not one.
fn every_error() -> Vec<AppError> {
    let store = vec![
        StoreError::NotFound,
        StoreError::AlreadyExists,
        StoreError::NotDoorstep("test"),
        StoreError::Corrupt("test"),
        StoreError::NewerSchema {
            found: 99,
            supported: 1,
        },
        StoreError::NoEncryption,
        StoreError::EmptyPassphrase,
        StoreError::Io(std::io::Error::other("test")),
        StoreError::Sql(rusqlite::Error::InvalidQuery),
        StoreError::Key(KeyError::Kdf),
        StoreError::Household(HouseholdError::EmptyDisplayName),
        StoreError::Household(HouseholdError::NameTooLong),
        StoreError::Household(HouseholdError::NotesTooLong),
        StoreError::Household(HouseholdError::EmptyMemberName),
        StoreError::Household(HouseholdError::EmptyAlias),
        StoreError::Household(HouseholdError::UnknownFlag("x".into())),
        StoreError::Household(HouseholdError::DuplicateMember),
        StoreError::Household(HouseholdError::BirthInFuture),
        StoreError::Visit(VisitError::WrongHousehold),
        StoreError::Visit(VisitError::UnknownMember),
        StoreError::Visit(VisitError::DuplicateAnswer),
        StoreError::Visit(VisitError::NotesTooLong),
        StoreError::Visit(VisitError::UnknownPrompt),
        StoreError::Visit(VisitError::BadTime),
        StoreError::Visit(VisitError::NotPlanned),
        StoreError::Visit(VisitError::PlannedInThePast),
        StoreError::Reflection(ReflectionError::UnknownSection("x".into())),
        StoreError::Reflection(ReflectionError::SectionTooLong),
        StoreError::Reflection(ReflectionError::AlreadyShared),
        StoreError::Reflection(ReflectionError::UnknownChoice("x".into())),
        StoreError::Reflection(ReflectionError::UnknownOption {
            question: "x".into(),
            answer: "y".into(),
        }),
        StoreError::NoSuchHousehold,
        StoreError::NoSuchVisit,
        StoreError::NoSuchReflection,
        StoreError::BadRecord("test"),
        StoreError::Locked,
        StoreError::Tampered,
        StoreError::OtherDevice,
        StoreError::Keychain(SecretStoreError::Unavailable("test")),
        StoreError::TryLater {
            wait_seconds: 30,
            tries_left: None,
        },
        StoreError::WrongWithTriesLeft {
            tries_left: 3,
            wait_seconds: 0,
        },
        StoreError::WrongPassphrase,
        StoreError::Erased,
        StoreError::Rekeyed,
        StoreError::RetentionOutOfRange { min: 7, max: 365 },
        bad_name(AuthorError::TooLong),
        bad_name(AuthorError::Control),
        bad_name(AuthorError::Identifier),
    ];
    let mut all: Vec<AppError> = store.into_iter().map(AppError::from).collect();
    for e in [
        ShareError::Empty,
        ShareError::Review(ReviewError::CannotUndo("NHS number")),
        ShareError::Review(ReviewError::NoSuchRedaction),
        ShareError::Review(ReviewError::BadSelection),
        ShareError::Review(ReviewError::StillIdentifying("phone".into())),
    ] {
        all.push(AppError::from(e));
    }
    for e in [
        EnrolError::Url(UrlError::Invalid),
        EnrolError::Url(UrlError::NotHttps),
        EnrolError::BadCode,
        EnrolError::Transport(TransportError::Offline("no connection".into())),
        EnrolError::Transport(TransportError::Untrusted),
        EnrolError::Transport(TransportError::Server(503)),
        EnrolError::Transport(TransportError::RateLimited(None)),
        EnrolError::Transport(TransportError::Redirected),
    ] {
        let e = AppError::from(e);
        assert!(e.detail.is_some(), "{e:?} is worded by the app");
        all.push(e);
    }
    all.push(AppError::locked());
    all.push(AppError::lock_first());
    all.push(AppError::auto_lock_out_of_range());
    all.push(AppError::new("internal", "That did not finish. Try again."));
    all
}

#[test]
fn every_error_the_app_gives_has_words_in_english_and_welsh() {
    let (en, cy) = (catalogue("en"), catalogue("cy"));
    let mut missing = Vec::new();
    for e in every_error() {
        // A weak passphrase is worded from its weakness (`weak.*`, checked by the UI's tests).
        if e.code == "weak_passphrase" {
            continue;
        }
        let key = match &e.detail {
            Some(d) => format!("error.{}.{d}", e.code),
            None => format!("error.{}", e.code),
        };
        for (lang, cat) in [("en", &en), ("cy", &cy)] {
            match cat.get(&key).and_then(Value::as_str) {
                None => missing.push(format!("{lang}: {key}")),
                Some(words) => {
                    // The numbers the error carries are the ones its words use.
                    for (name, given) in [("min", e.min), ("max", e.max)] {
                        assert_eq!(
                            words.contains(&format!("{{{name}, number}}")),
                            given.is_some(),
                            "{lang}: {key} and {name}"
                        );
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "no words for: {missing:#?}");
}

#[test]
fn every_sync_failure_has_words_in_english_and_welsh_but_a_refusal_keeps_the_servers() {
    let (en, cy) = (catalogue("en"), catalogue("cy"));
    for e in [
        TransportError::Offline("no connection".into()),
        TransportError::Untrusted,
        TransportError::Server(503),
        TransportError::RateLimited(None),
        TransportError::Revoked,
        TransportError::Unauthorized,
        TransportError::UnknownCursor,
        TransportError::TooLarge,
        TransportError::Redirected,
    ] {
        let key = format!("sync.error.{}", e.code());
        assert!(en.contains_key(&key) && cy.contains_key(&key), "{key}");
    }
    // The server says why it refused, in its own words: the sync line shows them.
    let refused = format!(
        "sync.error.{}",
        TransportError::Refused("bad week".into()).code()
    );
    assert!(!en.contains_key(&refused) && !cy.contains_key(&refused));
}

#[test]
fn a_refused_save_says_what_exactly_is_wrong_and_the_limit() {
    let e = AppError::from(StoreError::Visit(VisitError::NotesTooLong));
    assert_eq!(e.code, "invalid");
    assert_eq!(e.detail, Some("visit.notes_too_long"));
    assert_eq!(e.max, Some(20_000));
    let e = AppError::from(StoreError::RetentionOutOfRange { min: 7, max: 365 });
    assert_eq!((e.min, e.max), (Some(7), Some(365)));
    // An error with words of its own needs no detail.
    assert_eq!(AppError::from(StoreError::Tampered).detail, None);
}

/// Does not compile when an error gains a variant: a reminder to add it to the lists above (and
/// its words to the catalogues), then here. (It cannot check the lists themselves.)
#[allow(dead_code)]
fn every_variant_is_in_the_list(
    s: &StoreError,
    h: &HouseholdError,
    v: &VisitError,
    r: &ReflectionError,
    t: &TransportError,
    others: (&ReviewError, &ShareError, &EnrolError, &AuthorError),
) {
    match s {
        StoreError::NotFound
        | StoreError::AlreadyExists
        | StoreError::WrongPassphrase
        | StoreError::NotDoorstep(_)
        | StoreError::Corrupt(_)
        | StoreError::NewerSchema { .. }
        | StoreError::NoEncryption
        | StoreError::EmptyPassphrase
        | StoreError::Io(_)
        | StoreError::Sql(_)
        | StoreError::Key(_)
        | StoreError::Household(_)
        | StoreError::Visit(_)
        | StoreError::Reflection(_)
        | StoreError::NoSuchHousehold
        | StoreError::NoSuchVisit
        | StoreError::NoSuchReflection
        | StoreError::BadRecord(_)
        | StoreError::Locked
        | StoreError::Weak(_)
        | StoreError::Tampered
        | StoreError::OtherDevice
        | StoreError::Keychain(_)
        | StoreError::TryLater { .. }
        | StoreError::WrongWithTriesLeft { .. }
        | StoreError::Erased
        | StoreError::Rekeyed
        | StoreError::RetentionOutOfRange { .. }
        | StoreError::BadName { .. } => {}
    }
    match h {
        HouseholdError::EmptyDisplayName
        | HouseholdError::NameTooLong
        | HouseholdError::NotesTooLong
        | HouseholdError::EmptyMemberName
        | HouseholdError::EmptyAlias
        | HouseholdError::UnknownFlag(_)
        | HouseholdError::DuplicateMember
        | HouseholdError::BirthInFuture => {}
    }
    match v {
        VisitError::WrongHousehold
        | VisitError::UnknownMember
        | VisitError::DuplicateAnswer
        | VisitError::NotesTooLong
        | VisitError::UnknownPrompt
        | VisitError::BadTime
        | VisitError::NotPlanned
        | VisitError::PlannedInThePast => {}
    }
    match r {
        ReflectionError::UnknownSection(_)
        | ReflectionError::SectionTooLong
        | ReflectionError::AlreadyShared
        | ReflectionError::UnknownChoice(_)
        | ReflectionError::UnknownOption { .. } => {}
    }
    match t {
        TransportError::Offline(_)
        | TransportError::Untrusted
        | TransportError::Server(_)
        | TransportError::RateLimited(_)
        | TransportError::Revoked
        | TransportError::Unauthorized
        | TransportError::UnknownCursor
        | TransportError::TooLarge
        | TransportError::Redirected
        | TransportError::Refused(_) => {}
    }
    let (review, share, enrol, author) = others;
    match review {
        ReviewError::CannotUndo(_)
        | ReviewError::NoSuchRedaction
        | ReviewError::BadSelection
        | ReviewError::StillIdentifying(_) => {}
    }
    match share {
        ShareError::Store(_) | ShareError::Review(_) | ShareError::Empty => {}
    }
    match enrol {
        EnrolError::Url(UrlError::Invalid | UrlError::NotHttps)
        | EnrolError::BadCode
        | EnrolError::Transport(_) => {}
    }
    match author {
        AuthorError::TooLong | AuthorError::Control | AuthorError::Identifier => {}
    }
}
