//! The `doorstep` command line, run as a real process.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

fn doorstep() -> Command {
    Command::new(env!("CARGO_BIN_EXE_doorstep"))
}

fn copy_content(to: &std::path::Path) {
    let local = [doorstep::content::LOCAL_FILE];
    for f in doorstep::content::PACK_FILES.iter().chain(&local) {
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
    // How much is in Welsh, per pack.
    assert!(
        text.contains("Welsh (cy) translation, shown in the app where reviewed:"),
        "{text}"
    );
    assert!(text.contains("prompts.toml"), "{text}");
    // When the content was last reviewed, and each pack's review.
    let content = doorstep::content::Content::embedded();
    let on = content.reviewed_on.unwrap();
    assert!(text.contains(&format!("last reviewed {on}")), "{text}");
    for r in &content.reviews {
        assert!(
            text.contains(&format!("reviewed {} by {}", r.reviewed_on, r.reviewed_by)),
            "{text}"
        );
    }
    assert_eq!(
        content.reviews.len(),
        7,
        "every national pack says who reviewed it"
    );
    // Each source not read at the source is listed, with the count (issue 35).
    let not_read = content.not_read_at_the_source();
    assert!(!not_read.is_empty());
    assert!(
        text.contains(&format!(
            "sources read at the source at their last check: {} of {}",
            content.sources.len() - not_read.len(),
            content.sources.len()
        )),
        "{text}"
    );
    for s in not_read {
        assert!(
            text.contains(&format!(
                "not read at the source: sources.toml: source \"{}\" ({})",
                s.id,
                s.read.describe()
            )),
            "{text}"
        );
    }
    assert!(
        !text.contains("source \"lullaby-twins\" (read"),
        "a source read at its address is not listed: {text}"
    );
}

#[test]
fn content_check_checks_a_teams_local_pack_and_lists_what_cites_each_source() {
    let dir = tempfile::tempdir().unwrap();
    let team = dir.path().join("team-local.toml");
    std::fs::write(
        &team,
        doorstep::content::LocalPack::example_text().replacen(
            "id = \"out-of-hours\"",
            "id = \"night\"",
            1,
        ),
    )
    .unwrap();
    let out = doorstep()
        .args([
            "content",
            "check",
            concat!(env!("CARGO_MANIFEST_DIR"), "/content"),
            "--local",
        ])
        .arg(&team)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no contact \"out-of-hours\""), "{err}");

    let out = doorstep()
        .args([
            "content",
            "check",
            concat!(env!("CARGO_MANIFEST_DIR"), "/content"),
            "--sources",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("nice-qs37 — NICE: Postnatal care (QS37)"),
        "{text}"
    );
    assert!(
        text.contains("prompts.toml: prompt \"ss-tonight\""),
        "{text}"
    );
}

