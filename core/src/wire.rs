//! The `/v1` protocol between a device and its team server, in one place: the request and
//! response bodies (JSON; the server's OpenAPI document is generated from these with the
//! `openapi` feature), the item a device sends and its hash, and the checks both sides make of
//! what people type (names, labels, text).

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// Most items in one push.
pub const MAX_ITEMS: usize = 100;
/// Largest push body in bytes.
pub const MAX_BODY_BYTES: usize = 256 * 1024;
/// Longest reflection text accepted, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;
/// Longest content version accepted, in bytes.
pub const MAX_CONTENT_VERSION_BYTES: usize = 100;

/// `POST /v1/devices`: enrol with a one-time code from the team's admin.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EnrolRequest {
    /// The one-time enrolment code: no control characters, not only spaces.
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 200,
            pattern = r"^[^\x00-\x1F\x7F-\x9F]*[^\s\x00-\x1F\x7F-\x9F][^\x00-\x1F\x7F-\x9F]*$"
        )
    )]
    pub code: String,
    /// A name for the device, for the admin's list ("Tablet 3"): 1 to 100 characters, not only
    /// spaces, on one line with no control, direction or invisible characters, and no identifier
    /// (a phone, NHS or other number, an e-mail address).
    #[cfg_attr(
        feature = "openapi",
        schema(
            min_length = 1,
            max_length = 100,
            pattern = r"^[^\x00-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*[^\s\x00-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB][^\x00-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]*$"
        )
    )]
    pub label: String,
}

/// The device's id and its token (256 random bits; the server keeps only a hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EnrolResponse {
    pub device_id: Uuid,
    pub token: String,
}

/// One anonymised reflection as it leaves the device: no household, no timestamp, no names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReflectionItem {
    /// The client's UUID: the idempotency key.
    pub id: String,
    /// ISO week, e.g. `2026-W48`: never a date or a time.
    pub week: String,
    /// The content packs the reflection answered.
    pub content_version: String,
    /// Learning themes: `a`–`f` and `safe-sleep`.
    pub themes: Vec<String>,
    /// The anonymised text.
    pub text: String,
    /// SHA-256 of the item's content (`body_hash` in the wire module); checked when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body_hash: Option<String>,
    /// The practitioner's own name as they gave it in Settings, for one-to-one supervision
    /// (optional; never a family's). Not part of the content's hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_length = 80))]
    pub author: Option<String>,
    /// What the team is learning: the ids of the content's signals that held for the
    /// reflection (such as `sleep-space-not-seen`); absent from devices before this field, so
    /// that the server counts shares only over reflections that carry it. Not part of the hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signals: Option<Vec<String>>,
    /// The practitioner's answer to "Is this baby safe tonight?": an option id of the
    /// content's `safe-tonight` question (`yes`, `no`, `not-sure`). Absent when not answered
    /// or from devices before this field. Not part of the hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub judgement: Option<String>,
    /// What happens next: an option id of the content's `decision` question (`none`, `lead`,
    /// `referral`, `emergency`). Absent when not answered or from devices before this field.
    /// Not part of the hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
    /// The due dates (`YYYY-MM-DD`) of the reflection's actions not yet done when it was
    /// shared, earliest first: dates only, never what the actions are (that is in the text).
    /// At most 50. Absent from devices before this field. Not part of the hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub actions_due: Option<Vec<String>>,
    /// The family's case key on the device: 32 lowercase hex digits, random (never derived
    /// from the family), the same for every reflection the practitioner shares about that
    /// family until they start a new one or turn linking off; so that supervision sees a case
    /// over time. Absent when linking is off or from devices before this field. Not part of
    /// the hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(pattern = "^[0-9a-f]{32}$"))]
    pub case_key: Option<String>,
}

