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
