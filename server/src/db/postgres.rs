//! The PostgreSQL backend, for teams that run several stateless servers against one database.
//! A small pool of connections. Only queries here: the rules are in `rules`, rows are read by
//! `rows`, the schema is migrated by `migrate`.

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime};
use tokio_postgres::{GenericClient, NoTls};
use tokio_postgres_rustls::MakeRustlsConnect;
use uuid::Uuid;

use super::pg_address::{WAIT, parse_address};
use super::rows::{self, Columns, TEAM_REPLIES, TEAM_REPLIES_ORDER, themes_to_text};
use super::rules::{self, Actor, AuditAction, AuditEntry, ENROL_REFUSED_DETAIL};
use super::{
    AuditRow, Backend, Batch, DbError, DbResult, Device, Enrolment, IngestOutcome, Ingested,
    JudgementCount, ListFilter, NewCode, NewReflection, NewReply, NewSession, NewState,
    NewSupervisor, Page, ReflectionWithReplies, ReflectionsResult, Reply, ReplyChange,
    ReplyChanged, Session, SignalCounts, Supervisor, Team, ThemeCount, migrate,
};

const POOL: usize = 8;

/// The advisory lock that makes replies' sequence numbers commit in order (see `add_reply`).
const REPLY_SEQUENCE_LOCK: i64 = 0x444F_4F52_5245_504C;

/// The supervisor's list's filters over `reflections r`, parameters $1 to $5 and $7 to $10
/// ([`ListParams`]; $6 is the search, [`list_where`]).
const LIST_WHERE: &str = "r.team_id = $1 AND ($2::TEXT IS NULL OR r.themes LIKE $2)
    AND ($3::TEXT IS NULL OR r.week = $3) AND ($4::TEXT IS NULL OR r.state = $4)
    AND ($5::TEXT IS NULL OR r.device_id = $5)
    AND ($7::TEXT IS NULL OR r.judgement = $7) AND ($8::TEXT IS NULL OR r.decision = $8)
    AND ($9::BIGINT IS NULL OR r.urgency >= $9) AND ($10::TEXT IS NULL OR r.case_key = $10)";

/// [`LIST_WHERE`] and the search, $6: over the stored tsvectors' GIN index when there is one (a
/// condition of its own, not `$6 IS NULL OR …`, so that every plan can use the index).
fn list_where(search: bool) -> String {
    if search {
        format!(
            "{LIST_WHERE} AND r.seq IN (SELECT x.seq FROM reflection_search x
                 WHERE x.search @@ websearch_to_tsquery('english', $6))"
        )
    } else {
        format!("{LIST_WHERE} AND $6::TEXT IS NULL")
    }
}

/// The supervisor's list: the team's reflections ($1) filtered by theme, week, state, device and
/// search ($2 to $6), in `order`, $7 of them from $8 (public for the test that EXPLAINs it).
pub fn list_sql(order: super::ListOrder, search: bool) -> String {
    format!(
        "SELECT {} FROM reflections r WHERE {} ORDER BY {} LIMIT $11 OFFSET $12",
        rows::REFLECTION,
        list_where(search),
        order.sql()
    )
}

/// How many reflections [`list_sql`] would list in all ($1 to $10 the same).
pub fn count_sql(search: bool) -> String {
    format!(
        "SELECT count(*) AS n FROM reflections r WHERE {}",
        list_where(search)
    )
}

/// The values of [`LIST_WHERE`]'s parameters.
struct ListParams {
    team: String,
    theme: Option<String>,
    week: Option<String>,
    state: Option<&'static str>,
    device: Option<String>,
    search: Option<String>,
    judgement: Option<String>,
    decision: Option<String>,
    min_urgency: Option<i64>,
    case_key: Option<String>,
}

impl ListParams {
    fn of(team: Uuid, f: &ListFilter) -> ListParams {
        ListParams {
            team: team.to_string(),
            theme: f.theme.as_ref().map(|t| format!("%\"{t}\"%")),
            week: f.week.clone(),
            state: f.state.map(|s| s.as_str()),
            device: f.device.map(|d| d.to_string()),
            search: f.search.as_deref().and_then(rules::pg_search),
            judgement: f.judgement.clone(),
            decision: f.decision.clone(),
            min_urgency: f.min_urgency,
            case_key: f.case_key.clone(),
        }
    }

