//! The team's reflections as CSV, one format for the admin's `export` command and the
//! supervisor's download. A field a spreadsheet would run as a formula is made text.

use std::fmt::Write as _;

use crate::db::StoredReflection;

/// The header line.
pub const HEADER: &str = "id,week,content_version,themes,text,replies,state,practitioner";

/// A CSV field, quoted when needed. A field that a spreadsheet would run as a formula (it
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'` so that it
/// is shown as text (OWASP's advice on CSV injection). Control characters other than line ends
/// and tabs (escape sequences, a bell, C1 controls) and direction controls are written as
/// `\u{…}`, as the other admin outputs write them, so that a file printed on the admin's
/// terminal cannot drive it (what an older server stored, or a database edited by hand).
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    let s = if s.chars().any(acts_on_a_terminal) {
        let mut out = String::with_capacity(s.len() + 8);
        for c in s.chars() {
            if acts_on_a_terminal(c) {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            } else {
                out.push(c);
            }
        }
        out
    } else {
        s
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// A character that does something on a terminal instead of being shown: a control character
/// other than a line end or a tab, or a direction control.
fn acts_on_a_terminal(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t')) || doorstep::sync::wire::is_bidi_control(c)
}

/// The whole file: the header, then one line per reflection, each ending in a newline.
pub fn csv(rows: &[StoredReflection]) -> String {
    let mut out = format!("{HEADER}\n");
    for r in rows {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{}",
            r.id,
            field(&r.week),
            field(&r.content_version),
            field(&r.themes.join(" ")),
            field(&r.text),
            r.replies,
            r.state.as_str(),
            field(&r.author)
        );
    }
    out
}
