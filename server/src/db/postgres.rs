//! The PostgreSQL backend, for teams that run several stateless servers against one database.
//! A small pool of connections; the schema is created under an advisory lock so that servers
//! starting together do not race.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use tokio::sync::Mutex;
use tokio_postgres::{Client, NoTls, Row};
use uuid::Uuid;

use super::{
    DbError, Device, Feedback, Ingested, ListFilter, NewReflection, SCHEMA_VERSION,
    StoredReflection, Supervisor, Team, parse_uuid, themes_from_text, themes_to_text,
};

const SCHEMA: &str = r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE teams (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL);
CREATE TABLE enrol_codes (
    code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    expires_at BIGINT NOT NULL, used_at BIGINT, created_at BIGINT NOT NULL);
CREATE TABLE devices (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at BIGINT NOT NULL, revoked_at BIGINT,
    last_seen_at BIGINT);
CREATE TABLE reflections (
    seq BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE,
    team_id TEXT NOT NULL REFERENCES teams(id), device_id TEXT NOT NULL REFERENCES devices(id),
    week TEXT NOT NULL, content_version TEXT NOT NULL, themes TEXT NOT NULL, text TEXT NOT NULL,
    body_hash TEXT NOT NULL, received_at BIGINT NOT NULL);
CREATE INDEX reflections_team ON reflections(team_id, seq);
CREATE TABLE supervisors (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE TABLE feedback (
    seq BIGSERIAL PRIMARY KEY, reflection_id TEXT NOT NULL REFERENCES reflections(id),
    device_id TEXT NOT NULL, team_id TEXT NOT NULL, supervisor_id TEXT NOT NULL,
    text TEXT NOT NULL, created_at BIGINT NOT NULL);
CREATE INDEX feedback_device ON feedback(device_id, seq);
CREATE INDEX feedback_reflection ON feedback(reflection_id);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY, supervisor_id TEXT NOT NULL REFERENCES supervisors(id),
    csrf TEXT NOT NULL, expires_at BIGINT NOT NULL);
CREATE TABLE audit (
    seq BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
    detail TEXT NOT NULL);
"#;

const POOL: usize = 8;

/// The PostgreSQL backend.
#[derive(Debug, Clone)]
pub struct Postgres {
    address: Arc<String>,
    clients: Arc<Vec<Mutex<Option<Client>>>>,
    next: Arc<AtomicUsize>,
}

async fn connect(address: &str) -> Result<Client, DbError> {
    let (client, connection) = tokio_postgres::connect(address, NoTls).await?;
    tokio::spawn(async move {
        // The connection ends when the client is dropped or the server goes; the next use
        // reconnects.
        let _ = connection.await;
    });
    Ok(client)
}

const REFLECTION_COLUMNS: &str = "r.id, r.team_id, r.device_id, r.week, r.content_version,
    r.themes, r.text, r.body_hash, r.received_at, r.seq,
    (SELECT count(*) FROM feedback f WHERE f.reflection_id = r.id)";

fn reflection(row: &Row) -> Result<StoredReflection, DbError> {
    Ok(StoredReflection {
        id: parse_uuid(row.try_get(0)?)?,
        team_id: parse_uuid(row.try_get(1)?)?,
        device_id: parse_uuid(row.try_get(2)?)?,
        week: row.try_get(3)?,
        content_version: row.try_get(4)?,
        themes: themes_from_text(row.try_get(5)?),
        text: row.try_get(6)?,
        body_hash: row.try_get(7)?,
        received_at: row.try_get(8)?,
        seq: row.try_get(9)?,
        replies: row.try_get(10)?,
    })
}

fn device(row: &Row) -> Result<Device, DbError> {
    Ok(Device {
        id: parse_uuid(row.try_get(0)?)?,
        team_id: parse_uuid(row.try_get(1)?)?,
        label: row.try_get(2)?,
        created_at: row.try_get(3)?,
        revoked_at: row.try_get(4)?,
        last_seen_at: row.try_get(5)?,
    })
}

