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

/// The bytes of text a batch's stored items add to their device's day.
pub fn stored_bytes(items: &[NewReflection], outcomes: &[Ingested]) -> i64 {
    items
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| **o == Ingested::Stored)
        .map(|(i, _)| i64::try_from(i.text.len()).unwrap_or(i64::MAX))
        .sum()
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
        }
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
    fn actors_are_written_by_id_or_username() {
        let id = Uuid::nil();
        assert_eq!(Actor::Device(id).to_string(), format!("device {id}"));
        assert_eq!(Actor::Supervisor("jo".into()).to_string(), "supervisor jo");
        assert_eq!(ingest_detail(0), None);
        assert_eq!(ingest_detail(2).unwrap(), "2 reflections stored");
    }
}
