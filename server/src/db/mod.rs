//! The server's storage: an embedded SQLite file by default, PostgreSQL for teams that run several
//! servers. Both backends implement the same operations with the same meaning; every write is
//! one transaction and is audited.

mod postgres;
mod sqlite;

use serde::Serialize;
use uuid::Uuid;

pub use postgres::Postgres;
pub use sqlite::Sqlite;

/// A storage failure. Messages never hold reflection text or tokens.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database error: {0}")]
    Postgres(#[from] tokio_postgres::Error),
    #[error("the database task failed")]
    Join,
    #[error("{0}")]
    Invalid(String),
    #[error(
        "this database was written by a newer doorstep-server (schema {found}; this version reads up to {supported})"
    )]
    NewerSchema { found: i64, supported: i64 },
}

/// A team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Team {
    pub id: Uuid,
    pub name: String,
    pub created_at: i64,
}

/// An enrolled device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Device {
    pub id: Uuid,
    pub team_id: Uuid,
    pub label: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    pub last_seen_at: Option<i64>,
}

/// A supervisor account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supervisor {
    pub id: Uuid,
    pub team_id: Uuid,
    pub username: String,
    pub password_hash: String,
}

/// A reflection as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredReflection {
    pub seq: i64,
    pub id: Uuid,
    pub team_id: Uuid,
    pub device_id: Uuid,
    pub week: String,
    pub content_version: String,
    pub themes: Vec<String>,
    pub text: String,
    pub body_hash: String,
    pub received_at: i64,
    pub replies: i64,
}

/// A reflection checked and ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReflection {
    pub id: Uuid,
    pub week: String,
    pub content_version: String,
    pub themes: Vec<String>,
    pub text: String,
    pub body_hash: String,
}

/// What happened to one item of a batch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ingested {
    Stored,
    /// Same id, same content: already here.
    Duplicate,
    /// Same id, different content (or another device's id): refused, never overwritten.
    Conflict,
}

/// A supervisor's reply, as the device pulls it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Feedback {
    pub seq: i64,
    pub reflection_id: Uuid,
    pub text: String,
    pub at: i64,
    pub supervisor: String,
}

/// Filters for the supervisor's list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub theme: Option<String>,
    pub week: Option<String>,
    pub limit: i64,
}

/// The storage backend in use.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(Sqlite),
    Postgres(Postgres),
}

/// The schema version both backends write.
pub const SCHEMA_VERSION: i64 = 1;

macro_rules! dispatch {
    ($self:ident, $method:ident ( $($arg:expr),* )) => {
        match $self {
            Db::Sqlite(db) => db.$method($($arg),*).await,
            Db::Postgres(db) => db.$method($($arg),*).await,
        }
    };
}

impl Db {
    /// Opens a database from a `sqlite:PATH` or `postgres://…` address, creating and migrating
    /// the schema as needed.
    pub async fn open(address: &str) -> Result<Db, DbError> {
        if address.starts_with("postgres://") || address.starts_with("postgresql://") {
            Ok(Db::Postgres(Postgres::open(address).await?))
        } else {
            let path = address.strip_prefix("sqlite:").unwrap_or(address);
            Ok(Db::Sqlite(Sqlite::open(std::path::Path::new(path)).await?))
        }
    }

