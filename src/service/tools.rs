//! The command line's use-cases: checking the content packs and a team's local pack, previewing
//! what the app would show for a household, checking a store, making a demo store, and
//! anonymising notes given as JSON Lines. Each returns what the command line prints (a report's
//! lines, or the output) and whether all was well; the command line only reads its arguments and
//! prints.

use std::path::Path;
use std::sync::Arc;
use std::time::SystemTime;

use chrono::NaiveDate;

use crate::content::{CHECK_MAX_AGE_DAYS, LOCAL_FILE};
use crate::keys::KdfParams;
use crate::secrets::PlatformSecretStore;
use crate::store::{SCHEMA_VERSION, Store};

use super::session::{self, Device, SessionError};

/// What a tool found: the lines to print, whether all was well (the exit code), and whether
/// the lines are an error message (for standard error) rather than the report itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub lines: Vec<String>,
    pub ok: bool,
    pub error: bool,
}

impl Report {
    fn failed(lines: Vec<String>) -> Report {
        Report {
            lines,
            ok: false,
            error: true,
        }
    }
}

/// The lines of an error's message, indented under a heading.
fn indented(heading: String, e: &impl std::fmt::Display) -> Vec<String> {
    std::iter::once(heading)
        .chain(e.to_string().lines().map(|l| format!("  {l}")))
        .collect()
}

/// Validates the packs in `dir` and the local packs (the example beside them, and a team's own
/// if given): a summary, how much is in Welsh, and a warning for each source not checked for
/// over a year or cited by nothing; with `list_sources`, what cites each source.
pub fn content_check(
    dir: &Path,
    local: Option<&Path>,
    list_sources: bool,
    today: NaiveDate,
) -> Report {
    let c = match super::packs::content_from_dir(dir) {
        Ok(c) => c,
        Err(e) => {
            return Report::failed(indented(
                format!("content in {} is not valid:", dir.display()),
                &e,
            ));
        }
    };
    let mut locals = vec![dir.join(LOCAL_FILE)];
    locals.extend(local.map(Path::to_path_buf));
    for path in &locals {
        match super::packs::local_pack(path, &c) {
            Err(e) => {
                return Report::failed(indented(
                    format!("the local pack {} is not valid:", path.display()),
                    &e,
                ));
            }
            // The app works around a gap (the card names it); the safeguarding lead's check
            // does not let it pass.
            Ok(pack) if !pack.gaps.is_empty() => {
                let mut lines = vec![format!(
                    "the local pack {} is not complete:",
                    path.display()
                )];
                lines.extend(pack.gaps.iter().map(|g| format!("  {g}")));
                return Report::failed(lines);
            }
            Ok(_) => {}
        }
    }
    let mut lines = vec![
        format!(
            "content OK: {} sources, {} prompts, {} concerns seen together, {} conditions, {} safe-sleep advice items and {} risk messages, {} reflection sections, {} escalation steps",
            c.sources.len(),
            c.prompts.len(),
            c.combinations.len(),
            c.conditions.len(),
            c.safe_sleep.advice.len(),
            c.safe_sleep.risks.len(),
            c.reflection.sections.len(),
            c.escalation.steps.len(),
        ),
        format!("version {}  hash {}", c.version, c.hash),
    ];
    if let Some(on) = c.reviewed_on {
        lines.push(format!(
            "last reviewed {on} (the oldest of the packs' review dates):"
        ));
    }
    for r in &c.reviews {
        lines.push(format!(
            "  {:<17} {:<10} reviewed {} by {}",
            r.file, r.version, r.reviewed_on, r.reviewed_by
        ));
    }
    if let Some(path) = local {
        lines.push(format!("local pack OK: {}", path.display()));
    }
    lines.push("Welsh (cy) translation, shown in the app where reviewed:".to_string());
    for t in &c.translation {
        lines.push(format!(
            "  {:<17} {:>3} of {:>3} texts ({}%), {} drafts not yet reviewed",
            t.file,
            t.translated,
            t.fields,
            (t.translated * 100).checked_div(t.fields).unwrap_or(100),
            t.draft
        ));
    }
    let on_disk = std::fs::read_to_string(dir.join(crate::content::WELSH_FILE)).ok();
    match super::translation::check(&c, on_disk.as_deref()) {
        Ok(welsh) => lines.extend(welsh),
        Err(e) => return Report::failed(vec![e]),
    }
    // `checked` means the source's own text was compared only where it was read there.
    let not_read = c.not_read_at_the_source();
    lines.push(format!(
        "sources read at the source at their last check: {} of {}",
        c.sources.len() - not_read.len(),
        c.sources.len()
    ));
    for s in &not_read {
        lines.push(format!(
            "  not read at the source: sources.toml: source \"{}\" ({}): read it at {} and set read = \"source\"",
            s.id,
            s.read.describe(),
            s.url
        ));
    }
    for s in c.stale_sources(today) {
        lines.push(format!(
            "warning: sources.toml: source \"{}\" was last checked on {} (over {CHECK_MAX_AGE_DAYS} days ago): read it again and move `checked` on",
            s.id, s.checked
        ));
    }
    for s in c.sources.values() {
        let citing = c.citing(&s.id);
        if citing.is_empty() {
            lines.push(format!(
                "warning: sources.toml: source \"{}\" is cited by nothing",
                s.id
            ));
        }
        if list_sources {
            lines.push(format!(
                "{} — {}\n  {}\n  checked {}",
                s.id,
                s.citation(),
                s.url,
                s.checked
            ));
            lines.extend(citing.into_iter().map(|item| format!("    {item}")));
        }
    }
    Report {
        lines,
        ok: true,
        error: false,
    }
}