/// Whether a case key is one a device makes: 32 lowercase hex digits.
pub fn valid_case_key(key: &str) -> bool {
    key.len() == 32
        && key
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

impl ReflectionItem {
    /// A new item to send: a random UUID v4 as its id (not v7, whose leading timestamp would
    /// tell the server when it was written), and its content's hash.
    pub fn new(week: &str, content_version: &str, themes: &[String], text: &str) -> ReflectionItem {
        ReflectionItem {
            id: uuid::Uuid::new_v4().to_string(),
            week: week.to_string(),
            content_version: content_version.to_string(),
            themes: themes.to_vec(),
            text: text.to_string(),
            body_hash: Some(body_hash(week, content_version, themes, text)),
            author: None,
            signals: None,
            judgement: None,
            decision: None,
            actions_due: None,
            case_key: None,
        }
    }
}

/// `POST /v1/reflections`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PushRequest {
    pub reflections: Vec<ReflectionItem>,
}

/// What happened to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Stored now.
    Stored,
    /// Already stored with the same content: nothing done.
    Duplicate,
    /// Refused; `reason` says why. Sending it again will not help.
    Rejected,
}

/// The answer for one item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ItemResult {
    /// The item's id as sent (`null` when the item had none).
    pub id: Option<String>,
    pub status: ItemStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The answer for a push, item by item, in the order sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PushResponse {
    pub results: Vec<ItemResult>,
}

/// A supervisor's reply to one of this device's reflections.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReplyItem {
    /// The server's sequence number: the cursor.
    pub seq: i64,
    pub reflection_id: Uuid,
    pub text: String,
    /// When the reply was written (RFC 3339, UTC).
    pub at: String,
    /// Who wrote it: the supervisor's display name (their username when they have none).
    /// Absent from servers before this field: then empty.
    #[serde(default)]
    pub supervisor: String,
    /// The reply's number, the same for every version of it: a reply the supervisor edits or
    /// withdraws comes again with a new `seq` and the same number, and replaces the version the
    /// device holds. Absent from servers before this field: then `seq`.
    #[serde(default)]
    pub number: Option<i64>,
    /// When the supervisor last edited it (RFC 3339, UTC), if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<String>,
    /// The supervisor withdrew it (the text is then empty).
    #[serde(default)]
    pub withdrawn: bool,
}

/// `GET /v1/replies?after=CURSOR`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RepliesPage {
    pub items: Vec<ReplyItem>,
    /// The cursor to send next time.
    pub cursor: i64,
}

/// `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Health {
    pub status: String,
    pub version: String,
    /// The server database's identity; a device that sees it change is talking to another
    /// (or a restored) server.
    pub instance: Uuid,
}

/// Every error body: a stable code and a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ErrorBody {
    /// `bad_request`, `unauthorized`, `device_revoked`, `invalid_code`, `too_large`,
    /// `rate_limited`, `unknown_cursor`, `server_error`.
    pub code: String,
    pub message: String,
}

/// SHA-256 (hex) over an item's content in a fixed form: week, content version, the sorted
/// themes and the text, each followed by a NUL. Client and server compute it alike.
pub fn body_hash(week: &str, content_version: &str, themes: &[String], text: &str) -> String {
    let mut sorted: Vec<&str> = themes.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let mut h = Sha256::new();
    for part in [week, content_version] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    for t in sorted {
        h.update(t.as_bytes());
        h.update([1]);
    }
    h.update([0]);
    h.update(text.as_bytes());
    h.update([0]);
    hex::encode(h.finalize())
}

/// The longest practitioner's name an item may carry, in characters.
pub const MAX_AUTHOR_CHARS: usize = 80;

/// The longest device label, in characters.
pub const MAX_LABEL_CHARS: usize = 100;

/// What a name or a label should be instead ("give your name as …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum AuthorError {
    #[error("a name of at most {MAX_AUTHOR_CHARS} characters")]
    TooLong,
    #[error(
        "a name on one line, without control characters or hidden ones (direction marks, zero-width spaces)"
    )]
    Control,
    #[error("a name, not a number or another identifier")]
    Identifier,
}

