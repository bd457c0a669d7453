//! Reading rows by column name, the same way for both backends: each backend's row type says how
//! to get a column; what a device, a reflection or a reply is made of is said once, here.

use uuid::Uuid;

use super::rules::{Existing, ReflectionState, StoredReply};
use super::{DbError, Device, Reply, Session, StoredReflection, Supervisor, Team};

/// A row whose columns can be read by name.
pub(crate) trait Columns {
    fn text(&self, column: &str) -> Result<String, DbError>;
    fn int(&self, column: &str) -> Result<i64, DbError>;
    fn opt_int(&self, column: &str) -> Result<Option<i64>, DbError>;
    fn opt_text(&self, column: &str) -> Result<Option<String>, DbError>;

    fn id(&self, column: &str) -> Result<Uuid, DbError> {
        parse_uuid(&self.text(column)?)
    }
}

impl Columns for rusqlite::Row<'_> {
    fn text(&self, column: &str) -> Result<String, DbError> {
        Ok(self.get(column)?)
    }
    fn int(&self, column: &str) -> Result<i64, DbError> {
        Ok(self.get(column)?)
    }
    fn opt_int(&self, column: &str) -> Result<Option<i64>, DbError> {
        Ok(self.get(column)?)
    }
    fn opt_text(&self, column: &str) -> Result<Option<String>, DbError> {
        Ok(self.get(column)?)
    }
}

impl Columns for tokio_postgres::Row {
    fn text(&self, column: &str) -> Result<String, DbError> {
        Ok(self.try_get(column)?)
    }
    fn int(&self, column: &str) -> Result<i64, DbError> {
        Ok(self.try_get(column)?)
    }
    fn opt_int(&self, column: &str) -> Result<Option<i64>, DbError> {
        Ok(self.try_get(column)?)
    }
    fn opt_text(&self, column: &str) -> Result<Option<String>, DbError> {
        Ok(self.try_get(column)?)
    }
}

pub(crate) fn parse_uuid(s: &str) -> Result<Uuid, DbError> {
    Uuid::parse_str(s).map_err(|_| DbError::Invalid("a stored id is not a UUID".into()))
}

pub(crate) fn themes_to_text(themes: &[String]) -> String {
    serde_json::to_string(themes).unwrap_or_else(|_| "[]".to_string())
}

