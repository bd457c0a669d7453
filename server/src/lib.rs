//! Doorstep's team sync server: devices enrol with one-time codes and push anonymised
//! reflections; supervisors read them on server-rendered pages and reply; replies flow back to
//! the devices. SQLite by default, PostgreSQL for scale.

#![forbid(unsafe_code)]

pub mod api;
pub mod db;
pub mod logging;
pub mod web;

use std::net::SocketAddr;
use std::sync::Arc;
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
    pub rate: Arc<api::RateLimiter>,
    /// Set the `Secure` flag on cookies (TLS, or a non-loopback address).
    pub secure_cookies: bool,
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
    let b: [u8; 32] = doorstep::keys::random_bytes().map_err(|_| {
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
    let salt: [u8; 16] =
        doorstep::keys::random_bytes().map_err(|_| anyhow::anyhow!("no randomness available"))?;
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

/// The whole router: the `/v1` API and the supervisor's pages.
pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/v1/health", get(api::health))
        .route("/v1/devices", post(api::enrol))
        .route("/v1/reflections", post(api::push))
        .route("/v1/replies", get(api::replies))
        .route("/v1/openapi.json", get(api::openapi_json))
        .layer(DefaultBodyLimit::max(doorstep::sync::wire::MAX_BODY_BYTES));
    let web = Router::new()
        .route("/", get(web::list))
        .route("/login", get(web::login_form).post(web::login))
        .route("/logout", post(web::logout))
        .route("/reflections/{id}", get(web::show))
        .route("/reflections/{id}/reply", post(web::reply))
        .route("/themes", get(web::themes))
        .route("/static/app.css", get(web::css))
        .layer(DefaultBodyLimit::max(64 * 1024));
    api.merge(web)
        .fallback(|| async {
            api::ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "There is nothing here.",
            )
        })
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
}

/// Serves until SIGINT or SIGTERM; in-flight requests finish first (up to 30 s).
pub async fn serve(config: ServeConfig) -> anyhow::Result<()> {
    let db = Db::open(&config.database).await?;
    let instance = db.instance_id().await?;
    let state = AppState {
        db,
        rate: Arc::new(api::RateLimiter::new(config.rate_limit)),
        secure_cookies: config.tls.is_some() || !config.listen.ip().is_loopback(),
        instance,
    };
    let kind = state.db.kind();
    let app = router(state).into_make_service();
    let handle = axum_server::Handle::new();
    let shutdown = handle.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down; finishing requests in flight");
        shutdown.graceful_shutdown(Some(Duration::from_secs(30)));
    });
    let listener = std::net::TcpListener::bind(config.listen)?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let scheme = if config.tls.is_some() {
        "https"
    } else {
        "http"
    };
    // The first line on stdout says where the server is (tests and scripts read it).
    println!("listening on {scheme}://{addr} ({kind})");
    tracing::info!(%scheme, %addr, database = kind, "listening");
    match &config.tls {
        Some((cert, key)) => {
            let _ = rustls::crypto::ring::default_provider().install_default();
            let tls = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key).await?;
            axum_server::from_tcp_rustls(listener, tls)
                .handle(handle)
                .serve(app)
                .await?;
        }
        None => {
            axum_server::from_tcp(listener)
                .handle(handle)
                .serve(app)
                .await?;
        }
    }
    Ok(())
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
