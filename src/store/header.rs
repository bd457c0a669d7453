//! The key header beside the database: the salt, the Argon2id parameters, a key check value,
//! which protection the store uses (the passphrase alone, or the passphrase and the device's
//! secret), and whether a change of key is half-way through ([`super::rekey`]).
//!
//! Format versions: 1 (the passphrase alone; stores made before device secrets) and 2 (says
//! its protection). A version-1 header still opens and is upgraded on the next unlock.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{StoreError, files};
use crate::keys::{KdfParams, Key};

const HEADER_FORMAT: &str = "doorstep-store-header";
/// The header version this build writes.
pub(crate) const HEADER_VERSION: u32 = 2;
pub(crate) const SALT_BYTES: usize = 16;

/// What protects the store's key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Protection {
    /// The passphrase alone (a device with no secret store, or a store made before version 2).
    #[default]
    Passphrase,
    /// The passphrase and a 256-bit secret held by the device's secret store under this id.
    DeviceSecret { id: String },
}

/// The header file's contents.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Header {
    format: String,
    pub(crate) version: u32,
    kdf: String,
    pub(crate) params: KdfParams,
    salt: String,
    key_check: String,
    /// Absent in version 1: the passphrase alone.
    #[serde(default)]
    pub(crate) protection: Protection,
    /// A re-keyed copy of the database (`<db>.next`) is committed and waits to be moved into
    /// place; see [`super::rekey`].
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub(crate) pending: bool,
}

impl Header {
    pub(crate) fn new(params: KdfParams, salt: &[u8], key: &Key, protection: Protection) -> Header {
        Header {
            format: HEADER_FORMAT.to_string(),
            version: HEADER_VERSION,
            kdf: "argon2id".to_string(),
            params,
            salt: hex::encode(salt),
            key_check: hex::encode(key.check_value()),
            protection,
            pending: false,
        }
    }

    pub(crate) fn path_for(db: &Path) -> PathBuf {
        files::sidecar(db, ".header")
    }

    /// The salt and the key check value, checked when the header was read.
    pub(crate) fn salt_and_check(&self) -> Result<(Vec<u8>, Vec<u8>), StoreError> {
        let salt = hex::decode(&self.salt)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        let check = hex::decode(&self.key_check)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        if salt.len() < SALT_BYTES || check.len() != 32 {
            return Err(StoreError::Corrupt("the key header cannot be read"));
        }
        Ok((salt, check))
    }

    pub(crate) fn read(db: &Path) -> Result<Header, StoreError> {
        let path = Header::path_for(db);
        let text = match fs::read(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(if db.exists() {
                    if files::starts_with_plain_sqlite(db)? {
                        StoreError::NotDoorstep("an unencrypted SQLite database")
                    } else {
                        StoreError::NotDoorstep("there is no key header beside it")
                    }
                } else {
                    StoreError::NotFound
                });
            }
            Err(e) => return Err(e.into()),
        };
        let header: Header = serde_json::from_slice(&text)
            .map_err(|_| StoreError::Corrupt("the key header cannot be read"))?;
        if header.format != HEADER_FORMAT || header.kdf != "argon2id" {
            return Err(StoreError::NotDoorstep("the key header is not Doorstep's"));
        }
        if header.version > HEADER_VERSION {
            return Err(StoreError::NewerSchema {
                found: header.version,
                supported: HEADER_VERSION,
            });
        }
        if !header.params.is_sane() {
            // Refused before any derivation: a header asking for more than a phone can give
            // (or less than is safe) has been tampered with.
            return Err(StoreError::Tampered);
        }
        if let Protection::DeviceSecret { id } = &header.protection
            && !valid_secret_id(id)
        {
            return Err(StoreError::Corrupt("the key header cannot be read"));
        }
        header.salt_and_check()?;
        Ok(header)
    }

    /// Writes the header atomically: a temporary file (owner-only), synced, renamed over,
    /// folder synced.
    pub(crate) fn write(&self, db: &Path) -> Result<(), StoreError> {
        let bytes = serde_json::to_vec_pretty(self).map_err(|_| StoreError::BadRecord("header"))?;
        files::write_atomic(db, ".header", &bytes)
    }
}

/// A device-secret id as Doorstep writes it: 32 lower-case hex digits.
pub(crate) fn valid_secret_id(id: &str) -> bool {
    id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
