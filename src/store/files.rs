//! The store's files on disk: their names, owner-only permissions (the folder 0700, every file
//! 0600, repaired on every open), durable writes, and removing them all.

use std::fs::{self, File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};

use super::StoreError;

const PLAIN_SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Every file that belongs to the store at `db`, besides the database itself: SQLite's
/// sidecars, the key header (and its temporary), the re-keyed copy and the count of failed
/// unlocks.
pub(crate) const SIDECARS: &[&str] = &[
    "-wal",
    "-shm",
    "-journal",
    ".header",
    ".header.tmp",
    ".next",
    ".next-journal",
    ".attempts",
    ".attempts.tmp",
];

pub(crate) fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut p = db.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The database and every sidecar, in the order they are removed when erasing (the database
/// and its WAL first, the header last).
pub(crate) fn all(db: &Path) -> Vec<PathBuf> {
    std::iter::once(db.to_path_buf())
        .chain(SIDECARS.iter().map(|s| sidecar(db, s)))
        .collect()
}

/// Creates (or truncates) a file readable and writable by its owner only.
pub(crate) fn create_private(path: &Path) -> Result<File, StoreError> {
    let mut opts = OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let f = opts.open(path)?;
    restrict(path)?;
    Ok(f)
}

/// Replaces the sidecar `<db><suffix>` with `bytes` durably and owner-only: a temporary file,
/// synced, renamed over, the folder synced. A crash leaves the old contents or the new.
pub(crate) fn write_atomic(db: &Path, suffix: &str, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    let path = sidecar(db, suffix);
    let tmp = sidecar(db, &format!("{suffix}.tmp"));
    {
        let mut f = create_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    fs::rename(&tmp, &path)?;
    sync_dir(&path);
    Ok(())
}

/// Makes the folder holding the store (creating it if needed) owner-only.
pub(crate) fn private_dir(db: &Path) -> Result<(), StoreError> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
            if mode != 0o700 {
                fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
            }
        }
    }
    Ok(())
}

/// Makes one file (if it exists) owner-only.
pub(crate) fn restrict(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match fs::metadata(path) {
            Ok(m) if m.permissions().mode() & 0o777 != 0o600 => {
                fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The folder 0700 and every file of the store 0600: on creation and on every open, so that
/// what a copy or a restore widened is repaired.
pub(crate) fn secure(db: &Path) -> Result<(), StoreError> {
    private_dir(db)?;
    for p in all(db) {
        restrict(&p)?;
    }
    Ok(())
}

/// Removes a file; one that is not there is fine.
pub(crate) fn remove_if_present(path: &Path) -> Result<(), StoreError> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Syncs the folder holding `path`, so that a rename or a removal is durable.
pub(crate) fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        // Best effort: not every platform lets a folder be opened for syncing.
        if let Ok(d) = File::open(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        }) {
            let _ = d.sync_all();
        }
    }
}

pub(crate) fn starts_with_plain_sqlite(db: &Path) -> Result<bool, StoreError> {
    let mut buf = [0u8; 16];
    let mut f = File::open(db)?;
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n == 16 && &buf == PLAIN_SQLITE_MAGIC)
}
