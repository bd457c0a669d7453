//! The embedded backend: one SQLite file (through rusqlite, the workspace's only SQLite), one
//! connection used from a blocking thread, WAL and `synchronous = FULL`. Only queries here: the
//! rules are in `rules`, rows are read by `rows`.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use uuid::Uuid;

use super::rows::{self, themes_to_text};
use super::rules::{self, Actor, AuditAction, AuditEntry, ENROL_REFUSED_DETAIL};
use super::{
    AuditRow, Backend, Batch, DbError, DbResult, Device, Enrolment, IngestOutcome, Ingested,
    JudgementCount, ListFilter, NewCode, NewReply, NewSession, NewState, NewSupervisor, Page,
    ReflectionWithReplies, ReflectionsResult, Reply, ReplyChange, ReplyChanged, Session,
    SignalCounts, Supervisor, Team, ThemeCount, migrate,
};

/// The SQLite backend.
#[derive(Debug, Clone)]
pub struct Sqlite {
    conn: Arc<Mutex<Connection>>,
}

/// A constraint violation as the message for the person who caused it.
fn taken(e: rusqlite::Error, message: &str) -> DbError {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::ConstraintViolation) => DbError::Invalid(message.into()),
        _ => e.into(),
    }
}

/// The last `seq` in the full-text index (every row up to it is indexed: `seq` only grows and
/// there is one writer).
const INDEXED_TO: &str = "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_to'";

fn write_audit(c: &Connection, e: &AuditEntry) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO audit (at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)",
        params![e.at, e.actor, e.action, e.detail],
    )?;
    Ok(())
}

mod counts;
mod list;
mod replies;

use list::{LIST_WHERE, list_params};

impl Sqlite {
    /// Opens (creating if needed) the database file and migrates it.
    pub async fn open(path: &Path) -> Result<Sqlite, DbError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)
                .map_err(|e| DbError::Invalid(format!("cannot create the data folder: {e}")))?;
        }
        let path = path.to_path_buf();
        let conn = tokio::task::spawn_blocking(move || -> Result<Connection, DbError> {
            let mut conn = Connection::open(&path)?;
            let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
            conn.execute_batch(
                "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;",
            )?;
            migrate::sqlite(&mut conn)?;
            Ok(conn)
        })
        .await
        .map_err(|_| DbError::Join)??;
        Ok(Sqlite {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Runs `f` on the connection, on a blocking thread.
    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, DbError> + Send + 'static,
    ) -> Result<T, DbError> {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|p| p.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|_| DbError::Join)?
    }

    /// Runs `f` in a transaction that is committed when it returns `Ok`. The transaction takes
    /// the write lock when it begins (IMMEDIATE), waiting for another writer (an admin command)
    /// up to the busy timeout: a deferred one that read first would fail at once with "database
    /// is locked" when it came to write.
    async fn write<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, DbError> + Send + 'static,
    ) -> Result<T, DbError> {
        self.run(move |c| {
            let tx = c.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
            let out = f(&tx)?;
            tx.commit()?;
            Ok(out)
        })
        .await
    }
}

