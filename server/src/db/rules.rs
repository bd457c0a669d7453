//! The storage rules both backends follow, in one place: what to make of an item already stored,
//! what is audited and how it is written, and when a device's last-seen time is written. The
//! backends call these; they hold only their queries.

use std::fmt;
use std::fmt::Write as _;

use uuid::Uuid;

use super::{Ingested, NewReflection};

/// A device's last-seen time is written at most this often (no write on every request).
pub const LAST_SEEN_EVERY_SECS: i64 = 60;

/// Whether a request at `now` should write the device's last-seen time.
pub fn touch_last_seen(last_seen_at: Option<i64>, now: i64) -> bool {
    last_seen_at.is_none_or(|t| t < now - LAST_SEEN_EVERY_SECS)
}

/// Why a session no longer works, said on the login page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// No request for the idle time.
    Idle,
    /// Past its absolute lifetime.
    Expired,
    /// The supervisor was disabled.
    Disabled,
}

/// Whether a session is live at `now`, given the idle time allowed.
pub fn session_state(s: &super::Session, now: i64, idle_secs: i64) -> Result<(), SessionEnd> {
    if s.supervisor.disabled_at.is_some() {
        Err(SessionEnd::Disabled)
    } else if s.expires_at <= now {
        Err(SessionEnd::Expired)
    } else if s.last_seen_at + idle_secs <= now {
        Err(SessionEnd::Idle)
    } else {
        Ok(())
    }
}

/// A session's last-used time is written at most this often.
pub const SESSION_TOUCH_EVERY_SECS: i64 = 60;

/// Whether a request at `now` should write the session's last-used time.
pub fn touch_session(last_seen_at: i64, now: i64) -> bool {
    last_seen_at < now - SESSION_TOUCH_EVERY_SECS
}

/// The first second of `t`'s day (UTC): the key of a device's daily quota.
pub fn utc_day(t: i64) -> i64 {
    t - t.rem_euclid(86_400)
}

/// Whether a device that has had `used` bytes stored today may store more.
pub fn under_quota(used: i64, quota: Option<i64>) -> bool {
    quota.is_none_or(|q| used < q)
}

/// What an item costs beyond its fields: its row's header and its entries in the indexes, the
/// search index and the audit trail (measured: a thin item grew the database by 0.8 to 1.1 KB
/// of which about 300 bytes are its fields).
pub const ITEM_OVERHEAD_BYTES: usize = 512;

/// The bytes one item stores: its text and every field kept with it (id, week, content version,
/// themes, hash, the practitioner's name, signals) and [`ITEM_OVERHEAD_BYTES`], so that a device
/// cannot fill the disk with long names and versions beside one-character notes.
pub fn item_bytes(i: &NewReflection) -> i64 {
    let themes: usize = i.themes.iter().map(|t| t.len() + 3).sum();
    let signals: usize = i
        .signals
        .as_ref()
        .map_or(0, |s| s.iter().map(|t| t.len() + 3).sum());
    let n = ITEM_OVERHEAD_BYTES
        + 36
        + i.week.len()
        + i.content_version.len()
        + themes
        + i.text.len()
        + i.body_hash.len()
        + i.author.as_ref().map_or(0, String::len)
        + signals;
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// The bytes a batch's stored items add to their device's day ([`item_bytes`] each).
pub fn stored_bytes(items: &[NewReflection], outcomes: &[Ingested]) -> i64 {
    items
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| **o == Ingested::Stored)
        .map(|(i, _)| item_bytes(i))
        .sum()
}

/// The practitioner's name on the last item of a batch that was stored with one: the name the
/// device's practitioner goes by now, for the supervisor's "Practitioner" filter.
pub fn last_author<'a>(items: &'a [NewReflection], outcomes: &[Ingested]) -> Option<&'a str> {
    items
        .iter()
        .zip(outcomes)
        .rev()
        .filter(|(_, o)| **o == Ingested::Stored)
        .find_map(|(i, _)| i.author.as_deref())
}

/// What is stored under an item's id already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub body_hash: String,
    pub device_id: Uuid,
}

/// What happens to an item of a batch: stored when its id is new; a duplicate when the same
/// device sent the same content under that id before (a no-op); a conflict otherwise (a
/// different content, or another device's id), refused and never overwritten.
pub fn judge(existing: Option<&Existing>, item: &NewReflection, device: Uuid) -> Ingested {
    match existing {
        None => Ingested::Stored,
        Some(e) if e.body_hash == item.body_hash && e.device_id == device => Ingested::Duplicate,
        Some(_) => Ingested::Conflict,
    }
}

