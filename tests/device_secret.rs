//! The device secret in a real Secret Service: gnome-keyring on a private D-Bus session bus,
//! one per "device", started by the test (scripts/setup.sh installs the Debian packages).
//! Each device's client is this test binary run as a child with that device's bus, because the
//! `keyring` crate connects to the bus named in the process's environment.
//!
//! - With a secret service, a 6-digit PIN is enough, and the key needs the device's secret: the
//!   store's files copied to another device (another keyring) do not open with the right PIN,
//!   with a clear error, nor where there is no secret service at all.
//! - Without one, set-up refuses a PIN and takes only a passphrase that stands alone.
//! - Erasing removes the secret from the keyring, so a copy taken before the erase is useless.
//! - The count of failed tries is kept in the keyring too: rolling its file back does not lower
//!   it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use doorstep::keys::KdfParams;
use doorstep::secrets::PlatformSecretStore;
use doorstep::store::{Protection, Store};

const PIN: &str = "583920";
const STRONG: &str = "lantern otter quarry meadow";

/// A private session bus with gnome-keyring's Secret Service on it, its login keyring
/// unlocked. Both daemons are stopped when dropped.
struct Device {
    dir: tempfile::TempDir,
    bus: String,
    daemons: Vec<Child>,
}

impl Device {
    fn start() -> Device {
        let dir = tempfile::tempdir().unwrap();
        for d in ["home", "data", "run"] {
            std::fs::create_dir(dir.path().join(d)).unwrap();
        }
        let env = |c: &mut Command| {
            c.env("HOME", dir.path().join("home"))
                .env("XDG_DATA_HOME", dir.path().join("data"))
                .env("XDG_RUNTIME_DIR", dir.path().join("run"))
                .env_remove("DISPLAY")
                .env_remove("WAYLAND_DISPLAY");
        };
        let socket = dir.path().join("run/bus");
        let bus = format!("unix:path={}", socket.display());
        let mut dbus = Command::new("dbus-daemon");
        dbus.args(["--session", "--nofork", "--nopidfile"])
            .arg(format!("--address={bus}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        env(&mut dbus);
        let dbus = dbus
            .spawn()
            .expect("dbus-daemon is needed for these tests (scripts/setup.sh installs it)");
        let mut daemons = vec![dbus];
        wait_for(|| socket.exists(), "the session bus");
        let mut gkd = Command::new("gnome-keyring-daemon");
        gkd.args(["--foreground", "--unlock", "--components=secrets"])
            .env("DBUS_SESSION_BUS_ADDRESS", &bus)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        env(&mut gkd);
        let mut gkd = gkd
            .spawn()
            .expect("gnome-keyring is needed for these tests (scripts/setup.sh installs it)");
        // The login keyring's password, without a line break; the keyring is created unlocked.
        gkd.stdin
            .take()
            .unwrap()
            .write_all(b"synthetic-test-keyring")
            .unwrap();
        daemons.push(gkd);
        let device = Device { dir, bus, daemons };
        wait_for(|| device.secret_service_is_up(), "the Secret Service");
        device
    }

    fn secret_service_is_up(&self) -> bool {
        Command::new("dbus-send")
            .args([
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("boolean true"))
            .unwrap_or(false)
    }

    /// Runs one operation on the store at `db` as a client of this device's keyring.
    fn run(&self, op: &str, db: &Path, pass: &str) -> String {
        client(op, db, pass, Some(&self.bus), self.dir.path())
    }
}

impl Drop for Device {
    fn drop(&mut self) {
        for d in self.daemons.iter_mut().rev() {
            let _ = d.kill();
            let _ = d.wait();
        }
    }
}

fn wait_for(mut ready: impl FnMut() -> bool, what: &str) {
    let started = Instant::now();
    while !ready() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{what} did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs this binary as the client child. `bus: None` is a device with no secret service (the
/// bus address names a socket that does not exist).
fn client(op: &str, db: &Path, pass: &str, bus: Option<&str>, home: &Path) -> String {
    let missing = format!("unix:path={}", home.join("no-bus-here").display());
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "device_client",
            "--exact",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("DEVICE_OP", op)
        .env("DEVICE_DB", db)
        .env("DEVICE_PASS", pass)
        .env("DBUS_SESSION_BUS_ADDRESS", bus.unwrap_or(&missing))
        .env("HOME", home)
        .env_remove("DISPLAY")
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    stdout
        .lines()
        .find_map(|l| l.split("RESULT ").nth(1))
        .unwrap_or_else(|| panic!("the client said nothing: {stdout}"))
        .trim()
        .to_string()
}

/// The child: one operation through the platform's secret store, its outcome on one line.
#[test]
#[ignore = "run by the tests below as a child with its own bus"]
fn device_client() {
    let (Ok(op), Some(db), Ok(pass)) = (
        std::env::var("DEVICE_OP"),
        std::env::var_os("DEVICE_DB").map(PathBuf::from),
        std::env::var("DEVICE_PASS"),
    ) else {
        return;
    };
    let secrets = PlatformSecretStore;
    let result = match op.as_str() {
        "create" => Store::create_on_device(&db, &pass, KdfParams::TESTING, &secrets).map(
            |(_, p)| match p {
                Protection::DeviceSecret { .. } => "device_secret".to_string(),
                Protection::Passphrase => "passphrase".to_string(),
            },
        ),
        "open" => Store::open_on_device(&db, &pass, &secrets).map(|s| {
            assert!(s.integrity_check().unwrap().is_empty());
            "opened".to_string()
        }),
        "erase" => Store::erase(&db, &secrets).map(|()| "erased".to_string()),
        "try" => doorstep::store::attempts::open_limited(
            &db,
            &pass,
            &secrets,
            &doorstep::store::LockoutPolicy::default(),
            std::time::SystemTime::now(),
        )
        .map(|_| "opened".to_string()),
        "count" => Ok(doorstep::store::Attempts::load(&db, &secrets)
            .failures
            .to_string()),
        other => panic!("unknown op {other}"),
    };
    match result {
        Ok(s) => println!("RESULT {s}"),
        Err(e) => println!("RESULT {} {e}", e.code()),
    }
}

fn copy_store(from: &Path, to_dir: &Path) -> PathBuf {
    let to = to_dir.join("doorstep.db");
    for suffix in ["", "-wal", "-shm", ".header"] {
        let src = PathBuf::from(format!("{}{suffix}", from.display()));
        if src.exists() {
            std::fs::copy(&src, format!("{}{suffix}", to.display())).unwrap();
        }
    }
    to
}

#[test]
fn a_pin_is_enough_with_the_device_secret_and_a_copy_elsewhere_does_not_open() {
    let a = Device::start();
    let b = Device::start();
    let files = tempfile::tempdir().unwrap();
    let db = files.path().join("doorstep.db");
    assert_eq!(a.run("create", &db, PIN), "device_secret");
    assert_eq!(a.run("open", &db, PIN), "opened");
    assert!(a.run("open", &db, "111112").starts_with("wrong_passphrase"));

    // The files copied to another device: the right PIN is not enough.
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = copy_store(&db, elsewhere.path());
    let other = b.run("open", &copy, PIN);
    assert!(other.starts_with("other_device"), "{other}");
    assert!(
        other.contains("another device"),
        "not a clear error: {other}"
    );
    // Nor on a machine with no secret service at all.
    let none = client("open", &copy, PIN, None, elsewhere.path());
    assert!(none.starts_with("keychain"), "{none}");
    // The copy is intact: back on the device it came from, it opens.
    assert_eq!(a.run("open", &copy, PIN), "opened");
}

#[test]
fn the_command_line_makes_its_stores_as_the_app_does() {
    // `doorstep demo --db` with a keychain: bound to it, with the device's key derivation cost.
    let a = Device::start();
    let files = tempfile::tempdir().unwrap();
    let db = files.path().join("demo.db");
    let out = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["demo", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", PIN)
        .env("DBUS_SESSION_BUS_ADDRESS", &a.bus)
        .env("HOME", a.dir.path().join("home"))
        .env_remove("DISPLAY")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(matches!(
        Store::protection(&db).unwrap(),
        Protection::DeviceSecret { .. }
    ));
    let header: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{}.header", db.display())).unwrap())
            .unwrap();
    let params: KdfParams = serde_json::from_value(header["params"].clone()).unwrap();
    assert_eq!(params, KdfParams::DEVICE);
    // Without a keychain, the command line refuses the PIN as the app's set-up does.
    let bare = tempfile::tempdir().unwrap();
    let db = bare.path().join("demo.db");
    let out = Command::new(env!("CARGO_BIN_EXE_doorstep"))
        .args(["demo", "--db"])
        .arg(&db)
        .env("DOORSTEP_PASSPHRASE", PIN)
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            format!("unix:path={}", bare.path().join("no-bus").display()),
        )
        .env("HOME", bare.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(!Store::exists(&db));
}

#[test]
fn without_a_secret_service_set_up_refuses_a_pin_and_takes_a_strong_passphrase() {
    let files = tempfile::tempdir().unwrap();
    let db = files.path().join("doorstep.db");
    let weak = client("create", &db, PIN, None, files.path());
    assert!(weak.starts_with("weak_passphrase"), "{weak}");
    assert!(!Store::exists(&db));
    assert_eq!(
        client("create", &db, STRONG, None, files.path()),
        "passphrase"
    );
    assert_eq!(client("open", &db, STRONG, None, files.path()), "opened");
}

#[test]
fn erasing_removes_the_secret_so_a_copy_taken_before_is_useless() {
    let a = Device::start();
    let files = tempfile::tempdir().unwrap();
    let db = files.path().join("doorstep.db");
    assert_eq!(a.run("create", &db, PIN), "device_secret");
    let before = tempfile::tempdir().unwrap();
    let copy = copy_store(&db, before.path());
    assert_eq!(a.run("erase", &db, PIN), "erased");
    assert!(!Store::exists(&db));
    let after = a.run("open", &copy, PIN);
    assert!(after.starts_with("other_device"), "{after}");
}

#[test]
fn the_count_of_wrong_tries_is_kept_in_the_keyring_so_rolling_its_file_back_does_not_lower_it() {
    let a = Device::start();
    let files = tempfile::tempdir().unwrap();
    let db = files.path().join("doorstep.db");
    let counter = PathBuf::from(format!("{}.attempts", db.display()));
    assert_eq!(a.run("create", &db, PIN), "device_secret");
    assert!(a.run("try", &db, "111112").starts_with("wrong_passphrase"));
    let after_one = std::fs::read(&counter).unwrap();
    for _ in 0..3 {
        assert!(a.run("try", &db, "111112").starts_with("wrong_passphrase"));
    }
    assert_eq!(a.run("count", &db, PIN), "4");
    std::fs::write(&counter, after_one).unwrap();
    assert_eq!(a.run("count", &db, PIN), "4", "the file alone was believed");
    // The right PIN resets both.
    assert_eq!(a.run("try", &db, PIN), "opened");
    assert_eq!(a.run("count", &db, PIN), "0");
}
