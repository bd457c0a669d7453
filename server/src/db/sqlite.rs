//! The embedded backend: one SQLite file (through rusqlite, the workspace's only SQLite), one
//! connection used from a blocking thread, WAL and `synchronous = FULL`.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::{Connection, OptionalExtension, params};
use uuid::Uuid;

use super::{
    DbError, Device, Feedback, Ingested, ListFilter, NewReflection, SCHEMA_VERSION,
    StoredReflection, Supervisor, Team, parse_uuid, themes_from_text, themes_to_text,
};

const SCHEMA: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE teams (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE enrol_codes (
    code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    expires_at INTEGER NOT NULL, used_at INTEGER, created_at INTEGER NOT NULL);
CREATE TABLE devices (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, revoked_at INTEGER,
    last_seen_at INTEGER);
CREATE TABLE reflections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
    team_id TEXT NOT NULL REFERENCES teams(id), device_id TEXT NOT NULL REFERENCES devices(id),
    week TEXT NOT NULL, content_version TEXT NOT NULL, themes TEXT NOT NULL, text TEXT NOT NULL,
    body_hash TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE INDEX reflections_team ON reflections(team_id, seq);
CREATE TABLE supervisors (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE feedback (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, reflection_id TEXT NOT NULL REFERENCES reflections(id),
    device_id TEXT NOT NULL, team_id TEXT NOT NULL, supervisor_id TEXT NOT NULL,
    text TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX feedback_device ON feedback(device_id, seq);
CREATE INDEX feedback_reflection ON feedback(reflection_id);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY, supervisor_id TEXT NOT NULL REFERENCES supervisors(id),
    csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, detail TEXT NOT NULL);
"#;

/// The SQLite backend.
#[derive(Debug, Clone)]
pub struct Sqlite {
    conn: Arc<Mutex<Connection>>,
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
);

const REFLECTION_COLUMNS: &str = "r.id, r.team_id, r.device_id, r.week, r.content_version,
    r.themes, r.text, r.body_hash, '', r.received_at, r.seq,
    (SELECT count(*) FROM feedback f WHERE f.reflection_id = r.id)";

fn reflection_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
        r.get(10)?,
        r.get(11)?,
    ))
}

fn build(row: Row) -> Result<StoredReflection, DbError> {
    let (id, team, device, week, cv, themes, text, hash, _, received, seq, replies) = row;
    Ok(StoredReflection {
        seq,
        id: parse_uuid(&id)?,
        team_id: parse_uuid(&team)?,
        device_id: parse_uuid(&device)?,
        week,
        content_version: cv,
        themes: themes_from_text(&themes),
        text,
        body_hash: hash,
        received_at: received,
        replies,
    })
}

type DeviceRow = (String, String, String, i64, Option<i64>, Option<i64>);

fn device_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<DeviceRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn device(row: DeviceRow) -> Result<Device, DbError> {
    Ok(Device {
        id: parse_uuid(&row.0)?,
        team_id: parse_uuid(&row.1)?,
        label: row.2,
        created_at: row.3,
        revoked_at: row.4,
        last_seen_at: row.5,
    })
}

