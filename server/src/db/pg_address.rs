//! How a `postgres://` address becomes a connection: the address's own settings, a connect
//! timeout and a statement timeout, and TLS (rustls, always verifying the server) when it asks.

use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use tokio_postgres::config::SslMode;

use super::DbError;

/// How long a request waits for a connection, or for a new one to be made, before the server
/// answers 503: a database that is down or hung never holds requests for long.
pub(super) const WAIT: Duration = Duration::from_secs(5);

/// A statement running longer than this is cancelled by PostgreSQL (unless the address sets
/// its own `options=-c statement_timeout=…`).
const STATEMENT_TIMEOUT: &str = "-c statement_timeout=30000";

/// A `postgres://` address made into a connection configuration and, when it asks for TLS, a
/// rustls configuration. `sslmode=require`, `verify-ca` or `verify-full`: TLS is required and the
/// server's certificate is always verified, against the system's trusted certificates and the
/// `sslrootcert=FILE` given (rustls never connects to a server it cannot verify).
/// `sslmode=disable`, `prefer` or none: plain TCP, as on a private network or a local socket.
pub(super) fn parse_address(
    address: &str,
) -> Result<(tokio_postgres::Config, Option<rustls::ClientConfig>), DbError> {
    let (base, query) = address.split_once('?').unwrap_or((address, ""));
    let mut kept = Vec::new();
    let (mut tls, mut root) = (false, None);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("sslmode", mode)) => match mode {
                "require" | "verify-ca" | "verify-full" => tls = true,
                "disable" | "prefer" | "allow" => tls = false,
                _ => {
                    return Err(DbError::Invalid(format!(
                        "sslmode={mode} is not known (use disable, require or verify-full)"
                    )));
                }
            },
            Some(("sslrootcert", path)) => root = Some(path.to_string()),
            _ => kept.push(pair),
        }
    }
    let rebuilt = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    let mut config: tokio_postgres::Config = rebuilt
        .parse()
        .map_err(|e| DbError::Invalid(format!("the PostgreSQL address is not valid: {e}")))?;
    config.connect_timeout(WAIT);
    if config.get_options().is_none() {
        config.options(STATEMENT_TIMEOUT);
    }
    if !tls {
        config.ssl_mode(SslMode::Disable);
        return Ok((config, None));
    }
    config.ssl_mode(SslMode::Require);
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls_native_certs::load_native_certs().certs {
        let _ = roots.add(cert);
    }
    if let Some(path) = root {
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(&path)
            .map_err(|e| DbError::Invalid(format!("sslrootcert {path}: {e}")))?;
        for cert in certs {
            let cert = cert.map_err(|e| DbError::Invalid(format!("sslrootcert {path}: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| DbError::Invalid(format!("sslrootcert {path}: {e}")))?;
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| DbError::Invalid(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok((config, Some(client)))
}