    /// $1 to $10, in order (the list adds its limit and offset).
    fn values(&self) -> Vec<Param<'_>> {
        vec![
            &self.team,
            &self.theme,
            &self.week,
            &self.state,
            &self.device,
            &self.search,
            &self.judgement,
            &self.decision,
            &self.min_urgency,
            &self.case_key,
        ]
    }
}

/// A query parameter.
type Param<'a> = &'a (dyn tokio_postgres::types::ToSql + Sync);

/// The PostgreSQL backend: a deadpool pool of `POOL` connections, plain or TLS.
#[derive(Clone)]
pub struct Postgres {
    pool: Pool,
}

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Postgres").finish_non_exhaustive()
    }
}

async fn write_audit(c: &impl GenericClient, e: &AuditEntry) -> Result<(), DbError> {
    c.execute(
        "INSERT INTO audit (at, actor, action, detail) VALUES ($1, $2, $3, $4)",
        &[&e.at, &e.actor, &e.action, &e.detail],
    )
    .await?;
    Ok(())
}

mod ingest;
mod replies;

impl Postgres {
    /// Connects (TLS when the address asks for it) and migrates the schema.
    pub async fn open(address: &str) -> Result<Postgres, DbError> {
        let (config, tls) = parse_address(address)?;
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = match tls {
            Some(tls) => Manager::from_config(config, MakeRustlsConnect::new(tls), manager_config),
            None => Manager::from_config(config, NoTls, manager_config),
        };
        let pool = Pool::builder(manager)
            .max_size(POOL)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(WAIT))
            .create_timeout(Some(WAIT))
            .recycle_timeout(Some(WAIT))
            .build()
            .map_err(|e| DbError::Invalid(format!("the connection pool: {e}")))?;
        // At start, say why a connection cannot be made (the whole chain: "TLS handshake:
        // invalid peer certificate: UnknownIssuer").
        let mut first = pool.get().await.map_err(|e| {
            let mut why = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                why.push_str(": ");
                why.push_str(&s.to_string());
                source = s.source();
            }
            DbError::Invalid(format!("cannot connect to PostgreSQL: {why}"))
        })?;
        migrate::postgres(&mut first).await?;
        drop(first);
        Ok(Postgres { pool })
    }

    /// A connection from the pool; `Unavailable` when none comes within `WAIT`.
    async fn client(&self) -> Result<deadpool_postgres::Object, DbError> {
        self.pool.get().await.map_err(|e| {
            tracing::warn!(error = %e, "no PostgreSQL connection");
            DbError::Unavailable
        })
    }

    /// Rows of a query, each read by `read`.
    async fn all<T>(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
        read: impl Fn(&tokio_postgres::Row) -> Result<T, DbError>,
    ) -> Result<Vec<T>, DbError> {
        let g = self.client().await?;
        let c = &**g;
        c.query(sql, params).await?.iter().map(read).collect()
    }

    /// The first row of a query, if any, read by `read`.
    async fn one<T>(
        &self,
        sql: &str,
        params: &[&(dyn tokio_postgres::types::ToSql + Sync)],
        read: impl Fn(&tokio_postgres::Row) -> Result<T, DbError>,
    ) -> Result<Option<T>, DbError> {
        let g = self.client().await?;
        let c = &**g;
        c.query_opt(sql, params)
            .await?
            .as_ref()
            .map(read)
            .transpose()
    }
}

