//! The `doorstep` command line, run as a real process.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn doorstep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_doorstep"))
}

fn copy_content(to: &std::path::Path) {
    for f in doorstep::content::PACK_FILES {
        std::fs::copy(
            format!("{}/content/{f}", env!("CARGO_MANIFEST_DIR")),
            to.join(f),
        )
        .unwrap();
    }
}

#[test]
fn content_check_passes_on_the_repository_packs() {
    let out = doorstep()
        .args([
            "content",
            "check",
            concat!(env!("CARGO_MANIFEST_DIR"), "/content"),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("content OK:"), "{text}");
    assert!(
        text.contains(&doorstep::content::Content::embedded().hash),
        "{text}"
    );
}

#[test]
fn content_check_fails_precisely_on_a_broken_pack() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let p = dir.path().join("prompts.toml");
    let text = std::fs::read_to_string(&p)
        .unwrap()
        .replacen("theme = \"d\"", "theme = \"q\"", 1);
    std::fs::write(&p, text).unwrap();
    let out = doorstep()
        .args(["content", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("prompts.toml: prompt \"d-babys-day\": unknown theme \"q\""),
        "{err}"
    );

    std::fs::remove_file(dir.path().join("reflection.toml")).unwrap();
    let out = doorstep()
        .args(["content", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("reflection.toml"));
}

#[test]
fn demo_then_db_check_with_the_passphrase_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = doorstep()
        .args(["demo", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "demo-passphrase-7")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("5 synthetic demo families"));
    // Running it again adds nothing twice.
    let out = doorstep()
        .args(["demo", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "demo-passphrase-7")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("0 synthetic demo families"));

    let out = doorstep()
        .args(["db", "check", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "demo-passphrase-7")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("integrity: ok"), "{text}");
    assert!(text.contains("5 families"), "{text}");

    let out = doorstep()
        .args(["db", "check", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "not-the-passphrase")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("passphrase or PIN is not right"), "{err}");
}

#[test]
fn a_weak_passphrase_is_refused_for_a_new_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("weak.db");
    let out = doorstep()
        .args(["demo", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "1234")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("at least 6 digits"));
    assert!(!db.exists());
}

#[test]
fn without_a_terminal_or_environment_the_passphrase_is_asked_for_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = doorstep()
        .args(["db", "check", "--db"])
        .arg(dir.path().join("x.db"))
        .env_remove("DOORSTEP_PASSPHRASE")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DOORSTEP_PASSPHRASE"));
}
