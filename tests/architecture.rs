//! The rules that keep the code easy to change, checked on the source: the store only stores (it
//! uses nothing from the anonymiser, the prompt engine, the cards, the sync client or the
//! use-cases above it), and no source file grows past what a reader can hold.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The modules a file names (`crate::x`, `doorstep::x`, `use crate::{x, …}`).
fn uses(text: &str, module: &str) -> bool {
    [
        format!("crate::{module}"),
        format!("doorstep::{module}"),
        format!("super::super::{module}"),
    ]
    .iter()
    .any(|p| text.contains(p.as_str()))
        || text
            .lines()
            .filter(|l| l.trim_start().starts_with("use crate::{"))
            .any(|l| l.contains(&format!("{module}::")) || l.contains(&format!("{module},")))
}

#[test]
fn the_store_only_stores() {
    let store = rust_files(&root().join("src/store"));
    assert!(store.len() >= 5, "{store:?}");
    for file in store {
        let text = std::fs::read_to_string(&file).unwrap();
        for module in ["anonymise", "prompt", "sync", "cards", "service", "preview"] {
            assert!(
                !uses(&text, module),
                "{} uses {module}: the store only stores (use-cases go in src/service)",
                file.display()
            );
        }
    }
}

#[test]
fn the_engines_do_not_reach_into_the_store_or_the_use_cases() {
    for name in ["prompt.rs", "cards.rs", "unknowns.rs", "content/mod.rs"] {
        let text = std::fs::read_to_string(root().join("src").join(name)).unwrap();
        for module in ["store", "service", "sync"] {
            assert!(!uses(&text, module), "src/{name} uses {module}");
        }
    }
}

#[test]
fn no_source_file_is_longer_than_a_reader_can_hold() {
    const MOST: usize = 800;
    let mut files = rust_files(&root().join("src"));
    files.extend(rust_files(&root().join("src-tauri/src")));
    files.extend(rust_files(&root().join("server/src")));
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = std::fs::read_to_string(f).unwrap().lines().count();
            (n > MOST).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "over {MOST} lines: {long:?}");
}
