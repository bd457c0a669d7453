//! The `doorstep` command line: content checks, store tools and demo data.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use doorstep::service;

/// Every block wiped when freed: names and passphrases do not outlive their use in the heap.
#[global_allocator]
static ALLOC: service::session::WipeOnFree = service::session::WIPE_ON_FREE;

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
    /// The content's Welsh as a gettext PO file, for a translator (docs/welsh.md).
    Po {
        #[command(subcommand)]
        command: PoCommand,
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
enum PoCommand {
    /// Writes every English string of the packs with the Welsh cy.po has, as a PO file to
    /// translate (drafts and strings whose English changed are marked fuzzy).
    Export {
        /// Folder holding the packs (default: ./content).
        dir: Option<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Reads a translator's PO file back into cy.po beside the packs (only reviewed strings,
    /// not marked fuzzy, are shown in the app).
    Import {
        /// The translator's PO file.
        file: PathBuf,
        /// Folder holding the packs (default: ./content).
        #[arg(long)]
        content: Option<PathBuf>,
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
    // Before any store is opened: no core dump can hold a family's name or a key.
    if let Err(e) = doorstep::service::session::harden_process() {
        eprintln!("doorstep: could not turn core dumps off ({e})");
    }
    let cli = Cli::parse();
    let today = chrono::Local::now().date_naive();
    let result = match cli.command {
        Command::Content {
            command:
                ContentCommand::Check {
                    dir,
                    local,
                    sources,
                },
        } => Ok(report(service::tools::content_check(
            dir.as_deref().unwrap_or(Path::new("content")),
            local.as_deref(),
            sources,
            today,
        ))),
        Command::Content {
            command:
                ContentCommand::Po {
                    command: PoCommand::Export { dir, out },
                },
        } => match service::translation::export(dir.as_deref().unwrap_or(Path::new("content"))) {
            Ok(po) => match out {
                Some(path) => std::fs::write(&path, po)
                    .map(|()| ExitCode::SUCCESS)
                    .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display())),
                None => {
                    print!("{po}");
                    Ok(ExitCode::SUCCESS)
                }
            },
            Err(e) => Err(anyhow::anyhow!(e)),
        },
        Command::Content {
            command:
                ContentCommand::Po {
                    command: PoCommand::Import { file, content },
                },
        } => Ok(report(service::tools::po_import(
            content.as_deref().unwrap_or(Path::new("content")),
            &file,
        ))),
        Command::Content {
            command:
                ContentCommand::Preview {
                    household,
                    visits,
                    local,
                    content,
                    today: day,
                    text,
                },
        } => service::tools::preview(
            service::tools::PreviewFiles {
                household: &household,
                visits: visits.as_deref(),
                local: local.as_deref(),
                content: content.as_deref().unwrap_or(Path::new("content")),
            },
            day.unwrap_or(today),
            text,
        )
        .map(|out| {
            print!("{out}");
            ExitCode::SUCCESS
        }),
        Command::Db {
            command: DbCommand::Check { db },
        } => passphrase("Passphrase or PIN: ").and_then(|pass| {
            service::tools::db_check(&db, &pass)
                .map(report)
                .with_context(|| format!("opening {}", db.display()))
        }),
        Command::Demo { db } => {
            let prompt = if service::tools::store_exists(&db) {
                "Passphrase or PIN: "
            } else {
                "Choose a passphrase or PIN for the demo store: "
            };
            passphrase(prompt).and_then(|pass| {
                let made = service::tools::demo(&db, &pass, today)
                    .with_context(|| format!("the demo store {}", db.display()))?;
                println!("{made}");
                Ok(ExitCode::SUCCESS)
            })
        }
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

/// Prints a tool's report; its exit code.
fn report(r: service::tools::Report) -> ExitCode {
    for line in &r.lines {
        if r.error {
            eprintln!("{line}");
        } else {
            println!("{line}");
        }
    }
    if r.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
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
        match service::tools::anonymise_line(&line) {
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