    /// Which backend, for logs.
    pub fn kind(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    /// This database's identity: a random id made when it was created. A device that sees it
    /// change knows it is talking to a different (or a restored) server.
    pub async fn instance_id(&self) -> Result<Uuid, DbError> {
        dispatch!(self, instance_id())
    }

    pub async fn create_team(&self, name: &str, now: i64) -> Result<Team, DbError> {
        dispatch!(self, create_team(name, now))
    }

    /// A team by id or by name.
    pub async fn find_team(&self, id_or_name: &str) -> Result<Option<Team>, DbError> {
        dispatch!(self, find_team(id_or_name))
    }

    pub async fn create_enrol_code(
        &self,
        team: Uuid,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), DbError> {
        dispatch!(self, create_enrol_code(team, code_hash, expires_at, now))
    }

    /// Uses an enrolment code (once, before it expires) to enrol a device. `None` when the code
    /// is unknown, used or expired.
    pub async fn enrol(
        &self,
        code_hash: &str,
        label: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        dispatch!(self, enrol(code_hash, label, token_hash, now))
    }

    /// The device a token belongs to (revoked ones included), noting that it was seen.
    pub async fn device_by_token(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        dispatch!(self, device_by_token(token_hash, now))
    }

    pub async fn list_devices(&self, team: Option<Uuid>) -> Result<Vec<Device>, DbError> {
        dispatch!(self, list_devices(team))
    }

    /// Revokes a device; `false` if there is no such device.
    pub async fn revoke_device(&self, id: Uuid, now: i64) -> Result<bool, DbError> {
        dispatch!(self, revoke_device(id, now))
    }

    /// Stores a batch from one device in one transaction.
    pub async fn ingest(
        &self,
        device: &Device,
        items: Vec<NewReflection>,
        now: i64,
    ) -> Result<Vec<Ingested>, DbError> {
        dispatch!(self, ingest(device, items, now))
    }

    /// Replies to this device's reflections after a cursor, in sequence order, and the newest
    /// sequence number the server has given any reply.
    pub async fn feedback_after(
        &self,
        device: Uuid,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<Feedback>, i64), DbError> {
        dispatch!(self, feedback_after(device, after, limit))
    }

    pub async fn create_supervisor(
        &self,
        team: Uuid,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Uuid, DbError> {
        dispatch!(self, create_supervisor(team, username, password_hash, now))
    }

    pub async fn supervisor_by_username(
        &self,
        username: &str,
    ) -> Result<Option<Supervisor>, DbError> {
        dispatch!(self, supervisor_by_username(username))
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        supervisor: Uuid,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), DbError> {
        dispatch!(
            self,
            create_session(token_hash, supervisor, csrf, expires_at)
        )
    }

    /// The supervisor and CSRF token of a live session.
    pub async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Supervisor, String)>, DbError> {
        dispatch!(self, session(token_hash, now))
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        dispatch!(self, delete_session(token_hash))
    }

    /// A team's reflections, newest first.
    pub async fn list_reflections(
        &self,
        team: Uuid,
        filter: &ListFilter,
    ) -> Result<Vec<StoredReflection>, DbError> {
        dispatch!(self, list_reflections(team, filter))
    }

    /// One of a team's reflections with its replies.
    pub async fn reflection(
        &self,
        team: Uuid,
        id: Uuid,
    ) -> Result<Option<(StoredReflection, Vec<Feedback>)>, DbError> {
        dispatch!(self, reflection(team, id))
    }

    /// A supervisor's reply to one of their team's reflections; `None` if it is not theirs.
    pub async fn add_reply(
        &self,
        supervisor: &Supervisor,
        reflection: Uuid,
        text: &str,
        now: i64,
    ) -> Result<Option<i64>, DbError> {
        dispatch!(self, add_reply(supervisor, reflection, text, now))
    }

    /// Every one of a team's reflections, oldest first (export, theme charts).
    pub async fn all_reflections(&self, team: Uuid) -> Result<Vec<StoredReflection>, DbError> {
        dispatch!(self, all_reflections(team))
    }

    /// Records a write. `detail` never holds reflection text, tokens or passwords.
    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        detail: &str,
        now: i64,
    ) -> Result<(), DbError> {
        dispatch!(self, audit(actor, action, detail, now))
    }

    /// The audit trail, newest first.
    pub async fn audit_log(
        &self,
        limit: i64,
    ) -> Result<Vec<(i64, String, String, String)>, DbError> {
        dispatch!(self, audit_log(limit))
    }
}

pub(crate) fn themes_to_text(themes: &[String]) -> String {
    serde_json::to_string(themes).unwrap_or_else(|_| "[]".to_string())
}

pub(crate) fn themes_from_text(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

pub(crate) fn parse_uuid(s: &str) -> Result<Uuid, DbError> {
    Uuid::parse_str(s).map_err(|_| DbError::Invalid("a stored id is not a UUID".into()))
}
