//! The encrypted store: one SQLCipher file per device, keyed with Argon2id(PIN, salt) bound to
//! the device's own secret where the platform keeps one, with a small header file beside it that
//! holds the salt, the KDF parameters, the protection and a key check value. The folder is the
//! owner's alone (0700, every file 0600); failed unlocks are counted beside the store
//! ([`attempts`]); a change of key is crash-atomic ([`rekey`]).
//!
//! Opening tells apart: no store, wrong passphrase, not a Doorstep database, a corrupt file, a
//! store made on another device and a schema written by a newer version. Nothing identifying is
//! ever logged or put in an error.

pub mod attempts;
mod cases;
mod files;
mod header;
mod households;
pub(crate) mod migrations;
mod outbox;
mod outstanding;
mod reflections;
mod rekey;
pub mod retention;
mod rows;
mod visits;

use std::fs;
use std::path::{Path, PathBuf};

use doorstep_core::facts::{ErrorFacts, number};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use serde::Serialize;

use crate::household::HouseholdError;
use crate::keys::{self, DeviceSecret, KdfParams, Key, KeyError, Weakness};
use crate::reflection::ReflectionError;
use crate::secrets::{NoSecretStore, SecretStore, SecretStoreError};
use crate::visit::VisitError;
use header::{Header, SALT_BYTES};

pub use attempts::{Attempts, LockoutPolicy};
pub use cases::CaseLink;
pub use header::Protection;
pub use households::HouseholdSummary;
pub use migrations::LATEST as SCHEMA_VERSION;
pub use outbox::{
    Ack, OutboxCounts, OutboxState, PulledReply, Queued, Reply, ShareState, SyncConfig,
};
pub use reflections::OpenAction;
pub use rekey::STEPS as REKEY_STEPS;
pub use retention::{ClosedReason, Closure};
pub use visits::PlannedVisit;

/// `PRAGMA application_id` of a Doorstep store: "DSTP".
pub const APPLICATION_ID: i32 = 0x4453_5450;

/// Why the store could not be opened or used.
#[derive(Debug, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(StoreErrorKind), derive(strum::EnumIter))]
pub enum StoreError {
    #[error("no Doorstep data was found here yet")]
    NotFound,
    #[error("Doorstep data already exists here")]
    AlreadyExists,
    #[error("that passphrase or PIN is not right")]
    WrongPassphrase,
    #[error("this is not a Doorstep database ({0})")]
    NotDoorstep(&'static str),
    #[error("the Doorstep database is damaged ({0})")]
    Corrupt(&'static str),
    #[error(
        "this database was written by a newer version of Doorstep (schema {found}; this version reads up to {supported}): update the app"
    )]
    NewerSchema { found: u32, supported: u32 },
    #[error("this build of Doorstep cannot encrypt its database (SQLCipher is missing)")]
    NoEncryption,
    #[error("the passphrase or PIN is empty")]
    EmptyPassphrase,
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Sql(rusqlite::Error),
    #[error(transparent)]
    Key(#[from] KeyError),
    #[error(transparent)]
    Household(#[from] HouseholdError),
    #[error(transparent)]
    Visit(#[from] VisitError),
    #[error(transparent)]
    Reflection(#[from] ReflectionError),
    #[error("that family is not on this device")]
    NoSuchHousehold,
    #[error("that visit is not on this device")]
    NoSuchVisit,
    #[error("that reflection is not on this device")]
    NoSuchReflection,
    #[error("a stored record could not be read ({0})")]
    BadRecord(&'static str),
    #[error("Doorstep is locked")]
    Locked,
    #[error("{0}")]
    Weak(Weakness),
    #[error(
        "the key header asks for more work than this device can do, or less than is safe: it may have been tampered with"
    )]
    Tampered,
    #[error(
        "this data was locked to another device, or this device's keychain was reset: it cannot be opened here"
    )]
    OtherDevice,
    #[error("{0}: the data on this device needs it to open")]
    Keychain(SecretStoreError),
    #[error("too many wrong tries: wait {wait_seconds} seconds before trying again")]
    TryLater {
        wait_seconds: u64,
        tries_left: Option<u32>,
    },
    #[error(
        "that passphrase or PIN is not right ({tries_left} tries left before the data on this device is erased)"
    )]
    WrongWithTriesLeft { tries_left: u32, wait_seconds: u64 },
    #[error("after too many wrong tries, the data on this device has been erased")]
    Erased,
    /// Another process kept the store's lock on its count of tries longer than any try takes.
    #[error("another copy of Doorstep is unlocking this data: close it and try again")]
    Busy,
    #[error(
        "the passphrase or PIN was changed, but the data must be opened again: unlock with the new one"
    )]
    Rekeyed,
    #[error("keep closed families for between {min} and {max} days")]
    RetentionOutOfRange { min: u32, max: u32 },
    /// A practitioner's name that the server would refuse: `code` for the app's catalogue
    /// (`error.invalid.<code>`), `want` in English.
    #[error("give your name as {want}")]
    BadName {
        code: &'static str,
        want: String,
        limit: Option<usize>,
    },
}