/// Where a reflection is in supervision. A supervisor sets it; a reply moves a new one to
/// replied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReflectionState {
    /// Not yet answered: it needs the supervisor.
    New,
    Replied,
    /// Talked through in a supervision session (on `discussed_on`).
    Discussed,
    Closed,
}

impl ReflectionState {
    pub const ALL: [ReflectionState; 4] = [
        ReflectionState::New,
        ReflectionState::Replied,
        ReflectionState::Discussed,
        ReflectionState::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReflectionState::New => "new",
            ReflectionState::Replied => "replied",
            ReflectionState::Discussed => "discussed",
            ReflectionState::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<ReflectionState> {
        ReflectionState::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// As the supervisor's page says it.
    pub fn label(self) -> &'static str {
        match self {
            ReflectionState::New => "new: needs a reply",
            ReflectionState::Replied => "replied",
            ReflectionState::Discussed => "discussed in supervision",
            ReflectionState::Closed => "closed",
        }
    }
}

/// The statement that moves a reflection from new to replied when a reply is added (in the
/// reply's transaction); `p` is the backend's placeholder for the reflection's id.
pub fn replied_sql(p: &str) -> String {
    format!("UPDATE reflections SET state = 'replied' WHERE id = {p} AND state = 'new'")
}

/// The statement that moves a reflection from replied back to new when its last reply still
/// standing is withdrawn (in the withdrawal's transaction); `p` as in [`replied_sql`].
pub fn unreplied_sql(p: &str) -> String {
    format!(
        "UPDATE reflections SET state = 'new' WHERE id = {p} AND state = 'replied'
         AND NOT EXISTS (SELECT 1 FROM replies f WHERE f.reflection_id = {p} AND f.withdrawn_at IS NULL)"
    )
}

/// How long after sending it a supervisor may edit or withdraw a reply: long enough to catch a
/// slip, short enough that the practitioner is unlikely to have acted on the first version.
pub const REPLY_CHANGE_SECS: i64 = 10 * 60;

/// What became of a request to edit or withdraw a reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyChanged {
    /// Changed: a new version with this sequence number.
    Changed(i64),
    /// No such reply to this reflection of the supervisor's team.
    NotFound,
    /// Another supervisor's reply: only its author may change it.
    NotTheirs,
    /// Sent more than [`REPLY_CHANGE_SECS`] ago.
    TooLate,
    /// Already withdrawn.
    Withdrawn,
}

/// The reply as stored, for [`judge_reply_change`].
#[derive(Debug, Clone, Copy)]
pub struct StoredReply {
    pub supervisor_id: Uuid,
    pub created_at: i64,
    pub withdrawn: bool,
}

/// Whether `who` may change a reply at `now`: its author, within [`REPLY_CHANGE_SECS`] of
/// sending it, while it stands. `None` when they may.
pub fn judge_reply_change(reply: StoredReply, who: Uuid, now: i64) -> Option<ReplyChanged> {
    if reply.supervisor_id != who {
        Some(ReplyChanged::NotTheirs)
    } else if reply.withdrawn {
        Some(ReplyChanged::Withdrawn)
    } else if now > reply.created_at + REPLY_CHANGE_SECS {
        Some(ReplyChanged::TooLate)
    } else {
        None
    }
}

/// What the audit trail says of a changed reply (never its text).
pub fn reply_change_detail(reflection: Uuid, number: i64) -> String {
    format!("reflection {reflection} reply {number}")
}

/// What the audit trail says of a change of state (never any text of the reflection).
pub fn state_detail(id: Uuid, state: ReflectionState, on: Option<&str>) -> String {
    match on {
        Some(day) => format!("reflection {id}: {} on {day}", state.as_str()),
        None => format!("reflection {id}: {}", state.as_str()),
    }
}

/// The most words a search looks for.
pub const SEARCH_WORDS: usize = 8;

/// The words of a search (letters and digits; everything else separates words), at most
/// [`SEARCH_WORDS`]. Empty when there is nothing to look for.
pub fn search_words(q: &str) -> Vec<String> {
    q.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(SEARCH_WORDS)
        .map(str::to_lowercase)
        .collect()
}

