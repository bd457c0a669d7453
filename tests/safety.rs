//! The hazard log's traceability check (docs/safety/hazards.toml): every hazard the safety case
//! must cover is there, each has a control proven by a test, every test it names exists in the
//! codebase (and is not skipped), every control without a test says why, and the readable log
//! (docs/safety/hazard-log.md) is rendered from it. `UPDATE_SAFETY=1` writes the log again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The hazards the safety case must cover (issue 19), by id.
const REQUIRED: [&str; 12] = [
    "wrong-safe-sleep-advice",
    "key-prompt-not-shown",
    "escalation-card-wrong",
    "record-lost",
    "reply-not-delivered",
    "family-identified",
    "lost-device-readable",
    "app-unavailable-before-visit",
    "clock-errors",
    "content-app-out-of-step",
    "welsh-missing",
    "unusable-at-large-text",
];

const SEVERITIES: [&str; 5] = [
    "minor",
    "significant",
    "considerable",
    "major",
    "catastrophic",
];
const LIKELIHOODS: [&str; 5] = ["very_low", "low", "medium", "high", "very_high"];

/// The clinical risk matrix (rows: likelihood from very low; columns: severity from minor).
const MATRIX: [[u8; 5]; 5] = [
    [1, 1, 2, 2, 3],
    [1, 2, 2, 3, 4],
    [2, 2, 3, 3, 4],
    [2, 3, 3, 4, 5],
    [3, 4, 4, 5, 5],
];

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Log {
    hazard: Vec<Hazard>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Hazard {
    id: String,
    title: String,
    cause: String,
    effect: String,
    severity: String,
    likelihood: String,
    residual_likelihood: String,
    control: Vec<Control>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Control {
    what: String,
    #[serde(default)]
    tests: Vec<String>,
    no_test: Option<String>,
}

fn risk(severity: &str, likelihood: &str) -> Option<u8> {
    let s = SEVERITIES.iter().position(|x| *x == severity)?;
    let l = LIKELIHOODS.iter().position(|x| *x == likelihood)?;
    Some(MATRIX[l][s])
}

/// Whether `name` is listed in a `both!(…)` block (server tests, one per backend).
fn in_both_list(source: &str, name: &str) -> bool {
    source.split("both!(").skip(1).any(|rest| {
        rest.split(");")
            .next()
            .unwrap_or("")
            .split(',')
            .any(|n| n.trim() == name)
    })
}

/// Whether `name` is a test in `source` (a file of kind `ext`) that runs in the suite.
fn has_test(source: &str, ext: &str, name: &str) -> bool {
    let lines: Vec<&str> = source.lines().collect();
    match ext {
        // A server test run on both backends is listed in the file's `both!(…)`.
        "rs" if in_both_list(source, name) => source.contains(&format!("async fn {name}(")),
        "rs" => lines.iter().enumerate().any(|(i, line)| {
            let t = line.trim_start();
            let defines = t
                .strip_prefix("async fn ")
                .or_else(|| t.strip_prefix("fn "))
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with('('));
            // Its own attributes: the lines straight above it that are attributes or doc
            // comments (a neighbour's `#[test]` is not this function's). A test, run in the
            // suite: not ignored, not expected to panic, not compiled only sometimes (a gate
            // that holds where the suite runs, Linux, is no gate).
            let runs_here = |a: &str| a == "#[cfg(target_os = \"linux\")]" || a == "#[cfg(unix)]";
            let attrs: Vec<&str> = lines[..i]
                .iter()
                .rev()
                .map(|l| l.trim())
                .take_while(|l| l.starts_with("#[") || l.starts_with("///"))
                .filter(|l| l.starts_with("#["))
                .collect();
            defines
                && attrs
                    .iter()
                    .any(|a| *a == "#[test]" || a.starts_with("#[tokio::test"))
                && !attrs.iter().any(|a| {
                    a.starts_with("#[ignore")
                        || a.starts_with("#[should_panic")
                        || (a.starts_with("#[cfg") && !runs_here(a))
                })
        }),
        "py" => {
            name.starts_with("test_")
                && lines.iter().enumerate().any(|(i, l)| {
                    // Defined, and no skip among its own decorators.
                    l.trim_start().starts_with(&format!("def {name}("))
                        && !lines[..i]
                            .iter()
                            .rev()
                            .map(|l| l.trim())
                            .take_while(|l| l.starts_with('@'))
                            .any(|d| d.contains("skip") || d.contains("expectedFailure"))
                })
        }
        "ts" => ["it", "test"].iter().any(|f| {
            source.contains(&format!("{f}('{name}'")) || source.contains(&format!("{f}(\"{name}\""))
        }),
        _ => false,
    }
}

/// What is wrong with the log, one line each (nothing when it holds).
fn problems(log: &Log, root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let ids: BTreeSet<&str> = log.hazard.iter().map(|h| h.id.as_str()).collect();
    if ids.len() != log.hazard.len() {
        out.push("two hazards share an id".to_string());
    }
    for id in REQUIRED {
        if !ids.contains(id) {
            out.push(format!("no hazard `{id}`"));
        }
    }
    for h in &log.hazard {
        let before = risk(&h.severity, &h.likelihood);
        let after = risk(&h.severity, &h.residual_likelihood);
        match (before, after) {
            (Some(b), Some(a)) if a > b => out.push(format!(
                "{}: the residual risk is higher than before the controls",
                h.id
            )),
            (Some(_), Some(_)) => {}
            _ => out.push(format!(
                "{}: a severity or likelihood not in the matrix",
                h.id
            )),
        }
        if [&h.title, &h.cause, &h.effect]
            .iter()
            .any(|t| t.trim().is_empty())
        {
            out.push(format!("{}: a title, cause or effect is empty", h.id));
        }
        if !h.control.iter().any(|c| !c.tests.is_empty()) {
            out.push(format!("{}: no control is proven by a test", h.id));
        }
        for (i, c) in h.control.iter().enumerate() {
            let n = i + 1;
            if c.what.trim().is_empty() {
                out.push(format!("{} control {n}: says nothing", h.id));
            }
            match (c.tests.is_empty(), &c.no_test) {
                (true, None) => out.push(format!(
                    "{} control {n}: no test, and `no_test` does not say why",
                    h.id
                )),
                (true, Some(why)) if why.trim().is_empty() => {
                    out.push(format!("{} control {n}: `no_test` is empty", h.id))
                }
                (false, Some(_)) => out.push(format!(
                    "{} control {n}: has tests and also says it has none",
                    h.id
                )),
                _ => {}
            }
            for t in &c.tests {
                let Some((path, name)) = t.split_once("::") else {
                    out.push(format!("{}: `{t}` is not path::test", h.id));
                    continue;
                };
                let ext = path.rsplit('.').next().unwrap_or("");
                match std::fs::read_to_string(root.join(path)) {
                    Ok(source) if has_test(&source, ext, name) => {}
                    Ok(_) => out.push(format!("{}: no test `{name}` in {path}", h.id)),
                    Err(_) => out.push(format!("{}: no file {path} (for `{name}`)", h.id)),
                }
            }
        }
    }
    out
}

fn words(s: &str) -> String {
    s.replace('_', " ")
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The readable log.
fn render(log: &Log) -> String {
    let mut md = String::new();
    md.push_str(
        "# Hazard log (manufacturer's draft)\n\n\
         Rendered from [hazards.toml](hazards.toml) by `tests/safety.rs`; do not edit by hand \
         (`UPDATE_SAFETY=1 cargo test --test safety` writes it again). **A draft for a Clinical \
         Safety Officer to review: nobody has signed it off.** The matrix and the ratings are \
         explained in [README.md](README.md).\n\n\
         | id | hazard | severity | before | after |\n| --- | --- | --- | --- | --- |\n",
    );
    for h in &log.hazard {
        let before = risk(&h.severity, &h.likelihood).unwrap_or(0);
        let after = risk(&h.severity, &h.residual_likelihood).unwrap_or(0);
        let _ = writeln!(
            md,
            "| [{id}](#{id}) | {title} | {sev} | {before} ({l}) | {after} ({rl}) |",
            id = h.id,
            title = one_line(&h.title),
            sev = h.severity,
            l = words(&h.likelihood),
            rl = words(&h.residual_likelihood),
        );
    }
    for h in &log.hazard {
        let before = risk(&h.severity, &h.likelihood).unwrap_or(0);
        let after = risk(&h.severity, &h.residual_likelihood).unwrap_or(0);
        let _ = write!(
            md,
            "\n## {id}\n\n**{title}**\n\n- Cause: {cause}\n- Effect: {effect}\n- Severity: {sev}; \
             likelihood before the controls: {l} (risk {before}); after: {rl} (risk {after}).\n\n\
             Controls:\n",
            id = h.id,
            title = one_line(&h.title),
            cause = one_line(&h.cause),
            effect = one_line(&h.effect),
            sev = h.severity,
            l = words(&h.likelihood),
            rl = words(&h.residual_likelihood),
        );
        for (i, c) in h.control.iter().enumerate() {
            let _ = writeln!(md, "{}. {}", i + 1, one_line(&c.what));
            for t in &c.tests {
                let _ = writeln!(md, "   - test: `{t}`");
            }
            if let Some(why) = &c.no_test {
                let _ = writeln!(md, "   - no test: {}", one_line(why));
            }
        }
    }
    md
}

fn load(text: &str) -> Log {
    toml::from_str(text).expect("docs/safety/hazards.toml parses")
}

#[test]
fn every_hazard_is_covered_and_every_named_test_exists() {
    let root = Path::new(ROOT);
    let log = load(&std::fs::read_to_string(root.join("docs/safety/hazards.toml")).unwrap());
    let wrong = problems(&log, root);
    assert!(
        wrong.is_empty(),
        "the hazard log does not hold:\n{}",
        wrong.join("\n")
    );

    let path = root.join("docs/safety/hazard-log.md");
    let rendered = render(&log);
    if std::env::var_os("UPDATE_SAFETY").is_some() {
        std::fs::write(&path, &rendered).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        on_disk == rendered,
        "docs/safety/hazard-log.md is not the rendering of hazards.toml: run \
         UPDATE_SAFETY=1 cargo test --test safety"
    );
}

#[test]
fn a_broken_test_name_or_a_control_without_a_test_or_a_reason_fails_the_check() {
    let root = Path::new(ROOT);
    let mut text = std::fs::read_to_string(root.join("docs/safety/hazards.toml")).unwrap();
    // A renamed test, a test that is not a test, a file that is not there.
    text = text.replacen(
        "tests/crash.rs::kills_at_random_moments_lose_no_committed_write",
        "tests/crash.rs::kills_at_random_moments_lose_nothing",
        1,
    );
    text = text.replacen(
        "tests/prompts.rs::every_derived_condition_can_hold",
        "tests/prompts.rs::content",
        1,
    );
    text = text.replacen("tests/e2e/app_e2e.py::", "tests/e2e/gone.py::", 1);
    text.push_str(
        "\n[[hazard]]\nid = \"untested\"\ntitle = \"t\"\ncause = \"c\"\neffect = \"e\"\n\
         severity = \"major\"\nlikelihood = \"very_low\"\nresidual_likelihood = \"high\"\n\
         [[hazard.control]]\nwhat = \"a control with neither tests nor a reason\"\n",
    );
    let wrong = problems(&load(&text), root);
    for expected in [
        "record-lost: no test `kills_at_random_moments_lose_nothing` in tests/crash.rs",
        "key-prompt-not-shown: no test `content` in tests/prompts.rs",
        "wrong-safe-sleep-advice: no file tests/e2e/gone.py",
        "untested: no control is proven by a test",
        "untested control 1: no test, and `no_test` does not say why",
        "untested: the residual risk is higher than before the controls",
    ] {
        assert!(
            wrong.iter().any(|w| w.starts_with(expected)),
            "expected `{expected}` in {wrong:#?}"
        );
    }
}

#[test]
fn the_matrix_never_falls_as_harm_or_likelihood_rises_and_is_the_one_the_readme_shows() {
    for l in 0..5 {
        for s in 0..5 {
            if s > 0 {
                assert!(
                    MATRIX[l][s] >= MATRIX[l][s - 1],
                    "severity rises at {l},{s}"
                );
            }
            if l > 0 {
                assert!(
                    MATRIX[l][s] >= MATRIX[l - 1][s],
                    "likelihood rises at {l},{s}"
                );
            }
        }
    }
    assert_eq!(risk("severe", "low"), None);
    // The README's table, row by row from very high down, is this matrix.
    let readme = std::fs::read_to_string(Path::new(ROOT).join("docs/safety/README.md")).unwrap();
    for (name, l) in [
        ("very high", 4),
        ("high", 3),
        ("medium", 2),
        ("low", 1),
        ("very low", 0),
    ] {
        let row: Vec<String> = MATRIX[l].iter().map(u8::to_string).collect();
        let line = format!("| {name} | {} |", row.join(" | "));
        assert!(readme.contains(&line), "docs/safety/README.md lacks {line}");
    }
}

/// The check that a control's test exists and runs is exact (issue 37): a neighbour's
/// `#[test]` does not make a helper a test; an ignored, should-panic or cfg-gated test, or a
/// skipped Python test, does not count.
#[test]
fn the_traceability_check_counts_only_tests_that_run() {
    let rust = "#[test]\nfn a_real_one() {}\n\nfn helper() {}\n#[test]\nfn next_to_it() {}\n\n#[test]\n#[ignore]\nfn ignored() {}\n\n#[test]\n#[should_panic]\nfn panics() {}\n\n#[cfg(feature = \"x\")]\n#[test]\nfn gated() {}\n\n/// Documented.\n#[tokio::test(flavor = \"multi_thread\")]\nasync fn documented_async() {}\n";
    assert!(has_test(rust, "rs", "a_real_one"));
    assert!(has_test(rust, "rs", "documented_async"));
    assert!(has_test(
        "#[cfg(target_os = \"linux\")]\n#[test]\nfn on_linux() {}\n",
        "rs",
        "on_linux"
    ));
    for not in ["helper", "ignored", "panics", "gated", "missing"] {
        assert!(!has_test(rust, "rs", not), "{not} counted as a test");
    }
    let py = "class T(unittest.TestCase):\n    def test_runs(self):\n        pass\n\n    @unittest.skip(\"later\")\n    def test_skipped(self):\n        pass\n\n    @unittest.skipUnless(False, \"x\")\n    def test_skipped_unless(self):\n        pass\n";
    assert!(has_test(py, "py", "test_runs"));
    assert!(!has_test(py, "py", "test_skipped"));
    assert!(!has_test(py, "py", "test_skipped_unless"));
}
