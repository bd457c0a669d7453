//! Test helpers: the real `doorstep-server` binary over real HTTP on loopback, on an embedded
//! SQLite file or on a throwaway PostgreSQL cluster (or `DATABASE_URL`).

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// Runs each named `async fn name(Backend)` as two tests, `name::sqlite` and `name::postgres`.
#[allow(unused_macros)]
macro_rules! both {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use super::*;
            #[tokio::test(flavor = "multi_thread")]
            async fn sqlite() {
                super::$name(Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread")]
            async fn postgres() {
                super::$name(Backend::Postgres).await
            }
        }
    )*};
}

pub const BIN: &str = env!("CARGO_BIN_EXE_doorstep-server");

/// The server binary the helpers start: `DOORSTEP_SERVER_BIN` when set (the load benchmark runs
/// one build of itself against two builds of the server, back to back), else this build's.
pub fn server_bin() -> String {
    std::env::var("DOORSTEP_SERVER_BIN").unwrap_or_else(|_| BIN.to_string())
}

/// Which backend a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database for one test.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!("sqlite:{}", dir.path().join("server.db").display());
                TestDb {
                    url,
                    _dir: Some(dir),
                }
            }
            Backend::Postgres => TestDb {
                url: pg().fresh_database(),
                _dir: None,
            },
        }
    }
}