/// The terms of a search: words, and phrases written in double quotes ("escalate yes" is the
/// two words one after the other); every term must be found. Letters and digits only inside
/// each term, at most [`SEARCH_WORDS`] words in all.
pub fn search_terms(q: &str) -> Vec<Vec<String>> {
    let mut terms = Vec::new();
    let mut left = SEARCH_WORDS;
    for (i, part) in q.split('"').enumerate() {
        let words: Vec<String> = search_words(part).into_iter().take(left).collect();
        left -= words.len();
        if i % 2 == 1 {
            // Inside quotes: one phrase.
            if !words.is_empty() {
                terms.push(words);
            }
        } else {
            terms.extend(words.into_iter().map(|w| vec![w]));
        }
    }
    terms
}

/// The terms as double-quoted strings joined by spaces: read alike by FTS5 (a quoted string is
/// a phrase; terms side by side must all match) and by PostgreSQL's `websearch_to_tsquery`, so
/// that both backends find the same reflections and nothing the supervisor types is read as
/// query syntax. `None` when there is nothing to look for.
fn quoted_terms(q: &str) -> Option<String> {
    let terms = search_terms(q);
    (!terms.is_empty()).then(|| {
        terms
            .iter()
            .map(|t| format!("\"{}\"", t.join(" ")))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// A search as an FTS5 query ([`quoted_terms`]).
pub fn fts5_query(q: &str) -> Option<String> {
    quoted_terms(q)
}

/// A search as the text PostgreSQL's `websearch_to_tsquery` reads ([`quoted_terms`]).
pub fn pg_search(q: &str) -> Option<String> {
    quoted_terms(q)
}

/// How the supervisor's list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ListOrder {
    /// The urgent first (an emergency, a referral, then not safe or not sure tonight), then
    /// the oldest week, then arrival: the queue of what needs a reply.
    Urgent,
    /// The week of the visit, newest first, then arrival (newest first).
    #[default]
    NewestWeek,
    /// The week of the visit, oldest first, then arrival: the queue.
    OldestWeek,
    /// By state (new first), then newest week.
    State,
}

impl ListOrder {
    /// The ORDER BY clause over `reflections r` (the same SQL on both backends).
    pub fn sql(self) -> &'static str {
        match self {
            ListOrder::Urgent => "r.urgency DESC, r.week ASC, r.seq ASC",
            ListOrder::NewestWeek => "r.week DESC, r.seq DESC",
            ListOrder::OldestWeek => "r.week ASC, r.seq ASC",
            ListOrder::State => {
                "CASE r.state WHEN 'new' THEN 0 WHEN 'replied' THEN 1 WHEN 'discussed' THEN 2 \
                 ELSE 3 END, r.week DESC, r.seq DESC"
            }
        }
    }
}

/// How far ahead of the server's week a reflection's week may be (a device's clock a little
/// ahead, or a week that starts on the server's Sunday): one week.
pub const WEEKS_AHEAD_ALLOWED: i64 = 1;

/// Whether an ISO week (`2026-W48`, already valid) is further in the future than allowed.
pub fn week_too_far_ahead(week: &str, today: chrono::NaiveDate) -> bool {
    let monday =
        |year: i32, w: u32| chrono::NaiveDate::from_isoywd_opt(year, w, chrono::Weekday::Mon);
    let (Ok(year), Ok(w)) = (week[..4].parse::<i32>(), week[6..].parse::<u32>()) else {
        return false;
    };
    let Some(start) = monday(year, w) else {
        return false;
    };
    use chrono::Datelike;
    let now = today.iso_week();
    monday(now.year(), now.week())
        .is_some_and(|this| (start - this).num_weeks() > WEEKS_AHEAD_ALLOWED)
}

/// Who did something, as the audit trail names them. Never a family's name: devices are named
/// by id, supervisors by username.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The administrator at the command line.
    Admin,
    /// A device not yet enrolled (offering a code).
    UnenrolledDevice,
    Device(Uuid),
    Supervisor(String),
    /// A client address, named only when it is throttled for repeated refusals.
    Address(std::net::IpAddr),
}

impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Admin => f.write_str("admin"),
            Actor::UnenrolledDevice => f.write_str("device"),
            Actor::Device(id) => write!(f, "device {id}"),
            Actor::Supervisor(name) => write!(f, "supervisor {name}"),
            Actor::Address(ip) => write!(f, "address {ip}"),
        }
    }
}

/// What the audit trail records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    TeamCreate,
    EnrolCodeCreate,
    EnrolRefused,
    DeviceEnrol,
    DeviceRevoke,
    Ingest,
    SupervisorCreate,
    Login,
    LoginFailed,
    Reply,
    Export,
    Throttled,
    SupervisorDisable,
    SupervisorEnable,
    SupervisorPasswordReset,
    StateSet,
    ReplyEdit,
    ReplyWithdraw,
}