#[test]
fn content_preview_shows_what_the_app_would_for_the_example_household() {
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/content/examples");
    let out = doorstep()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["content", "preview", "--today", "2026-12-02", "--household"])
        .arg(format!("{examples}/household.toml"))
        .arg("--visits")
        .arg(format!("{examples}/visits.toml"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["prompts"]["most_important"].as_array().unwrap().len(), 3);
    assert!(v["safe_sleep"]["tailored"].as_bool().unwrap());
    assert_eq!(v["escalation"]["set_up"], false);
    let text = doorstep()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "content",
            "preview",
            "--text",
            "--today",
            "2026-12-02",
            "--household",
        ])
        .arg(format!("{examples}/household.toml"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Most important today:"), "{text}");
    assert!(text.contains("NOT SET UP YET"), "{text}");
    // A mistake in the file is named.
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("h.toml");
    std::fs::write(&bad, "[[members]]\nname = \"A\"\nrole = \"aunt\"\n").unwrap();
    let out = doorstep()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["content", "preview", "--household"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown role \"aunt\""), "{err}");
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
        .env("DOORSTEP_PASSPHRASE", "copper thistle quarry otter")
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
        .env("DOORSTEP_PASSPHRASE", "copper thistle quarry otter")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("0 synthetic demo families"));

    let out = doorstep()
        .args(["db", "check", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "copper thistle quarry otter")
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

    // A damaged page: the check reports it, and SQLCipher's own log lines ("error decrypting
    // page") go nowhere, not to stderr.
    let mut bytes = std::fs::read(&db).unwrap();
    let page = 4096 * 2 + 100;
    bytes[page..page + 16].copy_from_slice(b"XXXXXXXXXXXXXXXX");
    std::fs::write(&db, bytes).unwrap();
    let out = doorstep()
        .args(["db", "check", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", "copper thistle quarry otter")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{text}");
    assert!(text.contains("problem"), "{text}");
    for noise in ["ERROR", "CORE", "decrypting", "hmac"] {
        assert!(!err.contains(noise), "SQLCipher logged to stderr: {err}");
    }
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

/// A crash while a store is open must not write its families' names or its key to disk: the
/// command line turns core dumps off before anything else (the app does the same in `run`).
#[cfg(target_os = "linux")]
#[test]
fn the_command_line_runs_with_core_dumps_off() {
    use std::process::Stdio;
    // `anonymise` waits for its input: the process stays up while it is looked at.
    let mut child = doorstep()
        .arg("anonymise")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let limits = format!("/proc/{}/limits", child.id());
    let started = std::time::Instant::now();
    let core = loop {
        let text = std::fs::read_to_string(&limits).unwrap_or_default();
        let line = text
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .map(|l| {
                l.split_whitespace()
                    .skip(4)
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        if line == "0 0" || started.elapsed() > std::time::Duration::from_secs(5) {
            break line;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    drop(child.stdin.take());
    let _ = child.wait();
    assert_eq!(core, "0 0", "soft and hard core size limits");
}

#[cfg(target_os = "linux")]
#[test]
fn turning_core_dumps_off_makes_the_process_not_dumpable() {
    doorstep::hardening::no_core_dumps().unwrap();
    assert_eq!(
        rustix::process::dumpable_behavior().unwrap(),
        rustix::process::DumpableBehavior::NotDumpable
    );
    let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
    assert_eq!((limit.current, limit.maximum), (Some(0), Some(0)));
}

/// `doorstep content po import FILE --content DIR`, as a translator's lead runs it.
fn po_import(file: &std::path::Path, content: &std::path::Path) -> std::process::Output {
    doorstep()
        .args(["content", "po", "import"])
        .arg(file)
        .arg("--content")
        .arg(content)
        .output()
        .unwrap()
}

/// How a translator works (docs/welsh.md): export the PO file, translate in their own tool,
/// import it back; the app shows only what is reviewed; a partial file loses nothing; a file
/// that is not a PO file changes nothing.
#[test]
fn a_translator_exports_the_po_file_imports_it_back_and_only_reviewed_welsh_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    copy_content(dir.path());
    let po = dir.path().join("for-translator.po");
    let out = doorstep()
        .args(["content", "po", "export"])
        .arg(dir.path())
        .arg("--out")
        .arg(&po)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&po).unwrap();
    // The translator's tool: one string translated and reviewed, one left as a draft.
    // (What a PO editor does: the entry's msgstr replaced, its fuzzy flag set or cleared.)
    let translate = |text: &str, ctxt: &str, welsh: &str, fuzzy: bool| {
        let at = text.find(&format!("msgctxt \"{ctxt}\"")).expect(ctxt);
        let head = text[..at].strip_suffix("#, fuzzy\n").unwrap_or(&text[..at]);
        let str_at = at + text[at..].find("\nmsgstr ").unwrap() + 1;
        let end = str_at + text[str_at..].find("\n\n").unwrap();
        format!(
            "{head}{}{}msgstr {welsh:?}{}",
            if fuzzy { "#, fuzzy\n" } else { "" },
            &text[at..str_at],
            &text[end..]
        )
    };
    let text = translate(
        &text,
        "safe_sleep.toml: card: title",
        "Cysgu'n ddiogel",
        false,
    );
    let text = translate(
        &text,
        "escalation.toml: card: intro",
        "Gweithredwch ar bryder yr un diwrnod.",
        true,
    );
    std::fs::write(&po, text).unwrap();
    let out = po_import(&po, dir.path());
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("written: 1 strings reviewed (shown in the app)"),
        "{said}"
    );

    let content = doorstep::service::packs::content_from_dir(dir.path()).unwrap();
    assert_eq!(
        content.safe_sleep.cy.get("title").map(String::as_str),
        Some("Cysgu'n ddiogel")
    );
    assert!(
        !content.escalation.cy.contains_key("intro"),
        "a draft is not shown"
    );
    let out = doorstep()
        .args(["content", "check"])
        .arg(dir.path())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains("safe_sleep.toml     1 of  51 texts"),
        "{said}"
    );
    assert!(
        said.contains("Welsh PO (cy.po): round trip unchanged"),
        "{said}"
    );
    assert!(!said.contains("not up to date"), "{said}");

    // A file holding only the strings worked on: the rest keep their Welsh.
    let cy = dir.path().join("cy.po");
    let before = std::fs::read_to_string(&cy).unwrap();
    let part = dir.path().join("part.po");
    std::fs::write(
        &part,
        "msgid \"\"\nmsgstr \"\"\n\"Language: cy\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgctxt \"reflection.toml: template: title\"\nmsgid \"Reflection on the visit\"\nmsgstr \"Myfyrio ar yr ymweliad\"\n",
    )
    .unwrap();
    let out = po_import(&part, dir.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let content = doorstep::service::packs::content_from_dir(dir.path()).unwrap();
    assert_eq!(
        content.safe_sleep.cy.get("title").map(String::as_str),
        Some("Cysgu'n ddiogel")
    );
    assert_eq!(
        content.reflection.cy.get("title").map(String::as_str),
        Some("Myfyrio ar yr ymweliad")
    );
    assert_ne!(std::fs::read_to_string(&cy).unwrap(), before);

    // Not a PO file: refused, and cy.po is as it was.
    let now = std::fs::read_to_string(&cy).unwrap();
    std::fs::write(&part, "Title,Teitl\nSafe sleep,Cysgu'n ddiogel\n").unwrap();
    let out = po_import(&part, dir.path());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("is not a PO file Doorstep can use: line 1"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&cy).unwrap(), now);
}
