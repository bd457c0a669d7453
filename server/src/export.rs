//! The team's reflections as CSV, one format for the admin's `export` command and the
//! supervisor's download. A field a spreadsheet would run as a formula is made text.

use std::fmt::Write as _;

use crate::db::StoredReflection;

/// The header line.
pub const HEADER: &str = "id,week,content_version,themes,text,replies,state,practitioner";

/// A CSV field, quoted when needed. A field that a spreadsheet would run as a formula (it
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'` so that it
/// is shown as text (OWASP's advice on CSV injection).
pub fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
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
