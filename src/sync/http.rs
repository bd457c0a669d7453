//! The team server over HTTP(S) (reqwest with rustls): enrolment and the engine's transport.
//!
//! Certificates are checked with the platform's own trust store (rustls-platform-verifier), so
//! a team server whose certificate comes from the organisation's own certificate authority can
//! be joined once that authority is trusted by the device (installed by the organisation's
//! device management; on Linux also `SSL_CERT_FILE` / `SSL_CERT_DIR`). There is no way to ignore
//! certificate errors, and redirects are never followed.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::blocking::{Client, Response};

use super::engine::Transport;
use super::plan::{TransportError, describe};
use super::wire::{
    EnrolRequest, EnrolResponse, ErrorBody, Health, PushRequest, PushResponse, ReflectionItem,
    RepliesPage,
};

/// A server address that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumIter)]
pub enum UrlError {
    #[error("that is not a web address (it should look like https://doorstep.example.org)")]
    Invalid,
    #[error("the team server must use https:// (plain http:// is allowed only on this computer)")]
    NotHttps,
}

/// Checks a server address: `https://`, or `http://` to this machine only. Returns it without a
/// trailing slash.
pub fn check_server_url(url: &str) -> Result<String, UrlError> {
    let parsed = reqwest::Url::parse(url.trim()).map_err(|_| UrlError::Invalid)?;
    let host = parsed.host_str().ok_or(UrlError::Invalid)?;
    match parsed.scheme() {
        "https" => {}
        "http" => {
            let loopback = host == "localhost"
                || host
                    .trim_matches(['[', ']'])
                    .parse::<std::net::IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback());
            if !loopback {
                return Err(UrlError::NotHttps);
            }
        }
        _ => return Err(UrlError::Invalid),
    }
    if !parsed.username().is_empty() || parsed.password().is_some() || parsed.query().is_some() {
        return Err(UrlError::Invalid);
    }
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

fn client() -> Result<Client, TransportError> {
    builder()?
        .build()
        .map_err(|e| TransportError::Offline(format!("cannot start the HTTP client: {e}")))
}

/// TLS with the platform's verifier over rustls (ring), HTTP/1.1.
fn tls_config() -> Result<rustls::ClientConfig, TransportError> {
    use rustls_platform_verifier::BuilderVerifierExt;
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .and_then(|b| b.with_platform_verifier())
        .map_err(|e| TransportError::Offline(format!("cannot start TLS: {e}")))?
        .with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

fn builder() -> Result<reqwest::blocking::ClientBuilder, TransportError> {
    Ok(Client::builder()
        .use_preconfigured_tls(tls_config()?)
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .user_agent(concat!("doorstep/", env!("CARGO_PKG_VERSION"))))
}

/// Whether a failed request failed on the server's certificate.
fn certificate_refused(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        let text = s.to_string();
        if text.contains("certificate") || text.contains("UnknownIssuer") {
            return true;
        }
        source = s.source();
    }
    false
}

fn offline(e: &reqwest::Error) -> TransportError {
    if certificate_refused(e) {
        return TransportError::Untrusted;
    }
    let why = if e.is_timeout() {
        "it took too long to answer"
    } else if e.is_connect() {
        "no connection"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off"
    } else {
        "the connection failed"
    };
    TransportError::Offline(why.to_string())
}

/// Sorts a response by status; the body of a 200 is read by the caller.
fn check(r: Response) -> Result<Response, TransportError> {
    let status = r.status();
    if status.is_success() {
        return Ok(r);
    }
    let retry_after = r
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let body: Option<ErrorBody> = r.json().ok();
    let code = body.as_ref().map(|b| b.code.as_str()).unwrap_or("");
    Err(match status {
        s if s.is_redirection() => TransportError::Redirected,
        StatusCode::UNAUTHORIZED if code == "device_revoked" => TransportError::Revoked,
        StatusCode::UNAUTHORIZED => TransportError::Unauthorized,
        StatusCode::CONFLICT if code == "unknown_cursor" => TransportError::UnknownCursor,
        StatusCode::PAYLOAD_TOO_LARGE => TransportError::TooLarge,
        StatusCode::TOO_MANY_REQUESTS => TransportError::RateLimited(retry_after),
        s if s.is_server_error() => TransportError::Server(s.as_u16()),
        s => TransportError::Refused(
            body.map(|b| b.message)
                .unwrap_or_else(|| format!("error {}", s.as_u16())),
        ),
    })
}

/// Why enrolment failed, in words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, strum::EnumDiscriminants)]
#[strum_discriminants(name(EnrolErrorKind), derive(strum::EnumIter))]
pub enum EnrolError {
    #[error(transparent)]
    Url(#[from] UrlError),
    #[error(
        "the code was not accepted: it is unknown, already used or expired. Ask the team's admin for a new one."
    )]
    BadCode,
    #[error("{}", describe(.0))]
    Transport(TransportError),
}

impl doorstep_core::facts::Explain for EnrolError {
    fn facts(&self) -> doorstep_core::facts::ErrorFacts {
        match self.code() {
            Some(detail) => doorstep_core::facts::ErrorFacts::detail("enrol", detail),
            // A refusal: the server's own words, after the app's.
            None => doorstep_core::facts::ErrorFacts::code("enrol").cause(self),
        }
    }
}