fn supervisor(row: &Row) -> Result<Supervisor, DbError> {
    Ok(Supervisor {
        id: parse_uuid(row.try_get(0)?)?,
        team_id: parse_uuid(row.try_get(1)?)?,
        username: row.try_get(2)?,
        password_hash: row.try_get(3)?,
    })
}

async fn audit_in(
    c: &impl tokio_postgres::GenericClient,
    actor: &str,
    action: &str,
    detail: &str,
    now: i64,
) -> Result<(), DbError> {
    c.execute(
        "INSERT INTO audit (at, actor, action, detail) VALUES ($1, $2, $3, $4)",
        &[&now, &actor, &action, &detail],
    )
    .await?;
    Ok(())
}

impl Postgres {
    /// Connects and creates the schema if it is not there.
    pub async fn open(address: &str) -> Result<Postgres, DbError> {
        let mut first = connect(address).await?;
        let tx = first.transaction().await?;
        tx.execute("SELECT pg_advisory_xact_lock(4242424242)", &[])
            .await?;
        let has_meta: bool = tx
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM information_schema.tables WHERE table_name = 'meta' AND table_schema = current_schema())",
                &[],
            )
            .await?
            .try_get(0)?;
        if has_meta {
            let version: Option<String> = tx
                .query_opt("SELECT value FROM meta WHERE key = 'schema_version'", &[])
                .await?
                .map(|r| r.try_get(0))
                .transpose()?;
            let found: i64 = version.and_then(|v| v.parse().ok()).unwrap_or(0);
            if found > SCHEMA_VERSION {
                return Err(DbError::NewerSchema {
                    found,
                    supported: SCHEMA_VERSION,
                });
            }
        } else {
            tx.batch_execute(SCHEMA).await?;
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('instance_id', $1), ('schema_version', $2)",
                &[&Uuid::now_v7().to_string(), &SCHEMA_VERSION.to_string()],
            )
            .await?;
        }
        tx.commit().await?;
        let mut clients = vec![Mutex::new(Some(first))];
        for _ in 1..POOL {
            clients.push(Mutex::new(None));
        }
        Ok(Postgres {
            address: Arc::new(address.to_string()),
            clients: Arc::new(clients),
            next: Arc::new(AtomicUsize::new(0)),
        })
    }

    /// A connection from the pool (reconnecting one that has gone).
    async fn client(&self) -> Result<tokio::sync::MutexGuard<'_, Option<Client>>, DbError> {
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.clients.len();
        let mut guard = self.clients[i].lock().await;
        if guard.as_ref().is_none_or(Client::is_closed) {
            *guard = Some(connect(&self.address).await?);
        }
        Ok(guard)
    }

    pub async fn instance_id(&self) -> Result<Uuid, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_one("SELECT value FROM meta WHERE key = 'instance_id'", &[])
            .await?;
        parse_uuid(row.try_get(0)?)
    }

    pub async fn create_team(&self, name: &str, now: i64) -> Result<Team, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let id = Uuid::now_v7();
        let tx = c.transaction().await?;
        let n = tx
            .execute(
                "INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING",
                &[&id.to_string(), &name, &now],
            )
            .await?;
        if n == 0 {
            return Err(DbError::Invalid(
                "a team with that name already exists".into(),
            ));
        }
        audit_in(&tx, "admin", "team_create", &format!("team {id}"), now).await?;
        tx.commit().await?;
        Ok(Team {
            id,
            name: name.to_string(),
            created_at: now,
        })
    }

    pub async fn find_team(&self, id_or_name: &str) -> Result<Option<Team>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_opt(
                "SELECT id, name, created_at FROM teams WHERE id = $1 OR name = $1",
                &[&id_or_name],
            )
            .await?;
        row.map(|r| {
            Ok(Team {
                id: parse_uuid(r.try_get(0)?)?,
                name: r.try_get(1)?,
                created_at: r.try_get(2)?,
            })
        })
        .transpose()
    }

    pub async fn create_enrol_code(
        &self,
        team: Uuid,
        code_hash: &str,
        expires_at: i64,
        now: i64,
    ) -> Result<(), DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let tx = c.transaction().await?;
        tx.execute(
            "INSERT INTO enrol_codes (code_hash, team_id, expires_at, created_at) VALUES ($1, $2, $3, $4)",
            &[&code_hash, &team.to_string(), &expires_at, &now],
        )
        .await?;
        audit_in(
            &tx,
            "admin",
            "enrol_code_create",
            &format!("team {team}"),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn enrol(
        &self,
        code_hash: &str,
        label: &str,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let tx = c.transaction().await?;
        let team: Option<String> = tx
            .query_opt(
                "UPDATE enrol_codes SET used_at = $2
                 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING team_id",
                &[&code_hash, &now],
            )
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let Some(team) = team else {
            audit_in(
                &tx,
                "device",
                "enrol_refused",
                "unknown, used or expired code",
                now,
            )
            .await?;
            tx.commit().await?;
            return Ok(None);
        };
        let id = Uuid::now_v7();
        tx.execute(
            "INSERT INTO devices (id, team_id, label, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
            &[&id.to_string(), &team, &label, &token_hash, &now],
        )
        .await?;
        audit_in(
            &tx,
            &format!("device {id}"),
            "device_enrol",
            &format!("team {team}"),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(Device {
            id,
            team_id: parse_uuid(&team)?,
            label: label.to_string(),
            created_at: now,
            revoked_at: None,
            last_seen_at: None,
        }))
    }

    pub async fn device_by_token(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<Device>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_opt(
                "SELECT id, team_id, label, created_at, revoked_at, last_seen_at FROM devices WHERE token_hash = $1",
                &[&token_hash],
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let d = device(&row)?;
        if d.last_seen_at.is_none_or(|t| t < now - 60) {
            c.execute(
                "UPDATE devices SET last_seen_at = $2 WHERE id = $1",
                &[&d.id.to_string(), &now],
            )
            .await?;
        }
        Ok(Some(d))
    }

    pub async fn list_devices(&self, team: Option<Uuid>) -> Result<Vec<Device>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let team = team.map(|t| t.to_string());
        let rows = c
            .query(
                "SELECT id, team_id, label, created_at, revoked_at, last_seen_at FROM devices
                 WHERE $1::TEXT IS NULL OR team_id = $1 ORDER BY created_at, id",
                &[&team],
            )
            .await?;
        rows.iter().map(device).collect()
    }

    pub async fn revoke_device(&self, id: Uuid, now: i64) -> Result<bool, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let tx = c.transaction().await?;
        let n = tx
            .execute(
                "UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1",
                &[&id.to_string(), &now],
            )
            .await?;
        if n > 0 {
            audit_in(&tx, "admin", "device_revoke", &format!("device {id}"), now).await?;
        }
        tx.commit().await?;
        Ok(n > 0)
    }

    pub async fn ingest(
        &self,
        device: &Device,
        items: Vec<NewReflection>,
        now: i64,
    ) -> Result<Vec<Ingested>, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let (device_id, team_id) = (device.id.to_string(), device.team_id.to_string());
        let tx = c.transaction().await?;
        let insert = tx
            .prepare(
                "INSERT INTO reflections (id, team_id, device_id, week, content_version, themes,
                     text, body_hash, received_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING",
            )
            .await?;
        let find = tx
            .prepare("SELECT body_hash, device_id FROM reflections WHERE id = $1")
            .await?;
        let mut out = Vec::with_capacity(items.len());
        let mut stored = 0;
        for item in items {
            let id = item.id.to_string();
            let n = tx
                .execute(
                    &insert,
                    &[
                        &id,
                        &team_id,
                        &device_id,
                        &item.week,
                        &item.content_version,
                        &themes_to_text(&item.themes),
                        &item.text,
                        &item.body_hash,
                        &now,
                    ],
                )
                .await?;
            if n == 1 {
                stored += 1;
                out.push(Ingested::Stored);
                continue;
            }
            let row = tx.query_one(&find, &[&id]).await?;
            let (hash, dev): (String, String) = (row.try_get(0)?, row.try_get(1)?);
            out.push(if hash == item.body_hash && dev == device_id {
                Ingested::Duplicate
            } else {
                Ingested::Conflict
            });
        }
        if stored > 0 {
            audit_in(
                &tx,
                &format!("device {device_id}"),
                "ingest",
                &format!("{stored} reflections stored"),
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(out)
    }

    pub async fn feedback_after(
        &self,
        device: Uuid,
        after: i64,
        limit: i64,
    ) -> Result<(Vec<Feedback>, i64), DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let max: i64 = c
            .query_one("SELECT coalesce(max(seq), 0)::BIGINT FROM feedback", &[])
            .await?
            .try_get(0)?;
        let rows = c
            .query(
                "SELECT f.seq, f.reflection_id, f.text, f.created_at, s.username
                 FROM feedback f JOIN supervisors s ON s.id = f.supervisor_id
                 WHERE f.device_id = $1 AND f.seq > $2 ORDER BY f.seq LIMIT $3",
                &[&device.to_string(), &after, &limit],
            )
            .await?;
        let items = rows
            .iter()
            .map(|r| {
                Ok(Feedback {
                    seq: r.try_get(0)?,
                    reflection_id: parse_uuid(r.try_get(1)?)?,
                    text: r.try_get(2)?,
                    at: r.try_get(3)?,
                    supervisor: r.try_get(4)?,
                })
            })
            .collect::<Result<Vec<_>, DbError>>()?;
        Ok((items, max))
    }

    pub async fn create_supervisor(
        &self,
        team: Uuid,
        username: &str,
        password_hash: &str,
        now: i64,
    ) -> Result<Uuid, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let id = Uuid::now_v7();
        let tx = c.transaction().await?;
        let n = tx
            .execute(
                "INSERT INTO supervisors (id, team_id, username, password_hash, created_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (username) DO NOTHING",
                &[
                    &id.to_string(),
                    &team.to_string(),
                    &username,
                    &password_hash,
                    &now,
                ],
            )
            .await?;
        if n == 0 {
            return Err(DbError::Invalid("that username is taken".into()));
        }
        audit_in(
            &tx,
            "admin",
            "supervisor_create",
            &format!("supervisor {username}, team {team}"),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn supervisor_by_username(
        &self,
        username: &str,
    ) -> Result<Option<Supervisor>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_opt(
                "SELECT id, team_id, username, password_hash FROM supervisors WHERE username = $1",
                &[&username],
            )
            .await?;
        row.as_ref().map(supervisor).transpose()
    }

    pub async fn create_session(
        &self,
        token_hash: &str,
        supervisor: Uuid,
        csrf: &str,
        expires_at: i64,
    ) -> Result<(), DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        c.execute(
            "INSERT INTO sessions (token_hash, supervisor_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
            &[&token_hash, &supervisor.to_string(), &csrf, &expires_at],
        )
        .await?;
        Ok(())
    }

    pub async fn session(
        &self,
        token_hash: &str,
        now: i64,
    ) -> Result<Option<(Supervisor, String)>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_opt(
                "SELECT s.id, s.team_id, s.username, s.password_hash, x.csrf
                 FROM sessions x JOIN supervisors s ON s.id = x.supervisor_id
                 WHERE x.token_hash = $1 AND x.expires_at > $2",
                &[&token_hash, &now],
            )
            .await?;
        row.map(|r| Ok((supervisor(&r)?, r.try_get(4)?)))
            .transpose()
    }

    pub async fn delete_session(&self, token_hash: &str) -> Result<(), DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        c.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .await?;
        Ok(())
    }

    pub async fn list_reflections(
        &self,
        team: Uuid,
        filter: &ListFilter,
    ) -> Result<Vec<StoredReflection>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let theme = filter.theme.as_ref().map(|t| format!("%\"{t}\"%"));
        let rows = c
            .query(
                &format!(
                    "SELECT {REFLECTION_COLUMNS} FROM reflections r
                     WHERE r.team_id = $1 AND ($2::TEXT IS NULL OR r.themes LIKE $2)
                       AND ($3::TEXT IS NULL OR r.week = $3)
                     ORDER BY r.seq DESC LIMIT $4"
                ),
                &[&team.to_string(), &theme, &filter.week, &filter.limit],
            )
            .await?;
        rows.iter().map(reflection).collect()
    }

    pub async fn reflection(
        &self,
        team: Uuid,
        id: Uuid,
    ) -> Result<Option<(StoredReflection, Vec<Feedback>)>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let row = c
            .query_opt(
                &format!("SELECT {REFLECTION_COLUMNS} FROM reflections r WHERE r.id = $1 AND r.team_id = $2"),
                &[&id.to_string(), &team.to_string()],
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let replies = c
            .query(
                "SELECT f.seq, f.text, f.created_at, s.username FROM feedback f
                 JOIN supervisors s ON s.id = f.supervisor_id WHERE f.reflection_id = $1 ORDER BY f.seq",
                &[&id.to_string()],
            )
            .await?
            .iter()
            .map(|r| {
                Ok(Feedback {
                    seq: r.try_get(0)?,
                    reflection_id: id,
                    text: r.try_get(1)?,
                    at: r.try_get(2)?,
                    supervisor: r.try_get(3)?,
                })
            })
            .collect::<Result<Vec<_>, DbError>>()?;
        Ok(Some((reflection(&row)?, replies)))
    }

    pub async fn add_reply(
        &self,
        supervisor: &Supervisor,
        reflection: Uuid,
        text: &str,
        now: i64,
    ) -> Result<Option<i64>, DbError> {
        let mut g = self.client().await?;
        let c = g.as_mut().ok_or(DbError::Join)?;
        let tx = c.transaction().await?;
        let device: Option<String> = tx
            .query_opt(
                "SELECT device_id FROM reflections WHERE id = $1 AND team_id = $2",
                &[&reflection.to_string(), &supervisor.team_id.to_string()],
            )
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        let Some(device) = device else {
            return Ok(None);
        };
        let seq: i64 = tx
            .query_one(
                "INSERT INTO feedback (reflection_id, device_id, team_id, supervisor_id, text, created_at)
                 VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq",
                &[
                    &reflection.to_string(),
                    &device,
                    &supervisor.team_id.to_string(),
                    &supervisor.id.to_string(),
                    &text,
                    &now,
                ],
            )
            .await?
            .try_get(0)?;
        audit_in(
            &tx,
            &format!("supervisor {}", supervisor.username),
            "reply",
            &format!("reflection {reflection}"),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Some(seq))
    }

    pub async fn all_reflections(&self, team: Uuid) -> Result<Vec<StoredReflection>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let rows = c
            .query(
                &format!("SELECT {REFLECTION_COLUMNS} FROM reflections r WHERE r.team_id = $1 ORDER BY r.seq"),
                &[&team.to_string()],
            )
            .await?;
        rows.iter().map(reflection).collect()
    }

    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        detail: &str,
        now: i64,
    ) -> Result<(), DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        audit_in(c, actor, action, detail, now).await
    }

    pub async fn audit_log(
        &self,
        limit: i64,
    ) -> Result<Vec<(i64, String, String, String)>, DbError> {
        let g = self.client().await?;
        let c = g.as_ref().ok_or(DbError::Join)?;
        let rows = c
            .query(
                "SELECT at, actor, action, detail FROM audit ORDER BY seq DESC LIMIT $1",
                &[&limit],
            )
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?, r.try_get(3)?)))
            .collect()
    }
}
