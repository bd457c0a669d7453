//! The server's storage: an embedded SQLite file by default, PostgreSQL for teams that run several
//! servers. Both implement [`Backend`]; the rules they share are in [`rules`], the way rows are
//! read in `rows`, the schema in versioned migrations per backend (`migrate`, `server/migrations/`).
//! Every write is one transaction and is audited in it.

mod migrate;
mod pg_address;
mod postgres;
mod rows;
pub mod rules;
mod sqlite;

use std::sync::Arc;

use serde::Serialize;
use uuid::Uuid;

pub use migrate::SCHEMA_VERSION;
pub use postgres::{Postgres, count_sql as postgres_count_sql, list_sql as postgres_list_sql};
pub use rules::{
    Actor, AuditAction, AuditEntry, ListOrder, ReflectionState, ReplyChanged, printable,
};
pub use sqlite::Sqlite;

/// A storage failure. Messages never hold reflection text or tokens.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("database error: {0}")]
    Postgres(tokio_postgres::Error),
    /// The database cannot be reached, or did not answer in time: answered 503 with
    /// Retry-After (devices treat it as transient).
    #[error("the database is unavailable")]
    Unavailable,
    #[error("the database task failed")]
    Join,
    #[error("{0}")]
    Invalid(String),
    #[error(
        "this database was written by a newer doorstep-server (schema {found}; this version reads up to {supported})"
    )]
    NewerSchema { found: i64, supported: i64 },
}

/// Whether a PostgreSQL error means the database is unavailable for now rather than the request
/// at fault: the connection has gone; a statement was cancelled by its timeout; the server is
/// shutting down or terminated this connection (57P01–57P03, which a pooled connection meets when
/// it is cut between two requests and the pool has not yet seen it close); or any connection
/// exception (class 08).
fn unavailable(code: Option<&tokio_postgres::error::SqlState>, closed: bool) -> bool {
    use tokio_postgres::error::SqlState;
    closed
        || code.is_some_and(|c| {
            *c == SqlState::QUERY_CANCELED
                || *c == SqlState::ADMIN_SHUTDOWN
                || *c == SqlState::CRASH_SHUTDOWN
                || *c == SqlState::CANNOT_CONNECT_NOW
                || c.code().starts_with("08")
        })
}

impl From<tokio_postgres::Error> for DbError {
    fn from(e: tokio_postgres::Error) -> DbError {
        // An I/O error on the socket (reset by the server) is a connection gone too.
        let io = std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>());
        if unavailable(e.code(), e.is_closed() || io) {
            tracing::warn!(error = %e, "PostgreSQL unavailable");
            DbError::Unavailable
        } else {
            DbError::Postgres(e)
        }
    }
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
    /// The practitioner's name the device last sent with a reflection, if any.
    pub person: Option<String>,
}

/// A supervisor account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supervisor {
    pub id: Uuid,
    pub team_id: Uuid,
    pub username: String,
    pub password_hash: String,
    /// When an admin disabled the account (it cannot log in and has no sessions).
    pub disabled_at: Option<i64>,
    /// The name practitioners see on this supervisor's replies (the username when none).
    pub display_name: Option<String>,
    /// Raised when the supervisor is disabled, enabled or their password is reset: a login
    /// opens a session only under the generation it checked the password against.
    pub credential_gen: i64,
}

/// A supervisor's session as stored; [`rules::session_state`] says whether it is still live.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub supervisor: Supervisor,
    pub csrf: String,
    pub expires_at: i64,
    pub last_seen_at: i64,
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
    /// Where it is in supervision.
    pub state: ReflectionState,
    /// The day it was discussed in supervision (`YYYY-MM-DD`), when it was.
    pub discussed_on: Option<String>,
    /// Who wrote it: the practitioner's name when their device sent one, with the label the
    /// device was enrolled with ("Jo Bloggs (Jo's tablet)"); the label alone otherwise.
    pub author: String,
    /// The content's signals that held for it (ids), `None` when its device did not send them.
    pub signals: Option<Vec<String>>,
    /// The practitioner's judgement (safe tonight: yes, no, not-sure), when sent.
    pub judgement: Option<String>,
    /// The decision (none, lead, referral, emergency), when sent.
    pub decision: Option<String>,
    /// The due dates of its actions not done when shared, when sent.
    pub actions_due: Option<Vec<String>>,
    /// Its place in the queue (4 emergency, 3 referral, 2 not safe or not sure, 0 the rest).
    pub urgency: i64,
    /// The family's case key from the device, when linked.
    pub case_key: Option<String>,
    /// Its place among the case's reflections (1 for the first, by week then arrival); 0
    /// when it is not linked.
    pub case_n: i64,
}

