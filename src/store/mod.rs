//! The encrypted store: one SQLCipher file per device, keyed with Argon2id(PIN, salt), with a
//! small header file beside it that holds the salt, the KDF parameters and a key check value.
//!
//! Opening tells apart: no store, wrong passphrase, not a Doorstep database, a corrupt file and a
//! schema written by a newer version. Nothing identifying is ever logged or put in an error.

mod households;
pub(crate) mod migrations;
mod outbox;
mod outstanding;
mod reflections;
mod visits;

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use serde::{Deserialize, Serialize};

use crate::household::HouseholdError;
use crate::keys::{self, KdfParams, Key, KeyError};
use crate::reflection::ReflectionError;
use crate::visit::VisitError;

pub use households::HouseholdSummary;
pub use migrations::LATEST as SCHEMA_VERSION;
pub use outbox::{
    Ack, OutboxCounts, OutboxState, PulledReply, Queued, Reply, ShareState, SyncConfig,
};

/// `PRAGMA application_id` of a Doorstep store: "DSTP".
pub const APPLICATION_ID: i32 = 0x4453_5450;

const HEADER_FORMAT: &str = "doorstep-store-header";
const HEADER_VERSION: u32 = 1;
const SALT_BYTES: usize = 16;
const PLAIN_SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Why the store could not be opened or used.
#[derive(Debug, thiserror::Error)]
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
}

impl StoreError {
    /// A stable machine-readable code for the UI.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotFound => "not_found",
            StoreError::AlreadyExists => "already_exists",
            StoreError::WrongPassphrase => "wrong_passphrase",
            StoreError::NotDoorstep(_) => "not_doorstep",
            StoreError::Corrupt(_) => "corrupt",
            StoreError::NewerSchema { .. } => "newer_schema",
            StoreError::NoEncryption => "no_encryption",
            StoreError::EmptyPassphrase => "empty_passphrase",
            StoreError::Io(_) => "io",
            StoreError::Sql(_) => "database",
            StoreError::Key(_) => "key",
            StoreError::Household(_) | StoreError::Visit(_) | StoreError::Reflection(_) => {
                "invalid"
            }
            StoreError::NoSuchHousehold
            | StoreError::NoSuchVisit
            | StoreError::NoSuchReflection => "not_found",
            StoreError::BadRecord(_) => "corrupt",
            StoreError::Locked => "locked",
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

/// The header file beside the database.
#[derive(Debug, Serialize, Deserialize)]
struct Header {
    format: String,
    version: u32,
    kdf: String,
    params: KdfParams,
    salt: String,
    key_check: String,
}

impl Header {
    fn path_for(db: &Path) -> PathBuf {
        let mut p = db.as_os_str().to_owned();
        p.push(".header");
        PathBuf::from(p)
    }

    fn read(db: &Path) -> Result<(Header, Vec<u8>, Vec<u8>), StoreError> {
        let path = Header::path_for(db);
        let text = match fs::read(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(if db.exists() {
                    if starts_with_plain_sqlite(db)? {
                        StoreError::NotDoorstep("an unencrypted SQLite database")
                    } else {
                        StoreError::NotDoorstep("there is no key header beside it")
                    }
                } else {
                    StoreError::NotFound
                });
            }
            Err(e) => return Err(e.into()),
        };
        let header: Header = serde_json::from_slice(&text)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        if header.format != HEADER_FORMAT || header.kdf != "argon2id" {
            return Err(StoreError::NotDoorstep("the key header is not Doorstep's"));
        }
        if header.version > HEADER_VERSION {
            return Err(StoreError::NewerSchema {
                found: header.version,
                supported: HEADER_VERSION,
            });
        }
        if !header.params.is_sane() {
            return Err(StoreError::Corrupt(
                "the key header's parameters are out of range",
            ));
        }
        let salt = hex::decode(&header.salt)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        let check = hex::decode(&header.key_check)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        if salt.len() < SALT_BYTES || check.len() != 32 {
            return Err(StoreError::Corrupt("the key header cannot be read"));
        }
        Ok((header, salt, check))
    }

    /// Writes the header atomically: a temporary file, synced, renamed over, folder synced.
    fn write(db: &Path, params: KdfParams, salt: &[u8], key: &Key) -> Result<(), StoreError> {
        let header = Header {
            format: HEADER_FORMAT.to_string(),
            version: HEADER_VERSION,
            kdf: "argon2id".to_string(),
            params,
            salt: hex::encode(salt),
            key_check: hex::encode(key.check_value()),
        };
        let path = Header::path_for(db);
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        let tmp = PathBuf::from(tmp);
        let bytes =
            serde_json::to_vec_pretty(&header).map_err(|_| StoreError::BadRecord("header"))?;
        {
            let mut f = File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
        }
        fs::rename(&tmp, &path)?;
        sync_dir(&path);
        Ok(())
    }
}

fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        // Best effort: not every platform lets a folder be opened for syncing.
        if let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        }) {
            let _ = d.sync_all();
        }
    }
}

fn starts_with_plain_sqlite(db: &Path) -> Result<bool, StoreError> {
    let mut buf = [0u8; 16];
    let mut f = File::open(db)?;
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n == 16 && &buf == PLAIN_SQLITE_MAGIC)
}

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
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

    /// Creates a new store, protected by `passphrase`. Fails if one exists already.
    pub fn create(path: &Path, passphrase: &str, params: KdfParams) -> Result<Store, StoreError> {
        Store::create_to(path, passphrase, params, migrations::LATEST)
    }

    /// Creates a store migrated only up to `schema`, for tests of migrations.
    #[cfg(feature = "test-support")]
    pub fn create_with_schema(
        path: &Path,
        passphrase: &str,
        params: KdfParams,
        schema: u32,
    ) -> Result<Store, StoreError> {
        Store::create_to(path, passphrase, params, schema)
    }

    fn create_to(
        path: &Path,
        passphrase: &str,
        params: KdfParams,
        schema: u32,
    ) -> Result<Store, StoreError> {
        if passphrase.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        if path.exists() && fs::metadata(path)?.len() > 0 {
            return Err(StoreError::AlreadyExists);
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            fs::create_dir_all(dir)?;
        }
        // Leftovers of an earlier attempt that never finished.
        for suffix in ["-wal", "-shm", "-journal"] {
            let p = sidecar(path, suffix);
            if p.exists() {
                fs::remove_file(p)?;
            }
        }
        if path.exists() {
            fs::remove_file(path)?;
        }
        let salt: [u8; SALT_BYTES] = keys::random_bytes()?;
        let key = keys::derive_key(passphrase, &salt, params)?;
        Header::write(path, params, &salt, &key)?;
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
        restrict_permissions(path)?;
        Ok(store)
    }

    /// Opens the store with the practitioner's passphrase or PIN.
    pub fn open(path: &Path, passphrase: &str) -> Result<Store, StoreError> {
        let key = Store::unlock_key(path, passphrase)?;
        Store::open_with_key(path, &key)
    }

    /// Derives the key for the store at `path` from the passphrase (the slow, deliberate step)
    /// and checks it against the header, without opening the database.
    pub fn unlock_key(path: &Path, passphrase: &str) -> Result<Key, StoreError> {
        let (header, salt, check) = Header::read(path)?;
        if passphrase.is_empty() {
            return Err(StoreError::WrongPassphrase);
        }
        let key = keys::derive_key(passphrase, &salt, header.params)?;
        if !keys::constant_time_eq(&key.check_value(), &check) {
            return Err(StoreError::WrongPassphrase);
        }
        Ok(key)
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
        if starts_with_plain_sqlite(path)? {
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
        Ok(store)
    }

    fn configure(&mut self) -> Result<(), StoreError> {
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
             PRAGMA busy_timeout = 5000;
             PRAGMA cache_size = -32768;",
        )?;
        Ok(())
    }

    /// Deletes the store and its header: for "forgot my PIN, start again".
    pub fn destroy(path: &Path) -> Result<(), StoreError> {
        for p in [
            path.to_path_buf(),
            sidecar(path, "-wal"),
            sidecar(path, "-shm"),
            sidecar(path, "-journal"),
            Header::path_for(path),
        ] {
            match fs::remove_file(&p) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(())
    }

    /// Changes the passphrase: re-keys the database and writes a new header.
    pub fn change_passphrase(
        &mut self,
        new_passphrase: &str,
        params: KdfParams,
    ) -> Result<(), StoreError> {
        if new_passphrase.is_empty() {
            return Err(StoreError::EmptyPassphrase);
        }
        let salt: [u8; SALT_BYTES] = keys::random_bytes()?;
        let key = keys::derive_key(new_passphrase, &salt, params)?;
        // WAL mode cannot be re-keyed in place: checkpoint, leave WAL, rekey, come back.
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let _: String = self
            .conn
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
        let lit = key.sqlcipher_literal();
        self.conn
            .execute_batch(&format!("PRAGMA rekey = \"{}\";", lit.as_str()))?;
        Header::write(&self.path, params, &salt, &key)?;
        self.configure()
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
    pub fn checkpoint(&self) -> Result<(), StoreError> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
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

fn apply_key(conn: &Connection, key: &Key) -> Result<(), StoreError> {
    // Refuse to go on with a plain SQLite build: it would silently write clear text.
    cipher_version(conn)?;
    let lit = key.sqlcipher_literal();
    let stmt = zeroize::Zeroizing::new(format!("PRAGMA key = \"{}\";", lit.as_str()));
    conn.execute_batch(stmt.as_str())?;
    Ok(())
}

/// Makes a file (and nothing else) readable only by its owner, where the platform allows.
pub fn restrict_permissions(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if path.exists() {
            fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
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