impl StoreErrorKind {
    /// A stable machine-readable code for the UI (`error.<code>` in its catalogues).
    pub fn code(self) -> &'static str {
        match self {
            StoreErrorKind::NotFound => "not_found",
            StoreErrorKind::AlreadyExists => "already_exists",
            StoreErrorKind::WrongPassphrase => "wrong_passphrase",
            StoreErrorKind::NotDoorstep => "not_doorstep",
            StoreErrorKind::Corrupt => "corrupt",
            StoreErrorKind::NewerSchema => "newer_schema",
            StoreErrorKind::NoEncryption => "no_encryption",
            StoreErrorKind::EmptyPassphrase => "empty_passphrase",
            StoreErrorKind::Io => "io",
            StoreErrorKind::Sql => "database",
            StoreErrorKind::Key => "key",
            StoreErrorKind::Household | StoreErrorKind::Visit | StoreErrorKind::Reflection => {
                "invalid"
            }
            StoreErrorKind::NoSuchHousehold
            | StoreErrorKind::NoSuchVisit
            | StoreErrorKind::NoSuchReflection => "not_found",
            StoreErrorKind::BadRecord => "corrupt",
            StoreErrorKind::Locked => "locked",
            StoreErrorKind::Weak => "weak_passphrase",
            StoreErrorKind::Tampered => "tampered",
            StoreErrorKind::OtherDevice => "other_device",
            StoreErrorKind::Keychain => "keychain",
            StoreErrorKind::TryLater => "try_later",
            StoreErrorKind::WrongWithTriesLeft => "wrong_passphrase",
            StoreErrorKind::Erased => "erased",
            StoreErrorKind::Busy => "busy",
            StoreErrorKind::Rekeyed => "rekeyed",
            StoreErrorKind::RetentionOutOfRange | StoreErrorKind::BadName => "invalid",
        }
    }
}

impl StoreError {
    /// A stable machine-readable code for the UI.
    pub fn code(&self) -> &'static str {
        StoreErrorKind::from(self).code()
    }
}

impl doorstep_core::facts::Explain for StoreError {
    fn facts(&self) -> ErrorFacts {
        let code = self.code();
        match self {
            StoreError::Household(h) => h.facts(),
            StoreError::Visit(v) => v.facts(),
            StoreError::Reflection(r) => r.facts(),
            StoreError::BadName { code, limit, .. } => {
                ErrorFacts::detail("invalid", code).max(*limit)
            }
            StoreError::RetentionOutOfRange { min, max } => {
                ErrorFacts::detail("invalid", "retention").range(*min as usize, *max as usize)
            }
            StoreError::Weak(w) => w.facts(),
            StoreError::WrongWithTriesLeft {
                tries_left,
                wait_seconds,
            } => ErrorFacts {
                tries_left: Some(*tries_left),
                wait_seconds: (*wait_seconds > 0).then(|| number(*wait_seconds)),
                ..ErrorFacts::code(code)
            },
            StoreError::TryLater {
                wait_seconds,
                tries_left,
            } => ErrorFacts {
                tries_left: *tries_left,
                wait_seconds: Some(number(*wait_seconds)),
                ..ErrorFacts::code(code)
            },
            // The app says what to do; the cause follows for the IT lead.
            StoreError::NotDoorstep(_)
            | StoreError::Corrupt(_)
            | StoreError::BadRecord(_)
            | StoreError::Tampered
            | StoreError::Io(_)
            | StoreError::Sql(_)
            | StoreError::Key(_) => ErrorFacts::code(code).cause(self),
            _ => ErrorFacts::code(code),
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt("a page failed its check"),
            Some(ErrorCode::NotADatabase) => StoreError::Corrupt("the file cannot be decrypted"),
            _ => StoreError::Sql(e),
        }
    }
}