#[async_trait::async_trait]
impl Backend for Postgres {
    fn kind(&self) -> &'static str {
        "postgres"
    }

    async fn instance_id(&self) -> DbResult<Uuid> {
        let sql = "SELECT value FROM meta WHERE key = 'instance_id'";
        self.one(sql, &[], |r| r.id("value"))
            .await?
            .ok_or_else(|| DbError::Invalid("the database has no identity".into()))
    }

    async fn create_team(&self, name: &str, now: i64) -> DbResult<Team> {
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let id = Uuid::now_v7();
        let sql = "INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3)
                   ON CONFLICT (name) DO NOTHING";
        if tx.execute(sql, &[&id.to_string(), &name, &now]).await? == 0 {
            return Err(DbError::Invalid(
                "a team with that name already exists".into(),
            ));
        }
        let entry = AuditEntry::new(
            &Actor::Admin,
            AuditAction::TeamCreate,
            format!("team {id}"),
            now,
        );
        write_audit(&tx, &entry).await?;
        tx.commit().await?;
        Ok(Team {
            id,
            name: name.to_string(),
            created_at: now,
        })
    }

    async fn find_team(&self, id_or_name: &str) -> DbResult<Option<Team>> {
        let sql = format!(
            "SELECT {} FROM teams WHERE id = $1 OR name = $1",
            rows::TEAM
        );
        self.one(&sql, &[&id_or_name], rows::team).await
    }

    async fn create_enrol_code(&self, code: &NewCode, now: i64) -> DbResult<()> {
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let sql = "INSERT INTO enrol_codes (code_hash, team_id, expires_at, created_at)
                   VALUES ($1, $2, $3, $4)";
        tx.execute(
            sql,
            &[
                &code.code_hash,
                &code.team.to_string(),
                &code.expires_at,
                &now,
            ],
        )
        .await?;
        let entry = AuditEntry::new(
            &Actor::Admin,
            AuditAction::EnrolCodeCreate,
            format!("team {}", code.team),
            now,
        );
        write_audit(&tx, &entry).await?;
        tx.commit().await?;
        Ok(())
    }

    async fn enrol(&self, enrolment: &Enrolment<'_>, now: i64) -> DbResult<Option<Device>> {
        let Enrolment {
            code_hash,
            label,
            token_hash,
        } = *enrolment;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let used = "UPDATE enrol_codes SET used_at = $2
                    WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING team_id";
        let Some(team) = tx.query_opt(used, &[&code_hash, &now]).await? else {
            let entry = AuditEntry::new(
                &Actor::UnenrolledDevice,
                AuditAction::EnrolRefused,
                ENROL_REFUSED_DETAIL,
                now,
            );
            write_audit(&tx, &entry).await?;
            tx.commit().await?;
            return Ok(None);
        };
        let team = team.id("team_id")?;
        let id = Uuid::now_v7();
        let sql = "INSERT INTO devices (id, team_id, label, token_hash, created_at)
                   VALUES ($1, $2, $3, $4, $5)";
        tx.execute(
            sql,
            &[
                &id.to_string(),
                &team.to_string(),
                &label,
                &token_hash,
                &now,
            ],
        )
        .await?;
        let entry = AuditEntry::new(
            &Actor::Device(id),
            AuditAction::DeviceEnrol,
            format!("team {team}"),
            now,
        );
        write_audit(&tx, &entry).await?;
        tx.commit().await?;
        Ok(Some(Device {
            id,
            team_id: team,
            label: label.to_string(),
            created_at: now,
            revoked_at: None,
            last_seen_at: None,
            person: None,
        }))
    }

    async fn device_by_token(&self, token_hash: &str, now: i64) -> DbResult<Option<Device>> {
        let sql = format!("SELECT {} FROM devices WHERE token_hash = $1", rows::DEVICE);
        let Some(d) = self.one(&sql, &[&token_hash], rows::device).await? else {
            return Ok(None);
        };
        if rules::touch_last_seen(d.last_seen_at, now) {
            let g = self.client().await?;
            let c = &**g;
            c.execute(
                "UPDATE devices SET last_seen_at = $2 WHERE id = $1",
                &[&d.id.to_string(), &now],
            )
            .await?;
        }
        Ok(Some(d))
    }

    async fn list_devices(&self, team: Option<Uuid>) -> DbResult<Vec<Device>> {
        let sql = format!(
            "SELECT {} FROM devices WHERE $1::TEXT IS NULL OR team_id = $1 ORDER BY created_at, id",
            rows::DEVICE
        );
        self.all(&sql, &[&team.map(|t| t.to_string())], rows::device)
            .await
    }

    async fn revoke_device(&self, id: Uuid, now: i64) -> DbResult<bool> {
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let sql = "UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1";
        let revoked = tx.execute(sql, &[&id.to_string(), &now]).await? > 0;
        if revoked {
            let entry = AuditEntry::new(
                &Actor::Admin,
                AuditAction::DeviceRevoke,
                format!("device {id}"),
                now,
            );
            write_audit(&tx, &entry).await?;
        }
        tx.commit().await?;
        Ok(revoked)
    }

    async fn ingest(&self, device: &Device, batch: Batch) -> DbResult<IngestOutcome> {
        self.ingest_batch(device, batch).await
    }

    async fn index_search(&self, limit: i64) -> DbResult<i64> {
        self.index_pending(limit).await
    }

    async fn search_pending(&self, team: Uuid) -> DbResult<i64> {
        self.count_pending(team).await
    }

    async fn throttle(
        &self,
        request: &rules::BucketRequest<'_>,
    ) -> DbResult<Option<rules::Bucket>> {
        self.shared_bucket(request).await.map(Some)
    }

    async fn prune_throttles(&self) -> DbResult<()> {
        self.prune_buckets().await
    }

    async fn replies_after(&self, device: Uuid, page: Page) -> DbResult<(Vec<Reply>, i64)> {
        let Page { after, limit } = page;
        let id = device.to_string();
        let max_sql =
            "SELECT coalesce(max(seq), 0)::BIGINT AS max FROM replies WHERE device_id = $1";
        let max = self
            .one(max_sql, &[&id], |r| r.int("max"))
            .await?
            .unwrap_or(0);
        let sql = format!(
            "SELECT {} FROM replies f JOIN supervisors s ON s.id = f.supervisor_id
             WHERE f.device_id = $1 AND f.seq > $2 ORDER BY f.seq LIMIT $3",
            rows::REPLY
        );
        let items = self.all(&sql, &[&id, &after, &limit], rows::reply).await?;
        Ok((items, max))
    }

    async fn create_supervisor(&self, new: &NewSupervisor<'_>, now: i64) -> DbResult<Uuid> {
        let NewSupervisor {
            team,
            username,
            password_hash,
            display_name,
        } = *new;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let id = Uuid::now_v7();
        let sql = "INSERT INTO supervisors (id, team_id, username, password_hash, created_at,
                       display_name)
                   VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING";
        let values: [&(dyn tokio_postgres::types::ToSql + Sync); 6] = [
            &id.to_string(),
            &team.to_string(),
            &username,
            &password_hash,
            &now,
            &display_name,
        ];
        if tx.execute(sql, &values).await? == 0 {
            return Err(DbError::Invalid("that username is taken".into()));
        }
        let detail = format!("supervisor {username}, team {team}");
        write_audit(
            &tx,
            &AuditEntry::new(&Actor::Admin, AuditAction::SupervisorCreate, detail, now),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn supervisor_by_username(&self, username: &str) -> DbResult<Option<Supervisor>> {
        let sql = format!(
            "SELECT {} FROM supervisors s WHERE s.username = $1",
            rows::SUPERVISOR
        );
        self.one(&sql, &[&username], rows::supervisor).await
    }

    async fn create_session(&self, session: &NewSession<'_>, now: i64) -> DbResult<bool> {
        let NewSession {
            token_hash,
            supervisor,
            csrf,
            expires_at,
        } = *session;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        // The supervisor's row is locked by the reset or the disable that changes it, so this
        // insert sees the generation as it is once that change has committed.
        let sql = "INSERT INTO sessions (token_hash, supervisor_id, csrf, expires_at, last_seen_at)
                   SELECT $1, id, $3, $4, $5 FROM supervisors
                   WHERE id = $2 AND credential_gen = $6 AND disabled_at IS NULL
                   FOR SHARE";
        let opened = tx
            .execute(
                sql,
                &[
                    &token_hash,
                    &supervisor.id.to_string(),
                    &csrf,
                    &expires_at,
                    &now,
                    &supervisor.credential_gen,
                ],
            )
            .await?
            == 1;
        if opened {
            let actor = Actor::Supervisor(supervisor.username.clone());
            write_audit(&tx, &AuditEntry::new(&actor, AuditAction::Login, "", now)).await?;
        }
        tx.commit().await?;
        Ok(opened)
    }

    async fn session(&self, token_hash: &str) -> DbResult<Option<Session>> {
        let sql = format!(
            "SELECT {}, {} FROM sessions x JOIN supervisors s ON s.id = x.supervisor_id
             WHERE x.token_hash = $1",
            rows::SUPERVISOR,
            rows::SESSION
        );
        self.one(&sql, &[&token_hash], rows::session).await
    }

    async fn touch_session(&self, token_hash: &str, now: i64) -> DbResult<()> {
        let g = self.client().await?;
        let c = &**g;
        c.execute(
            "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1",
            &[&token_hash, &now],
        )
        .await?;
        Ok(())
    }

    async fn list_supervisors(&self, team: Option<Uuid>) -> DbResult<Vec<Supervisor>> {
        let sql = format!(
            "SELECT {} FROM supervisors s WHERE $1::TEXT IS NULL OR s.team_id = $1 ORDER BY s.username",
            rows::SUPERVISOR
        );
        self.all(&sql, &[&team.map(|t| t.to_string())], rows::supervisor)
            .await
    }

    async fn set_supervisor_disabled(&self, id: Uuid, disabled: bool, now: i64) -> DbResult<bool> {
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let sql =
            "UPDATE supervisors SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, $3) END,
                   credential_gen = credential_gen + 1 WHERE id = $1";
        let found = tx.execute(sql, &[&id.to_string(), &disabled, &now]).await? > 0;
        if found {
            if disabled {
                tx.execute(
                    "DELETE FROM sessions WHERE supervisor_id = $1",
                    &[&id.to_string()],
                )
                .await?;
            }
            let action = if disabled {
                AuditAction::SupervisorDisable
            } else {
                AuditAction::SupervisorEnable
            };
            let entry = AuditEntry::new(&Actor::Admin, action, format!("supervisor {id}"), now);
            write_audit(&tx, &entry).await?;
        }
        tx.commit().await?;
        Ok(found)
    }

    async fn set_password(&self, id: Uuid, password_hash: &str, now: i64) -> DbResult<bool> {
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let sql = "UPDATE supervisors SET password_hash = $2, credential_gen = credential_gen + 1
                   WHERE id = $1";
        let found = tx.execute(sql, &[&id.to_string(), &password_hash]).await? > 0;
        if found {
            tx.execute(
                "DELETE FROM sessions WHERE supervisor_id = $1",
                &[&id.to_string()],
            )
            .await?;
            let entry = AuditEntry::new(
                &Actor::Admin,
                AuditAction::SupervisorPasswordReset,
                format!("supervisor {id}"),
                now,
            );
            write_audit(&tx, &entry).await?;
        }
        tx.commit().await?;
        Ok(found)
    }

    async fn delete_session(&self, token_hash: &str) -> DbResult<()> {
        let g = self.client().await?;
        let c = &**g;
        c.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .await?;
        Ok(())
    }

    async fn list_reflections(&self, team: Uuid, filter: &ListFilter) -> ReflectionsResult {
        let sql = list_sql(filter.order, filter.search.is_some());
        let p = ListParams::of(team, filter);
        let mut values = p.values();
        values.extend([&filter.limit as Param, &filter.offset]);
        self.all(&sql, &values, rows::reflection).await
    }

    async fn count_reflections(&self, team: Uuid, filter: &ListFilter) -> DbResult<i64> {
        let p = ListParams::of(team, filter);
        let sql = count_sql(p.search.is_some());
        let n = self.one(&sql, &p.values(), |r| r.int("n")).await?;
        Ok(n.unwrap_or(0))
    }

    async fn set_state(&self, change: &NewState<'_>, now: i64) -> DbResult<bool> {
        let NewState {
            supervisor,
            reflection,
            state,
            ref discussed_on,
        } = *change;
        let mut g = self.client().await?;
        let tx = (**g).transaction().await?;
        let n = tx
            .execute(
                "UPDATE reflections SET state = $1, discussed_on = $2 WHERE id = $3 AND team_id = $4",
                &[
                    &state.as_str(),
                    discussed_on,
                    &reflection.to_string(),
                    &supervisor.team_id.to_string(),
                ],
            )
            .await?;
        if n == 0 {
            return Ok(false);
        }
        let entry = AuditEntry::new(
            &Actor::Supervisor(supervisor.username.clone()),
            AuditAction::StateSet,
            rules::state_detail(reflection, state, discussed_on.as_deref()),
            now,
        );
        write_audit(&tx, &entry).await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn reflection(&self, team: Uuid, id: Uuid) -> DbResult<Option<ReflectionWithReplies>> {
        let sql = format!(
            "SELECT {} FROM reflections r WHERE r.id = $1 AND r.team_id = $2",
            rows::REFLECTION
        );
        let found = self
            .one(
                &sql,
                &[&id.to_string(), &team.to_string()],
                rows::reflection,
            )
            .await?;
        let Some(r) = found else { return Ok(None) };
        let sql = format!(
            "SELECT {} FROM replies f JOIN supervisors s ON s.id = f.supervisor_id
             WHERE f.reflection_id = $1 ORDER BY f.number",
            rows::REPLY
        );
        let replies = self.all(&sql, &[&id.to_string()], rows::reply).await?;
        Ok(Some((r, replies)))
    }

    async fn add_reply(&self, reply: &NewReply<'_>, now: i64) -> DbResult<Option<i64>> {
        self.new_reply(reply, now).await
    }

    async fn change_reply(&self, change: &ReplyChange<'_>, now: i64) -> DbResult<ReplyChanged> {
        self.replace_reply(change, now).await
    }

    async fn signal_counts(&self, team: Uuid, weeks: (&str, &str)) -> DbResult<SignalCounts> {
        let (team, from, to) = (team.to_string(), weeks.0, weeks.1);
        let total = self
            .one(
                "SELECT count(*)::BIGINT AS n FROM reflections WHERE team_id = $1
                 AND signals IS NOT NULL AND week BETWEEN $2 AND $3",
                &[&team, &from, &to],
                |r| r.int("n"),
            )
            .await?
            .unwrap_or(0);
        let counts = self
            .all(
                "SELECT j.signal AS signal, count(*)::BIGINT AS n FROM reflections r
                 CROSS JOIN LATERAL jsonb_array_elements_text(r.signals::jsonb) AS j(signal)
                 WHERE r.team_id = $1 AND r.signals IS NOT NULL AND r.week BETWEEN $2 AND $3
                 GROUP BY j.signal",
                &[&team, &from, &to],
                |r| Ok((r.text("signal")?, r.int("n")?)),
            )
            .await?;
        Ok((total, counts))
    }

    async fn judgement_counts(
        &self,
        team: Uuid,
        weeks: (&str, &str),
    ) -> DbResult<Vec<JudgementCount>> {
        let (team, from, to) = (team.to_string(), weeks.0, weeks.1);
        self.all(
            rows::JUDGEMENT_COUNTS_POSTGRES,
            &[&team, &from, &to],
            rows::judgement_count,
        )
        .await
    }

    async fn theme_counts(&self, team: Uuid) -> DbResult<Vec<ThemeCount>> {
        let sql = "SELECT r.week AS week, j.theme AS theme, count(j.theme)::BIGINT AS n
                   FROM reflections r
                   LEFT JOIN LATERAL jsonb_array_elements_text(r.themes::jsonb) AS j(theme) ON true
                   WHERE r.team_id = $1 GROUP BY r.week, j.theme";
        self.all(sql, &[&team.to_string()], rows::theme_count).await
    }

    async fn all_reflections(&self, team: Uuid) -> ReflectionsResult {
        let sql = format!(
            "SELECT {} FROM reflections r WHERE r.team_id = $1 ORDER BY r.seq",
            rows::REFLECTION
        );
        self.all(&sql, &[&team.to_string()], rows::reflection).await
    }

    async fn waiting_counts(&self, team: Uuid) -> DbResult<(i64, i64)> {
        let sql = rows::waiting_sql("$1", "::BIGINT");
        let n = self
            .one(&sql, &[&team.to_string()], |r| {
                Ok((r.int("waiting")?, r.int("urgent")?))
            })
            .await?;
        Ok(n.unwrap_or((0, 0)))
    }

    async fn team_replies(&self, team: Uuid) -> DbResult<Vec<Reply>> {
        let sql = format!("{TEAM_REPLIES} WHERE r.team_id = $1 {TEAM_REPLIES_ORDER}");
        self.all(&sql, &[&team.to_string()], rows::reply).await
    }

    async fn audit(&self, entry: AuditEntry) -> DbResult<()> {
        let g = self.client().await?;
        write_audit(&**g, &entry).await
    }

    async fn audit_log(&self, limit: i64) -> DbResult<Vec<AuditRow>> {
        let sql = "SELECT at, actor, action, detail FROM audit ORDER BY seq DESC LIMIT $1";
        self.all(sql, &[&limit], rows::audit).await
    }
}
