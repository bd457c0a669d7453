//! The translator's use-cases: the content's English and Welsh as a gettext PO file to translate
//! in the translator's own tools, and reading it back into `cy.po` beside the packs. What the
//! app shows in Welsh is only what is reviewed there (`doorstep_core::content::Catalogue`).

use std::path::Path;

use crate::content::{Catalogue, Content, ContentString, WELSH_FILE, WelshState};

/// The PO file for a translator: every English string of the packs in `dir`, with the Welsh
/// `cy.po` has (a draft, or a translation whose English has changed, marked fuzzy).
pub fn export(dir: &Path) -> Result<String, String> {
    let c = super::packs::content_from_dir(dir)
        .map_err(|e| format!("content in {} is not valid:\n{e}", dir.display()))?;
    c.welsh.export(&c.strings, &c.version)
}

/// Counts of where the Welsh stands for these strings: (reviewed, draft, missing).
pub fn coverage(welsh: &Catalogue, strings: &[ContentString]) -> (usize, usize, usize) {
    strings
        .iter()
        .fold((0, 0, 0), |(r, d, m), s| match welsh.state(s) {
            WelshState::Reviewed => (r + 1, d, m),
            WelshState::Draft => (r, d + 1, m),
            WelshState::Missing => (r, d, m + 1),
        })
}

/// Reads a translator's PO file into `cy.po` in `dir`, in the packs' order: its entries replace
/// those of the same strings, and a string it does not have keeps the Welsh `cy.po` had (a file
/// of a few strings loses nothing); a translation of English that has changed since is kept,
/// marked fuzzy (not shown until reviewed again); an entry for a string the packs no longer
/// have is dropped and named. What it did, line by line, or why it refused (nothing written).
pub fn import(dir: &Path, file: &Path) -> Result<Vec<String>, String> {
    let fail = Err;
    let c = match super::packs::content_from_dir(dir) {
        Ok(c) => c,
        Err(e) => return fail(format!("content in {} is not valid:\n{e}", dir.display())),
    };
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot read {}: {e}", file.display())),
    };
    let welsh = match Catalogue::parse(&text) {
        Ok(w) => c.welsh.merged(&w),
        Err(e) => {
            return fail(format!(
                "{} is not a PO file Doorstep can use: {e}",
                file.display()
            ));
        }
    };
    let changed: Vec<&ContentString> = c
        .strings
        .iter()
        .filter(|s| {
            welsh
                .entries
                .get(&s.context())
                .is_some_and(|e| e.english != s.english && !e.welsh.trim().is_empty())
        })
        .collect();
    let obsolete = welsh.obsolete(&c.strings);
    let out = match welsh.export(&c.strings, &c.version) {
        Ok(out) => out,
        Err(e) => return fail(format!("cannot write the PO file: {e}")),
    };
    let target = dir.join(WELSH_FILE);
    // Written whole to a temporary beside it, then renamed: a crash leaves the old file.
    let tmp = dir.join(format!("{WELSH_FILE}.tmp"));
    if let Err(e) = std::fs::write(&tmp, &out).and_then(|()| std::fs::rename(&tmp, &target)) {
        return fail(format!("cannot write {}: {e}", target.display()));
    }
    let written = match Catalogue::parse(&out) {
        Ok(w) => w,
        Err(e) => return fail(format!("the written file does not read back: {e}")),
    };
    let (reviewed, draft, missing) = coverage(&written, &c.strings);
    let mut lines = vec![format!(
        "{} written: {reviewed} strings reviewed (shown in the app), {draft} drafts (not shown until reviewed), {missing} not translated",
        target.display()
    )];
    for s in changed {
        lines.push(format!(
            "  marked fuzzy, its English changed since it was translated: {}",
            s.context()
        ));
    }
    for ctxt in obsolete {
        lines.push(format!("  dropped, the packs no longer have it: {ctxt}"));
    }
    Ok(lines)
}

/// What `content check` says of the Welsh: that the PO file of the content round-trips
/// unchanged (exported, read back and exported again, with the same Welsh shown), and whether
/// `cy.po` is up to date with the packs' English.
pub fn check(c: &Content, on_disk: Option<&str>) -> Result<Vec<String>, String> {
    let exported = c.welsh.export(&c.strings, &c.version)?;
    let back = Catalogue::parse(&exported)?;
    let again = back.export(&c.strings, &c.version)?;
    if again != exported {
        return Err("the Welsh PO file does not round-trip: exported, read back and exported again, it changed".to_string());
    }
    if let Some(s) = c.strings.iter().find(|s| back.shown(s) != c.welsh.shown(s)) {
        return Err(format!(
            "the Welsh PO file does not round-trip: {} reads back differently",
            s.context()
        ));
    }
    let (reviewed, draft, missing) = coverage(&c.welsh, &c.strings);
    let mut lines = vec![format!(
        "Welsh PO ({WELSH_FILE}): round trip unchanged; {} strings: {reviewed} reviewed (shown), {draft} drafts (not shown until reviewed), {missing} not translated",
        c.strings.len()
    )];
    if on_disk.is_some_and(|t| t != exported) {
        lines.push(format!(
            "warning: {WELSH_FILE} is not up to date with the packs' English (new, changed or removed strings): run `doorstep content po import content/{WELSH_FILE}` to bring it up to date"
        ));
    }
    Ok(lines)
}
