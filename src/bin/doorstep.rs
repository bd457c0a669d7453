//! The `doorstep` command line: content checks, store tools and demo data.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use doorstep::content::{Content, LOCAL_FILE, LocalPack};
use doorstep::demo;
use doorstep::keys::{self, KdfParams};
use doorstep::store::{SCHEMA_VERSION, Store};

#[derive(Parser)]
#[command(name = "doorstep", version, about = "Doorstep command line tools")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Content packs (prompts, safe-sleep card, reflection template).
    Content {
        #[command(subcommand)]
        command: ContentCommand,
    },
    /// The encrypted store on a device.
    Db {
        #[command(subcommand)]
        command: DbCommand,
    },
    /// Anonymises notes: JSON Lines on stdin, one note per line
    /// (`{"id", "text", "household": [{"name", "role", "aliases"}]}`), one JSON line per note on
    /// stdout (`{"id", "text", "redactions": [{"start", "end", "kind", "replacement", "rule",
    /// "reason"}]}`: `rule` is the rule's stable code, `reason` the rule in English).
    /// A malformed line is reported on stderr with its line number; the rest go on; the exit
    /// code is 1 if any line failed.
    Anonymise,
    /// Creates (or adds to) a store with synthetic demo families for trying the app.
    Demo {
        /// The database file (created if missing).
        #[arg(long)]
        db: PathBuf,
    },
}

#[derive(Subcommand)]
enum ContentCommand {
    /// Validates the packs in a folder (default: ./content) and prints a summary: how much is
    /// translated into Welsh, and a warning for each source not checked for over a year.
    Check {
        /// Folder holding sources.toml, conditions.toml, prompts.toml, safe_sleep.toml,
        /// reflection.toml and escalation.toml (and local.toml, the example local pack).
        dir: Option<PathBuf>,
        /// A team's local pack (escalation contacts) to check against the packs.
        #[arg(long)]
        local: Option<PathBuf>,
        /// Also list, for each source, the items that cite it (for re-checking a source).
        #[arg(long)]
        sources: bool,
    },
    /// What the app would show for a household: the prompt list (the most important first), the
    /// tailored safe-sleep card and the escalation card, as JSON (or text with --text).
    Preview {
        /// The household (TOML: see docs/content.md and content/examples/).
        #[arg(long)]
        household: PathBuf,
        /// Its earlier visits (TOML).
        #[arg(long)]
        visits: Option<PathBuf>,
        /// A team's local pack for the escalation card (default: the example pack).
        #[arg(long)]
        local: Option<PathBuf>,
        /// Folder holding the packs (default: ./content).
        #[arg(long)]
        content: Option<PathBuf>,
        /// The day to preview, YYYY-MM-DD (default: today).
        #[arg(long)]
        today: Option<chrono::NaiveDate>,
        /// Readable text instead of JSON.
        #[arg(long)]
        text: bool,
    },
}