/// Reads a translator's PO file into the packs' `cy.po` (`super::translation::import`).
pub fn po_import(dir: &Path, file: &Path) -> Report {
    match super::translation::import(dir, file) {
        Ok(lines) => Report {
            lines,
            ok: true,
            error: false,
        },
        Err(e) => Report::failed(vec![e]),
    }
}

/// What `content preview` was asked for.
#[derive(Debug, Clone, Copy)]
pub struct PreviewFiles<'a> {
    pub household: &'a Path,
    pub visits: Option<&'a Path>,
    /// A team's local pack (default: the example beside the packs).
    pub local: Option<&'a Path>,
    /// The folder holding the packs.
    pub content: &'a Path,
}

/// What the app would show for a household (`crate::preview`): JSON, or readable text.
pub fn preview(files: PreviewFiles<'_>, today: NaiveDate, text: bool) -> anyhow::Result<String> {
    let dir = files.content;
    let content = super::packs::content_from_dir(dir)
        .map_err(|e| anyhow::anyhow!("the content in {} is not valid:\n{e}", dir.display()))?;
    let local = match files.local {
        Some(path) => super::packs::local_pack(path, &content)
            .map_err(|e| anyhow::anyhow!("the local pack is not valid:\n{e}"))?,
        None => super::packs::local_pack(&dir.join(LOCAL_FILE), &content)
            .map_err(|e| anyhow::anyhow!("the example local pack is not valid:\n{e}"))?,
    };
    let read = |p: &Path| {
        std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("reading {}: {e}", p.display()))
    };
    let htext = read(files.household)?;
    let vtext = files.visits.map(read).transpose()?;
    let hname = files.household.display().to_string();
    let vname = files.visits.map(|v| v.display().to_string());
    let p = crate::preview::preview(
        &content,
        &local,
        (&hname, &htext),
        vname.as_deref().zip(vtext.as_deref()),
        today,
    )?;
    Ok(if text {
        crate::preview::as_text(&p)
    } else {
        format!("{}\n", serde_json::to_string_pretty(&p)?)
    })
}

/// A store file protected as the app's is: the device's key derivation cost and its keychain.
fn device_at(db: &Path) -> Device {
    Device::for_file(
        db.to_path_buf(),
        KdfParams::DEVICE,
        Arc::new(PlatformSecretStore),
    )
}