impl AuditAction {
    /// The name written in the trail (stable: the trail is read by people and tools).
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::TeamCreate => "team_create",
            AuditAction::EnrolCodeCreate => "enrol_code_create",
            AuditAction::EnrolRefused => "enrol_refused",
            AuditAction::DeviceEnrol => "device_enrol",
            AuditAction::DeviceRevoke => "device_revoke",
            AuditAction::Ingest => "ingest",
            AuditAction::SupervisorCreate => "supervisor_create",
            AuditAction::Login => "login",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::Reply => "reply",
            AuditAction::Export => "export",
            AuditAction::Throttled => "throttled",
            AuditAction::SupervisorDisable => "supervisor_disable",
            AuditAction::SupervisorEnable => "supervisor_enable",
            AuditAction::SupervisorPasswordReset => "supervisor_password_reset",
            AuditAction::StateSet => "state_set",
            AuditAction::ReplyEdit => "reply_edit",
            AuditAction::ReplyWithdraw => "reply_withdraw",
        }
    }
}

/// One audit row to write: who, what, and a detail that never holds reflection text, tokens or
/// passwords.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor: String,
    pub action: &'static str,
    pub detail: String,
    pub at: i64,
}

/// At most this many characters of who did something are stored (a failed login's username
/// is whatever was typed: a 60 KiB one is cut here).
pub const AUDIT_ACTOR_CHARS: usize = 80;
/// At most this many characters of detail.
pub const AUDIT_DETAIL_CHARS: usize = 500;

impl AuditEntry {
    pub fn new(actor: &Actor, action: AuditAction, detail: impl Into<String>, at: i64) -> Self {
        AuditEntry {
            actor: printable(&actor.to_string(), AUDIT_ACTOR_CHARS),
            action: action.as_str(),
            detail: printable(&detail.into(), AUDIT_DETAIL_CHARS),
            at,
        }
    }
}

/// Text made safe to print on an admin's terminal or in a tab-separated line: control
/// characters (newlines, tabs, escape sequences) and bidirectional overrides are shown as
/// `\u{…}` escapes instead of acting, and the text is cut to `max` characters (with `…`).
pub fn printable(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max * 2));
    for (n, c) in s.chars().enumerate() {
        if n == max {
            out.push('…');
            break;
        }
        let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}');
        if c.is_control() || bidi {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Token buckets, the arithmetic the server's limits follow in memory and on PostgreSQL alike
/// (see `crate::limits::Limiter`).
/// What a request does to its bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BucketOp {
    /// A request under a request limit: takes a token if there is one.
    Take,
    /// Whether a token is left, taking none (before a refusal limit's work).
    Peek,
    /// A refusal: takes a token, down to none.
    Charge,
}

impl BucketOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BucketOp::Take => "take",
            BucketOp::Peek => "peek",
            BucketOp::Charge => "charge",
        }
    }
}

/// A request on a shared bucket (see [`crate::db::Backend::throttle`]).
#[derive(Debug, Clone, Copy)]
pub struct BucketRequest<'a> {
    /// The limit's name.
    pub bucket: &'a str,
    pub key: &'a str,
    pub op: BucketOp,
    pub per_second: f64,
    pub burst: f64,
}

/// A bucket after a request: whether it had a token when the request came, and how many it has
/// now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    pub had_token: bool,
    pub tokens: f64,
}

/// The arithmetic of a token bucket, the same in memory and in the database: refilled to now at
/// `per_second` up to `burst`, then the request's `op`.
pub fn apply(tokens: f64, elapsed_secs: f64, per_second: f64, burst: f64, op: BucketOp) -> Bucket {
    let now = (tokens + elapsed_secs.max(0.0) * per_second).min(burst);
    let had_token = now >= 1.0;
    let tokens = match op {
        BucketOp::Take if had_token => now - 1.0,
        BucketOp::Take | BucketOp::Peek => now,
        BucketOp::Charge => (now - 1.0).max(0.0),
    };
    Bucket { had_token, tokens }
}

/// The detail of an ingest: how many were stored (written only when some were).
pub fn ingest_detail(stored: usize) -> Option<String> {
    (stored > 0).then(|| format!("{stored} reflections stored"))
}

