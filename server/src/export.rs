//! The team's reflections as CSV, one format for the admin's `export` command and the
//! supervisor's download. A field a spreadsheet would run as a formula is made text.

use std::fmt::Write as _;

use doorstep_core::content::Content;
use doorstep_core::reflection::shared_sections;

use crate::db::{Reply, StoredReflection};

/// The columns before the reflection's own fields.
const FIXED: [&str; 13] = [
    "id",
    "week",
    "content_version",
    "themes",
    "practitioner",
    "state",
    "discussed_on",
    "replies",
    "judgement",
    "decision",
    "urgent",
    "actions_due",
    "case_key",
];

/// The header line: the fixed columns, then one column per section of the reflection questions
/// (`section:<id>`) and one for text under no known heading (`section:other`, from a device
/// with other questions), then one per signal the content counts (`signal:<id>`: `yes`, `no`,
/// or empty when the device did not send its signals), then each standing reply's author,
/// time (UTC, RFC 3339) and text (`reply:<n>:author`, `reply:<n>:at`, `reply:<n>:text`, as
/// many as the reflection with most replies has). One column per field, as a spreadsheet or a
/// statistics package wants it.
pub fn header(content: &Content, most_replies: usize) -> String {
    let mut cols: Vec<String> = FIXED.iter().map(|c| (*c).to_string()).collect();
    cols.extend(
        content
            .reflection
            .sections
            .iter()
            .map(|s| format!("section:{}", s.id)),
    );
    cols.push("section:other".to_string());
    cols.extend(
        content
            .reflection
            .signals
            .iter()
            .map(|s| format!("signal:{}", s.id)),
    );
    for n in 1..=most_replies {
        for field in ["author", "at", "text"] {
            cols.push(format!("reply:{n}:{field}"));
        }
    }
    cols.join(",")
}

/// Who reads the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// A supervisor's download, opened in a spreadsheet: the text as written.
    Spreadsheet,
    /// The admin's `export`, printed on a terminal: control characters other than line ends
    /// and tabs (escape sequences, a bell, C1 controls), a carriage return not followed by a
    /// line feed (it would overwrite the line already printed) and direction controls are
    /// written as `\u{…}`, as the other admin outputs write them, so that what an older server
    /// stored, or a database edited by hand, cannot drive the terminal.
    Terminal,
}

/// A CSV field, quoted when needed. A field that a spreadsheet would run as a formula (it
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'` so that it
/// is shown as text (OWASP's advice on CSV injection).
pub fn field(s: &str, reader: Reader) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    let s = if reader == Reader::Terminal {
        for_terminal(&s)
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// `s` with what would act on a terminal written as `\u{…}` (see [`Reader::Terminal`]).
fn for_terminal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let lone_return = c == '\r' && chars.peek() != Some(&'\n');
        let acts = (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || lone_return
            || doorstep_core::wire::is_bidi_control(c);
        if acts {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// The whole file for `reader`: the header, then one line per reflection with its replies
/// (`replies`: the team's standing replies, any order), each line ending in a newline.
pub fn csv(rows: &[StoredReflection], replies: &[Reply], reader: Reader) -> String {
    let content = Content::embedded();
    let mut by_reflection: std::collections::HashMap<uuid::Uuid, Vec<&Reply>> =
        std::collections::HashMap::new();
    for reply in replies.iter().filter(|r| r.withdrawn_at.is_none()) {
        by_reflection
            .entry(reply.reflection_id)
            .or_default()
            .push(reply);
    }
    for list in by_reflection.values_mut() {
        list.sort_by_key(|r| r.number);
    }
    let most = by_reflection.values().map(Vec::len).max().unwrap_or(0);
    let mut out = format!("{}\n", header(content, most));
    for r in rows {
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{},{},{},{},{},{}",
            r.id,
            field(&r.week, reader),
            field(&r.content_version, reader),
            field(&r.themes.join(" "), reader),
            field(&r.author, reader),
            r.state.as_str(),
            field(r.discussed_on.as_deref().unwrap_or(""), reader),
            r.replies,
            field(r.judgement.as_deref().unwrap_or(""), reader),
            field(r.decision.as_deref().unwrap_or(""), reader),
            if r.is_urgent() { "yes" } else { "no" },
            field(
                &r.actions_due.as_deref().unwrap_or_default().join(" "),
                reader
            ),
            field(r.case_key.as_deref().unwrap_or(""), reader),
        );
        let parts = shared_sections(&r.text, content);
        let text_of = |id: Option<&str>| {
            parts
                .iter()
                .filter(|(s, _)| s.map(|s| s.id.as_str()) == id)
                .map(|(_, t)| t.as_str())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n")
        };
        for s in &content.reflection.sections {
            let _ = write!(out, ",{}", field(&text_of(Some(&s.id)), reader));
        }
        let _ = write!(out, ",{}", field(&text_of(None), reader));
        for s in &content.reflection.signals {
            let held = match &r.signals {
                None => "",
                Some(ids) if ids.contains(&s.id) => "yes",
                Some(_) => "no",
            };
            let _ = write!(out, ",{held}");
        }
        let mine = by_reflection.get(&r.id).map_or(&[][..], Vec::as_slice);
        for n in 0..most {
            match mine.get(n) {
                Some(reply) => {
                    let at = chrono::DateTime::from_timestamp(reply.at, 0)
                        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                        .unwrap_or_default();
                    let _ = write!(
                        out,
                        ",{},{},{}",
                        field(&reply.supervisor, reader),
                        at,
                        field(&reply.text, reader)
                    );
                }
                None => out.push_str(",,,"),
            }
        }
        out.push('\n');
    }
    out
}
