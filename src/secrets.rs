//! Where the device secret lives: the platform's secret store (Secret Service on Linux,
//! Keychain on macOS, Credential Manager on Windows), through the `keyring` crate. A store made
//! where one is available needs both the passphrase and this secret ([`crate::keys::store_key`]);
//! where none is, set-up asks for a passphrase that resists an offline attack on its own.
//!
//! Nothing here ever puts a secret in an error or a log line.

use std::sync::mpsc;
use std::time::Duration;

use crate::keys::DeviceSecret;

/// The service name the device secrets are filed under.
pub const SERVICE: &str = "org.doorstep.app";

/// How long to wait for the platform's secret store before treating it as unavailable (a
/// keychain that shows a prompt nobody answers would otherwise hang the unlock).
pub const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// The secret store could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SecretStoreError {
    /// There is no secret store, or it is locked or did not answer.
    #[error("this device's keychain is not available ({0})")]
    Unavailable(&'static str),
    /// The store answered with an error.
    #[error("this device's keychain refused the request ({0})")]
    Failed(&'static str),
}

/// A place to keep device secrets, by id.
pub trait SecretStore: Send + Sync + std::fmt::Debug {
    /// The secret filed under `id`; `None` if there is none.
    fn get(&self, id: &str) -> Result<Option<DeviceSecret>, SecretStoreError>;
    /// Files `secret` under `id`, replacing any there.
    fn put(&self, id: &str, secret: &DeviceSecret) -> Result<(), SecretStoreError>;
    /// Removes the secret or note filed under `id`; one that is not there is fine.
    fn delete(&self, id: &str) -> Result<(), SecretStoreError>;
    /// A short note (not a key) filed under `id`: the store keeps its count of failed unlocks
    /// here as well as in a file, so that editing the folder cannot reset it.
    fn get_note(&self, id: &str) -> Result<Option<Vec<u8>>, SecretStoreError>;
    /// Files `note` under `id`, replacing any there.
    fn put_note(&self, id: &str, note: &[u8]) -> Result<(), SecretStoreError>;
}

/// No secret store at all (the command line's default, and a platform without one).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoSecretStore;

impl SecretStore for NoSecretStore {
    fn get(&self, _: &str) -> Result<Option<DeviceSecret>, SecretStoreError> {
        Err(SecretStoreError::Unavailable("none on this device"))
    }
    fn put(&self, _: &str, _: &DeviceSecret) -> Result<(), SecretStoreError> {
        Err(SecretStoreError::Unavailable("none on this device"))
    }
    fn delete(&self, _: &str) -> Result<(), SecretStoreError> {
        Err(SecretStoreError::Unavailable("none on this device"))
    }
    fn get_note(&self, _: &str) -> Result<Option<Vec<u8>>, SecretStoreError> {
        Err(SecretStoreError::Unavailable("none on this device"))
    }
    fn put_note(&self, _: &str, _: &[u8]) -> Result<(), SecretStoreError> {
        Err(SecretStoreError::Unavailable("none on this device"))
    }
}

/// The platform's secret store, through the `keyring` crate.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlatformSecretStore;

fn classify(e: &keyring::Error) -> SecretStoreError {
    match e {
        keyring::Error::NoDefaultStore => SecretStoreError::Unavailable("no secret service"),
        keyring::Error::NoStorageAccess(_) => {
            SecretStoreError::Unavailable("the keychain is locked or was not opened")
        }
        keyring::Error::PlatformFailure(_) => {
            SecretStoreError::Unavailable("the secret service did not answer")
        }
        _ => SecretStoreError::Failed("unexpected reply"),
    }
}

/// Runs a keychain call on its own thread and gives up after [`ANSWER_WITHIN`].
fn within_time<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SecretStoreError> + Send + 'static,
) -> Result<T, SecretStoreError> {
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("keychain".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .map_err(|_| SecretStoreError::Unavailable("no thread to ask it"))?;
    rx.recv_timeout(ANSWER_WITHIN)
        .map_err(|_| SecretStoreError::Unavailable("it did not answer in time"))?
}

fn entry(id: &str) -> Result<keyring::Entry, SecretStoreError> {
    keyring::Entry::new(SERVICE, id).map_err(|e| classify(&e))
}

impl SecretStore for PlatformSecretStore {
    fn get(&self, id: &str) -> Result<Option<DeviceSecret>, SecretStoreError> {
        let id = id.to_string();
        within_time(move || match entry(&id)?.get_secret() {
            Ok(bytes) => {
                let bytes = zeroize::Zeroizing::new(bytes);
                DeviceSecret::from_bytes(&bytes)
                    .map(Some)
                    .ok_or(SecretStoreError::Failed(
                        "the stored secret has the wrong length",
                    ))
            }
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(&e)),
        })
    }

    fn put(&self, id: &str, secret: &DeviceSecret) -> Result<(), SecretStoreError> {
        let id = id.to_string();
        let secret = secret.clone();
        within_time(move || {
            entry(&id)?
                .set_secret(secret.bytes())
                .map_err(|e| classify(&e))
        })
    }

    fn delete(&self, id: &str) -> Result<(), SecretStoreError> {
        let id = id.to_string();
        within_time(move || match entry(&id)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(classify(&e)),
        })
    }

    fn get_note(&self, id: &str) -> Result<Option<Vec<u8>>, SecretStoreError> {
        let id = id.to_string();
        within_time(move || match entry(&id)?.get_secret() {
            Ok(bytes) => Ok(Some(bytes)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(&e)),
        })
    }

    fn put_note(&self, id: &str, note: &[u8]) -> Result<(), SecretStoreError> {
        let id = id.to_string();
        let note = note.to_vec();
        within_time(move || entry(&id)?.set_secret(&note).map_err(|e| classify(&e)))
    }
}

/// A secret store in memory, for tests on Tauri's mock runtime (the real Secret Service is
/// tested in `tests/device_secret.rs` and end to end).
#[cfg(feature = "test-support")]
#[derive(Debug, Default)]
pub struct MemorySecretStore(std::sync::Mutex<std::collections::HashMap<String, Vec<u8>>>);

#[cfg(feature = "test-support")]
impl SecretStore for MemorySecretStore {
    fn get(&self, id: &str) -> Result<Option<DeviceSecret>, SecretStoreError> {
        let map = self
            .0
            .lock()
            .map_err(|_| SecretStoreError::Failed("poisoned"))?;
        Ok(map.get(id).and_then(|b| DeviceSecret::from_bytes(b)))
    }
    fn put(&self, id: &str, secret: &DeviceSecret) -> Result<(), SecretStoreError> {
        let mut map = self
            .0
            .lock()
            .map_err(|_| SecretStoreError::Failed("poisoned"))?;
        map.insert(id.to_string(), secret.bytes().to_vec());
        Ok(())
    }
    fn delete(&self, id: &str) -> Result<(), SecretStoreError> {
        let mut map = self
            .0
            .lock()
            .map_err(|_| SecretStoreError::Failed("poisoned"))?;
        map.remove(id);
        Ok(())
    }
    fn get_note(&self, id: &str) -> Result<Option<Vec<u8>>, SecretStoreError> {
        let map = self
            .0
            .lock()
            .map_err(|_| SecretStoreError::Failed("poisoned"))?;
        Ok(map.get(id).cloned())
    }
    fn put_note(&self, id: &str, note: &[u8]) -> Result<(), SecretStoreError> {
        let mut map = self
            .0
            .lock()
            .map_err(|_| SecretStoreError::Failed("poisoned"))?;
        map.insert(id.to_string(), note.to_vec());
        Ok(())
    }
}
