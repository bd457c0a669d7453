//! Every error the use-cases can give, listed from the error enums themselves (each enum's
//! variants, and the variants of the enums inside them), as the facts the app words them from.
//! The app's catalogue test walks this list: an error added to an enum is in it at once, and the
//! test names it until its words are in both catalogues.

use doorstep_core::facts::{ErrorFacts, Explain};
use strum::IntoEnumIterator;

use crate::anonymise::review::ReviewError;
use crate::household::HouseholdError;
use crate::keys::{KeyError, Weakness};
use crate::reflection::ReflectionError;
use crate::secrets::SecretStoreError;
use crate::store::{StoreError, StoreErrorKind};
use crate::sync::http::{EnrolError, EnrolErrorKind, UrlError};
use crate::sync::plan::TransportError;
use crate::sync::wire::AuthorError;
use crate::visit::VisitError;

use super::session::{SessionError, SessionErrorKind};
use super::settings::{SettingsError, SettingsErrorKind};
use super::sharing::{ShareError, ShareErrorKind};
use super::team::{TeamError, TeamErrorKind};

/// One of each store error, those inside it one of each too.
fn store_errors() -> Vec<StoreError> {
    StoreErrorKind::iter()
        .flat_map(|kind| -> Vec<StoreError> {
            match kind {
                StoreErrorKind::Household => {
                    HouseholdError::iter().map(StoreError::Household).collect()
                }
                StoreErrorKind::Visit => VisitError::iter().map(StoreError::Visit).collect(),
                StoreErrorKind::Reflection => ReflectionError::iter()
                    .map(StoreError::Reflection)
                    .collect(),
                StoreErrorKind::Weak => Weakness::iter().map(StoreError::Weak).collect(),
                StoreErrorKind::BadName => AuthorError::iter()
                    .map(|a| StoreError::BadName {
                        code: a.code(),
                        want: a.to_string(),
                        limit: a.limit(),
                    })
                    .collect(),
                StoreErrorKind::RetentionOutOfRange => {
                    let days = crate::store::retention::RETENTION_DAYS;
                    vec![StoreError::RetentionOutOfRange {
                        min: *days.start(),
                        max: *days.end(),
                    }]
                }
                StoreErrorKind::TryLater => vec![
                    StoreError::TryLater {
                        wait_seconds: 30,
                        tries_left: None,
                    },
                    StoreError::TryLater {
                        wait_seconds: 30,
                        tries_left: Some(3),
                    },
                ],
                StoreErrorKind::WrongWithTriesLeft => vec![
                    StoreError::WrongWithTriesLeft {
                        tries_left: 3,
                        wait_seconds: 0,
                    },
                    StoreError::WrongWithTriesLeft {
                        tries_left: 1,
                        wait_seconds: 30,
                    },
                ],
                StoreErrorKind::NewerSchema => vec![StoreError::NewerSchema {
                    found: 99,
                    supported: 1,
                }],
                StoreErrorKind::Io => vec![StoreError::Io(std::io::Error::other("example"))],
                StoreErrorKind::Sql => vec![StoreError::Sql(rusqlite::Error::InvalidQuery)],
                StoreErrorKind::Key => vec![StoreError::Key(KeyError::Kdf)],
                StoreErrorKind::Keychain => {
                    vec![StoreError::Keychain(SecretStoreError::Unavailable(
                        "example",
                    ))]
                }
                StoreErrorKind::NotDoorstep => vec![StoreError::NotDoorstep("example")],
                StoreErrorKind::Corrupt => vec![StoreError::Corrupt("example")],
                StoreErrorKind::BadRecord => vec![StoreError::BadRecord("example")],
                // The rest carry nothing: one of each.
                StoreErrorKind::NotFound => vec![StoreError::NotFound],
                StoreErrorKind::AlreadyExists => vec![StoreError::AlreadyExists],
                StoreErrorKind::WrongPassphrase => vec![StoreError::WrongPassphrase],
                StoreErrorKind::NoEncryption => vec![StoreError::NoEncryption],
                StoreErrorKind::EmptyPassphrase => vec![StoreError::EmptyPassphrase],
                StoreErrorKind::NoSuchHousehold => vec![StoreError::NoSuchHousehold],
                StoreErrorKind::NoSuchVisit => vec![StoreError::NoSuchVisit],
                StoreErrorKind::NoSuchReflection => vec![StoreError::NoSuchReflection],
                StoreErrorKind::Locked => vec![StoreError::Locked],
                StoreErrorKind::Tampered => vec![StoreError::Tampered],
                StoreErrorKind::OtherDevice => vec![StoreError::OtherDevice],
                StoreErrorKind::Erased => vec![StoreError::Erased],
                StoreErrorKind::Busy => vec![StoreError::Busy],
                StoreErrorKind::Rekeyed => vec![StoreError::Rekeyed],
            }
        })
        .collect()
}

/// The facts of every error the use-cases can give, one of each (and of each error inside it).
pub fn every() -> Vec<ErrorFacts> {
    let mut all: Vec<ErrorFacts> = store_errors().iter().map(Explain::facts).collect();
    // Each enum's own variants (those that wrap a store error are listed above).
    for kind in SessionErrorKind::iter() {
        match kind {
            SessionErrorKind::Store => {}
            SessionErrorKind::LockFirst => all.push(SessionError::LockFirst.facts()),
        }
    }
    for kind in SettingsErrorKind::iter() {
        match kind {
            SettingsErrorKind::Store => {}
            SettingsErrorKind::AutoLockOutOfRange => {
                all.push(SettingsError::AutoLockOutOfRange.facts());
            }
        }
    }
    for kind in ShareErrorKind::iter() {
        match kind {
            ShareErrorKind::Store => {}
            ShareErrorKind::Review => {
                all.extend(ReviewError::iter().map(|r| ShareError::Review(r).facts()));
            }
            ShareErrorKind::Empty => all.push(ShareError::Empty.facts()),
        }
    }
    for kind in TeamErrorKind::iter() {
        if let TeamErrorKind::Enrol = kind {
            for enrol in EnrolErrorKind::iter() {
                let errors: Vec<EnrolError> = match enrol {
                    EnrolErrorKind::Url => UrlError::iter().map(EnrolError::Url).collect(),
                    EnrolErrorKind::BadCode => vec![EnrolError::BadCode],
                    EnrolErrorKind::Transport => {
                        TransportError::iter().map(EnrolError::Transport).collect()
                    }
                };
                all.extend(errors.iter().map(|e| TeamError::Enrol(e.clone()).facts()));
            }
        }
    }
    all.sort_by(|a, b| (a.code, a.detail).cmp(&(b.code, b.detail)));
    all
}