impl StoredReflection {
    /// An emergency, a referral, or not safe or not sure tonight ([`URGENT`] or more).
    ///
    /// [`URGENT`]: doorstep_core::content::URGENT
    pub fn is_urgent(&self) -> bool {
        self.urgency >= i64::from(doorstep_core::content::URGENT)
    }
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
    /// The practitioner's own name, when the device sent one.
    pub author: Option<String>,
    /// The content's signals that held for it (ids), when the device sent them.
    pub signals: Option<Vec<String>>,
    /// The judgement, the decision and the actions' due dates, when the device sent them.
    pub judgement: Option<String>,
    pub decision: Option<String>,
    pub actions_due: Option<Vec<String>>,
    /// Worked out from the judgement and the decision by the content.
    pub urgency: i64,
    /// The family's case key, when the device linked it.
    pub case_key: Option<String>,
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

/// A supervisor's reply, as the device pulls it: its latest version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reply {
    /// This version's sequence number (the devices' cursor).
    pub seq: i64,
    /// The reply's number: its first sequence number, the same for every version of it.
    pub number: i64,
    pub reflection_id: Uuid,
    /// The text (empty once withdrawn).
    pub text: String,
    /// When it was first sent.
    pub at: i64,
    /// When it was last edited, if it was.
    pub edited_at: Option<i64>,
    /// When it was withdrawn, if it was.
    pub withdrawn_at: Option<i64>,
    /// Who wrote it: their display name (the username when none).
    pub supervisor: String,
    /// Who wrote it: their account.
    pub supervisor_id: Uuid,
}

/// Filters for the supervisor's list, its order and the page.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub theme: Option<String>,
    pub week: Option<String>,
    pub state: Option<ReflectionState>,
    /// The device that sent it.
    pub device: Option<Uuid>,
    /// Words to find in the text (full-text search, within the team).
    pub search: Option<String>,
    /// The judgement given (an option id of the content's `safe-tonight`).
    pub judgement: Option<String>,
    /// The decision given (an option id of the content's `decision`).
    pub decision: Option<String>,
    /// Only those at least this urgent ([`doorstep_core::content::URGENT`] for "urgent").
    pub min_urgency: Option<i64>,
    /// Only one case's reflections.
    pub case_key: Option<String>,
    pub order: ListOrder,
    pub limit: i64,
    pub offset: i64,
}

/// A supervisor setting a reflection's state.
#[derive(Debug, Clone)]
pub struct NewState<'a> {
    pub supervisor: &'a Supervisor,
    pub reflection: Uuid,
    pub state: ReflectionState,
    /// `YYYY-MM-DD`, for [`ReflectionState::Discussed`] only.
    pub discussed_on: Option<String>,
}

/// A storage result.
pub type DbResult<T> = Result<T, DbError>;

/// A one-time enrolment code to keep (its hash only).
#[derive(Debug, Clone)]
pub struct NewCode {
    pub team: Uuid,
    pub code_hash: String,
    pub expires_at: i64,
}

/// A device offering a code to enrol.
#[derive(Debug, Clone)]
pub struct Enrolment<'a> {
    pub code_hash: &'a str,
    pub label: &'a str,
    pub token_hash: &'a str,
}

/// A batch of reflections from one device, received at `now`.
#[derive(Debug, Clone)]
pub struct Batch {
    pub items: Vec<NewReflection>,
    pub now: i64,
    /// The device's daily quota of stored text in bytes (`None`: no limit). When the day's
    /// bytes are already at or over it, nothing is stored ([`IngestOutcome::OverQuota`]).
    pub quota_bytes: Option<i64>,
}

