//! Crash safety, proven with real process kills on real encrypted stores.
//!
//! The test binary runs itself as the child (an ignored test selected by name, told what to do
//! through environment variables), so the child uses the same code paths the app does.
//!
//! - A writer saving families, visits, reflection drafts and shares (outbox items) is killed
//!   with SIGKILL at random moments, 200 times: after each kill the store opens, the integrity
//!   checks pass, and every write the writer reported as committed is there.
//! - A change of passphrase is stopped (abort, no destructors) at each of its steps: the store
//!   then opens with the old passphrase before the commit and with the new one after, never
//!   neither, and nothing is lost.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use doorstep::anonymise::review::Decisions;
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::KdfParams;
use doorstep::reflection::Reflection;
use doorstep::secrets::NoSecretStore;
use doorstep::store::{REKEY_STEPS, Store, StoreError};
use doorstep::visit::{Visit, VisitKind};
use uuid::Uuid;

const PASS: &str = "kettle-harbour-91";
const NEW_PASS: &str = "lantern otter quarry meadow";
/// Kills of the writer.
const KILLS: usize = 200;
/// However many kills are done by then, the test stops killing after this long.
const KILL_BUDGET: Duration = Duration::from_secs(90);

fn content() -> &'static Content {
    Content::embedded()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

/// Runs this test binary as a child doing `role` on the store at `db`.
fn child(role: &str, db: &Path) -> Command {
    let mut c = Command::new(std::env::current_exe().unwrap());
    c.args([
        role,
        "--exact",
        "--ignored",
        "--nocapture",
        "--test-threads=1",
    ])
    .env("CRASH_TEST_DB", db)
    .env_remove("DOORSTEP_TEST_CRASH_AT")
    .stdin(Stdio::null())
    .stderr(Stdio::null());
    c
}

fn child_db() -> Option<PathBuf> {
    std::env::var_os("CRASH_TEST_DB").map(PathBuf::from)
}

/// One committed write, as the writer reports it: a kind and an id, then the revision.
fn report(kind: &str, id: Uuid, detail: &str) {
    println!("{kind} {id} {detail}");
}

/// The child: writes until killed, printing each write after it has committed.
#[test]
#[ignore = "run by kills_at_random_moments_lose_no_committed_write"]
fn writer_child() {
    let Some(db) = child_db() else { return };
    let mut store = Store::open(&db, PASS).unwrap();
    // Load the content and the anonymiser's word lists before the first write, so that kills
    // land among the writes rather than in the start-up.
    let _ = doorstep::anonymise::anonymise("Warm up", &[]);
    println!("ready");
    let mut i: u64 = 0;
    loop {
        i += 1;
        let mut h = Household::new(format!("Synthetic family {i}"));
        h.members = vec![
            Member::new(format!("Parent {i}"), Role::Mother, Residence::LivesHere),
            Member::new(format!("Baby {i}"), Role::Baby, Residence::LivesHere),
        ];
        store.save_household(&mut h, content()).unwrap();
        report("household", h.id, "");

        let mut v = Visit::new(h.id, today(), VisitKind::Routine, &content().hash);
        store.save_visit(&mut v).unwrap();
        report("visit", v.id, "");

        let mut r = Reflection::new(h.id, Some(v.id), content());
        for rev in 0..3 {
            r.sections
                .insert("babys-day".to_string(), format!("Draft {i} revision {rev}"));
            store.save_reflection(&mut r, content()).unwrap();
            report("draft", r.id, &r.revision.to_string());
        }
        match doorstep::service::sharing::confirm(
            &mut store,
            content(),
            r.id,
            &Decisions::default(),
            today(),
        ) {
            Ok(_) => report("shared", r.id, ""),
            Err(e) => println!("error {} sharing: {e}", r.id),
        }
    }
}

#[derive(Default)]
struct Committed {
    households: BTreeSet<Uuid>,
    visits: BTreeSet<Uuid>,
    drafts: Vec<(Uuid, u64)>,
    shared: BTreeSet<Uuid>,
}

impl Committed {
    fn take(&mut self, line: &str) {
        assert!(!line.starts_with("error"), "the writer failed: {line}");
        let mut parts = line.split(' ');
        let (Some(kind), Some(id)) = (parts.next(), parts.next()) else {
            return;
        };
        let Ok(id) = Uuid::parse_str(id) else { return };
        match kind {
            "household" => {
                self.households.insert(id);
            }
            "visit" => {
                self.visits.insert(id);
            }
            "draft" => {
                if let Some(rev) = parts.next().and_then(|r| r.parse().ok()) {
                    self.drafts.push((id, rev));
                }
            }
            "shared" => {
                self.shared.insert(id);
            }
            _ => {}
        }
    }

    fn writes(&self) -> usize {
        self.households.len() + self.visits.len() + self.drafts.len() + self.shared.len()
    }
}