impl crate::facts::Explain for AuthorError {
    fn facts(&self) -> crate::facts::ErrorFacts {
        crate::facts::ErrorFacts::detail("invalid", self.code()).max(self.limit())
    }
}

impl AuthorError {
    /// A stable name for the app's catalogue (`error.invalid.<code>`).
    pub fn code(self) -> &'static str {
        match self {
            AuthorError::TooLong => "name.too_long",
            AuthorError::Control => "name.control",
            AuthorError::Identifier => "name.identifier",
        }
    }

    /// The limit it names, if any.
    pub fn limit(self) -> Option<usize> {
        match self {
            AuthorError::TooLong => Some(MAX_AUTHOR_CHARS),
            AuthorError::Control | AuthorError::Identifier => None,
        }
    }
}

/// A character that changes the direction of the text around it (Unicode's bidirectional marks,
/// embeddings, overrides and isolates): shown raw, it can make a name or a reply read as
/// something else.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A character a reader cannot see that may hide or split what is written: the zero-width space,
/// the word joiner and its invisible operators, the byte-order mark, the soft hyphen, the
/// Mongolian vowel separator and the interlinear annotation and tag characters. (The zero-width
/// joiner and non-joiner shape some scripts' letters and are allowed.)
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{180e}' | '\u{200b}' | '\u{2060}'..='\u{2064}' | '\u{206a}'..='\u{206f}'
        | '\u{feff}' | '\u{fff9}'..='\u{fffb}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// The first character a one-line name or label may not hold: a control character (newlines
/// and tabs included), a bidirectional control or an invisible one.
pub fn forbidden_in_name(s: &str) -> Option<char> {
    s.chars()
        .find(|c| c.is_control() || is_bidi_control(*c) || is_invisible(*c))
}

/// The first character a written text (a note, a reply) may not hold: a control character other
/// than a tab or a line end (NUL, escape sequences, C1 controls such as U+0085).
pub fn forbidden_in_text(s: &str) -> Option<char> {
    // A byte scan (every note the server takes passes here): C0 controls and DEL are single
    // bytes, the C1 controls U+0080–U+009F are 0xC2 followed by 0x80–0x9F.
    let b = s.as_bytes();
    let at = b.iter().enumerate().position(|(i, &c)| {
        (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || c == 0x7f
            || (c == 0xc2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    })?;
    s.get(at..)?.chars().next()
}

/// `s` without the characters [`forbidden_in_text`] finds (the device leaves them out of what it
/// shares, so that the server never refuses a reflection for a character nobody can see).
pub fn without_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if forbidden_in_text(s).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .into()
}

/// A character as a reader of an error message can find it: `U+0000`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// A name or a label a person typed, checked the same way everywhere it is taken (a
/// practitioner's name on the device and on the server, a device's label, a supervisor's display
/// name): trimmed, at most `max` characters, on one line with nothing hidden in it
/// ([`forbidden_in_name`]), and no structured identifier (a phone or NHS number is not a name).
/// `Ok(None)` when empty.
pub fn check_name(name: &str, max: usize) -> Result<Option<String>, AuthorError> {
    if forbidden_in_name(name).is_some() {
        return Err(AuthorError::Control);
    }
    let name = name.trim();
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > max {
        return Err(AuthorError::TooLong);
    }
    if !crate::anonymise::structured_identifiers(name).is_empty() {
        return Err(AuthorError::Identifier);
    }
    Ok(Some(name.to_string()))
}

/// A practitioner's name for supervision, checked the same way on the device (in Settings) and
/// on the server ([`check_name`], at most [`MAX_AUTHOR_CHARS`] characters).
pub fn check_author(name: &str) -> Result<Option<String>, AuthorError> {
    check_name(name, MAX_AUTHOR_CHARS)
}

/// Whether `s` is an ISO week such as `2026-W48` that exists.
pub fn valid_week(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 8 || &b[4..6] != b"-W" {
        return false;
    }
    let (Ok(year), Ok(week)) = (s[..4].parse::<i32>(), s[6..].parse::<u32>()) else {
        return false;
    };
    s[..4].bytes().all(|c| c.is_ascii_digit())
        && s[6..].bytes().all(|c| c.is_ascii_digit())
        && chrono::NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon).is_some()
}

