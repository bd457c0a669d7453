//! What the themes page and the export read for a whole team on SQLite.

use rusqlite::{Connection, params};
use uuid::Uuid;

use crate::db::rows::{self, TEAM_REPLIES, TEAM_REPLIES_ORDER};
use crate::db::{DbResult, JudgementCount, Reply};

/// A team's judgements and decisions counted by week, from `from` to `to`.
pub(super) fn judgements(
    c: &Connection,
    team: Uuid,
    from: &str,
    to: &str,
) -> DbResult<Vec<JudgementCount>> {
    let mut st = c.prepare(rows::JUDGEMENT_COUNTS_SQLITE)?;
    let found = st
        .query_map(params![team.to_string(), from, to], |r| {
            Ok(rows::judgement_count(r))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    found.into_iter().collect()
}

/// How many of a team's reflections need a reply, and how many of those are urgent.
pub(super) fn waiting(c: &Connection, team: Uuid) -> DbResult<(i64, i64)> {
    Ok(
        c.query_row(&rows::waiting_sql("?1", ""), [team.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?,
    )
}

/// A team's standing replies, by reflection and number.
pub(super) fn team_replies(c: &Connection, team: Uuid) -> DbResult<Vec<Reply>> {
    let sql = format!("{TEAM_REPLIES} WHERE r.team_id = ?1 {TEAM_REPLIES_ORDER}");
    let mut stmt = c.prepare(&sql)?;
    let found = stmt
        .query_map([team.to_string()], |r| Ok(rows::reply(r)))?
        .collect::<Result<Vec<_>, _>>()?;
    found.into_iter().collect()
}