/// A tiny xorshift, seeded, so that a failing run can be repeated.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn kills_at_random_moments_lose_no_committed_write() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("doorstep.db");
    drop(Store::create(&db, PASS, KdfParams::TESTING).unwrap());
    let mut rng = Rng(0x00d0_0257_e9b1_7a3c);
    let started = Instant::now();
    let (mut kills, mut mid_write, mut writes, mut shares) = (0, 0, 0, 0);
    let mut households: u64 = 0;
    while kills < KILLS && started.elapsed() < KILL_BUDGET {
        let mut c = child("writer_child", &db)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(c.stdout.take().unwrap());
        // The test harness prints its own lines first (and "test writer_child ... " without a
        // line break).
        let mut line = String::new();
        while !line.trim_end().ends_with("ready") {
            line.clear();
            assert!(
                out.read_line(&mut line).unwrap() > 0,
                "the writer did not start"
            );
        }
        // Kill once the writer is ready, after a random delay (0-150 ms): mid-write most times.
        std::thread::sleep(Duration::from_micros(rng.below(150_000)));
        c.kill().unwrap();
        c.wait().unwrap();
        kills += 1;
        // What this run of the writer reported as committed before it died.
        let mut committed = Committed::default();
        for line in out.lines() {
            committed.take(&line.unwrap());
        }
        if committed.writes() > 0 {
            mid_write += 1;
        }
        writes += committed.writes();
        shares += committed.shared.len();
        households += committed.households.len() as u64;

        let store = Store::open(&db, PASS).unwrap();
        assert_eq!(
            store.integrity_check().unwrap(),
            Vec::<String>::new(),
            "after kill {kills}"
        );
        // Every family ever reported is still there: at most one more per kill (the one being
        // written when it came).
        let count = store.household_count().unwrap();
        assert!(
            (households..=households + kills as u64).contains(&count),
            "{count} families on file, {households} reported, after kill {kills}"
        );
        households = count;
        for id in &committed.households {
            store
                .household(*id)
                .unwrap_or_else(|e| panic!("family lost after kill {kills}: {e}"));
        }
        for id in &committed.visits {
            store
                .visit(*id)
                .unwrap_or_else(|e| panic!("visit lost after kill {kills}: {e}"));
        }
        for (id, rev) in &committed.drafts {
            let r = store
                .reflection(*id)
                .unwrap_or_else(|e| panic!("draft lost after kill {kills}: {e}"));
            assert!(r.revision >= *rev, "draft revision lost after kill {kills}");
        }
        for id in &committed.shared {
            assert!(
                store.share_state(*id).unwrap().is_some(),
                "queued share lost after kill {kills}"
            );
        }
    }
    eprintln!(
        "{kills} kills in {:.1} s; {writes} committed writes checked ({shares} shares); \
         {mid_write} kills while writing",
        started.elapsed().as_secs_f64(),
    );
    assert!(kills >= 50, "only {kills} kills fitted in the time budget");
    assert!(writes > kills, "the writer hardly wrote anything");
    assert!(shares > 0, "no share reached the outbox");
}

/// The child: changes the passphrase, aborting at the step named in DOORSTEP_TEST_CRASH_AT.
#[test]
#[ignore = "run by a_change_of_passphrase_stopped_at_any_step_opens_with_old_or_new"]
fn rekey_child() {
    let Some(db) = child_db() else { return };
    let mut store = Store::open(&db, PASS).unwrap();
    store
        .change_passphrase(NEW_PASS, KdfParams::TESTING, &NoSecretStore)
        .unwrap();
}

#[test]
fn a_change_of_passphrase_stopped_at_any_step_opens_with_old_or_new() {
    let commit = REKEY_STEPS
        .iter()
        .position(|s| *s == "rekey:committed")
        .unwrap();
    for (i, step) in REKEY_STEPS.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("doorstep.db");
        let mut store = Store::create(&db, PASS, KdfParams::TESTING).unwrap();
        let mut h = Household::new("Synthetic rekey family");
        store.save_household(&mut h, content()).unwrap();
        // Left in the WAL, not checkpointed: the change of key must carry it over.
        std::mem::forget(store);

        let status = child("rekey_child", &db)
            .env("DOORSTEP_TEST_CRASH_AT", step)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(!status.success(), "the child did not stop at {step}");

        let old = Store::open(&db, PASS);
        let new = Store::open(&db, NEW_PASS);
        let (works, refused) = if i < commit { (old, new) } else { (new, old) };
        let store =
            works.unwrap_or_else(|e| panic!("stopped at {step}: the store does not open: {e}"));
        assert!(
            matches!(refused, Err(StoreError::WrongPassphrase)),
            "stopped at {step}: both passphrases open it"
        );
        assert_eq!(
            store.integrity_check().unwrap(),
            Vec::<String>::new(),
            "{step}"
        );
        assert_eq!(
            store.household(h.id).unwrap().display_name,
            h.display_name,
            "{step}"
        );
        drop(store);
        // Nothing of the change is left beside the store.
        for leftover in [".next", ".next-journal", ".header.tmp"] {
            assert!(
                !PathBuf::from(format!("{}{leftover}", db.display())).exists(),
                "{step}: {leftover} left behind"
            );
        }
    }
}
