//! The device's sync client against the real server over HTTPS, with a certificate from a
//! throwaway certificate authority (as an NHS trust's or a council's own CA would issue):
//! joining fails with a clear message while the CA is unknown to the device, and works once the
//! device trusts it (on Linux through `SSL_CERT_FILE`, which the platform verifier reads).
//! Redirects are never followed.
//!
//! The client runs in a child process (this test binary, an ignored test) so that each run has
//! its own trust store in its environment.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[macro_use]
mod common;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::process::{Command, Stdio};

use common::*;

/// The child: joins the team at DEVICE_URL with DEVICE_CODE and prints the outcome.
#[test]
#[ignore = "run by the tests below with their own trust store"]
fn joining_device_child() {
    let (Ok(url), Ok(code)) = (std::env::var("DEVICE_URL"), std::env::var("DEVICE_CODE")) else {
        return;
    };
    match doorstep::sync::http::enrol(&url, &code, "Test tablet") {
        Ok((base, _)) => println!("RESULT joined {base}"),
        Err(e) => println!("RESULT refused {e}"),
    }
}

fn join(url: &str, code: &str, env: &[(&str, &std::path::Path)]) -> String {
    let mut c = Command::new(std::env::current_exe().unwrap());
    c.args([
        "joining_device_child",
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("DEVICE_URL", url)
    .env("DEVICE_CODE", code)
    .env_remove("SSL_CERT_FILE")
    .env_remove("SSL_CERT_DIR")
    .stdin(Stdio::null())
    .stderr(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    let out = c.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    text.lines()
        .find_map(|l| l.split("RESULT ").nth(1))
        .unwrap_or_else(|| panic!("the device said nothing: {text}"))
        .to_string()
}

#[test]
fn a_server_with_the_organisations_own_ca_is_joined_once_the_ca_is_trusted() {
    let dir = tempfile::tempdir().unwrap();
    make_certificates(dir.path());
    let db = TestDb::new(Backend::Sqlite);
    let server = Server::start_with(
        &db.url,
        &[
            "--tls-cert",
            dir.path().join("server.pem").to_str().unwrap(),
            "--tls-key",
            dir.path().join("server.key").to_str().unwrap(),
        ],
    );
    let port = server.url.rsplit(':').next().unwrap();
    let url = format!("https://localhost:{port}");
    admin(&server.database, &["team", "create", "CA team"]).unwrap();
    let code = admin(&server.database, &["enrol-code", "--team", "CA team"]).unwrap();
    let code = code.trim();

    // The device does not know the organisation's CA: a clear refusal, and the code is not used.
    let refused = join(&url, code, &[]);
    assert!(refused.starts_with("refused"), "{refused}");
    assert!(refused.contains("certificate is not trusted"), "{refused}");
    assert!(refused.contains("IT lead"), "{refused}");

    // Once the device trusts the CA (here: the platform's trust store as Linux reads it), the
    // same code joins.
    let ca = dir.path().join("ca.pem");
    let joined = join(&url, code, &[("SSL_CERT_FILE", ca.as_path())]);
    assert!(joined.starts_with("joined https://localhost:"), "{joined}");
}

#[test]
fn a_redirect_is_not_followed() {
    // A server that answers everything with a redirect (to where a real server might be).
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let served = std::thread::spawn(move || {
        let mut hits = 0;
        listener.set_nonblocking(false).unwrap();
        if let Ok((mut s, _)) = listener.accept() {
            hits += 1;
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let _ = s.write_all(
                b"HTTP/1.1 307 Temporary Redirect\r\nLocation: http://127.0.0.1:9/v1/devices\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            );
        }
        hits
    });
    let out = join(&format!("http://127.0.0.1:{port}"), "ABCD-EFGH", &[]);
    assert!(out.starts_with("refused"), "{out}");
    assert!(out.contains("redirect"), "{out}");
    assert_eq!(served.join().unwrap(), 1);
}