/// What `ingest` did with a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestOutcome {
    /// Each item's outcome, in order.
    Judged(Vec<Ingested>),
    /// The device had already had `used` bytes stored today, at or over its quota: nothing
    /// was stored.
    OverQuota { used: i64 },
}

/// A page of replies after a cursor.
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub after: i64,
    pub limit: i64,
}

/// A supervisor account to create.
#[derive(Debug, Clone)]
pub struct NewSupervisor<'a> {
    pub team: Uuid,
    pub username: &'a str,
    pub password_hash: &'a str,
    /// The name practitioners see on replies (optional).
    pub display_name: Option<&'a str>,
}

/// A session for a supervisor who has just logged in.
#[derive(Debug, Clone)]
pub struct NewSession<'a> {
    pub token_hash: &'a str,
    pub supervisor: &'a Supervisor,
    pub csrf: &'a str,
    pub expires_at: i64,
}

/// A supervisor's reply to a reflection.
#[derive(Debug, Clone)]
pub struct NewReply<'a> {
    pub supervisor: &'a Supervisor,
    pub reflection: Uuid,
    pub text: &'a str,
}

/// A supervisor editing or withdrawing one of their own replies.
#[derive(Debug, Clone)]
pub struct ReplyChange<'a> {
    pub supervisor: &'a Supervisor,
    pub reflection: Uuid,
    /// The reply's number ([`Reply::number`]).
    pub number: i64,
    /// The new text, or `None` to withdraw it.
    pub text: Option<&'a str>,
}

/// Every operation on the server's storage. Both backends implement it with the same meaning;
/// the rules they share are in [`rules`], the way rows are read in `rows`, so that a backend holds
/// only its queries. Every write is one transaction, audited in that transaction.
#[async_trait::async_trait]
pub trait Backend: Send + Sync + std::fmt::Debug {
    /// Which backend, for logs.
    fn kind(&self) -> &'static str;

    /// This database's identity: a random id made when it was created. A device that sees it
    /// change knows it is talking to a different (or a restored) server.
    async fn instance_id(&self) -> DbResult<Uuid>;

    async fn create_team(&self, name: &str, now: i64) -> DbResult<Team>;

    /// A team by id or by name.
    async fn find_team(&self, id_or_name: &str) -> DbResult<Option<Team>>;

    async fn create_enrol_code(&self, code: &NewCode, now: i64) -> DbResult<()>;

