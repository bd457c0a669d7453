//! `doorstep-server`: serve, and the admin's commands.

use std::io::IsTerminal;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use doorstep_server::db::{Actor, AuditAction, AuditEntry, Db, NewCode, NewSupervisor, printable};
use doorstep_server::{ServeConfig, hash_password, now, random_token, rfc3339, sha256_hex};

const DEFAULT_DATABASE: &str = "sqlite:doorstep-server-data/doorstep-server.db";

#[derive(Parser)]
#[command(name = "doorstep-server", version, about = "Doorstep team sync server")]
struct Cli {
    /// `sqlite:PATH` (the default, embedded) or `postgres://…`.
    #[arg(long, global = true, env = "DOORSTEP_DATABASE", default_value = DEFAULT_DATABASE)]
    database: String,
    /// How logs are written on stderr: json (the default for serve) or text.
    #[arg(long, global = true, value_enum)]
    log_format: Option<doorstep_server::logging::Format>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs the server.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = ServeConfig::LISTEN)]
        listen: SocketAddr,
        /// TLS certificate (PEM); with --tls-key, serves HTTPS.
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// TLS private key (PEM).
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// The address people and devices use when a TLS proxy is in front (https://…): cookies
        /// are then Secure, HSTS is sent, and X-Forwarded-For from a proxy on this host is
        /// believed. Needed to listen on a non-loopback address without --tls-cert.
        #[arg(long)]
        public_url: Option<String>,
        /// Requests per minute per device (0: no limit).
        #[arg(long, default_value_t = ServeConfig::RATE_LIMIT)]
        rate_limit: u32,
        /// Refused requests (bad enrolment codes, unknown tokens, failed logins) per minute per
        /// client address, after a burst of twice that (0: no limit).
        #[arg(long, default_value_t = ServeConfig::REFUSAL_LIMIT)]
        refusal_limit: u32,
        /// Failed logins per minute per username, after a burst of 10 (0: no limit).
        #[arg(long, default_value_t = ServeConfig::LOGIN_LIMIT)]
        login_limit: u32,
        /// Connections open at once, at most (keep it below the open-files limit, `ulimit -n`).
        #[arg(long, default_value_t = ServeConfig::MAX_CONNECTIONS)]
        max_connections: usize,
        /// Connections open at once from one client address (an IPv6 /64 counts as one);
        /// 0: a quarter of --max-connections. Not applied to a TLS proxy on this host.
        #[arg(long, default_value_t = ServeConfig::MAX_CONNECTIONS_PER_ADDRESS)]
        max_connections_per_address: usize,
        /// Seconds a client has to send a request's headers (and a kept-alive connection may
        /// stay idle).
        #[arg(long, default_value_t = ServeConfig::HEADER_TIMEOUT_SECS)]
        header_timeout: u64,
        /// Minutes a supervisor's session lasts without a request (it ends after 8 hours in
        /// any case).
        #[arg(long, default_value_t = ServeConfig::SESSION_IDLE_MINUTES)]
        session_idle_minutes: u32,
        /// KiB of reflection text one device may have stored per day, UTC (0: no limit).
        #[arg(long, default_value_t = ServeConfig::DEVICE_QUOTA_KIB)]
        device_quota_kib: u32,
        /// A mail server to tell supervisors that an urgent reflection is waiting:
        /// smtps://user:password@host[:port], or smtp://…?tls=required for STARTTLS (clear
        /// text only to this machine). The message holds a link, never the reflection.
        #[arg(long, requires_all = ["smtp_from", "notify"])]
        smtp_url: Option<String>,
        /// The notice's sender address.
        #[arg(long, requires = "smtp_url")]
        smtp_from: Option<String>,
        /// The supervisors' e-mail addresses, separated by commas.
        #[arg(long, requires = "smtp_url", value_delimiter = ',')]
        notify: Vec<String>,
    },
    /// Teams.
    Team {
        #[command(subcommand)]
        command: TeamCommand,
    },
    /// Makes a one-time enrolment code for a team and prints it alone on stdout.
    EnrolCode {
        /// Team id or name.
        #[arg(long)]
        team: String,
        /// How long the code works: e.g. 30m, 24h, 7d.
        #[arg(long, default_value = "24h")]
        expires: String,
    },
    /// Devices.
    Devices {
        #[command(subcommand)]
        command: DevicesCommand,
    },
    /// Supervisors.
    Supervisor {
        #[command(subcommand)]
        command: SupervisorCommand,
    },
    /// Exports a team's anonymised reflections.
    Export {
        #[arg(long)]
        team: String,
        #[arg(long, default_value = "csv")]
        format: String,
    },
    /// Prints the API's OpenAPI document.
    Openapi,
    /// Prints the latest entries of the audit trail.
    Audit {
        #[arg(long, default_value_t = 50)]
        limit: i64,
    },
}