impl Sqlite {
    /// Opens (creating if needed) the database file.
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
            let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if version > SCHEMA_VERSION {
                return Err(DbError::NewerSchema {
                    found: version,
                    supported: SCHEMA_VERSION,
                });
            }
            if version < 1 {
                let tx = conn.transaction()?;
                tx.execute_batch(SCHEMA)?;
                tx.execute(
                    "INSERT INTO meta (key, value) VALUES ('instance_id', ?1)",
                    [Uuid::now_v7().to_string()],
                )?;
                tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
                tx.commit()?;
            }
            Ok(conn)
        })
        .await
        .map_err(|_| DbError::Join)??;
        Ok(Sqlite {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

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

    pub async fn instance_id(&self) -> Result<Uuid, DbError> {
        self.run(|c| {
            let id: String = c.query_row(
                "SELECT value FROM meta WHERE key = 'instance_id'",
                [],
                |r| r.get(0),
            )?;
            parse_uuid(&id)
        })
        .await
    }

    pub async fn create_team(&self, name: &str, now: i64) -> Result<Team, DbError> {
        let name = name.to_string();
        self.run(move |c| {
            let id = Uuid::now_v7();
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO teams (id, name, created_at) VALUES (?1, ?2, ?3)",
                params![id.to_string(), name, now],
            )
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => {
                    DbError::Invalid("a team with that name already exists".into())
                }
                _ => e.into(),
            })?;
            audit_tx(&tx, "admin", "team_create", &format!("team {id}"), now)?;
            tx.commit()?;
            Ok(Team {
                id,
                name,
                created_at: now,
            })
        })
        .await
    }

    pub async fn find_team(&self, id_or_name: &str) -> Result<Option<Team>, DbError> {
        let key = id_or_name.to_string();
        self.run(move |c| {
            let row: Option<(String, String, i64)> = c
                .query_row(
                    "SELECT id, name, created_at FROM teams WHERE id = ?1 OR name = ?1",
                    [&key],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            row.map(|(id, name, created_at)| {
                Ok(Team {
                    id: parse_uuid(&id)?,
                    name,
                    created_at,
                })
            })
            .transpose()
        })
        .await
    }

    pub async fn create_enrol_code(
        &self,
        team: Uuid,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), DbError> {
        let code_hash = code_hash.to_string();
        self.run(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO enrol_codes (code_hash, team_id, expires_at, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![code_hash, team.to_string(), expires_at, now],
            )?;
            audit_tx(&tx, "admin", "enrol_code_create", &format!("team {team}"), now)?;
            tx.commit()?;
            Ok(())
        })
        .await
    }

    pub async fn enrol(
        &self,
        code_hash: &str,
        label: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        let (code_hash, label, token_hash) = (
            code_hash.to_string(),
            label.to_string(),
            token_hash.to_string(),
        );
        self.run(move |c| {
            let tx = c.transaction()?;
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
                audit_tx(&tx, "device", "enrol_refused", "unknown, used or expired code", now)?;
                tx.commit()?;
                return Ok(None);
            };
            let id = Uuid::now_v7();
            tx.execute(
                "INSERT INTO devices (id, team_id, label, token_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id.to_string(), team, label, token_hash, now],
            )?;
            audit_tx(&tx, &format!("device {id}"), "device_enrol", &format!("team {team}"), now)?;
            tx.commit()?;
            Ok(Some(Device {
                id,
                team_id: parse_uuid(&team)?,
                label,
                created_at: now,
                revoked_at: None,
                last_seen_at: None,
            }))
        })
        .await
    }

    pub async fn device_by_token(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            let row = c
                .query_row(
                    "SELECT id, team_id, label, created_at, revoked_at, last_seen_at
                     FROM devices WHERE token_hash = ?1",
                    [&token_hash],
                    device_row,
                )
                .optional()?;
            let Some(row) = row else { return Ok(None) };
            let d = device(row)?;
            // Noted at most once a minute: no write on every request.
            if d.last_seen_at.is_none_or(|t| t < now - 60) {
                c.execute(
                    "UPDATE devices SET last_seen_at = ?2 WHERE id = ?1",
                    params![d.id.to_string(), now],
                )?;
            }
            Ok(Some(d))
        })
        .await
    }

    pub async fn list_devices(&self, team: Option<Uuid>) -> Result<Vec<Device>, DbError> {
        self.run(move |c| {
            let mut stmt = c.prepare(
                "SELECT id, team_id, label, created_at, revoked_at, last_seen_at FROM devices
                 WHERE ?1 IS NULL OR team_id = ?1 ORDER BY created_at, id",
            )?;
            let rows = stmt
                .query_map([team.map(|t| t.to_string())], device_row)?
                .collect::<Result<Vec<_>, _>>()?;
            rows.into_iter().map(device).collect()
        })
        .await
    }

    pub async fn revoke_device(&self, id: Uuid, now: i64) -> Result<bool, DbError> {
        self.run(move |c| {
            let tx = c.transaction()?;
            let n = tx.execute(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1",
                params![id.to_string(), now],
            )?;
            if n > 0 {
                audit_tx(&tx, "admin", "device_revoke", &format!("device {id}"), now)?;
            }
            tx.commit()?;
            Ok(n > 0)
        })
        .await
    }

    pub async fn ingest(
        &self,
        device: &Device,
        items: Vec<NewReflection>,
        now: i64,
    ) -> Result<Vec<Ingested>, DbError> {
        let (device_id, team_id) = (device.id.to_string(), device.team_id.to_string());
        self.run(move |c| {
            let tx = c.transaction()?;
            let mut out = Vec::with_capacity(items.len());
            let mut stored = 0;
            {
                let mut find = tx
                    .prepare_cached("SELECT body_hash, device_id FROM reflections WHERE id = ?1")?;
                let mut insert = tx.prepare_cached(
                    "INSERT INTO reflections (id, team_id, device_id, week, content_version, themes,
                         text, body_hash, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )?;
                for item in items {
                    let existing: Option<(String, String)> = find
                        .query_row([item.id.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))
                        .optional()?;
                    let result = match existing {
                        Some((hash, dev)) if hash == item.body_hash && dev == device_id => {
                            Ingested::Duplicate
                        }
                        Some(_) => Ingested::Conflict,
                        None => {
                            insert.execute(params![
                                item.id.to_string(),
                                team_id,
                                device_id,
                                item.week,
                                item.content_version,
                                themes_to_text(&item.themes),
                                item.text,
                                item.body_hash,
                                now
                            ])?;
                            stored += 1;
                            Ingested::Stored
                        }
                    };
                    out.push(result);
                }
            }
            if stored > 0 {
                audit_tx(
                    &tx,
                    &format!("device {device_id}"),
                    "ingest",
                    &format!("{stored} reflections stored"),
                    now,
                )?;
            }
            tx.commit()?;
            Ok(out)
        })
        .await
    }

    pub async fn feedback_after(
        &self,
        device: Uuid,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<Feedback>, i64), DbError> {
        self.run(move |c| {
            let max: i64 = c.query_row("SELECT coalesce(max(seq), 0) FROM feedback", [], |r| {
                r.get(0)
            })?;
            let mut stmt = c.prepare_cached(
                "SELECT f.seq, f.reflection_id, f.text, f.created_at, s.username
                 FROM feedback f JOIN supervisors s ON s.id = f.supervisor_id
                 WHERE f.device_id = ?1 AND f.seq > ?2 ORDER BY f.seq LIMIT ?3",
            )?;
            let rows = stmt
                .query_map(params![device.to_string(), after, limit], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let items = rows
                .into_iter()
                .map(|(seq, rid, text, at, supervisor)| {
                    Ok(Feedback {
                        seq,
                        reflection_id: parse_uuid(&rid)?,
                        text,
                        at,
                        supervisor,
                    })
                })
                .collect::<Result<Vec<_>, DbError>>()?;
            Ok((items, max))
        })
        .await
    }

    pub async fn create_supervisor(
        &self,
        team: Uuid,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Uuid, DbError> {
        let (username, hash) = (username.to_string(), password_hash.to_string());
        self.run(move |c| {
            let id = Uuid::now_v7();
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO supervisors (id, team_id, username, password_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![id.to_string(), team.to_string(), username, hash, now],
            )
            .map_err(|e| match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => {
                    DbError::Invalid("that username is taken".into())
                }
                _ => e.into(),
            })?;
            audit_tx(
                &tx,
                "admin",
                "supervisor_create",
                &format!("supervisor {username}, team {team}"),
                now,
            )?;
            tx.commit()?;
            Ok(id)
        })
        .await
    }

    pub async fn supervisor_by_username(
        &self,
        username: &str,
    ) -> Result<Option<Supervisor>, DbError> {
        let username = username.to_string();
        self.run(move |c| {
            let row: Option<(String, String, String, String)> = c
                .query_row(
                    "SELECT id, team_id, username, password_hash FROM supervisors WHERE username = ?1",
                    [&username],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            row.map(|(id, team, username, hash)| {
                Ok(Supervisor {
                    id: parse_uuid(&id)?,
                    team_id: parse_uuid(&team)?,
                    username,
                    password_hash: hash,
                })
            })
            .transpose()
        })
        .await
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        supervisor: Uuid,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), DbError> {
        let (token_hash, csrf) = (token_hash.to_string(), csrf.to_string());
        self.run(move |c| {
            c.execute(
                "INSERT INTO sessions (token_hash, supervisor_id, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)",
                params![token_hash, supervisor.to_string(), csrf, expires_at],
            )?;
            Ok(())
        })
        .await
    }

    pub async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Supervisor, String)>, DbError> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            let row: Option<(String, String, String, String, String)> = c
                .query_row(
                    "SELECT s.id, s.team_id, s.username, s.password_hash, x.csrf
                     FROM sessions x JOIN supervisors s ON s.id = x.supervisor_id
                     WHERE x.token_hash = ?1 AND x.expires_at > ?2",
                    params![token_hash, now],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            row.map(|(id, team, username, hash, csrf)| {
                Ok((
                    Supervisor {
                        id: parse_uuid(&id)?,
                        team_id: parse_uuid(&team)?,
                        username,
                        password_hash: hash,
                    },
                    csrf,
                ))
            })
            .transpose()
        })
        .await
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        let token_hash = token_hash.to_string();
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])?;
            Ok(())
        })
        .await
    }

    pub async fn list_reflections(
        &self,
        team: Uuid,
        filter: &ListFilter,
    ) -> Result<Vec<StoredReflection>, DbError> {
        let filter = filter.clone();
        self.run(move |c| {
            let theme = filter.theme.map(|t| format!("%\"{t}\"%"));
            let mut stmt = c.prepare(&format!(
                "SELECT {REFLECTION_COLUMNS} FROM reflections r
                 WHERE r.team_id = ?1 AND (?2 IS NULL OR r.themes LIKE ?2)
                   AND (?3 IS NULL OR r.week = ?3)
                 ORDER BY r.seq DESC LIMIT ?4"
            ))?;
            let rows = stmt
                .query_map(
                    params![team.to_string(), theme, filter.week, filter.limit],
                    reflection_row,
                )?
                .collect::<Result<Vec<_>, _>>()?;
            rows.into_iter().map(build).collect()
        })
        .await
    }

    pub async fn reflection(
        &self,
        team: Uuid,
        id: Uuid,
    ) -> Result<Option<(StoredReflection, Vec<Feedback>)>, DbError> {
        self.run(move |c| {
            let row = c
                .query_row(
                    &format!("SELECT {REFLECTION_COLUMNS} FROM reflections r WHERE r.id = ?1 AND r.team_id = ?2"),
                    params![id.to_string(), team.to_string()],
                    reflection_row,
                )
                .optional()?;
            let Some(row) = row else { return Ok(None) };
            let mut stmt = c.prepare(
                "SELECT f.seq, f.text, f.created_at, s.username FROM feedback f
                 JOIN supervisors s ON s.id = f.supervisor_id
                 WHERE f.reflection_id = ?1 ORDER BY f.seq",
            )?;
            let replies = stmt
                .query_map([id.to_string()], |r| {
                    Ok(Feedback {
                        seq: r.get(0)?,
                        reflection_id: id,
                        text: r.get(1)?,
                        at: r.get(2)?,
                        supervisor: r.get(3)?,
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Some((build(row)?, replies)))
        })
        .await
    }

    pub async fn add_reply(
        &self,
        supervisor: &Supervisor,
        reflection: Uuid,
        text: &str,
        now: i64,
    ) -> Result<Option<i64>, DbError> {
        let s = supervisor.clone();
        let text = text.to_string();
        self.run(move |c| {
            let tx = c.transaction()?;
            let device: Option<String> = tx
                .query_row(
                    "SELECT device_id FROM reflections WHERE id = ?1 AND team_id = ?2",
                    params![reflection.to_string(), s.team_id.to_string()],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(device) = device else { return Ok(None) };
            tx.execute(
                "INSERT INTO feedback (reflection_id, device_id, team_id, supervisor_id, text, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![reflection.to_string(), device, s.team_id.to_string(), s.id.to_string(), text, now],
            )?;
            let seq = tx.last_insert_rowid();
            audit_tx(&tx, &format!("supervisor {}", s.username), "reply", &format!("reflection {reflection}"), now)?;
            tx.commit()?;
            Ok(Some(seq))
        })
        .await
    }

    pub async fn all_reflections(&self, team: Uuid) -> Result<Vec<StoredReflection>, DbError> {
        self.run(move |c| {
            let mut stmt = c.prepare(&format!(
                "SELECT {REFLECTION_COLUMNS} FROM reflections r WHERE r.team_id = ?1 ORDER BY r.seq"
            ))?;
            let rows = stmt
                .query_map([team.to_string()], reflection_row)?
                .collect::<Result<Vec<_>, _>>()?;
            rows.into_iter().map(build).collect()
        })
        .await
    }

    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        detail: &str,
        now: i64,
    ) -> Result<(), DbError> {
        let (actor, action, detail) = (actor.to_string(), action.to_string(), detail.to_string());
        self.run(move |c| {
            audit_tx(c, &actor, &action, &detail, now)?;
            Ok(())
        })
        .await
    }

    pub async fn audit_log(
        &self,
        limit: i64,
    ) -> Result<Vec<(i64, String, String, String)>, DbError> {
        self.run(move |c| {
            let mut stmt = c.prepare(
                "SELECT at, actor, action, detail FROM audit ORDER BY seq DESC LIMIT ?1",
            )?;
            let rows = stmt
                .query_map([limit], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await
    }
}

fn audit_tx(
    c: &Connection,
    actor: &str,
    action: &str,
    detail: &str,
    now: i64,
) -> rusqlite::Result<()> {
    c.execute(
        "INSERT INTO audit (at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)",
        params![now, actor, action, detail],
    )?;
    Ok(())
}