    /// Uses an enrolment code (once, before it expires) to enrol a device. `None` when the code
    /// is unknown, used or expired.
    async fn enrol(&self, enrolment: &Enrolment<'_>, now: i64) -> DbResult<Option<Device>>;

    /// The device a token belongs to (revoked ones included), noting that it was seen
    /// ([`rules::touch_last_seen`]).
    async fn device_by_token(&self, token_hash: &str, now: i64) -> DbResult<Option<Device>>;

    async fn list_devices(&self, team: Option<Uuid>) -> DbResult<Vec<Device>>;

    /// Revokes a device; `false` if there is no such device.
    async fn revoke_device(&self, id: Uuid, now: i64) -> DbResult<bool>;

    /// Stores a batch from one device in one transaction, each item judged by [`rules::judge`],
    /// after checking the device's daily quota in the same transaction (the bytes stored per
    /// device and UTC day are kept in `device_days`, written here too).
    async fn ingest(&self, device: &Device, batch: Batch) -> DbResult<IngestOutcome>;

    /// Replies to this device's reflections after a cursor, in sequence order, and the newest
    /// sequence number the server has given any reply.
    async fn replies_after(&self, device: Uuid, page: Page) -> DbResult<(Vec<Reply>, i64)>;

    async fn create_supervisor(&self, new: &NewSupervisor<'_>, now: i64) -> DbResult<Uuid>;

    async fn supervisor_by_username(&self, username: &str) -> DbResult<Option<Supervisor>>;

    /// Opens a session and audits the login, in one transaction, if the supervisor's
    /// credentials are still those the login checked (the same [`Supervisor::credential_gen`],
    /// not disabled); `false` when they changed meanwhile (a reset or a disable in flight).
    async fn create_session(&self, session: &NewSession<'_>, now: i64) -> DbResult<bool>;

    /// A session by its token, live or not ([`rules::session_state`] judges).
    async fn session(&self, token_hash: &str) -> DbResult<Option<Session>>;

    /// Notes that a session was used at `now` (at most once a minute; see
    /// [`rules::touch_session`]).
    async fn touch_session(&self, token_hash: &str, now: i64) -> DbResult<()>;

    async fn delete_session(&self, token_hash: &str) -> DbResult<()>;

    /// Supervisors, of one team or all.
    async fn list_supervisors(&self, team: Option<Uuid>) -> DbResult<Vec<Supervisor>>;

    /// Disables a supervisor (ending their sessions at once) or enables them again, audited,
    /// raising their credentials' generation; `false` when there is no such supervisor.
    async fn set_supervisor_disabled(&self, id: Uuid, disabled: bool, now: i64) -> DbResult<bool>;

    /// Sets a supervisor's password hash and ends their sessions, audited, raising their
    /// credentials' generation; `false` when there is no such supervisor.
    async fn set_password(&self, id: Uuid, password_hash: &str, now: i64) -> DbResult<bool>;

    /// A page of a team's reflections, filtered and ordered as `filter` says.
    async fn list_reflections(&self, team: Uuid, filter: &ListFilter) -> ReflectionsResult;

    /// How many of a team's reflections `filter` matches (ignoring its order and page).
    async fn count_reflections(&self, team: Uuid, filter: &ListFilter) -> DbResult<i64>;

    /// Sets the state of one of the supervisor's team's reflections, audited; `false` if it is
    /// not theirs.
    async fn set_state(&self, change: &NewState<'_>, now: i64) -> DbResult<bool>;

    /// One of a team's reflections with its replies.
    async fn reflection(&self, team: Uuid, id: Uuid) -> DbResult<Option<ReflectionWithReplies>>;

    /// A supervisor's reply to one of their team's reflections; `None` if it is not theirs.
    async fn add_reply(&self, reply: &NewReply<'_>, now: i64) -> DbResult<Option<i64>>;

    /// Edits or withdraws a reply, judged by [`rules::judge_reply_change`]; a change is a new
    /// version with a new sequence number (devices pull it again) and the same number, audited.
    async fn change_reply(&self, change: &ReplyChange<'_>, now: i64) -> DbResult<ReplyChanged>;

    /// What the team is learning over a period of weeks (first and last, inclusive): how many
    /// of the team's reflections carry signals, and how many of those carry each one.
    async fn signal_counts(&self, team: Uuid, weeks: (&str, &str)) -> DbResult<SignalCounts>;

    /// How many of a team's reflections in the weeks (first, last) carry each judgement and
    /// decision, week by week (the themes page's "not safe" and escalations over time).
    async fn judgement_counts(
        &self,
        team: Uuid,
        weeks: (&str, &str),
    ) -> DbResult<Vec<JudgementCount>>;

    /// How many of a team's reflections need a reply, and how many of those are urgent (the
    /// navigation's counts, on every page: one query over the queue's index).
    async fn waiting_counts(&self, team: Uuid) -> DbResult<(i64, i64)>;

    /// Every one of a team's reflections, oldest first (export).
    async fn all_reflections(&self, team: Uuid) -> ReflectionsResult;

    /// Every standing (not withdrawn) reply to a team's reflections, by reflection and number
    /// (export).
    async fn team_replies(&self, team: Uuid) -> DbResult<Vec<Reply>>;

    /// How many of a team's reflections carry each theme, week by week, counted by the database
    /// (no reflection's text is read): (week, theme, count), with a `None` theme for a week whose
    /// reflections have no theme.
    async fn theme_counts(&self, team: Uuid) -> DbResult<Vec<ThemeCount>>;

    /// A token bucket kept for every server on this database (see [`crate::limits::Limiter`]):
    /// refilled to the database's clock at the request's rate up to its burst, then its op
    /// applied, in one statement (a look that takes nothing only reads). `None` when this backend keeps no shared limits (SQLite: one server per
    /// file, whose limits stay in its memory).
    async fn throttle(
        &self,
        _request: &rules::BucketRequest<'_>,
    ) -> DbResult<Option<rules::Bucket>> {
        Ok(None)
    }

    /// Forgets shared buckets unused for an hour (every limit has refilled by then).
    async fn prune_throttles(&self) -> DbResult<()> {
        Ok(())
    }

    /// Adds up to `limit` reflections that arrived since the last time to the full-text index,
    /// oldest first, in one transaction; how many it added. Ingest leaves indexing to this (the
    /// server runs it when ingest is quiet, and before a search), so that a push never waits for
    /// the index.
    async fn index_search(&self, limit: i64) -> DbResult<i64>;

    /// How many of a team's stored reflections are not in the full-text index yet.
    async fn search_pending(&self, team: Uuid) -> DbResult<i64>;

    /// Records what is not itself a write (a refused login, an export).
    async fn audit(&self, entry: AuditEntry) -> DbResult<()>;

    /// The audit trail, newest first: (at, actor, action, detail).
    async fn audit_log(&self, limit: i64) -> DbResult<Vec<AuditRow>>;
}

/// A reflection with its replies.
pub type ReflectionWithReplies = (StoredReflection, Vec<Reply>);

/// (Reflections that carry signals, [(signal, how many of them carry it)]).
pub type SignalCounts = (i64, Vec<(String, i64)>);

/// A week's count of one judgement and decision: (week, judgement, decision, reflections).
pub type JudgementCount = (String, Option<String>, Option<String>, i64);

/// A week's count of one theme: (week, theme, reflections).
pub type ThemeCount = (String, Option<String>, i64);

/// A list of reflections.
pub type ReflectionsResult = DbResult<Vec<StoredReflection>>;

/// An audit row: (at, actor, action, detail).
pub type AuditRow = (i64, String, String, String);

/// The storage in use: either backend, behind the one trait.
#[derive(Debug, Clone)]
pub struct Db(Arc<dyn Backend>);

impl Db {
    /// Opens a database from a `sqlite:PATH` or `postgres://…` address, creating and migrating
    /// the schema as needed.
    pub async fn open(address: &str) -> Result<Db, DbError> {
        if address.starts_with("postgres://") || address.starts_with("postgresql://") {
            Ok(Db(Arc::new(Postgres::open(address).await?)))
        } else {
            let path = address.strip_prefix("sqlite:").unwrap_or(address);
            Ok(Db(Arc::new(
                Sqlite::open(std::path::Path::new(path)).await?,
            )))
        }
    }
}

impl std::ops::Deref for Db {
    type Target = dyn Backend;

    fn deref(&self) -> &Self::Target {
        &*self.0
    }
}

#[cfg(test)]
mod tests {
    use super::unavailable;
    use tokio_postgres::error::SqlState;

    #[test]
    fn a_connection_cut_by_the_server_is_unavailable_not_a_server_error() {
        // A pooled connection terminated between requests answers its next query with 57P01
        // before the pool sees it closed: that is an outage (503), not a fault (500).
        assert!(unavailable(Some(&SqlState::ADMIN_SHUTDOWN), false));
        assert!(unavailable(Some(&SqlState::CRASH_SHUTDOWN), false));
        assert!(unavailable(Some(&SqlState::CANNOT_CONNECT_NOW), false));
        assert!(unavailable(Some(&SqlState::CONNECTION_FAILURE), false));
        assert!(unavailable(Some(&SqlState::QUERY_CANCELED), false));
        assert!(unavailable(None, true));
        // A request at fault stays a fault.
        assert!(!unavailable(Some(&SqlState::UNIQUE_VIOLATION), false));
        assert!(!unavailable(Some(&SqlState::SYNTAX_ERROR), false));
        assert!(!unavailable(None, false));
    }
}