#[async_trait::async_trait]
impl Backend for Sqlite {
    fn kind(&self) -> &'static str {
        "sqlite"
    }

    async fn instance_id(&self) -> DbResult<Uuid> {
        self.run(|c| {
            let id: String = c.query_row(
                "SELECT value FROM meta WHERE key = 'instance_id'",
                [],
                |r| r.get(0),
            )?;
            rows::parse_uuid(&id)
        })
        .await
    }

    async fn create_team(&self, name: &str, now: i64) -> DbResult<Team> {
        let name = name.to_string();
        self.write(move |tx| {
            let id = Uuid::now_v7();
            tx.execute(
                "INSERT INTO teams (id, name, created_at) VALUES (?1, ?2, ?3)",
                params![id.to_string(), name, now],
            )
            .map_err(|e| taken(e, "a team with that name already exists"))?;
            let entry = AuditEntry::new(
                &Actor::Admin,
                AuditAction::TeamCreate,
                format!("team {id}"),
                now,
            );
            write_audit(tx, &entry)?;
            Ok(Team {
                id,
                name,
                created_at: now,
            })
        })
        .await
    }

    async fn find_team(&self, id_or_name: &str) -> DbResult<Option<Team>> {
        let key = id_or_name.to_string();
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM teams WHERE id = ?1 OR name = ?1",
                rows::TEAM
            );
            c.query_row(&sql, [&key], |r| Ok(rows::team(r)))
                .optional()?
                .transpose()
        })
        .await
    }

    async fn create_enrol_code(&self, code: &NewCode, now: i64) -> DbResult<()> {
        let (team, code_hash, expires_at) = (code.team, code.code_hash.clone(), code.expires_at);
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO enrol_codes (code_hash, team_id, expires_at, created_at)
                 VALUES (?1, ?2, ?3, ?4)",
                params![code_hash, team.to_string(), expires_at, now],
            )?;
            let entry = AuditEntry::new(
                &Actor::Admin,
                AuditAction::EnrolCodeCreate,
                format!("team {team}"),
                now,
            );
            write_audit(tx, &entry)?;
            Ok(())
        })
        .await
    }

    async fn enrol(&self, enrolment: &Enrolment<'_>, now: i64) -> DbResult<Option<Device>> {
        let owned = |s: &str| s.to_string();
        let (code_hash, token_hash) = (owned(enrolment.code_hash), owned(enrolment.token_hash));
        let label = owned(enrolment.label);
        self.write(move |tx| {
            let team: Option<String> = tx
                .query_row(
                    "UPDATE enrol_codes SET used_at = ?2
                     WHERE code_hash = ?1 AND used_at IS NULL AND expires_at > ?2
                     RETURNING team_id",
                    params![code_hash, now],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(team) = team else {
                let entry = AuditEntry::new(
                    &Actor::UnenrolledDevice,
                    AuditAction::EnrolRefused,
                    ENROL_REFUSED_DETAIL,
                    now,
                );
                write_audit(tx, &entry)?;
                return Ok(None);
            };
            let id = Uuid::now_v7();
            tx.execute(
                "INSERT INTO devices (id, team_id, label, token_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id.to_string(), team, label, token_hash, now],
            )?;
            let entry = AuditEntry::new(
                &Actor::Device(id),
                AuditAction::DeviceEnrol,
                format!("team {team}"),
                now,
            );
            write_audit(tx, &entry)?;
            Ok(Some(Device {
                id,
                team_id: rows::parse_uuid(&team)?,
                label,
                created_at: now,
                revoked_at: None,
                last_seen_at: None,
                person: None,
            }))
        })
        .await
    }

    async fn device_by_token(&self, token_hash: &str, now: i64) -> DbResult<Option<Device>> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            let sql = format!("SELECT {} FROM devices WHERE token_hash = ?1", rows::DEVICE);
            let Some(d) = c
                .query_row(&sql, [&token_hash], |r| Ok(rows::device(r)))
                .optional()?
                .transpose()?
            else {
                return Ok(None);
            };
            if rules::touch_last_seen(d.last_seen_at, now) {
                c.execute(
                    "UPDATE devices SET last_seen_at = ?2 WHERE id = ?1",
                    params![d.id.to_string(), now],
                )?;
            }
            Ok(Some(d))
        })
        .await
    }

    async fn list_devices(&self, team: Option<Uuid>) -> DbResult<Vec<Device>> {
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM devices WHERE ?1 IS NULL OR team_id = ?1 ORDER BY created_at, id",
                rows::DEVICE
            );
            let mut stmt = c.prepare(&sql)?;
            let found = stmt
                .query_map([team.map(|t| t.to_string())], |r| Ok(rows::device(r)))?
                .collect::<Result<Vec<_>, _>>()?;
            found.into_iter().collect()
        })
        .await
    }

    async fn revoke_device(&self, id: Uuid, now: i64) -> DbResult<bool> {
        self.write(move |tx| {
            let n = tx.execute(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1",
                params![id.to_string(), now],
            )?;
            if n > 0 {
                let entry = AuditEntry::new(
                    &Actor::Admin,
                    AuditAction::DeviceRevoke,
                    format!("device {id}"),
                    now,
                );
                write_audit(tx, &entry)?;
            }
            Ok(n > 0)
        })
        .await
    }

    async fn ingest(&self, device: &Device, batch: Batch) -> DbResult<IngestOutcome> {
        let Batch {
            items,
            now,
            quota_bytes,
        } = batch;
        let (device_id, team_id) = (device.id, device.team_id.to_string());
        self.write(move |tx| {
            if quota_bytes.is_some() {
                let used: i64 = tx
                    .prepare_cached(
                        "SELECT coalesce(sum(bytes), 0) FROM device_days
                         WHERE device_id = ?1 AND day = ?2",
                    )?
                    .query_row(params![device_id.to_string(), rules::utc_day(now)], |r| {
                        r.get(0)
                    })?;
                if !rules::under_quota(used, quota_bytes) {
                    return Ok(IngestOutcome::OverQuota { used });
                }
            }
            let mut insert = tx.prepare_cached(
                "INSERT INTO reflections (id, team_id, device_id, week, content_version, themes,
                     text, body_hash, received_at, author_name, signals, judgement, decision,
                     actions_due, urgency, case_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                 ON CONFLICT (id) DO NOTHING",
            )?;
            let mut find =
                tx.prepare_cached("SELECT body_hash, device_id FROM reflections WHERE id = ?1")?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                let id = item.id.to_string();
                let inserted = insert.execute(params![
                    id,
                    team_id,
                    device_id.to_string(),
                    item.week,
                    item.content_version,
                    themes_to_text(&item.themes),
                    item.text,
                    item.body_hash,
                    now,
                    item.author,
                    item.signals.as_deref().map(themes_to_text),
                    item.judgement,
                    item.decision,
                    item.actions_due.as_deref().map(themes_to_text),
                    item.urgency,
                    item.case_key
                ])? == 1;
                let existing = if inserted {
                    None
                } else {
                    Some(find.query_row([&id], |r| Ok(rows::existing(r)))??)
                };
                out.push(rules::judge(existing.as_ref(), item, device_id));
            }
            let stored = out.iter().filter(|o| **o == Ingested::Stored).count();
            if let Some(person) = rules::last_author(&items, &out) {
                tx.prepare_cached(
                    "UPDATE devices SET person = ?2 WHERE id = ?1 AND person IS NOT ?2",
                )?
                .execute(params![device_id.to_string(), person])?;
            }
            let bytes = rules::stored_bytes(&items, &out);
            if bytes > 0 {
                tx.prepare_cached(
                    "INSERT INTO device_days (device_id, day, bytes) VALUES (?1, ?2, ?3)
                     ON CONFLICT (device_id, day) DO UPDATE SET bytes = bytes + excluded.bytes",
                )?
                .execute(params![
                    device_id.to_string(),
                    rules::utc_day(now),
                    bytes
                ])?;
            }
            if let Some(detail) = rules::ingest_detail(stored) {
                write_audit(
                    tx,
                    &AuditEntry::new(&Actor::Device(device_id), AuditAction::Ingest, detail, now),
                )?;
            }
            Ok(IngestOutcome::Judged(out))
        })
        .await
    }

    async fn index_search(&self, limit: i64) -> DbResult<i64> {
        self.write(move |tx| {
            let from: i64 = tx.query_row(INDEXED_TO, [], |r| r.get(0))?;
            let (n, to): (i64, Option<i64>) = tx.query_row(
                "SELECT count(*), max(seq) FROM
                     (SELECT seq FROM reflections WHERE seq > ?1 ORDER BY seq LIMIT ?2)",
                params![from, limit],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let Some(to) = to.filter(|_| n > 0) else {
                return Ok(0);
            };
            tx.execute(
                "INSERT INTO reflections_fts (rowid, text)
                 SELECT seq, text FROM reflections WHERE seq > ?1 AND seq <= ?2",
                params![from, to],
            )?;
            tx.execute(
                "UPDATE meta SET value = ?1 WHERE key = 'search_indexed_to'",
                [to.to_string()],
            )?;
            Ok(n)
        })
        .await
    }

    async fn search_pending(&self, team: Uuid) -> DbResult<i64> {
        self.run(move |c| {
            let sql = format!(
                "SELECT count(*) FROM reflections WHERE team_id = ?1 AND seq > ({INDEXED_TO})"
            );
            Ok(c.query_row(&sql, [team.to_string()], |r| r.get(0))?)
        })
        .await
    }

    async fn replies_after(&self, device: Uuid, page: Page) -> DbResult<(Vec<Reply>, i64)> {
        let Page { after, limit } = page;
        self.run(move |c| {
            let max: i64 = c.query_row(
                "SELECT coalesce(max(seq), 0) FROM replies WHERE device_id = ?1",
                [device.to_string()],
                |r| r.get(0),
            )?;
            let sql = format!(
                "SELECT {} FROM replies f JOIN supervisors s ON s.id = f.supervisor_id
                 WHERE f.device_id = ?1 AND f.seq > ?2 ORDER BY f.seq LIMIT ?3",
                rows::REPLY
            );
            let mut stmt = c.prepare_cached(&sql)?;
            let items = stmt
                .query_map(params![device.to_string(), after, limit], |r| {
                    Ok(rows::reply(r))
                })?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .collect::<Result<Vec<_>, _>>()?;
            Ok((items, max))
        })
        .await
    }

    async fn create_supervisor(&self, new: &NewSupervisor<'_>, now: i64) -> DbResult<Uuid> {
        let team = new.team;
        let (username, hash) = (new.username.to_string(), new.password_hash.to_string());
        let display_name = new.display_name.map(String::from);
        self.write(move |tx| {
            let id = Uuid::now_v7();
            tx.execute(
                "INSERT INTO supervisors (id, team_id, username, password_hash, created_at,
                     display_name)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    id.to_string(),
                    team.to_string(),
                    username,
                    hash,
                    now,
                    display_name
                ],
            )
            .map_err(|e| taken(e, "that username is taken"))?;
            let detail = format!("supervisor {username}, team {team}");
            write_audit(
                tx,
                &AuditEntry::new(&Actor::Admin, AuditAction::SupervisorCreate, detail, now),
            )?;
            Ok(id)
        })
        .await
    }

    async fn supervisor_by_username(&self, username: &str) -> DbResult<Option<Supervisor>> {
        let username = username.to_string();
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM supervisors s WHERE s.username = ?1",
                rows::SUPERVISOR
            );
            c.query_row(&sql, [&username], |r| Ok(rows::supervisor(r)))
                .optional()?
                .transpose()
        })
        .await
    }

    async fn create_session(&self, session: &NewSession<'_>, now: i64) -> DbResult<bool> {
        let (token_hash, csrf) = (session.token_hash.to_string(), session.csrf.to_string());
        let (supervisor, expires_at) = (session.supervisor, session.expires_at);
        let (id, generation, actor) = (
            supervisor.id,
            supervisor.credential_gen,
            Actor::Supervisor(supervisor.username.clone()),
        );
        self.write(move |tx| {
            let opened = tx.execute(
                "INSERT INTO sessions (token_hash, supervisor_id, csrf, expires_at, last_seen_at)
                 SELECT ?1, id, ?3, ?4, ?5 FROM supervisors
                 WHERE id = ?2 AND credential_gen = ?6 AND disabled_at IS NULL",
                params![
                    token_hash,
                    id.to_string(),
                    csrf,
                    expires_at,
                    now,
                    generation
                ],
            )? == 1;
            if opened {
                write_audit(tx, &AuditEntry::new(&actor, AuditAction::Login, "", now))?;
            }
            Ok(opened)
        })
        .await
    }

    async fn session(&self, token_hash: &str) -> DbResult<Option<Session>> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            let sql = format!(
                "SELECT {}, {} FROM sessions x JOIN supervisors s ON s.id = x.supervisor_id
                 WHERE x.token_hash = ?1",
                rows::SUPERVISOR,
                rows::SESSION
            );
            c.query_row(&sql, [token_hash], |r| Ok(rows::session(r)))
                .optional()?
                .transpose()
        })
        .await
    }

    async fn touch_session(&self, token_hash: &str, now: i64) -> DbResult<()> {
        let token_hash = token_hash.to_string();
        self.write(move |tx| {
            tx.execute(
                "UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1",
                params![token_hash, now],
            )?;
            Ok(())
        })
        .await
    }

    async fn list_supervisors(&self, team: Option<Uuid>) -> DbResult<Vec<Supervisor>> {
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM supervisors s WHERE ?1 IS NULL OR s.team_id = ?1 ORDER BY s.username",
                rows::SUPERVISOR
            );
            let mut st = c.prepare(&sql)?;
            let rows = st.query_map([team.map(|t| t.to_string())], |r| Ok(rows::supervisor(r)))?;
            rows.map(|r| r?).collect()
        })
        .await
    }

    async fn set_supervisor_disabled(&self, id: Uuid, disabled: bool, now: i64) -> DbResult<bool> {
        self.write(move |tx| {
            let n = tx.execute(
                "UPDATE supervisors SET disabled_at = CASE WHEN ?2 THEN coalesce(disabled_at, ?3) END,
                     credential_gen = credential_gen + 1
                 WHERE id = ?1",
                params![id.to_string(), disabled, now],
            )?;
            if n > 0 {
                if disabled {
                    tx.execute("DELETE FROM sessions WHERE supervisor_id = ?1", [id.to_string()])?;
                }
                let action = if disabled {
                    AuditAction::SupervisorDisable
                } else {
                    AuditAction::SupervisorEnable
                };
                let entry = AuditEntry::new(&Actor::Admin, action, format!("supervisor {id}"), now);
                write_audit(tx, &entry)?;
            }
            Ok(n > 0)
        })
        .await
    }

    async fn set_password(&self, id: Uuid, password_hash: &str, now: i64) -> DbResult<bool> {
        let hash = password_hash.to_string();
        self.write(move |tx| {
            let n = tx.execute(
                "UPDATE supervisors SET password_hash = ?2, credential_gen = credential_gen + 1
                 WHERE id = ?1",
                params![id.to_string(), hash],
            )?;
            if n > 0 {
                tx.execute(
                    "DELETE FROM sessions WHERE supervisor_id = ?1",
                    [id.to_string()],
                )?;
                let entry = AuditEntry::new(
                    &Actor::Admin,
                    AuditAction::SupervisorPasswordReset,
                    format!("supervisor {id}"),
                    now,
                );
                write_audit(tx, &entry)?;
            }
            Ok(n > 0)
        })
        .await
    }

    async fn delete_session(&self, token_hash: &str) -> DbResult<()> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
        .await
    }

    async fn list_reflections(&self, team: Uuid, filter: &ListFilter) -> ReflectionsResult {
        let filter = filter.clone();
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM reflections r WHERE {LIST_WHERE} ORDER BY {} LIMIT ?11 OFFSET ?12",
                rows::REFLECTION,
                filter.order.sql()
            );
            let mut stmt = c.prepare(&sql)?;
            let (a, b, c2, d, e, f, g, h, i, j) = list_params(team, &filter);
            let found = stmt
                .query_map(
                    params![a, b, c2, d, e, f, g, h, i, j, filter.limit, filter.offset],
                    |r| Ok(rows::reflection(r)),
                )?
                .collect::<Result<Vec<_>, _>>()?;
            found.into_iter().collect()
        })
        .await
    }

    async fn count_reflections(&self, team: Uuid, filter: &ListFilter) -> DbResult<i64> {
        let filter = filter.clone();
        self.run(move |c| {
            let sql = format!("SELECT count(*) FROM reflections r WHERE {LIST_WHERE}");
            let (a, b, c2, d, e, f, g, h, i, j) = list_params(team, &filter);
            Ok(c.query_row(&sql, params![a, b, c2, d, e, f, g, h, i, j], |r| r.get(0))?)
        })
        .await
    }

    async fn set_state(&self, change: &NewState<'_>, now: i64) -> DbResult<bool> {
        let s = change.supervisor.clone();
        let (id, state, on) = (change.reflection, change.state, change.discussed_on.clone());
        self.write(move |tx| {
            let n = tx.execute(
                "UPDATE reflections SET state = ?1, discussed_on = ?2 WHERE id = ?3 AND team_id = ?4",
                params![state.as_str(), on, id.to_string(), s.team_id.to_string()],
            )?;
            if n == 0 {
                return Ok(false);
            }
            let entry = AuditEntry::new(
                &Actor::Supervisor(s.username),
                AuditAction::StateSet,
                rules::state_detail(id, state, on.as_deref()),
                now,
            );
            write_audit(tx, &entry)?;
            Ok(true)
        })
        .await
    }

    async fn reflection(&self, team: Uuid, id: Uuid) -> DbResult<Option<ReflectionWithReplies>> {
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM reflections r WHERE r.id = ?1 AND r.team_id = ?2",
                rows::REFLECTION
            );
            let Some(r) = c
                .query_row(&sql, params![id.to_string(), team.to_string()], |r| {
                    Ok(rows::reflection(r))
                })
                .optional()?
                .transpose()?
            else {
                return Ok(None);
            };
            let sql = format!(
                "SELECT {} FROM replies f JOIN supervisors s ON s.id = f.supervisor_id
                 WHERE f.reflection_id = ?1 ORDER BY f.number",
                rows::REPLY
            );
            let mut stmt = c.prepare(&sql)?;
            let replies = stmt
                .query_map([id.to_string()], |r| Ok(rows::reply(r)))?
                .collect::<Result<Vec<_>, _>>()?
                .into_iter()
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Some((r, replies)))
        })
        .await
    }

    async fn add_reply(&self, reply: &NewReply<'_>, now: i64) -> DbResult<Option<i64>> {
        self.new_reply(reply, now).await
    }

    async fn change_reply(&self, change: &ReplyChange<'_>, now: i64) -> DbResult<ReplyChanged> {
        self.replace_reply(change, now).await
    }

    async fn signal_counts(&self, team: Uuid, weeks: (&str, &str)) -> DbResult<SignalCounts> {
        let (from, to) = (weeks.0.to_string(), weeks.1.to_string());
        self.run(move |c| {
            let p = params![team.to_string(), from, to];
            let total: i64 = c.query_row(
                "SELECT count(*) FROM reflections WHERE team_id = ?1 AND signals IS NOT NULL
                 AND week BETWEEN ?2 AND ?3",
                p,
                |r| r.get(0),
            )?;
            let mut st = c.prepare(
                "SELECT j.value AS signal, count(*) AS n FROM reflections r, json_each(r.signals) j
                 WHERE r.team_id = ?1 AND r.signals IS NOT NULL AND r.week BETWEEN ?2 AND ?3
                 GROUP BY j.value",
            )?;
            let counts = st
                .query_map(p, |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?
                .collect::<Result<Vec<_>, _>>()?;
            Ok((total, counts))
        })
        .await
    }

    async fn judgement_counts(
        &self,
        team: Uuid,
        weeks: (&str, &str),
    ) -> DbResult<Vec<JudgementCount>> {
        let (from, to) = (weeks.0.to_string(), weeks.1.to_string());
        self.run(move |c| counts::judgements(c, team, &from, &to))
            .await
    }

    async fn theme_counts(&self, team: Uuid) -> DbResult<Vec<ThemeCount>> {
        self.run(move |c| {
            let mut st = c.prepare(
                "SELECT r.week AS week, j.value AS theme, count(j.value) AS n
                 FROM reflections r LEFT JOIN json_each(r.themes) j
                 WHERE r.team_id = ?1 GROUP BY r.week, j.value",
            )?;
            let rows = st.query_map([team.to_string()], |r| Ok(rows::theme_count(r)))?;
            rows.map(|r| r?).collect()
        })
        .await
    }

    async fn all_reflections(&self, team: Uuid) -> ReflectionsResult {
        self.run(move |c| {
            let sql = format!(
                "SELECT {} FROM reflections r WHERE r.team_id = ?1 ORDER BY r.seq",
                rows::REFLECTION
            );
            let mut stmt = c.prepare(&sql)?;
            let found = stmt
                .query_map([team.to_string()], |r| Ok(rows::reflection(r)))?
                .collect::<Result<Vec<_>, _>>()?;
            found.into_iter().collect()
        })
        .await
    }

    async fn waiting_counts(&self, team: Uuid) -> DbResult<(i64, i64)> {
        self.run(move |c| counts::waiting(c, team)).await
    }

    async fn team_replies(&self, team: Uuid) -> DbResult<Vec<Reply>> {
        self.run(move |c| counts::team_replies(c, team)).await
    }

    async fn audit(&self, entry: AuditEntry) -> DbResult<()> {
        self.run(move |c| Ok(write_audit(c, &entry)?)).await
    }

    async fn audit_log(&self, limit: i64) -> DbResult<Vec<AuditRow>> {
        self.run(move |c| {
            let mut stmt = c.prepare(
                "SELECT at, actor, action, detail FROM audit ORDER BY seq DESC LIMIT ?1",
            )?;
            let found = stmt
                .query_map([limit], |r| Ok(rows::audit(r)))?
                .collect::<Result<Vec<_>, _>>()?;
            found.into_iter().collect()
        })
        .await
    }
}