/// Opens a store file (under the same limit on wrong tries as the app) and runs SQLite's and
/// SQLCipher's integrity checks.
pub fn db_check(db: &Path, passphrase: &str) -> Result<Report, SessionError> {
    let store = session::open(&device_at(db), passphrase, SystemTime::now())?;
    let problems = store.integrity_check()?;
    let mut lines = vec![
        format!(
            "schema version {} (this build writes {SCHEMA_VERSION}), SQLCipher {}",
            store.schema_version()?,
            store.cipher_version()?
        ),
        format!("{} families", store.household_count()?),
    ];
    if problems.is_empty() {
        lines.push("integrity: ok".to_string());
    } else {
        lines.push(format!("integrity: {} problems", problems.len()));
        lines.extend(problems.into_iter().map(|p| format!("  {p}")));
    }
    let ok = lines.last().is_some_and(|l| l == "integrity: ok");
    Ok(Report {
        lines,
        ok,
        error: false,
    })
}

/// Whether the store file exists (the command line asks for a new passphrase if not).
pub fn store_exists(db: &Path) -> bool {
    Store::exists(db)
}

/// Adds the synthetic demo families to the store at `db`, making it first if there is none, as
/// the app makes one (bound to the device's keychain where there is one, the device's key
/// derivation cost, the same rule for the passphrase). What to print.
pub fn demo(db: &Path, passphrase: &str, today: NaiveDate) -> Result<String, SessionError> {
    let device = device_at(db);
    let mut slot = None;
    if device.store_exists() {
        slot = Some(session::open(&device, passphrase, SystemTime::now())?);
    } else {
        session::create(&device, &mut slot, passphrase)?;
    }
    let Some(mut store) = slot else {
        return Err(SessionError::Store(crate::store::StoreError::Locked));
    };
    let made = crate::demo::populate(&mut store, super::content(), today)?;
    let all = store.household_count()?;
    session::lock(&mut Some(store));
    Ok(format!(
        "{made} synthetic demo families added to {} ({all} in all)",
        db.display()
    ))
}

/// One line of `doorstep anonymise`'s input anonymised: the output line, or why the line was
/// not read (naming where, never what).
pub fn anonymise_line(line: &str) -> Result<String, String> {
    use crate::anonymise::{Person, Redaction, anonymise};

    #[derive(serde::Deserialize)]
    struct NoteIn {
        id: serde_json::Value,
        text: String,
        #[serde(default)]
        household: Vec<PersonIn>,
    }

    #[derive(serde::Deserialize)]
    struct PersonIn {
        name: String,
        role: String,
        #[serde(default)]
        aliases: Vec<String>,
    }

    #[derive(serde::Serialize)]
    struct NoteOut<'a> {
        id: &'a serde_json::Value,
        text: String,
        redactions: Vec<RedactionOut>,
    }

    /// A redaction with its rule in English.
    #[derive(serde::Serialize)]
    struct RedactionOut {
        #[serde(flatten)]
        redaction: Redaction,
        reason: std::borrow::Cow<'static, str>,
    }

    // serde's messages can quote the input; say where, never what.
    let note: NoteIn = serde_json::from_str(line).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => format!(
            "not a note: a field is missing or has the wrong type (column {}); expected id, text and household",
            e.column()
        ),
        _ => format!("not valid JSON (column {})", e.column()),
    })?;
    let people = note
        .household
        .into_iter()
        .map(|p| {
            let role = crate::household::Role::parse(&p.role).ok_or_else(|| {
                let known: Vec<&str> = crate::household::Role::ALL
                    .iter()
                    .map(|r| r.as_str())
                    .collect();
                format!("unknown role \"{}\" (known: {})", p.role, known.join(", "))
            })?;
            Ok(Person {
                name: p.name,
                role,
                aliases: p.aliases,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let a = anonymise(&note.text, &people);
    serde_json::to_string(&NoteOut {
        id: &note.id,
        text: a.text,
        redactions: a
            .redactions
            .into_iter()
            .map(|r| RedactionOut {
                reason: r.reason(),
                redaction: r,
            })
            .collect(),
    })
    .map_err(|e| format!("cannot write the result: {e}"))
}