#[derive(Subcommand)]
enum TeamCommand {
    /// Creates a team and prints its id.
    Create { name: String },
}

#[derive(Subcommand)]
enum DevicesCommand {
    /// Lists devices.
    List {
        #[arg(long)]
        team: Option<String>,
    },
    /// Revokes a device: its token stops working at once.
    Revoke { device_id: String },
}

#[derive(Subcommand)]
enum SupervisorCommand {
    /// Creates a supervisor (password from the terminal or DOORSTEP_SUPERVISOR_PASSWORD).
    Create {
        #[arg(long)]
        team: String,
        #[arg(long)]
        username: String,
        /// The name practitioners see on this supervisor's replies (the username when none).
        #[arg(long)]
        display_name: Option<String>,
    },
    /// Lists supervisors.
    List {
        #[arg(long)]
        team: Option<String>,
    },
    /// Disables a supervisor: they cannot log in, and their sessions end at once.
    Disable {
        #[arg(long)]
        username: String,
    },
    /// Lets a disabled supervisor log in again.
    Enable {
        #[arg(long)]
        username: String,
    },
    /// Sets a new password (from the terminal or DOORSTEP_SUPERVISOR_PASSWORD) and ends the
    /// supervisor's sessions.
    ResetPassword {
        #[arg(long)]
        username: String,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let default_format = match cli.command {
        Command::Serve { .. } => doorstep_server::logging::Format::Json,
        _ => doorstep_server::logging::Format::Text,
    };
    doorstep_server::logging::init(cli.log_format.unwrap_or(default_format));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("doorstep-server: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("doorstep-server: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Parses 30m, 24h, 7d, 3600s into seconds.
fn duration_secs(s: &str) -> Result<i64> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
    let n: i64 = num
        .parse()
        .with_context(|| format!("not a duration: {s} (try 30m, 24h or 7d)"))?;
    let secs = match unit {
        "s" => n,
        "m" => n * 60,
        "h" | "" => n * 3600,
        "d" => n * 86_400,
        _ => bail!("not a duration: {s} (try 30m, 24h or 7d)"),
    };
    if secs <= 0 || secs > 30 * 86_400 {
        bail!("an enrolment code may last from 1 second to 30 days");
    }
    Ok(secs)
}

async fn team(db: &Db, key: &str) -> Result<doorstep_server::db::Team> {
    db.find_team(key)
        .await?
        .with_context(|| format!("no team with that id or name: {key}"))
}

/// A field of the admin's tab-separated output, safe for a terminal.
fn shown(s: &str) -> String {
    printable(s, 200)
}

/// A new password for a supervisor: from DOORSTEP_SUPERVISOR_PASSWORD or typed twice.
fn new_password() -> Result<String> {
    let password = match std::env::var("DOORSTEP_SUPERVISOR_PASSWORD") {
        Ok(p) => p,
        Err(_) if std::io::stdin().is_terminal() => {
            let p = read_hidden("Password for the supervisor: ")?;
            let again = read_hidden("Again: ")?;
            if p != again {
                bail!("the two passwords are not the same");
            }
            p
        }
        Err(_) => bail!("set DOORSTEP_SUPERVISOR_PASSWORD or run this in a terminal"),
    };
    if password.chars().count() < 12 {
        bail!("a supervisor's password needs at least 12 characters");
    }
    Ok(password)
}

/// Reads a line typed at the terminal without showing it (the terminal's echo is off while it
/// is typed, and put back as it was whatever happens).
#[cfg(unix)]
fn read_hidden(prompt: &str) -> Result<String> {
    use rustix::termios::{LocalModes, OptionalActions, tcgetattr, tcsetattr};
    let stdin = std::io::stdin();
    eprint!("{prompt}");
    let before = tcgetattr(&stdin).context("reading the terminal's settings")?;
    let mut quiet = before.clone();
    quiet.local_modes.remove(LocalModes::ECHO);
    quiet.local_modes.insert(LocalModes::ECHONL);
    tcsetattr(&stdin, OptionalActions::Now, &quiet).context("turning the echo off")?;
    let mut line = String::new();
    let read = stdin.read_line(&mut line);
    let restored = tcsetattr(&stdin, OptionalActions::Now, &before);
    read.context("reading the password")?;
    restored.context("turning the echo back on")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

/// Where the terminal's echo cannot be turned off here, the password is read as typed.
#[cfg(not(unix))]
fn read_hidden(prompt: &str) -> Result<String> {
    eprint!("{prompt}(it will show as you type) ");
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}

async fn supervisor_id(db: &Db, username: &str) -> Result<uuid::Uuid> {
    Ok(db
        .supervisor_by_username(username.trim())
        .await?
        .with_context(|| format!("no supervisor with the username {}", shown(username)))?
        .id)
}

async fn run(cli: Cli) -> Result<()> {
    if let Command::Openapi = cli.command {
        print!("{}", doorstep_server::api::openapi_document());
        return Ok(());
    }
    if let Command::Serve {
        listen,
        tls_cert,
        tls_key,
        public_url,
        rate_limit,
        refusal_limit,
        login_limit,
        max_connections,
        max_connections_per_address,
        header_timeout,
        session_idle_minutes,
        device_quota_kib,
        smtp_url,
        smtp_from,
        notify,
    } = cli.command
    {
        return doorstep_server::serve(ServeConfig {
            tls: tls_cert.zip(tls_key),
            public_url,
            rate_limit,
            refusal_limit,
            login_limit,
            max_connections,
            max_connections_per_address,
            header_timeout_secs: header_timeout,
            session_idle_minutes,
            device_quota_kib,
            smtp: smtp_url.map(|url| doorstep_server::SmtpConfig {
                url,
                from: smtp_from.unwrap_or_default(),
                to: notify,
            }),
            ..ServeConfig::new(listen, cli.database)
        })
        .await;
    }
    let db = Db::open(&cli.database)
        .await
        .context("opening the database")?;
    match cli.command {
        Command::Team {
            command: TeamCommand::Create { name },
        } => {
            let name = name.trim();
            if name.is_empty() || name.chars().count() > 100 {
                bail!("a team needs a name of 1 to 100 characters");
            }
            if doorstep_core::wire::forbidden_in_name(name).is_some() {
                bail!("a team's name has no control characters or hidden ones");
            }
            let t = db.create_team(name, now()).await?;
            println!("{}", t.id);
        }
        Command::EnrolCode { team: key, expires } => {
            let t = team(&db, &key).await?;
            let secs = duration_secs(&expires)?;
            // 128 bits is plenty for a one-time, short-lived code and easier to type.
            let code: String = random_token()
                .map_err(|_| anyhow::anyhow!("no randomness available"))?
                .chars()
                .take(32)
                .collect();
            let n = now();
            let new = NewCode {
                team: t.id,
                code_hash: sha256_hex(code.as_bytes()),
                expires_at: n + secs,
            };
            db.create_enrol_code(&new, n).await?;
            println!("{code}");
            eprintln!(
                "code for team {} works once, until {}",
                shown(&t.name),
                rfc3339(n + secs)
            );
        }
        Command::Devices {
            command: DevicesCommand::List { team: key },
        } => {
            let t = match key {
                Some(k) => Some(team(&db, &k).await?.id),
                None => None,
            };
            println!("device_id\tteam_id\tlabel\tenrolled\tlast_seen\tstatus");
            for d in db.list_devices(t).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    d.id,
                    d.team_id,
                    shown(&d.label),
                    rfc3339(d.created_at),
                    d.last_seen_at
                        .map(rfc3339)
                        .unwrap_or_else(|| "never".into()),
                    if d.revoked_at.is_some() {
                        "revoked"
                    } else {
                        "active"
                    }
                );
            }
        }
        Command::Devices {
            command: DevicesCommand::Revoke { device_id },
        } => {
            let id = uuid::Uuid::parse_str(device_id.trim()).context("not a device id")?;
            if !db.revoke_device(id, now()).await? {
                bail!("no device with id {id}");
            }
            println!("revoked {id}");
        }
        Command::Supervisor {
            command:
                SupervisorCommand::Create {
                    team: key,
                    username,
                    display_name,
                },
        } => {
            let t = team(&db, &key).await?;
            let username = username.trim();
            if username.is_empty() || username.len() > 100 {
                bail!("a username has 1 to 100 characters");
            }
            if username.chars().any(char::is_whitespace)
                || doorstep_core::wire::forbidden_in_name(username).is_some()
            {
                bail!("a username has no spaces, control characters or hidden ones");
            }
            let display_name =
                doorstep_server::text::display_name(display_name.as_deref().unwrap_or(""))
                    .map_err(|problem| anyhow::anyhow!("{problem}"))?;
            let password = new_password()?;
            let id = db
                .create_supervisor(
                    &NewSupervisor {
                        team: t.id,
                        username,
                        password_hash: &hash_password(&password)?,
                        display_name: display_name.as_deref(),
                    },
                    now(),
                )
                .await?;
            println!("{id}");
        }
        Command::Supervisor {
            command: SupervisorCommand::List { team: key },
        } => {
            let t = match key {
                Some(k) => Some(team(&db, &k).await?.id),
                None => None,
            };
            println!("supervisor_id\tteam_id\tusername\tstatus");
            for s in db.list_supervisors(t).await? {
                let status = s.disabled_at.map_or_else(
                    || "active".to_string(),
                    |at| format!("disabled {}", rfc3339(at)),
                );
                println!("{}\t{}\t{}\t{status}", s.id, s.team_id, shown(&s.username));
            }
        }
        Command::Supervisor {
            command: SupervisorCommand::Disable { username },
        } => {
            let id = supervisor_id(&db, &username).await?;
            db.set_supervisor_disabled(id, true, now()).await?;
            println!(
                "disabled {}; their sessions have ended",
                shown(username.trim())
            );
        }
        Command::Supervisor {
            command: SupervisorCommand::Enable { username },
        } => {
            let id = supervisor_id(&db, &username).await?;
            db.set_supervisor_disabled(id, false, now()).await?;
            println!("enabled {}", shown(username.trim()));
        }
        Command::Supervisor {
            command: SupervisorCommand::ResetPassword { username },
        } => {
            let id = supervisor_id(&db, &username).await?;
            let hash = hash_password(&new_password()?)?;
            db.set_password(id, &hash, now()).await?;
            println!(
                "new password set for {}; their sessions have ended",
                shown(username.trim())
            );
        }
        Command::Export { team: key, format } => {
            if format != "csv" {
                bail!("the only export format is csv");
            }
            let t = team(&db, &key).await?;
            let rows = db.all_reflections(t.id).await?;
            let replies = db.team_replies(t.id).await?;
            print!(
                "{}",
                doorstep_server::export::csv(
                    &rows,
                    &replies,
                    doorstep_server::export::Reader::Terminal
                )
            );
            let detail = format!("team {}, {} reflections", t.id, rows.len());
            db.audit(AuditEntry::new(
                &Actor::Admin,
                AuditAction::Export,
                detail,
                now(),
            ))
            .await?;
        }
        Command::Audit { limit } => {
            for (at, actor, action, detail) in db.audit_log(limit).await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    rfc3339(at),
                    shown(&actor),
                    shown(&action),
                    printable(&detail, 1000)
                );
            }
        }
        Command::Serve { .. } | Command::Openapi => {}
    }
    Ok(())
}