#[derive(Subcommand)]
enum DbCommand {
    /// Opens a store and runs SQLite's and SQLCipher's integrity checks.
    Check {
        #[arg(long)]
        db: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Content {
            command:
                ContentCommand::Check {
                    dir,
                    local,
                    sources,
                },
        } => content_check(
            dir.as_deref().unwrap_or(Path::new("content")),
            local.as_deref(),
            sources,
        ),
        Command::Content {
            command:
                ContentCommand::Preview {
                    household,
                    visits,
                    local,
                    content,
                    today,
                    text,
                },
        } => content_preview(
            &household,
            visits.as_deref(),
            local.as_deref(),
            content.as_deref().unwrap_or(Path::new("content")),
            today.unwrap_or_else(|| chrono::Local::now().date_naive()),
            text,
        ),
        Command::Db {
            command: DbCommand::Check { db },
        } => db_check(&db),
        Command::Demo { db } => demo_cmd(&db),
        Command::Anonymise => anonymise_cmd(),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("doorstep: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn content_check(dir: &Path, local: Option<&Path>, list_sources: bool) -> Result<ExitCode> {
    let c = match Content::from_dir(dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("content in {} is not valid:", dir.display());
            for line in e.to_string().lines() {
                eprintln!("  {line}");
            }
            return Ok(ExitCode::FAILURE);
        }
    };
    // The example local pack beside the packs, and the team's own if given.
    let mut locals = vec![dir.join(LOCAL_FILE)];
    locals.extend(local.map(Path::to_path_buf));
    for path in &locals {
        if let Err(e) = LocalPack::from_file(path, &c) {
            eprintln!("the local pack {} is not valid:", path.display());
            for line in e.to_string().lines() {
                eprintln!("  {line}");
            }
            return Ok(ExitCode::FAILURE);
        }
    }
    println!(
        "content OK: {} sources, {} prompts, {} conditions, {} safe-sleep advice items and {} risk messages, {} reflection sections, {} escalation steps",
        c.sources.len(),
        c.prompts.len(),
        c.conditions.len(),
        c.safe_sleep.advice.len(),
        c.safe_sleep.risks.len(),
        c.reflection.sections.len(),
        c.escalation.steps.len(),
    );
    println!("version {}  hash {}", c.version, c.hash);
    if let Some(on) = c.reviewed_on {
        println!("last reviewed {on} (the oldest of the packs' review dates):");
    }
    for r in &c.reviews {
        println!(
            "  {:<16} {:<10} reviewed {} by {}",
            r.file, r.version, r.reviewed_on, r.reviewed_by
        );
    }
    if let Some(path) = local {
        println!("local pack OK: {}", path.display());
    }
    println!("Welsh (cy) translation:");
    for t in &c.translation {
        println!(
            "  {:<16} {:>3} of {:>3} texts ({}%)",
            t.file,
            t.translated,
            t.fields,
            (t.translated * 100).checked_div(t.fields).unwrap_or(100)
        );
    }
    let today = chrono::Local::now().date_naive();
    for s in c.stale_sources(today) {
        println!(
            "warning: sources.toml: source \"{}\" was last checked on {} (over {} days ago): read it again and move `checked` on",
            s.id,
            s.checked,
            doorstep::content::CHECK_MAX_AGE_DAYS
        );
    }
    for s in c.sources.values() {
        let citing = c.citing(&s.id);
        if citing.is_empty() {
            println!(
                "warning: sources.toml: source \"{}\" is cited by nothing",
                s.id
            );
        }
        if list_sources {
            println!(
                "{} — {}\n  {}\n  checked {}",
                s.id,
                s.citation(),
                s.url,
                s.checked
            );
            for item in citing {
                println!("    {item}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn content_preview(
    household: &Path,
    visits: Option<&Path>,
    local: Option<&Path>,
    dir: &Path,
    today: chrono::NaiveDate,
    text: bool,
) -> Result<ExitCode> {
    let content = Content::from_dir(dir)
        .map_err(|e| anyhow::anyhow!("the content in {} is not valid:\n{e}", dir.display()))?;
    let local = match local {
        Some(path) => LocalPack::from_file(path, &content)
            .map_err(|e| anyhow::anyhow!("the local pack is not valid:\n{e}"))?,
        None => LocalPack::from_file(&dir.join(LOCAL_FILE), &content)
            .map_err(|e| anyhow::anyhow!("the example local pack is not valid:\n{e}"))?,
    };
    let read =
        |p: &Path| std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()));
    let htext = read(household)?;
    let vtext = visits.map(read).transpose()?;
    let hname = household.display().to_string();
    let vname = visits.map(|v| v.display().to_string());
    let p = doorstep::preview::preview(
        &content,
        &local,
        (&hname, &htext),
        vname.as_deref().zip(vtext.as_deref()),
        today,
    )?;
    if text {
        print!("{}", doorstep::preview::as_text(&p));
    } else {
        println!("{}", serde_json::to_string_pretty(&p)?);
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens a store with the device's keychain, under the same limit on wrong tries as the app.
fn open_store(db: &Path, pass: &str) -> Result<Store, doorstep::StoreError> {
    doorstep::store::attempts::open_limited(
        db,
        pass,
        &doorstep::secrets::PlatformSecretStore,
        &doorstep::store::LockoutPolicy::default(),
        std::time::SystemTime::now(),
    )
}

/// The passphrase from `DOORSTEP_PASSPHRASE`, or asked on the terminal.
fn passphrase(prompt: &str) -> Result<String> {
    if let Ok(p) = std::env::var("DOORSTEP_PASSPHRASE") {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        bail!("set DOORSTEP_PASSPHRASE or run this in a terminal to type the passphrase");
    }
    rpassword::prompt_password(prompt).context("reading the passphrase")
}

fn db_check(db: &Path) -> Result<ExitCode> {
    let pass = passphrase("Passphrase or PIN: ")?;
    let store = open_store(db, &pass).with_context(|| format!("opening {}", db.display()))?;
    let problems = store.integrity_check()?;
    println!(
        "schema version {} (this build writes {SCHEMA_VERSION}), SQLCipher {}",
        store.schema_version()?,
        store.cipher_version()?
    );
    println!("{} families", store.household_count()?);
    if problems.is_empty() {
        println!("integrity: ok");
        Ok(ExitCode::SUCCESS)
    } else {
        println!("integrity: {} problems", problems.len());
        for p in problems {
            println!("  {p}");
        }
        Ok(ExitCode::FAILURE)
    }
}

fn demo_cmd(db: &Path) -> Result<ExitCode> {
    let content = Content::embedded();
    let mut store = if Store::exists(db) {
        let pass = passphrase("Passphrase or PIN: ")?;
        open_store(db, &pass).with_context(|| format!("opening {}", db.display()))?
    } else {
        let pass = passphrase("Choose a passphrase or PIN for the demo store: ")?;
        if let Err(w) = keys::check_strength(&pass) {
            bail!("{w}. {}", keys::strength_rule());
        }
        Store::create(db, &pass, KdfParams::DEVICE)
            .with_context(|| format!("creating {}", db.display()))?
    };
    let made = demo::populate(&mut store, content, chrono::Local::now().date_naive())?;
    println!(
        "{made} synthetic demo families added to {} ({} in all)",
        db.display(),
        store.household_count()?
    );
    Ok(ExitCode::SUCCESS)
}

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
    redactions: Vec<doorstep::anonymise::Redaction>,
}

fn anonymise_line(line: &str) -> Result<String, String> {
    use doorstep::anonymise::{Person, anonymise};
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
            let role = doorstep::household::Role::parse(&p.role).ok_or_else(|| {
                let known: Vec<&str> = doorstep::household::Role::ALL
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
        redactions: a.redactions,
    })
    .map_err(|e| format!("cannot write the result: {e}"))
}

fn anonymise_cmd() -> Result<ExitCode> {
    use std::io::{BufRead, Write};
    let stdin = std::io::stdin().lock();
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = false;
    for (n, line) in stdin.lines().enumerate() {
        let line = line.context("reading standard input")?;
        if line.trim().is_empty() {
            continue;
        }
        match anonymise_line(&line) {
            Ok(out) => writeln!(stdout, "{out}")?,
            Err(e) => {
                // The message names the line, never its contents.
                eprintln!("line {}: {e}", n + 1);
                failed = true;
            }
        }
    }
    stdout.flush()?;
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
