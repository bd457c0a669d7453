//! The supervisor's list's filters on SQLite: the WHERE clause and its parameters.

use uuid::Uuid;

use crate::db::{ListFilter, rules};

/// The supervisor's list's filters over `reflections r`, parameters ?1 to ?10 (see
/// [`list_params`]).
pub(super) const LIST_WHERE: &str = "r.team_id = ?1 AND (?2 IS NULL OR r.themes LIKE ?2)
    AND (?3 IS NULL OR r.week = ?3) AND (?4 IS NULL OR r.state = ?4)
    AND (?5 IS NULL OR r.device_id = ?5)
    AND (?6 IS NULL OR r.seq IN (SELECT rowid FROM reflections_fts WHERE reflections_fts MATCH ?6))
    AND (?7 IS NULL OR r.judgement = ?7) AND (?8 IS NULL OR r.decision = ?8)
    AND (?9 IS NULL OR r.urgency >= ?9) AND (?10 IS NULL OR r.case_key = ?10)";

pub(super) type ListParams = (
    String,
    Option<String>,
    Option<String>,
    Option<&'static str>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<String>,
);

pub(super) fn list_params(team: Uuid, f: &ListFilter) -> ListParams {
    (
        team.to_string(),
        f.theme.as_ref().map(|t| format!("%\"{t}\"%")),
        f.week.clone(),
        f.state.map(|s| s.as_str()),
        f.device.map(|d| d.to_string()),
        f.search.as_deref().and_then(rules::fts5_query),
        f.judgement.clone(),
        f.decision.clone(),
        f.min_urgency,
        f.case_key.clone(),
    )
}
