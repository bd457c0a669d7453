//! Doorstep's team sync server: devices enrol with one-time codes and push anonymised
//! reflections; supervisors read them on server-rendered pages and reply; replies flow back to
//! the devices. SQLite by default, PostgreSQL for scale.

#![forbid(unsafe_code)]

pub mod api;
pub mod db;
pub mod export;
pub mod limits;
pub mod logging;
pub mod notify;
pub mod search;
pub mod text;
pub mod web;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::LazyLock;
use std::time::Duration;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::db::Db;

/// Shared by every request.
#[derive(Debug, Clone)]
pub struct AppState {
    pub db: Db,
    /// Requests per device (keyed by the device's id).
    pub rate: Arc<limits::Limiter>,
    /// Refused requests per client address (bad codes, unknown tokens, failed logins; keyed by
    /// [`limits::address_key`]).
    pub refusals: Arc<limits::Limiter>,
    /// Failed logins per username from one address ([`limits::login_key`]).
    pub logins: Arc<limits::Limiter>,
    /// Failed logins per username from all addresses together (looser: a bound on guessing
    /// from many addresses; [`limits::username_key`]).
    pub username_logins: Arc<limits::Limiter>,
    /// The full-text index, kept behind ingest.
    pub search: Arc<search::Indexer>,
    /// The address people use when a TLS proxy is in front (`--public-url`).
    pub public_url: Option<Arc<str>>,
    pub hashing: limits::HashingPool,
    /// Reached over HTTPS (TLS here, or a TLS proxy in front): cookies are `Secure` and HSTS is
    /// sent.
    pub secure_cookies: bool,
    /// How long a supervisor's session lasts without a request.
    pub session_idle_secs: i64,
    /// Bytes of reflection text one device may have stored per day (UTC); 0: no limit.
    pub device_quota_bytes: i64,
    /// Believe `X-Forwarded-For` from a proxy on this host.
    pub trust_proxy: bool,
    /// Tells the supervisors by e-mail that an urgent reflection is waiting (`--smtp-url`).
    pub notify: Option<Arc<notify::Notifier>>,
    /// The database's identity (see [`db::Backend::instance_id`]).
    pub instance: Uuid,
}

/// Seconds since the epoch.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// RFC 3339 (UTC, seconds) for a timestamp.
pub fn rfc3339(t: i64) -> String {
    chrono::DateTime::from_timestamp(t, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// SHA-256 in hex: how tokens and codes are stored.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(Sha256::digest(data))
}

/// 256 random bits as 64 hex digits.
pub fn random_token() -> Result<String, api::ApiError> {
    let b: [u8; 32] = doorstep_core::secure::random_bytes().map_err(|_| {
        api::ApiError::new(
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            "server_error",
            "No randomness available.",
        )
    })?;
    Ok(hex::encode(b))
}

/// Hashes a supervisor's password with Argon2id (PHC string).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let salt: [u8; 16] = doorstep_core::secure::random_bytes()
        .map_err(|_| anyhow::anyhow!("no randomness available"))?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hashing the password failed: {e}"))?
        .to_string())
}

/// Checks a password against its stored hash.
pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash no password matches in practice, made with the same parameters as real ones: an
/// unknown username is checked against it, so that it takes as long to refuse as a known one
/// (usernames cannot be found by timing).
pub static DUMMY_PASSWORD_HASH: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::encode_b64(b"doorstep-dummy-salt").ok();
    salt.and_then(|salt| {
        argon2::Argon2::default()
            .hash_password(b"no supervisor has this password", &salt)
            .ok()
            .map(|h| h.to_string())
    })
    .unwrap_or_default()
});

