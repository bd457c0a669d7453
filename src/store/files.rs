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
    ".lock",
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
        .chain(leftover_temporaries(db))
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

/// Replaces the sidecar `<db><suffix>` with `bytes` durably and owner-only: a temporary file
/// of this process's own (made new, never through a link), synced, renamed over, the folder
/// synced. A crash leaves the old contents or the new. Something other than a plain file at
/// either name (a folder, a pipe, a link) is removed first, so that it cannot block the write.
pub(crate) fn write_atomic(db: &Path, suffix: &str, bytes: &[u8]) -> Result<(), StoreError> {
    use std::io::Write;
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let path = sidecar(db, suffix);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let tmp = sidecar(db, &format!("{suffix}.{}-{n}.tmp", std::process::id()));
    clear_special(&tmp)?;
    let written = (|| -> Result<(), StoreError> {
        let mut f = open_new_private(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        clear_special(&path)?;
        fs::rename(&tmp, &path)?;
        Ok(())
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sync_dir(&path);
    Ok(())
}

/// Creates a new file, owner-only, failing if anything is at `path` and never following a
/// link.
fn open_new_private(path: &Path) -> Result<File, StoreError> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    Ok(opts.open(path)?)
}

/// Removes whatever is at `path` if it is not a plain file: a folder (with what is in it), a
/// pipe, a socket, a device or a link. Only ever called on the store's own names, inside its
/// owner-only folder.
pub(crate) fn clear_special(path: &Path) -> Result<(), StoreError> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => Ok(()),
        Ok(m) if m.file_type().is_dir() => Ok(fs::remove_dir_all(path)?),
        Ok(_) => Ok(fs::remove_file(path)?),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Reads a sidecar that must be a plain file: `Ok(None)` if nothing is there, an error if it is
/// anything else or cannot be read. Opened without following a link and without waiting (a
/// pipe put there must not hang the caller).
pub(crate) fn read_plain(path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    let mut opts = OpenOptions::new();
    opts.read(true);
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32);
    }
    let mut f = match opts.open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    if !f.metadata()?.file_type().is_file() {
        return Err(StoreError::BadRecord("not a plain file"));
    }
    let mut bytes = Vec::new();
    f.read_to_end(&mut bytes)?;
    Ok(Some(bytes))
}

/// Leftover temporary files of [`write_atomic`] (a process killed mid-write), for removing
/// with the store.
pub(crate) fn leftover_temporaries(db: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(name)) = (db.parent(), db.file_name().and_then(|n| n.to_str())) else {
        return Vec::new();
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.len() > name.len() + 1
                    && n.starts_with(name)
                    && n[name.len()..].starts_with('.')
                    && n.ends_with(".tmp")
            })
        })
        .collect()
}

/// A lock across processes on the store's count of failed tries (`<db>.lock`): held while one
/// try runs, so that tries made together by several processes are counted one after another.
/// Released when dropped.
pub(crate) struct TryLock(#[allow(dead_code)] File);

/// How long a try waits for another process's try to finish before giving up.
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(30);

impl TryLock {
    pub(crate) fn take(db: &Path) -> Result<TryLock, StoreError> {
        let path = sidecar(db, ".lock");
        clear_special(&path)?;
        let mut opts = OpenOptions::new();
        opts.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        #[cfg(target_os = "linux")]
        {
            use rustix::fs::OFlags;
            use std::os::unix::fs::OpenOptionsExt;
            opts.custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32);
        }
        let f = opts.open(&path)?;
        if !f.metadata()?.file_type().is_file() {
            return Err(StoreError::BadRecord("not a plain file"));
        }
        let started = std::time::Instant::now();
        loop {
            match f.try_lock() {
                Ok(()) => return Ok(TryLock(f)),
                Err(fs::TryLockError::WouldBlock) if started.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(fs::TryLockError::WouldBlock) => return Err(StoreError::Busy),
                Err(fs::TryLockError::Error(e)) => return Err(e.into()),
            }
        }
    }
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