/// The open, unlocked store. Dropping it closes the database and wipes the key.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Whether a store (or the start of one) exists at `path`.
    pub fn exists(path: &Path) -> bool {
        path.exists() || Header::path_for(path).exists()
    }

    /// Creates a new store protected by `passphrase` alone (the command line, tests and
    /// benchmarks). Fails if one exists already. The app uses [`Store::create_on_device`].
    pub fn create(path: &Path, passphrase: &str, params: KdfParams) -> Result<Store, StoreError> {
        Store::create_to(
            path,
            passphrase,
            params,
            migrations::LATEST,
            None,
            &NoSecretStore,
        )
    }

    /// Creates a store migrated only up to `schema`, for tests of migrations.
    #[cfg(feature = "test-support")]
    pub fn create_with_schema(
        path: &Path,
        passphrase: &str,
        params: KdfParams,
        schema: u32,
    ) -> Result<Store, StoreError> {
        Store::create_to(path, passphrase, params, schema, None, &NoSecretStore)
    }

    /// Creates a store bound to this device: a fresh 256-bit secret goes into the device's
    /// secret store and the key needs both it and the passphrase. Where the device has no
    /// secret store, the passphrase must resist an offline attack on its own
    /// ([`keys::check_standalone_strength`]), and the store is protected by it alone.
    /// Returns the store and which protection it has.
    pub fn create_on_device(
        path: &Path,
        passphrase: &str,
        params: KdfParams,
        secrets: &dyn SecretStore,
    ) -> Result<(Store, Protection), StoreError> {
        keys::check_strength(passphrase).map_err(StoreError::Weak)?;
        if Store::exists(path) {
            return Err(StoreError::AlreadyExists);
        }
        let id = hex::encode(keys::random_bytes::<16>()?);
        let secret = DeviceSecret::generate()?;
        let bound = match secrets.put(&id, &secret) {
            // Read it back: a store that accepts a secret but cannot give it back is no store.
            Ok(()) => matches!(secrets.get(&id), Ok(Some(s)) if s.bytes() == secret.bytes()),
            Err(_) => false,
        };
        if !bound {
            let _ = secrets.delete(&id);
            keys::check_standalone_strength(passphrase).map_err(StoreError::Weak)?;
            let store = Store::create(path, passphrase, params)?;
            return Ok((store, Protection::Passphrase));
        }
        match Store::create_to(
            path,
            passphrase,
            params,
            migrations::LATEST,
            Some((&id, &secret)),
            secrets,
        ) {
            Ok(store) => Ok((store, Protection::DeviceSecret { id })),
            Err(e) => {
                let _ = secrets.delete(&id);
                Err(e)
            }
        }
    }

    fn create_to(
        path: &Path,
        passphrase: &str,
        params: KdfParams,
        schema: u32,
        device: Option<(&str, &DeviceSecret)>,
        secrets: &dyn SecretStore,
    ) -> Result<Store, StoreError> {
        if passphrase.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        if path.exists() && fs::metadata(path)?.len() > 0 {
            return Err(StoreError::AlreadyExists);
        }
        files::private_dir(path)?;
        // Leftovers of an earlier attempt that never finished.
        for p in files::all(path) {
            files::remove_if_present(&p)?;
        }
        let salt: [u8; SALT_BYTES] = keys::random_bytes()?;
        let key = keys::store_key(passphrase, &salt, params, device.map(|(_, s)| s))?;
        let protection = match device {
            Some((id, _)) => Protection::DeviceSecret { id: id.to_string() },
            None => Protection::Passphrase,
        };
        Header::new(params, &salt, &key, protection).write(path)?;
        // The count of failed tries is made with the store: one missing later is suspect.
        attempts::Attempts::start(path, secrets)?;
        // The database file is made owner-only before SQLite opens it, so its WAL and
        // shared-memory files (which take the database's permissions) are too.
        drop(files::create_private(path)?);
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        apply_key(&conn, &key)?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        migrations::migrate_to(&mut store.conn, schema.min(migrations::LATEST))?;
        if schema >= 1 {
            store.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('created_by', ?1)",
                [concat!("doorstep ", env!("CARGO_PKG_VERSION"))],
            )?;
        }
        files::secure(path)?;
        Ok(store)
    }

    /// Opens a store protected by the passphrase alone (the command line, tests). A store
    /// bound to a device secret needs [`Store::open_on_device`].
    pub fn open(path: &Path, passphrase: &str) -> Result<Store, StoreError> {
        Store::open_on_device(path, passphrase, &NoSecretStore)
    }

    /// Opens the store with the practitioner's passphrase or PIN and, if the store is bound to
    /// this device, the device secret from `secrets`. Finishes a change of key a crash
    /// interrupted, repairs the files' permissions, and binds a store protected by the
    /// passphrase alone (made before device secrets, or where no secret store answered) to the
    /// device as soon as a secret store is available: from then on a copy of its files cannot
    /// be searched offline for the passphrase.
    pub fn open_on_device(
        path: &Path,
        passphrase: &str,
        secrets: &dyn SecretStore,
    ) -> Result<Store, StoreError> {
        let (key, header) = Store::unlock_key_on_device(path, passphrase, secrets)?;
        let mut store = Store::open_with_key(path, &key)?;
        if header.protection == Protection::Passphrase {
            // Best effort: a device without a secret store keeps the store as it is.
            let _ = store.bind_to_device(passphrase, header.params, secrets);
        }
        Ok(store)
    }

    /// Derives the key for the store at `path` from the passphrase (the slow, deliberate step)
    /// and checks it against the header, without opening the database.
    pub fn unlock_key(path: &Path, passphrase: &str) -> Result<Key, StoreError> {
        Ok(Store::unlock_key_on_device(path, passphrase, &NoSecretStore)?.0)
    }

    fn unlock_key_on_device(
        path: &Path,
        passphrase: &str,
        secrets: &dyn SecretStore,
    ) -> Result<(Key, Header), StoreError> {
        rekey::recover(path)?;
        let header = Header::read(path)?;
        files::secure(path)?;
        if passphrase.is_empty() {
            return Err(StoreError::WrongPassphrase);
        }
        let device = match &header.protection {
            Protection::Passphrase => None,
            Protection::DeviceSecret { id } => match secrets.get(id) {
                Ok(Some(s)) => Some(s),
                Ok(None) => return Err(StoreError::OtherDevice),
                Err(e) => return Err(StoreError::Keychain(e)),
            },
        };
        let (salt, check) = header.salt_and_check()?;
        let key = keys::store_key(passphrase, &salt, header.params, device.as_ref())?;
        if !keys::constant_time_eq(&key.check_value(), &check) {
            return Err(StoreError::WrongPassphrase);
        }
        Ok((key, header))
    }

    /// Checks a passphrase against the store at `path` (the slow derivation) without opening
    /// it: for changing the passphrase, which asks for the current one first.
    pub fn verify_passphrase(
        path: &Path,
        passphrase: &str,
        secrets: &dyn SecretStore,
    ) -> Result<(), StoreError> {
        Store::unlock_key_on_device(path, passphrase, secrets).map(|_| ())
    }

    /// The protection of the store at `path`, from its header.
    pub fn protection(path: &Path) -> Result<Protection, StoreError> {
        Ok(Header::read(path)?.protection)
    }

    /// Opens the store with a key from [`Store::unlock_key`].
    pub fn open_with_key(path: &Path, key: &Key) -> Result<Store, StoreError> {
        match fs::metadata(path) {
            Ok(m) if m.len() == 0 => return Err(StoreError::Corrupt("the database file is empty")),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(StoreError::Corrupt(
                    "the database file is missing beside its header",
                ));
            }
            Err(e) => return Err(e.into()),
        }
        if files::starts_with_plain_sqlite(path)? {
            return Err(StoreError::NotDoorstep("an unencrypted SQLite database"));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        apply_key(&conn, key)?;
        // The key matched the header, so a file that will not decrypt is damaged.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
            r.get::<_, i64>(0)
        })
        .map_err(|e| match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => {
                StoreError::Corrupt("the file cannot be decrypted with the right key")
            }
            _ => StoreError::from(e),
        })?;
        let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if app_id != APPLICATION_ID {
            return Err(StoreError::NotDoorstep("it belongs to another application"));
        }
        let found = migrations::version(&conn)?;
        if found > migrations::LATEST {
            return Err(StoreError::NewerSchema {
                found,
                supported: migrations::LATEST,
            });
        }
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store.configure()?;
        migrations::migrate_to(&mut store.conn, migrations::LATEST)?;
        files::secure(path)?;
        Ok(store)
    }

    fn configure(&mut self) -> Result<(), StoreError> {
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL pages are encrypted like the main file; temp tables stay in memory.
        let mode: String = self
            .conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Corrupt("the journal cannot be switched to WAL"));
        }
        self.conn.execute_batch(
            "PRAGMA foreign_keys = ON;
             PRAGMA synchronous = FULL;
             PRAGMA temp_store = MEMORY;
             PRAGMA secure_delete = ON;
             PRAGMA cache_size = -32768;",
        )?;
        Ok(())
    }

    /// Deletes the store, its header and every file beside it: for "forgot my PIN, start
    /// again". The device secret stays; [`Store::erase`] removes it too.
    pub fn destroy(path: &Path) -> Result<(), StoreError> {
        for p in files::all(path) {
            files::remove_if_present(&p)?;
        }
        files::sync_dir(path);
        Ok(())
    }

    /// Erases the store so that nothing can be read from it: the device secret is removed from
    /// the secret store first (so the files are useless even if not overwritten on the disk),
    /// then the database, WAL, shared-memory, header and attempts files.
    pub fn erase(path: &Path, secrets: &dyn SecretStore) -> Result<(), StoreError> {
        if let Ok(Header {
            protection: Protection::DeviceSecret { id },
            ..
        }) = Header::read(path)
        {
            // Go on even if the keychain cannot be reached: removing the files still helps.
            let _ = secrets.delete(&id);
            let _ = secrets.delete(&attempts::note_id_for(&id));
        }
        Store::destroy(path)
    }

    /// Changes the passphrase, keeping the store's protection (and its device secret).
    /// Crash-atomic: a crash at any point leaves a store that opens with the old passphrase or
    /// the new one ([`rekey`]).
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &str,
        params: KdfParams,
        secrets: &dyn SecretStore,
    ) -> Result<(), StoreError> {
        if new_passphrase.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        let header = Header::read(&self.path)?;
        let device = match &header.protection {
            Protection::Passphrase => None,
            Protection::DeviceSecret { id } => match secrets.get(id) {
                Ok(Some(s)) => Some((id.clone(), s)),
                Ok(None) => return Err(StoreError::OtherDevice),
                Err(e) => return Err(StoreError::Keychain(e)),
            },
        };
        if device.is_none() {
            keys::check_standalone_strength(new_passphrase).map_err(StoreError::Weak)?;
        } else {
            keys::check_strength(new_passphrase).map_err(StoreError::Weak)?;
        }
        self.rekey_to(
            new_passphrase,
            params,
            device.as_ref().map(|(i, s)| (i.as_str(), s)),
        )
    }

    /// Changes the passphrase with no strength rule, for tests that need a particular one.
    #[cfg(feature = "test-support")]
    pub fn change_passphrase_unchecked(
        &mut self,
        new_passphrase: &str,
        params: KdfParams,
    ) -> Result<(), StoreError> {
        self.rekey_to(new_passphrase, params, None)
    }

    /// Upgrades a store protected by the passphrase alone to one bound to this device (same
    /// passphrase). Returns whether it did; a device with no secret store leaves it as it is.
    fn bind_to_device(
        &mut self,
        passphrase: &str,
        params: KdfParams,
        secrets: &dyn SecretStore,
    ) -> Result<bool, StoreError> {
        let id = hex::encode(keys::random_bytes::<16>()?);
        let secret = DeviceSecret::generate()?;
        if secrets.put(&id, &secret).is_err() {
            return Ok(false);
        }
        if !matches!(secrets.get(&id), Ok(Some(s)) if s.bytes() == secret.bytes()) {
            let _ = secrets.delete(&id);
            return Ok(false);
        }
        match self.rekey_to(passphrase, params, Some((&id, &secret))) {
            Ok(()) => Ok(true),
            // Committed: the secret is in use and must stay.
            Err(StoreError::Rekeyed) => Err(StoreError::Rekeyed),
            Err(e) => {
                let _ = secrets.delete(&id);
                Err(e)
            }
        }
    }

    fn rekey_to(
        &mut self,
        passphrase: &str,
        params: KdfParams,
        device: Option<(&str, &DeviceSecret)>,
    ) -> Result<(), StoreError> {
        let salt: [u8; SALT_BYTES] = keys::random_bytes()?;
        let key = keys::store_key(passphrase, &salt, params, device.map(|(_, s)| s))?;
        let protection = match device {
            Some((id, _)) => Protection::DeviceSecret { id: id.to_string() },
            None => Protection::Passphrase,
        };
        let header = Header::new(params, &salt, &key, protection);
        rekey::rekey(&self.path, &mut self.conn, &key, header)?;
        self.configure()?;
        files::secure(&self.path)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        Ok(migrations::version(&self.conn)?)
    }

    /// The SQLCipher version linked in.
    pub fn cipher_version(&self) -> Result<String, StoreError> {
        cipher_version(&self.conn)
    }

    /// SQLite's full integrity check, SQLCipher's page check and the foreign-key check; empty
    /// when all is well. A check that cannot finish is itself reported as a problem.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        for (pragma, ok_line) in [
            ("PRAGMA integrity_check", Some("ok")),
            ("PRAGMA cipher_integrity_check", None),
            ("PRAGMA foreign_key_check", None),
        ] {
            let lines = self.conn.prepare(pragma).and_then(|mut stmt| {
                stmt.query_map([], |r| r.get::<_, Option<String>>(0))?
                    .collect::<rusqlite::Result<Vec<Option<String>>>>()
            });
            match lines {
                Ok(lines) => problems.extend(
                    lines
                        .into_iter()
                        .map(|l| l.unwrap_or_else(|| "a row points at a missing record".into()))
                        .filter(|l| Some(l.as_str()) != ok_line),
                ),
                Err(e) => problems.push(format!("{pragma} could not finish: {e}")),
            }
        }
        Ok(problems)
    }

    /// Writes the WAL back into the main file (on lock and on quit).
    /// Fails if the checkpoint could not finish (another connection was reading).
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        let busy: i64 = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))?;
        if busy != 0 {
            return Err(StoreError::Io(std::io::Error::other(
                "the journal could not be written back: the database is busy",
            )));
        }
        Ok(())
    }

    /// A setting's value.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    /// The database path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The raw connection, for tests of migrations and file contents.
    #[cfg(feature = "test-support")]
    pub fn raw_connection(&self) -> &Connection {
        &self.conn
    }
}