/// The whole router: the `/v1` API and the supervisor's pages.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/health", get(api::health))
        .route("/v1/devices", post(api::enrol))
        .route("/v1/reflections", post(api::push))
        .route("/v1/replies", get(api::replies))
        .route("/v1/openapi.json", get(api::openapi_json))
        .layer(DefaultBodyLimit::max(doorstep_core::wire::MAX_BODY_BYTES));
    let web = Router::new()
        .route("/", get(web::list))
        .route("/login", get(web::login_form).post(web::login))
        .route("/logout", post(web::logout))
        .route("/reflections/{id}", get(web::show))
        .route("/reflections/{id}/reply", post(web::reply))
        .route("/reflections/{id}/state", post(web::set_state))
        .route(
            "/reflections/{id}/replies/{number}/edit",
            post(web::edit_reply),
        )
        .route(
            "/reflections/{id}/replies/{number}/withdraw",
            post(web::withdraw_reply),
        )
        .route("/themes", get(web::themes))
        .route("/export.csv", get(web::export))
        .route("/questions", get(web::questions))
        .route("/static/app.css", get(web::css))
        .layer(DefaultBodyLimit::max(64 * 1024));
    let trust = limits::TrustProxy(state.trust_proxy);
    let secure = state.secure_cookies;
    let web = web.layer(axum::middleware::from_fn_with_state(
        state.public_url.clone(),
        web::refuse_other_sites,
    ));
    api.merge(web)
        .fallback(|| async {
            api::ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "There is nothing here.",
            )
        })
        .layer(axum::middleware::from_fn(move |req, next| {
            web::uniform_errors(secure, req, next)
        }))
        .layer(axum::middleware::from_fn_with_state(
            trust,
            limits::client_addr,
        ))
        .layer(axum::middleware::from_fn(logging::request))
        .with_state(state)
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub listen: SocketAddr,
    pub database: String,
    pub tls: Option<(std::path::PathBuf, std::path::PathBuf)>,
    /// Requests per minute per device (0: no limit).
    pub rate_limit: u32,
    /// Refused requests per minute per client address (0: no limit).
    pub refusal_limit: u32,
    /// Failed logins per minute per username from one address (0: no limit); five times that
    /// from all addresses together.
    pub login_limit: u32,
    /// The address people and devices use, when a TLS proxy is in front (`https://…`).
    pub public_url: Option<String>,
    /// Connections open at once, at most.
    pub max_connections: usize,
    /// Connections open at once from one address (an IPv6 /64), at most; 0: a quarter of
    /// `max_connections`. Not applied to loopback behind a TLS proxy on this host.
    pub max_connections_per_address: usize,
    /// Seconds a client has to send a request's headers, and a connection may stay idle.
    pub header_timeout_secs: u64,
    /// Minutes a supervisor's session lasts without a request.
    pub session_idle_minutes: u32,
    /// KiB of reflection text one device may have stored per day (0: no limit).
    pub device_quota_kib: u32,
    /// The mail server that tells supervisors an urgent reflection is waiting
    /// (`smtps://user:password@host`), the sender, and the supervisors' addresses.
    pub smtp: Option<SmtpConfig>,
}

/// `--smtp-url`, `--smtp-from` and `--notify`.
#[derive(Clone)]
pub struct SmtpConfig {
    pub url: String,
    pub from: String,
    pub to: Vec<String>,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the URL: it may hold the mail server's password.
        f.debug_struct("SmtpConfig").finish_non_exhaustive()
    }
}

impl ServeConfig {
    /// Where `serve` listens unless told (loopback: see [`ServeConfig::check`]).
    pub const LISTEN: &str = "127.0.0.1:8787";
    pub const RATE_LIMIT: u32 = 120;
    pub const REFUSAL_LIMIT: u32 = 10;
    pub const LOGIN_LIMIT: u32 = 2;
    pub const MAX_CONNECTIONS: usize = 512;
    /// 0: a quarter of the connections.
    pub const MAX_CONNECTIONS_PER_ADDRESS: usize = 0;
    pub const HEADER_TIMEOUT_SECS: u64 = 10;
    pub const SESSION_IDLE_MINUTES: u32 = 30;
    pub const DEVICE_QUOTA_KIB: u32 = 10 * 1024;

    /// The defaults `serve` uses (the command line's defaults are these constants), for
    /// `listen` and `database`.
    pub fn new(listen: SocketAddr, database: String) -> ServeConfig {
        ServeConfig {
            listen,
            database,
            tls: None,
            rate_limit: Self::RATE_LIMIT,
            refusal_limit: Self::REFUSAL_LIMIT,
            login_limit: Self::LOGIN_LIMIT,
            public_url: None,
            max_connections: Self::MAX_CONNECTIONS,
            max_connections_per_address: Self::MAX_CONNECTIONS_PER_ADDRESS,
            header_timeout_secs: Self::HEADER_TIMEOUT_SECS,
            session_idle_minutes: Self::SESSION_IDLE_MINUTES,
            device_quota_kib: Self::DEVICE_QUOTA_KIB,
            smtp: None,
        }
    }

    /// Refuses a configuration that would send passwords and reflections in clear text over
    /// a network: a listen address other than loopback needs TLS here or a TLS proxy in front.
    pub fn check(&self) -> anyhow::Result<()> {
        if let Some(url) = &self.public_url
            && !url.starts_with("https://")
        {
            anyhow::bail!(
                "--public-url must start with https:// (the address people use, through the TLS proxy in front of this server)"
            );
        }
        if !self.listen.ip().is_loopback() && self.tls.is_none() && self.public_url.is_none() {
            anyhow::bail!(
                "refusing to serve plain HTTP on {}: supervisors' passwords and reflections would cross the network unencrypted. \
                 Give --tls-cert and --tls-key, or, behind a TLS proxy, --public-url https://…",
                self.listen
            );
        }
        Ok(())
    }
}

