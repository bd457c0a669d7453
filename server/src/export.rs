//! The team's reflections as CSV, one format for the admin's `export` command and the
//! supervisor's download. A field a spreadsheet would run as a formula is made text.

use std::fmt::Write as _;

use crate::db::StoredReflection;

/// The header line.
pub const HEADER: &str = "id,week,content_version,themes,text,replies,state,practitioner";

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

/// The whole file for `reader`: the header, then one line per reflection, each ending in a
/// newline.
pub fn csv(rows: &[StoredReflection], reader: Reader) -> String {
    let mut out = format!("{HEADER}\n");
    for r in rows {
        let _ = writeln!(
            out,
            "{},{},{},{},{},{},{},{}",
            r.id,
            field(&r.week, reader),
            field(&r.content_version, reader),
            field(&r.themes.join(" "), reader),
            field(&r.text, reader),
            r.replies,
            r.state.as_str(),
            field(&r.author, reader)
        );
    }
    out
}