impl EnrolError {
    /// What exactly went wrong, for the app's catalogue (`error.enrol.<code>`); `None` where
    /// the server's own words say it (a refusal).
    pub fn code(&self) -> Option<&'static str> {
        match self {
            EnrolError::Url(UrlError::Invalid) => Some("bad_address"),
            EnrolError::Url(UrlError::NotHttps) => Some("not_https"),
            EnrolError::BadCode => Some("bad_code"),
            EnrolError::Transport(t) => match t {
                TransportError::Offline(_)
                | TransportError::Untrusted
                | TransportError::Server(_)
                | TransportError::RateLimited(_)
                | TransportError::Redirected => Some(t.code()),
                _ => None,
            },
        }
    }
}

/// Enrols this device with a one-time code.
pub fn enrol(
    server_url: &str,
    code: &str,
    label: &str,
) -> Result<(String, EnrolResponse), EnrolError> {
    let base = check_server_url(server_url)?;
    let c = client().map_err(EnrolError::Transport)?;
    let r = c
        .post(format!("{base}/v1/devices"))
        .json(&EnrolRequest {
            code: code.trim().to_string(),
            label: label.to_string(),
        })
        .send()
        .map_err(|e| EnrolError::Transport(offline(&e)))?;
    if r.status() == StatusCode::FORBIDDEN {
        return Err(EnrolError::BadCode);
    }
    let r = check(r).map_err(EnrolError::Transport)?;
    let resp: EnrolResponse = r.json().map_err(|e| EnrolError::Transport(offline(&e)))?;
    Ok((base, resp))
}

/// The engine's transport over HTTP.
pub struct Http {
    client: Client,
    base: String,
    token: String,
}

/// Never prints the token (a panic or a log line must not carry a credential).
impl std::fmt::Debug for Http {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Http")
            .field("base", &self.base)
            .field("token", &"[hidden]")
            .finish_non_exhaustive()
    }
}

impl Http {
    pub fn new(server_url: &str, token: &str) -> Result<Http, TransportError> {
        let base =
            check_server_url(server_url).map_err(|e| TransportError::Refused(e.to_string()))?;
        Ok(Http {
            client: client()?,
            base,
            token: token.to_string(),
        })
    }
}

impl Http {
    /// As [`Http::new`], but every request on a new connection (as on a flaky mobile network,
    /// where connections rarely live long): the fault-injection tests use it so that each
    /// request meets the proxy's dice.
    pub fn with_fresh_connections(server_url: &str, token: &str) -> Result<Http, TransportError> {
        let base =
            check_server_url(server_url).map_err(|e| TransportError::Refused(e.to_string()))?;
        let client = builder()?
            .pool_max_idle_per_host(0)
            .build()
            .map_err(|e| TransportError::Offline(format!("cannot start the HTTP client: {e}")))?;
        Ok(Http {
            client,
            base,
            token: token.to_string(),
        })
    }
}

impl Transport for Http {
    fn health(&self) -> Result<Health, TransportError> {
        let r = self
            .client
            .get(format!("{}/v1/health", self.base))
            .send()
            .map_err(|e| offline(&e))?;
        check(r)?.json().map_err(|e| offline(&e))
    }

    fn push(&self, items: &[ReflectionItem]) -> Result<PushResponse, TransportError> {
        let r = self
            .client
            .post(format!("{}/v1/reflections", self.base))
            .bearer_auth(&self.token)
            .json(&PushRequest {
                reflections: items.to_vec(),
            })
            .send()
            .map_err(|e| offline(&e))?;
        check(r)?.json().map_err(|e| offline(&e))
    }

    fn replies(&self, after: i64) -> Result<RepliesPage, TransportError> {
        let r = self
            .client
            .get(format!("{}/v1/replies?after={after}", self.base))
            .bearer_auth(&self.token)
            .send()
            .map_err(|e| offline(&e))?;
        check(r)?.json().map_err(|e| offline(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_token() {
        let h = Http::new("https://team.example.org", "secret-device-token-0123").unwrap();
        let shown = format!("{h:?}");
        assert!(!shown.contains("secret-device-token-0123"), "{shown}");
        assert!(shown.contains("team.example.org"), "{shown}");
    }

    #[test]
    fn only_https_or_loopback() {
        assert_eq!(
            check_server_url("https://doorstep.example.org/").unwrap(),
            "https://doorstep.example.org"
        );
        assert!(check_server_url("http://127.0.0.1:8787").is_ok());
        assert!(check_server_url("http://localhost:8787").is_ok());
        assert!(check_server_url("http://[::1]:8787").is_ok());
        assert_eq!(
            check_server_url("http://doorstep.example.org"),
            Err(UrlError::NotHttps)
        );
        assert_eq!(check_server_url("ftp://x"), Err(UrlError::Invalid));
        assert_eq!(check_server_url("not a url"), Err(UrlError::Invalid));
        assert_eq!(
            check_server_url("https://user:pw@x.org"),
            Err(UrlError::Invalid)
        );
    }
}