/// Serves until SIGINT or SIGTERM; in-flight requests finish first (up to 30 s).
pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    config.check()?;
    // Made now, not on the first login with an unknown name (that one would take twice as long).
    LazyLock::force(&DUMMY_PASSWORD_HASH);
    let db = Db::open(&config.database).await?;
    let instance = db.instance_id().await?;
    // Several servers on one PostgreSQL database share their limits through it.
    let shared = (db.kind() == "postgres").then(|| db.clone());
    let indexer = Arc::new(search::Indexer::new(db.clone()));
    let background = indexer.clone();
    tokio::spawn(async move { background.run().await });
    if let Some(db) = shared.clone() {
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(Duration::from_secs(600)).await;
                if let Err(e) = db.prune_throttles().await {
                    tracing::warn!(error = %e, "pruning the shared limits failed");
                }
            }
        });
    }
    let listener = std::net::TcpListener::bind(config.listen)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    let notify = match &config.smtp {
        Some(smtp) => {
            let base = config
                .public_url
                .clone()
                .unwrap_or_else(|| format!("{scheme}://{addr}"));
            Some(Arc::new(notify::Notifier::new(
                &smtp.url, &smtp.from, &smtp.to, &base,
            )?))
        }
        None => None,
    };
    let state = AppState {
        notify,
        db,
        rate: Arc::new(limits::Limiter::per_request(
            "device",
            config.rate_limit,
            shared.clone(),
        )),
        refusals: Arc::new(limits::Limiter::new(
            "refusal",
            config.refusal_limit,
            2 * config.refusal_limit.max(5),
            shared.clone(),
        )),
        logins: Arc::new(limits::Limiter::new(
            "login",
            config.login_limit,
            10,
            shared.clone(),
        )),
        username_logins: Arc::new(limits::Limiter::new(
            "username",
            config.login_limit.saturating_mul(5),
            50,
            shared,
        )),
        search: indexer,
        public_url: config.public_url.as_deref().map(Arc::from),
        hashing: limits::HashingPool::default(),
        secure_cookies: config.tls.is_some() || config.public_url.is_some(),
        session_idle_secs: i64::from(config.session_idle_minutes.max(1)) * 60,
        device_quota_bytes: i64::from(config.device_quota_kib) * 1024,
        trust_proxy: config.public_url.is_some(),
        instance,
    };
    let kind = state.db.kind();
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let handle = axum_server::Handle::new();
    let shutdown = handle.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down; finishing requests in flight");
        shutdown.graceful_shutdown(Some(Duration::from_secs(30)));
    });
    // The first line on stdout says where the server is (tests and scripts read it).
    println!("listening on {scheme}://{addr} ({kind})");
    tracing::info!(%scheme, %addr, database = kind, "listening");
    match &config.tls {
        Some((cert, key)) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key).await?;
            let acceptor = limits::LimitedAcceptor::new(
                axum_server::tls_rustls::RustlsAcceptor::new(tls),
                config.max_connections,
                config.max_connections_per_address,
                config.public_url.is_some(),
                Duration::from_secs(config.header_timeout_secs.max(1)),
            );
            let mut server = axum_server::from_tcp(listener).acceptor(acceptor);
            timeouts(server.http_builder(), config.header_timeout_secs);
            server.handle(handle).serve(app).await?;
        }
        None => {
            let acceptor = limits::LimitedAcceptor::new(
                axum_server::accept::DefaultAcceptor::new(),
                config.max_connections,
                config.max_connections_per_address,
                config.public_url.is_some(),
                Duration::from_secs(config.header_timeout_secs.max(1)),
            );
            let mut server = axum_server::from_tcp(listener).acceptor(acceptor);
            timeouts(server.http_builder(), config.header_timeout_secs);
            server.handle(handle).serve(app).await?;
        }
    }
    Ok(())
}

/// A client must send a request's headers within `secs`, and a kept-alive connection closes
/// after `secs` without a request.
fn timeouts(
    builder: &mut hyper_util::server::conn::auto::Builder<hyper_util::rt::TokioExecutor>,
    secs: u64,
) {
    builder
        .http1()
        .timer(hyper_util::rt::TokioTimer::new())
        .header_read_timeout(Duration::from_secs(secs.max(1)));
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