/// The ISO week of a date, as sent: `2026-W48`.
pub fn iso_week(date: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let w = date.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weeks() {
        assert!(valid_week("2026-W48"));
        assert!(valid_week("2026-W01"));
        assert!(valid_week("2026-W53"));
        assert!(!valid_week("2025-W53"), "2025 has 52 ISO weeks");
        assert!(!valid_week("2026-W00"));
        assert!(!valid_week("2026-48"));
        assert!(!valid_week("2026-W4"));
        assert!(!valid_week("+026-W48"));
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(iso_week(d), "2026-W48");
    }

    #[test]
    fn names_and_labels_hold_nothing_hidden_and_texts_no_control_characters() {
        for bad in [
            "Sam \u{202e}rosivrepuS",
            "Sam \u{2067}Supervisor",
            "Sam\u{200f} Supervisor",
            "Sam\u{61c} Supervisor",
            "Sam\u{200b}Supervisor",
            "Sam\u{feff}",
            "Tablet\u{1b}[31m",
            "Tablet\n3",
            "Tablet\u{85}",
            "\u{85}",
        ] {
            assert_eq!(check_name(bad, 100), Err(AuthorError::Control), "{bad:?}");
        }
        assert_eq!(
            check_name("Tablet 07700 900123", 100),
            Err(AuthorError::Identifier)
        );
        assert_eq!(check_name(&"L".repeat(101), 100), Err(AuthorError::TooLong));
        assert_eq!(
            check_name("  Siân Ní Bhriain ", 100),
            Ok(Some("Siân Ní Bhriain".to_string()))
        );
        // The joiners shape some scripts' letters: a Persian name keeps its non-joiner.
        assert!(
            check_name(
                "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}",
                100
            )
            .is_ok()
        );
        assert_eq!(check_name("   ", 100), Ok(None));
        assert_eq!(forbidden_in_text("line one\nline two\tand\r\n"), None);
        assert_eq!(forbidden_in_text("before\u{0}after"), Some('\u{0}'));
        assert_eq!(forbidden_in_text("a \u{1b}[31m b"), Some('\u{1b}'));
        assert_eq!(forbidden_in_text("next\u{85}line"), Some('\u{85}'));
        assert_eq!(code_point('\u{0}'), "U+0000");
        assert_eq!(without_controls("a\u{0}b\u{1b}[31m\nc\td"), "ab[31m\nc\td");
        assert!(matches!(
            without_controls("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn new_items_carry_no_time_and_a_matching_hash() {
        let i = ReflectionItem::new("2026-W48", "v1", &["e".into()], "text");
        let id = uuid::Uuid::parse_str(&i.id).unwrap();
        assert_eq!(id.get_version_num(), 4);
        assert_eq!(
            i.body_hash.unwrap(),
            body_hash("2026-W48", "v1", &["e".into()], "text")
        );
    }

    #[test]
    fn body_hash_ignores_theme_order_and_sees_any_change() {
        let a = body_hash("2026-W48", "v1", &["e".into(), "f".into()], "text");
        let b = body_hash("2026-W48", "v1", &["f".into(), "e".into()], "text");
        let c = body_hash("2026-W48", "v1", &["e".into(), "f".into()], "text.");
        let d = body_hash("2026-W47", "v1", &["e".into(), "f".into()], "text");
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_ne!(a, d);
        assert_eq!(a.len(), 64);
    }
}
