//! Changing the store's key, crash-atomically: a crash at any point leaves a store that opens
//! with the old key or the new one, never neither.
//!
//! 1. The WAL is written back, and the whole database is exported, under the new key, into
//!    `<db>.next` (owner-only), which is synced.
//! 2. **Commit**: the new header (new salt, key check and protection) is written atomically with
//!    `pending: true`. Before this point the old header and database are untouched and
//!    [`recover`] removes the leftover copy; from this point the new key is the store's key.
//! 3. The old connection is closed, the old WAL and shared-memory files removed, `<db>.next`
//!    renamed over the database, the folder synced, and the header rewritten without `pending`.
//!    [`recover`] finishes whichever of these a crash interrupted, on the next open.
//!
//! Tests abort the process at each step (`crash_point`) and open the store after.

use std::fs;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::header::Header;
use super::{APPLICATION_ID, StoreError, apply_key, files};
use crate::keys::Key;

/// In test builds, ends the process on the spot (no destructors, like a kill) when
/// `DOORSTEP_TEST_CRASH_AT` names this step.
#[cfg(feature = "test-support")]
pub(crate) fn crash_point(step: &str) {
    if std::env::var("DOORSTEP_TEST_CRASH_AT").as_deref() == Ok(step) {
        std::process::abort();
    }
}

#[cfg(not(feature = "test-support"))]
#[inline(always)]
pub(crate) fn crash_point(_: &str) {}

/// The steps a test can crash at, in order.
pub const STEPS: &[&str] = &[
    "rekey:exported",
    "rekey:committed",
    "rekey:closed",
    "rekey:old-wal-removed",
    "rekey:renamed",
    "rekey:done",
];

/// Re-keys the database behind `conn` (the store's only connection) to `key`, with `header`
/// as its new header. On success `conn` is a connection to the re-keyed database. An error
/// before the commit leaves everything as it was; an error after it is
/// [`StoreError::Rekeyed`]: the new key is in force, and the store must be opened again (which
/// finishes the change) before it is used.
pub(crate) fn rekey(
    db: &Path,
    conn: &mut Connection,
    key: &Key,
    mut header: Header,
) -> Result<(), StoreError> {
    // Never export anything but the store itself (not a placeholder left by a failed change).
    let app_id: i32 = conn.query_row("PRAGMA main.application_id", [], |r| r.get(0))?;
    if app_id != APPLICATION_ID {
        return Err(StoreError::NotDoorstep("it belongs to another application"));
    }
    let next = files::sidecar(db, ".next");
    for p in [&next, &files::sidecar(db, ".next-journal")] {
        files::remove_if_present(p)?;
    }
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
    export(conn, &next, key)?;
    crash_point("rekey:exported");

    header.pending = true;
    header.write(db)?;
    crash_point("rekey:committed");

    // From here the new key is the store's key, whatever happens next.
    let mut after_commit = || -> Result<Connection, StoreError> {
        let old = std::mem::replace(conn, Connection::open_in_memory()?);
        old.close().map_err(|(_, e)| StoreError::from(e))?;
        crash_point("rekey:closed");
        finish(db, &mut header)?;
        let reopened = Connection::open_with_flags(
            db,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        apply_key(&reopened, key)?;
        Ok(reopened)
    };
    match after_commit() {
        Ok(reopened) => {
            *conn = reopened;
            Ok(())
        }
        Err(_) => Err(StoreError::Rekeyed),
    }
}

/// Exports every table, index and pragma the store relies on into `next`, encrypted with
/// `key`, and syncs it.
fn export(conn: &Connection, next: &Path, key: &Key) -> Result<(), StoreError> {
    drop(files::create_private(next)?);
    let lit = key.sqlcipher_literal();
    let target = next
        .to_str()
        .ok_or(StoreError::BadRecord("the store's path is not text"))?;
    conn.execute(
        "ATTACH DATABASE ?1 AS rekey_next KEY ?2",
        [target, lit.as_str()],
    )?;
    let exported = (|| -> Result<(), StoreError> {
        conn.query_row("SELECT sqlcipher_export('rekey_next')", [], |_| Ok(()))?;
        let version: u32 = conn.query_row("PRAGMA main.user_version", [], |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA rekey_next.user_version = {version};
             PRAGMA rekey_next.application_id = {APPLICATION_ID};"
        ))?;
        Ok(())
    })();
    let detached = conn.execute("DETACH DATABASE rekey_next", []);
    exported?;
    detached?;
    // A handle open for writing: Windows refuses to flush a read-only one.
    fs::OpenOptions::new().write(true).open(next)?.sync_all()?;
    files::sync_dir(next);
    Ok(())
}

/// Step 3: moves the committed copy into place and clears `pending`.
fn finish(db: &Path, header: &mut Header) -> Result<(), StoreError> {
    let next = files::sidecar(db, ".next");
    if next.exists() {
        // The old WAL belongs to the old database: applied to the new one it would damage it.
        for suffix in ["-wal", "-shm", "-journal"] {
            files::remove_if_present(&files::sidecar(db, suffix))?;
        }
        files::sync_dir(db);
        crash_point("rekey:old-wal-removed");
        fs::rename(&next, db)?;
        files::sync_dir(db);
        crash_point("rekey:renamed");
    }
    header.pending = false;
    header.write(db)?;
    crash_point("rekey:done");
    Ok(())
}

/// Before any open: finishes a committed change of key, or removes the copy of one that never
/// committed.
pub(crate) fn recover(db: &Path) -> Result<(), StoreError> {
    let next = files::sidecar(db, ".next");
    let mut header = match Header::read(db) {
        Ok(h) => h,
        // No header (or a bad one): nothing of ours to finish; opening reports it.
        Err(_) => return Ok(()),
    };
    if header.pending {
        finish(db, &mut header)
    } else {
        if next.exists() {
            files::remove_if_present(&next)?;
            files::remove_if_present(&files::sidecar(db, ".next-journal"))?;
        }
        Ok(())
    }
}