/// Runs SQL on a test database directly, outside the server (to set up what an older release
/// left behind).
pub fn run_sql(url: &str, sql: &str) {
    if let Some(path) = url.strip_prefix("sqlite:") {
        rusqlite::Connection::open(path)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
    } else {
        let out = Command::new(pg_bin("psql"))
            .arg(url)
            .args(["-v", "ON_ERROR_STOP=1", "-c", sql])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "psql: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// A throwaway PostgreSQL cluster for this test process. It stops when the process ends, even
/// on a panic: its supervisor shell waits on a pipe that closes with us.
struct Pg {
    base: String,
    _guard: Mutex<(Child, ChildStdin)>,
    _dir: tempfile::TempDir,
    counter: Mutex<u32>,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn pg_bin(name: &str) -> PathBuf {
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin").join(name))
                .filter(|p| p.exists())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.pop().unwrap_or_else(|| {
        panic!("PostgreSQL's {name} is not installed (Debian package postgresql); scripts/setup.sh installs it, or set DATABASE_URL")
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

/// Runs a command as the `postgres` user when we are root (initdb refuses root).
fn as_pg(program: &Path) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn pg() -> &'static Pg {
    static PG: OnceLock<Pg> = OnceLock::new();
    PG.get_or_init(|| {
        if let Ok(url) = std::env::var("DATABASE_URL") {
            // An external server: each test gets its own database on it.
            let dir = tempfile::tempdir().unwrap();
            let child = Command::new("sh")
                .args(["-c", "read _"])
                .stdin(Stdio::piped())
                .spawn()
                .unwrap();
            let mut child = child;
            let stdin = child.stdin.take().unwrap();
            return Pg {
                base: url
                    .trim_end_matches('/')
                    .rsplit_once('/')
                    .map_or(url.clone(), |(b, _)| b.to_string()),
                _guard: Mutex::new((child, stdin)),
                _dir: dir,
                counter: Mutex::new(0),
            };
        }
        start_cluster(false)
    })
}

/// A throwaway cluster that also accepts TLS (plain connections too), with a certificate for
/// `localhost` signed by a CA made for it: its base URL and the CA's PEM file.
pub fn pg_tls_database() -> (String, PathBuf) {
    static PG: OnceLock<Pg> = OnceLock::new();
    let pg = PG.get_or_init(|| start_cluster(true));
    (pg.fresh_database(), pg._dir.path().join("ca.pem"))
}

/// The output of one query on a PostgreSQL test database (unaligned, tuples only).
pub fn query_sql(url: &str, sql: &str) -> String {
    let out = Command::new(pg_bin("psql"))
        .arg(url)
        .args(["-v", "ON_ERROR_STOP=1", "-tA", "-c", sql])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "psql: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A CA and a server certificate for `localhost` signed by it, in `dir`: ca.pem, server.pem,
/// server.key.
pub fn make_certificates(dir: &Path) {
    use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    let ca = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let key = KeyPair::generate().unwrap();
    let cert = CertificateParams::new(vec!["localhost".to_string()])
        .unwrap()
        .signed_by(&key, &issuer)
        .unwrap();
    std::fs::write(dir.join("ca.pem"), ca.pem()).unwrap();
    std::fs::write(dir.join("server.pem"), cert.pem()).unwrap();
    std::fs::write(dir.join("server.key"), key.serialize_pem()).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        dir.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
}

/// Starts a throwaway cluster (as the `postgres` user when we are root), with TLS if asked.
fn start_cluster(tls: bool) -> Pg {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    if is_root() {
        Command::new("chown")
            .arg("postgres")
            .arg(dir.path())
            .status()
            .unwrap();
    }
    let out = as_pg(&pg_bin("initdb"))
        .args(["-D"])
        .arg(&data)
        .args(["-A", "trust", "-U", "postgres", "--no-sync"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "initdb failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut ssl = String::new();
    if tls {
        make_certificates(dir.path());
        ssl = format!(
            " -c ssl=on -c ssl_cert_file={0}/server.pem -c ssl_key_file={0}/server.key",
            dir.path().display()
        );
    }
    if is_root() {
        Command::new("chown")
            .arg("-R")
            .arg("postgres")
            .arg(dir.path())
            .status()
            .unwrap();
    }
    let port = free_port();
    let script = format!(
        "\"{}\" -D \"{}\" -p {port} -k \"{}\" -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200{ssl} > \"{}/log\" 2>&1 & pid=$!; read _; kill -INT $pid; wait $pid; rm -rf \"{}\"",
        pg_bin("postgres").display(),
        data.display(),
        dir.path().display(),
        dir.path().display(),
        // The cluster lives in a static, whose TempDir is never dropped: its shell removes it.
        dir.path().display()
    );
    let mut child = if is_root() {
        Command::new("runuser")
            .args(["-u", "postgres", "--", "sh", "-c", &script])
            .stdin(Stdio::piped())
            .spawn()
            .unwrap()
    } else {
        Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let stdin = child.stdin.take().unwrap();
    let base = format!("postgres://postgres@127.0.0.1:{port}");
    let start = Instant::now();
    loop {
        let ok = Command::new(pg_bin("pg_isready"))
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if ok {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "PostgreSQL did not start: {}",
            std::fs::read_to_string(dir.path().join("log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    Pg {
        base,
        _guard: Mutex::new((child, stdin)),
        _dir: dir,
        counter: Mutex::new(0),
    }
}

impl Pg {
    fn fresh_database(&self) -> String {
        let n = {
            let mut c = self.counter.lock().unwrap();
            *c += 1;
            *c
        };
        let name = format!(
            "t{}_{}_{n}",
            std::process::id(),
            uuid::Uuid::now_v7().simple()
        );
        let psql = pg_bin("psql");
        let out = Command::new(psql)
            .arg(format!("{}/postgres", self.base))
            .args([
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                &format!("CREATE DATABASE \"{name}\""),
            ])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "create database: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        format!("{}/{name}", self.base)
    }
}

/// A running server process. Stopped with SIGTERM (graceful) when dropped.
pub struct Server {
    child: Child,
    pub url: String,
    pub database: String,
}

impl Server {
    pub fn start(database: &str) -> Server {
        Server::start_with(database, &[])
    }

    pub fn start_with(database: &str, extra: &[&str]) -> Server {
        Server::spawn(database, extra, Stdio::null(), &[])
    }

    /// A server whose logs (stderr) go to `log`, at the levels `filter` gives (DOORSTEP_LOG).
    pub fn start_logged(database: &str, log: &Path, filter: &str) -> Server {
        let file = std::fs::File::create(log).unwrap();
        Server::spawn(
            database,
            &[],
            Stdio::from(file),
            &[("DOORSTEP_LOG", filter)],
        )
    }

    /// A server listening on `listen` (its URL names loopback, whatever the address).
    pub fn start_on(database: &str, listen: &str, extra: &[&str]) -> Server {
        let mut s = Server::spawn_on(database, listen, extra, Stdio::null(), &[]);
        s.url = s.url.replace("0.0.0.0", "127.0.0.1");
        s
    }

    fn spawn(database: &str, extra: &[&str], stderr: Stdio, env: &[(&str, &str)]) -> Server {
        Server::spawn_on(database, "127.0.0.1:0", extra, stderr, env)
    }

    fn spawn_on(
        database: &str,
        listen: &str,
        extra: &[&str],
        stderr: Stdio,
        env: &[(&str, &str)],
    ) -> Server {
        let mut cmd = Command::new(server_bin());
        cmd.args(["serve", "--listen", listen, "--database", database])
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(stderr);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let url = line
            .split_whitespace()
            .find(|w| w.starts_with("http"))
            .unwrap_or_else(|| panic!("the server did not say where it listens: {line:?}"))
            .to_string();
        Server {
            child,
            url,
            database: database.to_string(),
        }
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub fn stop(mut self) -> std::process::ExitStatus {
        terminate(self.child.id());
        let status = wait_timeout(&mut self.child, Duration::from_secs(30));
        std::mem::forget(self);
        status
    }
}

fn terminate(pid: u32) {
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
}

fn wait_timeout(child: &mut Child, t: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if start.elapsed() > t {
            let _ = child.kill();
            return child.wait().unwrap();
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        terminate(self.child.id());
        wait_timeout(&mut self.child, Duration::from_secs(10));
    }
}

/// Runs an admin command against a database; stdout on success.
pub fn admin(database: &str, args: &[&str]) -> Result<String, String> {
    admin_env(database, args, &[])
}

pub fn admin_env(database: &str, args: &[&str], env: &[(&str, &str)]) -> Result<String, String> {
    let mut c = Command::new(server_bin());
    c.arg("--database")
        .arg(database)
        .args(args)
        .stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).to_string())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).to_string())
    }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// A team, an enrolment code and an enrolled device.
pub struct Enrolled {
    pub team: String,
    pub device_id: String,
    pub token: String,
}

pub async fn enrol(server: &Server, team_name: &str) -> Enrolled {
    let team = match admin(&server.database, &["team", "create", team_name]) {
        Ok(out) => out.trim().to_string(),
        Err(_) => team_name.to_string(),
    };
    let code = admin(&server.database, &["enrol-code", "--team", team_name]).unwrap();
    let r = client()
        .post(format!("{}/v1/devices", server.url))
        .json(&json!({"code": code.trim(), "label": "Test tablet"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let v: Value = r.json().await.unwrap();
    Enrolled {
        team,
        device_id: v["device_id"].as_str().unwrap().to_string(),
        token: v["token"].as_str().unwrap().to_string(),
    }
}

pub fn item(id: &str, text: &str) -> Value {
    json!({"id": id, "week": "2026-W48", "content_version": "2026.11.1+abc", "themes": ["e", "f"], "text": text})
}

pub async fn push(server: &Server, token: &str, items: Vec<Value>) -> reqwest::Response {
    client()
        .post(format!("{}/v1/reflections", server.url))
        .bearer_auth(token)
        .json(&json!({ "reflections": items }))
        .send()
        .await
        .unwrap()
}

/// A logged-in supervisor's browser (cookies kept).
pub struct Browser {
    pub http: reqwest::Client,
    pub base: String,
}

pub fn csrf_in(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    html[at..].split('"').next().unwrap().to_string()
}

impl Browser {
    pub fn new(server: &Server) -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .cookie_store(true)
                .redirect(reqwest::redirect::Policy::limited(5))
                .build()
                .unwrap(),
            base: server.url.clone(),
        }
    }

    pub async fn login(&self, username: &str, password: &str) -> reqwest::Response {
        let page = self
            .http
            .get(format!("{}/login", self.base))
            .send()
            .await
            .unwrap();
        let html = page.text().await.unwrap();
        let csrf = csrf_in(&html);
        self.http
            .post(format!("{}/login", self.base))
            .form(&[
                ("username", username),
                ("password", password),
                ("csrf", &csrf),
            ])
            .send()
            .await
            .unwrap()
    }

    pub async fn get(&self, path: &str) -> (reqwest::StatusCode, String) {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .unwrap();
        let status = r.status();
        (status, r.text().await.unwrap())
    }

    pub async fn reply(&self, reflection: &str, text: &str) -> reqwest::Response {
        let (_, html) = self.get(&format!("/reflections/{reflection}")).await;
        let csrf = csrf_in(&html);
        self.http
            .post(format!("{}/reflections/{reflection}/reply", self.base))
            .form(&[("text", text), ("csrf", &csrf)])
            .send()
            .await
            .unwrap()
    }
}

pub const SUPERVISOR_PASSWORD: &str = "correct horse battery";

pub fn make_supervisor(database: &str, team: &str, username: &str) {
    admin_env(
        database,
        &[
            "supervisor",
            "create",
            "--team",
            team,
            "--username",
            username,
        ],
        &[("DOORSTEP_SUPERVISOR_PASSWORD", SUPERVISOR_PASSWORD)],
    )
    .unwrap();
}

/// The pieces of a value a message must not repeat: the value as sent, and every run of three
/// or more letters or digits in it, full-width digits and signs read as their ASCII forms
/// ("０７７００" is 07700), whatever separated them ("943.476.5919" gives 943, 476, 5919 and
/// 9434765919).
pub fn pieces_of(value: &str) -> Vec<String> {
    let plain: String = value
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '＠' => '@',
            other => other,
        })
        .collect();
    let mut out = vec![value.to_string(), plain.clone()];
    let runs: Vec<String> = plain
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|r| r.len() >= 3)
        .map(str::to_string)
        .collect();
    out.push(runs.concat());
    out.extend(runs);
    out.retain(|p| p.len() >= 3);
    out
}

/// The first piece of `value` that `message` repeats (case ignored), if any.
pub fn echoes(message: &str, value: &str) -> Option<String> {
    let m = message.to_lowercase();
    pieces_of(value)
        .into_iter()
        .find(|p| m.contains(&p.to_lowercase()))
}