fn themes_from_text(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

/// The columns of a team.
pub(crate) const TEAM: &str = "id, name, created_at";

pub(crate) fn team(r: &impl Columns) -> Result<Team, DbError> {
    Ok(Team {
        id: r.id("id")?,
        name: r.text("name")?,
        created_at: r.int("created_at")?,
    })
}

/// The columns of a device.
pub(crate) const DEVICE: &str = "id, team_id, label, created_at, revoked_at, last_seen_at, person";

pub(crate) fn device(r: &impl Columns) -> Result<Device, DbError> {
    Ok(Device {
        id: r.id("id")?,
        team_id: r.id("team_id")?,
        label: r.text("label")?,
        created_at: r.int("created_at")?,
        revoked_at: r.opt_int("revoked_at")?,
        last_seen_at: r.opt_int("last_seen_at")?,
        person: r.opt_text("person")?,
    })
}

/// The columns of a supervisor, from `supervisors s`.
pub(crate) const SUPERVISOR: &str = "s.id, s.team_id, s.username, s.password_hash, s.disabled_at, \
    s.display_name, s.credential_gen";

pub(crate) fn supervisor(r: &impl Columns) -> Result<Supervisor, DbError> {
    Ok(Supervisor {
        id: r.id("id")?,
        team_id: r.id("team_id")?,
        username: r.text("username")?,
        password_hash: r.text("password_hash")?,
        disabled_at: r.opt_int("disabled_at")?,
        display_name: r.opt_text("display_name")?,
        credential_gen: r.int("credential_gen")?,
    })
}

/// The columns of a session, from `sessions x` joined to `supervisors s`.
pub(crate) const SESSION: &str = "x.csrf, x.expires_at, x.last_seen_at";

pub(crate) fn session(r: &impl Columns) -> Result<Session, DbError> {
    Ok(Session {
        supervisor: supervisor(r)?,
        csrf: r.text("csrf")?,
        expires_at: r.int("expires_at")?,
        last_seen_at: r.int("last_seen_at")?,
    })
}

/// The columns of a stored reflection, from `reflections r`, with its number of replies.
pub(crate) const REFLECTION: &str = "r.seq, r.id, r.team_id, r.device_id, r.week,
    r.content_version, r.themes, r.text, r.body_hash, r.received_at, r.state, r.discussed_on,
    r.author_name, r.signals, r.judgement, r.decision, r.actions_due, r.urgency, r.case_key,
    CASE WHEN r.case_key IS NULL THEN 0 ELSE (SELECT count(*) FROM reflections c
        WHERE c.team_id = r.team_id AND c.case_key = r.case_key
          AND (c.week < r.week OR (c.week = r.week AND c.seq <= r.seq))) END AS case_n,
    (SELECT count(*) FROM replies f WHERE f.reflection_id = r.id AND f.withdrawn_at IS NULL) AS replies,
    (SELECT d.label FROM devices d WHERE d.id = r.device_id) AS author";

pub(crate) fn reflection(r: &impl Columns) -> Result<StoredReflection, DbError> {
    Ok(StoredReflection {
        seq: r.int("seq")?,
        id: r.id("id")?,
        team_id: r.id("team_id")?,
        device_id: r.id("device_id")?,
        week: r.text("week")?,
        content_version: r.text("content_version")?,
        themes: themes_from_text(&r.text("themes")?),
        text: r.text("text")?,
        body_hash: r.text("body_hash")?,
        received_at: r.int("received_at")?,
        replies: r.int("replies")?,
        state: ReflectionState::parse(&r.text("state")?)
            .ok_or_else(|| DbError::Invalid("a stored reflection's state is not known".into()))?,
        discussed_on: r.opt_text("discussed_on")?,
        signals: r.opt_text("signals")?.map(|t| themes_from_text(&t)),
        judgement: r.opt_text("judgement")?,
        decision: r.opt_text("decision")?,
        actions_due: r.opt_text("actions_due")?.map(|t| themes_from_text(&t)),
        urgency: r.int("urgency")?,
        case_key: r.opt_text("case_key")?,
        case_n: r.int("case_n")?,
        author: match (
            r.opt_text("author_name")?,
            r.opt_text("author")?.unwrap_or_default(),
        ) {
            (Some(name), label) if !label.is_empty() => format!("{name} ({label})"),
            (Some(name), _) => name,
            (None, label) => label,
        },
    })
}

/// The columns of a reply, from `replies f JOIN supervisors s`.
pub(crate) const REPLY: &str = "f.seq, f.number, f.reflection_id, f.text, f.created_at, \
    f.edited_at, f.withdrawn_at, f.supervisor_id, coalesce(s.display_name, s.username) AS supervisor";

/// The navigation's counts: (needs a reply, urgent among them); the team is the first
/// parameter. The state and the urgency are literals so that the queue's index answers it.
/// `cast` is PostgreSQL's `::BIGINT` (empty for SQLite).
pub(crate) fn waiting_sql(team_param: &str, cast: &str) -> String {
    format!(
        "SELECT count(*){cast} AS waiting, \
         coalesce(sum(CASE WHEN urgency >= {} THEN 1 ELSE 0 END), 0){cast} AS urgent \
         FROM reflections WHERE team_id = {team_param} AND state = 'new'",
        doorstep_core::content::URGENT
    )
}

/// A team's judgements and decisions, counted by week: (team, first week, last week).
pub(crate) const JUDGEMENT_COUNTS_SQLITE: &str = "SELECT week, judgement, decision, count(*) AS n \
    FROM reflections WHERE team_id = ?1 AND week BETWEEN ?2 AND ?3 \
    AND (judgement IS NOT NULL OR decision IS NOT NULL) GROUP BY week, judgement, decision";
pub(crate) const JUDGEMENT_COUNTS_POSTGRES: &str = "SELECT week, judgement, decision, \
    count(*)::BIGINT AS n FROM reflections WHERE team_id = $1 AND week BETWEEN $2 AND $3 \
    AND (judgement IS NOT NULL OR decision IS NOT NULL) GROUP BY week, judgement, decision";

pub(crate) fn judgement_count(r: &impl Columns) -> Result<super::JudgementCount, DbError> {
    Ok((
        r.text("week")?,
        r.opt_text("judgement")?,
        r.opt_text("decision")?,
        r.int("n")?,
    ))
}

/// A team's standing replies with their authors (the WHERE on `r.team_id` is the caller's).
pub(crate) const TEAM_REPLIES: &str = "SELECT f.seq, f.number, f.reflection_id, f.text, \
    f.created_at, f.edited_at, f.withdrawn_at, f.supervisor_id, \
    coalesce(s.display_name, s.username) AS supervisor \
    FROM replies f JOIN supervisors s ON s.id = f.supervisor_id \
    JOIN reflections r ON r.id = f.reflection_id";
pub(crate) const TEAM_REPLIES_ORDER: &str =
    "AND f.withdrawn_at IS NULL ORDER BY f.reflection_id, f.number";

pub(crate) fn reply(r: &impl Columns) -> Result<Reply, DbError> {
    Ok(Reply {
        seq: r.int("seq")?,
        number: r.int("number")?,
        reflection_id: r.id("reflection_id")?,
        text: r.text("text")?,
        at: r.int("created_at")?,
        edited_at: r.opt_int("edited_at")?,
        withdrawn_at: r.opt_int("withdrawn_at")?,
        supervisor: r.text("supervisor")?,
        supervisor_id: r.id("supervisor_id")?,
    })
}

/// The columns of a reply for [`super::rules::judge_reply_change`], from `replies f`.
pub(crate) const STORED_REPLY: &str = "f.supervisor_id, f.created_at, f.withdrawn_at";

pub(crate) fn stored_reply(r: &impl Columns) -> Result<StoredReply, DbError> {
    Ok(StoredReply {
        supervisor_id: r.id("supervisor_id")?,
        created_at: r.int("created_at")?,
        withdrawn: r.opt_int("withdrawn_at")?.is_some(),
    })
}

/// What is stored under an id already, for [`super::rules::judge`].
pub(crate) fn existing(r: &impl Columns) -> Result<Existing, DbError> {
    Ok(Existing {
        body_hash: r.text("body_hash")?,
        device_id: r.id("device_id")?,
    })
}

/// An audit row: (at, actor, action, detail).
pub(crate) fn audit(r: &impl Columns) -> Result<(i64, String, String, String), DbError> {
    Ok((
        r.int("at")?,
        r.text("actor")?,
        r.text("action")?,
        r.text("detail")?,
    ))
}

/// A week's count of one theme (see [`super::Backend::theme_counts`]): columns week, theme, n.
pub(crate) fn theme_count(r: &impl Columns) -> Result<super::ThemeCount, DbError> {
    Ok((r.text("week")?, r.opt_text("theme")?, r.int("n")?))
}
