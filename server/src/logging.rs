//! The server's logs: structured (JSON lines for `serve`, text for admin commands), on stderr,
//! and never anything a request carries. A request is logged by its id (made here, never taken
//! from the client), its method, the route it matched (the pattern, `/reflections/{id}`, not
//! the path), its status and how long it took: no path, query, header, cookie, form or body,
//! because any of them can hold text a device or a supervisor typed.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::HeaderValue;
use axum::middleware::Next;
use axum::response::Response;
use tracing_subscriber::EnvFilter;

/// The header that carries a request's id back to the client (for support: "quote this id").
pub const REQUEST_ID: &str = "x-request-id";

/// How logs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON object a line (for a log collector).
    Json,
    /// Plain lines (for a person at a terminal).
    Text,
}

/// Sets up logging on stderr. The level comes from `DOORSTEP_LOG` (e.g. `info`, `debug`,
/// `doorstep_server=debug`), `info` by default.
pub fn init(format: Format) {
    let filter = EnvFilter::try_from_env("DOORSTEP_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    // A second call (tests that start several servers in one process) keeps the first.
    let _ = match format {
        Format::Json => builder.json().flatten_event(true).try_init(),
        Format::Text => builder.with_ansi(false).try_init(),
    };
}

/// Logs each request by id, method, route pattern, status and time, and returns its id.
pub async fn request(req: Request, next: Next) -> Response {
    let id = uuid::Uuid::new_v4().to_string();
    let method = req.method().clone();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "(no route)".to_string(), |m| m.as_str().to_string());
    let started = Instant::now();
    let mut response = next.run(req).await;
    let status = response.status().as_u16();
    let micros = u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX);
    if status >= 500 {
        tracing::error!(request = %id, %method, %route, status, micros, "request");
    } else {
        tracing::info!(request = %id, %method, %route, status, micros, "request");
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID, v);
    }
    response
}