fn cipher_version(conn: &Connection) -> Result<String, StoreError> {
    use rusqlite::OptionalExtension;
    let v: Option<String> = conn
        .query_row("PRAGMA cipher_version", [], |r| r.get(0))
        .optional()?;
    v.filter(|s| !s.is_empty()).ok_or(StoreError::NoEncryption)
}

/// How long a statement waits for another connection's lock before failing.
pub(crate) const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

fn apply_key(conn: &Connection, key: &Key) -> Result<(), StoreError> {
    // Refuse to go on with a plain SQLite build: it would silently write clear text.
    cipher_version(conn)?;
    conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
    let lit = key.sqlcipher_literal();
    let stmt = zeroize::Zeroizing::new(format!("PRAGMA key = \"{}\";", lit.as_str()));
    conn.execute_batch(stmt.as_str())?;
    // SQLCipher's own log ("error decrypting page ...") goes nowhere: not to stderr, where a
    // platform's log collector could pick it up; errors still reach us as results. Set after
    // the key, because SQLCipher sets its default level (warnings to stderr) when first keyed.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    Ok(())
}

/// Reads a JSON column, mapping a bad value to a [`StoreError::BadRecord`] naming the column.
pub(crate) fn json_col<T: serde::de::DeserializeOwned>(
    text: &str,
    column: &'static str,
) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|_| StoreError::BadRecord(column))
}

/// Writes a value as a JSON column.
pub(crate) fn to_json<T: Serialize>(value: &T, column: &'static str) -> Result<String, StoreError> {
    serde_json::to_string(value).map_err(|_| StoreError::BadRecord(column))
}

/// Parses an RFC 3339 timestamp column.
pub(crate) fn time_col(
    text: &str,
    column: &'static str,
) -> Result<chrono::DateTime<chrono::Utc>, StoreError> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|_| StoreError::BadRecord(column))
}

/// Parses a `YYYY-MM-DD` date column.
pub(crate) fn date_col(text: &str, column: &'static str) -> Result<chrono::NaiveDate, StoreError> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| StoreError::BadRecord(column))
}

/// Parses a UUID column.
pub(crate) fn uuid_col(text: &str, column: &'static str) -> Result<uuid::Uuid, StoreError> {
    uuid::Uuid::parse_str(text).map_err(|_| StoreError::BadRecord(column))
}

pub(crate) fn time_str(t: &chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}
