//! The content packs and a team's local pack read from files (the core parses and checks them;
//! reading files is the device's).

use std::path::Path;

use crate::content::{Content, ContentError, LocalPack, PACK_FILES};

fn read(path: &Path) -> Result<String, ContentError> {
    std::fs::read_to_string(path).map_err(|source| ContentError::Read {
        file: path.display().to_string(),
        source,
    })
}

/// Loads and validates the packs from a folder (for `doorstep content check` and `preview`).
pub fn content_from_dir(dir: &Path) -> Result<Content, ContentError> {
    let mut texts = Vec::new();
    for name in PACK_FILES {
        texts.push((name, read(&dir.join(name))?));
    }
    let refs: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
    Content::from_files(&refs)
}

/// Reads and checks a local pack file against the content's escalation card.
pub fn local_pack(path: &Path, content: &Content) -> Result<LocalPack, ContentError> {
    LocalPack::parse(&read(path)?, content)
}
