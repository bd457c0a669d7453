//! Core benchmarks: the Argon2id unlock cost, opening the store once the key is known, listing
//! 10,000 households, and today's prompt list for a household with 50 past visits.
//!
//! `baseline/sha256-1MiB` is a fixed workload measured in the same run, so that figures can be
//! read as ratios on a shared, noisy machine. `cargo bench --bench core`; docs/benchmarks.md
//! has the last figures.

use std::hint::black_box;
use std::time::Duration;

use chrono::{Days, NaiveDate, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::{self, KdfParams};
use doorstep::prompt::todays_prompts;
use doorstep::store::Store;
use doorstep::visit::{AnswerState, Visit, VisitKind, VisitStatus};
use sha2::{Digest, Sha256};

/// The app's allocator (every block wiped when freed), so that these figures are the app's.
#[global_allocator]
static ALLOC: doorstep::service::session::WipeOnFree = doorstep::service::session::WIPE_ON_FREE;

const PASS: &str = "bench-passphrase-42";

fn baseline(c: &mut Criterion) {
    let data = vec![0x5au8; 1 << 20];
    c.bench_function("baseline/sha256-1MiB", |b| {
        b.iter(|| Sha256::digest(black_box(&data)))
    });
}

fn unlock(c: &mut Criterion) {
    let mut g = c.benchmark_group("unlock");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("argon2id-device-params", |b| {
        b.iter(|| keys::derive_key(black_box("583920"), b"0123456789abcdef", KdfParams::DEVICE))
    });
    // One guess at a store bound to the device: Argon2id, then HKDF with the device secret.
    // Without the device (a copy of the files) a guess also needs the 256-bit secret, so the
    // PIN space cannot be searched at all; on the device, attempts are limited to ten.
    let secret = keys::DeviceSecret::from_bytes(&[7u8; 32]).expect("32 bytes");
    g.bench_function("store-key-with-device-secret", |b| {
        b.iter(|| {
            keys::store_key(
                black_box("583920"),
                b"0123456789abcdef",
                KdfParams::DEVICE,
                Some(&secret),
            )
        })
    });
    g.finish();
}

fn family(i: usize, today: NaiveDate) -> Household {
    let mut h = Household::new(format!("Synthetic family {i:05}"));
    if i.is_multiple_of(3) {
        h.flags.insert("premature".to_string());
    }
    if i.is_multiple_of(5) {
        h.flags.insert("smoker_in_home".to_string());
    }
    let mut baby = Member::new(format!("Baby {i}"), Role::Baby, Residence::LivesHere);
    baby.dob = today.checked_sub_days(Days::new(40 + (i as u64 % 300)));
    h.members = vec![
        Member::new(format!("Mother {i}"), Role::Mother, Residence::LivesHere),
        Member::new(format!("Partner {i}"), Role::Partner, Residence::Visits),
        baby,
    ];
    h
}

fn store(c: &mut Criterion) {
    let content = Content::embedded();
    let today = Utc::now().date_naive();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bench.db");
    let mut store = Store::create(&path, PASS, KdfParams::TESTING).expect("create");
    // Population only: skip the fsync per transaction.
    store
        .raw_connection()
        .execute_batch("PRAGMA synchronous = OFF")
        .expect("pragma");
    for i in 0..10_000 {
        let mut h = family(i, today);
        store.save_household(&mut h, content).expect("save");
        if i.is_multiple_of(10) {
            let mut v = Visit::new(h.id, today, VisitKind::Routine, &content.hash);
            v.status = VisitStatus::Done;
            store.save_visit(&mut v).expect("visit");
        }
    }
    store.checkpoint().expect("checkpoint");
    drop(store);

    let key = Store::unlock_key(&path, PASS).expect("key");
    c.bench_function("store/open-with-known-key", |b| {
        b.iter(|| Store::open_with_key(&path, &key).expect("open"))
    });

    let store = Store::open_with_key(&path, &key).expect("open");
    c.bench_function("store/list-10000-households", |b| {
        b.iter(|| {
            let list = store.list_households(None).expect("list");
            assert_eq!(list.len(), 10_000);
            list
        })
    });
    c.bench_function("store/search-10000-households", |b| {
        b.iter(|| store.list_households(Some("family 0999")).expect("search"))
    });
}

fn prompts(c: &mut Criterion) {
    let content = Content::embedded();
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let mut h = family(1, today);
    h.flags
        .extend(["bed_sharing", "alcohol_use", "routine_change"].map(String::from));
    for m in &mut h.members {
        m.added_at = Utc::now() - chrono::Duration::days(400);
    }
    let visits: Vec<Visit> = (0..50u64)
        .map(|i| {
            let date = today
                .checked_sub_days(Days::new(7 * (50 - i)))
                .expect("date");
            let mut v = Visit::new(h.id, date, VisitKind::Routine, &content.hash);
            v.status = VisitStatus::Done;
            v.seen.insert(h.members[0].id);
            v.sleep_space_seen = Some(i.is_multiple_of(4));
            for (j, p) in content.prompts.iter().enumerate() {
                let state = if (i as usize + j).is_multiple_of(3) {
                    AnswerState::NotKnown
                } else {
                    AnswerState::Answered
                };
                v.set_answer(&p.id, state, "");
            }
            v
        })
        .collect();
    c.bench_function("prompts/todays-list-50-visits", |b| {
        b.iter(|| todays_prompts(content, black_box(&h), black_box(&visits), today))
    });
}

criterion_group!(benches, baseline, unlock, store, prompts);
criterion_main!(benches);
