//! The `doorstep` command line: content checks, store tools and demo data.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use doorstep::content::Content;
use doorstep::demo;
use doorstep::lock::{self, KdfParams};
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
    /// stdout (`{"id", "text", "redactions": [{"start", "end", "kind", "replacement", "reason"}]}`).
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
    /// Validates the packs in a folder (default: ./content) and prints a summary.
    Check {
        /// Folder holding conditions.toml, prompts.toml, safe_sleep.toml, reflection.toml.
        dir: Option<PathBuf>,
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
            command: ContentCommand::Check { dir },
        } => content_check(dir.as_deref().unwrap_or(Path::new("content"))),
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

fn content_check(dir: &Path) -> Result<ExitCode> {
    match Content::from_dir(dir) {
        Ok(c) => {
            println!(
                "content OK: {} prompts, {} conditions, {} safe-sleep advice items and {} risk messages, {} reflection sections",
                c.prompts.len(),
                c.conditions.len(),
                c.safe_sleep.advice.len(),
                c.safe_sleep.risks.len(),
                c.reflection.sections.len()
            );
            println!("version {}  hash {}", c.version, c.hash);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("content in {} is not valid:", dir.display());
            for line in e.to_string().lines() {
                eprintln!("  {line}");
            }
            Ok(ExitCode::FAILURE)
        }
    }
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
    let store = Store::open(db, &pass).with_context(|| format!("opening {}", db.display()))?;
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
        Store::open(db, &pass).with_context(|| format!("opening {}", db.display()))?
    } else {
        let pass = passphrase("Choose a passphrase or PIN for the demo store: ")?;
        if let Err(w) = lock::check_strength(&pass) {
            bail!("{w}. {}", lock::strength_rule());
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