/// Why an enrolment was refused, as audited.
pub const ENROL_REFUSED_DETAIL: &str = "unknown, used or expired code";

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn item(hash: &str) -> NewReflection {
        NewReflection {
            id: Uuid::nil(),
            week: "2026-W48".into(),
            content_version: "v".into(),
            themes: vec![],
            text: "t".into(),
            body_hash: hash.into(),
            author: None,
            signals: None,
            judgement: None,
            decision: None,
            actions_due: None,
            urgency: 0,
            case_key: None,
        }
    }

    #[test]
    fn only_its_author_changes_a_standing_reply_within_the_window() {
        let (author, other) = (Uuid::from_u128(1), Uuid::from_u128(2));
        let sent = 1_000;
        let reply = |withdrawn| StoredReply {
            supervisor_id: author,
            created_at: sent,
            withdrawn,
        };
        let end = sent + REPLY_CHANGE_SECS;
        assert_eq!(judge_reply_change(reply(false), author, end), None);
        assert_eq!(
            judge_reply_change(reply(false), author, end + 1),
            Some(ReplyChanged::TooLate)
        );
        assert_eq!(
            judge_reply_change(reply(false), other, sent),
            Some(ReplyChanged::NotTheirs)
        );
        assert_eq!(
            judge_reply_change(reply(true), author, sent),
            Some(ReplyChanged::Withdrawn)
        );
    }

    #[test]
    fn an_item_is_stored_duplicate_or_conflict_by_content_and_device() {
        let me = Uuid::now_v7();
        let other = Uuid::now_v7();
        let here = |hash: &str, device| Existing {
            body_hash: hash.into(),
            device_id: device,
        };
        assert_eq!(judge(None, &item("a"), me), Ingested::Stored);
        assert_eq!(
            judge(Some(&here("a", me)), &item("a"), me),
            Ingested::Duplicate
        );
        assert_eq!(
            judge(Some(&here("b", me)), &item("a"), me),
            Ingested::Conflict
        );
        assert_eq!(
            judge(Some(&here("a", other)), &item("a"), me),
            Ingested::Conflict,
            "another device's id is never taken over"
        );
    }

    #[test]
    fn last_seen_is_written_at_most_once_a_minute() {
        assert!(touch_last_seen(None, 1_000));
        assert!(!touch_last_seen(Some(1_000), 1_000 + LAST_SEEN_EVERY_SECS));
        assert!(touch_last_seen(Some(1_000), 1_001 + LAST_SEEN_EVERY_SECS));
    }

    #[test]
    fn a_week_more_than_one_ahead_of_the_servers_is_too_far() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(); // 2026-W49
        assert!(!week_too_far_ahead("2026-W49", today));
        assert!(!week_too_far_ahead("2026-W50", today), "one week ahead");
        assert!(week_too_far_ahead("2026-W51", today));
        assert!(week_too_far_ahead("2027-W01", today));
        assert!(!week_too_far_ahead("2020-W10", today), "the past is fine");
        // Across a year end: 2026-W53 then 2027-W01.
        let end = chrono::NaiveDate::from_ymd_opt(2026, 12, 30).unwrap(); // 2026-W53
        assert!(!week_too_far_ahead("2027-W01", end));
        assert!(week_too_far_ahead("2027-W02", end));
    }

    #[test]
    fn actors_are_written_by_id_or_username() {
        let id = Uuid::nil();
        assert_eq!(Actor::Device(id).to_string(), format!("device {id}"));
        assert_eq!(Actor::Supervisor("jo".into()).to_string(), "supervisor jo");
        assert_eq!(ingest_detail(0), None);
        assert_eq!(ingest_detail(2).unwrap(), "2 reflections stored");
    }
}

#[cfg(test)]
mod search_tests {
    use super::*;

    #[test]
    fn quoted_words_are_one_phrase_and_nothing_typed_is_query_syntax() {
        assert_eq!(
            search_terms("sofa \"partner not seen\" cot"),
            vec![
                vec!["sofa".to_string()],
                vec!["partner".into(), "not".into(), "seen".into()],
                vec!["cot".into()]
            ]
        );
        assert_eq!(
            fts5_query("Sofa \"partner  NOT seen\""),
            Some("\"sofa\" \"partner not seen\"".to_string())
        );
        // Operators of either syntax are words like any other, inside quotes.
        assert_eq!(
            pg_search("-drink or NEAR(cot) \"unclosed"),
            Some("\"drink\" \"or\" \"near\" \"cot\" \"unclosed\"".to_string())
        );
        assert_eq!(fts5_query("\"\" ** ()"), None);
        let long = "a b c d e f g h i j";
        assert_eq!(search_terms(long).len(), SEARCH_WORDS);
    }
}
