//! Keeping only what is needed: a closed family is erased from the device after the retention
//! period, with everything about it, and no trace of it is left in any file of the data folder,
//! read with the store's key (every page of the database and of its WAL decrypted), not only
//! as raw bytes (which are encrypted and would show nothing either way).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use aes::cipher::{BlockModeDecrypt, KeyIvInit, block_padding::NoPadding};
use chrono::{Days, NaiveDate};
use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::KdfParams;
use doorstep::reflection::Reflection;
use doorstep::store::retention::{DEFAULT_RETENTION_DAYS, RETENTION_DAYS};
use doorstep::store::{ClosedReason, PulledReply, Store, StoreError};
use doorstep::sync::wire::ReflectionItem;
use doorstep::visit::{Visit, VisitKind, VisitStatus};
use uuid::Uuid;

const PASS: &str = "correct horse battery staple";

/// SQLCipher 4's defaults: 4096-byte pages, each ending in 80 reserved bytes (a 16-byte IV,
/// then a 64-byte HMAC-SHA512); page 1 starts with the 16-byte salt in clear.
const PAGE: usize = 4096;
const RESERVE: usize = 80;
const SALT: usize = 16;
const WAL_HEADER: usize = 32;
const FRAME_HEADER: usize = 24;

fn content() -> &'static Content {
    Content::embedded()
}

/// A page as SQLite sees it, decrypted with the store's raw key (AES-256-CBC, no padding).
fn decrypt_page(key: &[u8; 32], page: &[u8], number: u32) -> Vec<u8> {
    let start = if number == 1 { SALT } else { 0 };
    let end = PAGE - RESERVE;
    let mut buf = page[start..end].to_vec();
    cbc::Decryptor::<aes::Aes256>::new_from_slices(key, &page[end..end + 16])
        .expect("key and IV lengths")
        .decrypt_padded::<NoPadding>(&mut buf)
        .expect("whole blocks");
    buf
}

/// Every page held by a database file or a WAL, decrypted. Page 1's decrypted header is checked
/// (page size and reserve), so a wrong key or layout fails here instead of finding nothing.
fn plaintext_pages(key: &[u8; 32], file: &Path) -> Vec<Vec<u8>> {
    let bytes = std::fs::read(file).unwrap_or_default();
    let is_wal = file.to_string_lossy().ends_with("-wal");
    let mut pages: Vec<(u32, Vec<u8>)> = Vec::new();
    if is_wal {
        if bytes.len() < WAL_HEADER {
            return Vec::new();
        }
        for frame in bytes[WAL_HEADER..].chunks(FRAME_HEADER + PAGE) {
            if frame.len() < FRAME_HEADER + PAGE {
                break;
            }
            let number = u32::from_be_bytes([frame[0], frame[1], frame[2], frame[3]]);
            pages.push((number, decrypt_page(key, &frame[FRAME_HEADER..], number)));
        }
    } else {
        for (i, page) in bytes.chunks(PAGE).enumerate() {
            assert_eq!(page.len(), PAGE, "{} holds whole pages", file.display());
            let number = i as u32 + 1;
            pages.push((number, decrypt_page(key, page, number)));
        }
    }
    for (number, page) in &pages {
        if *number == 1 {
            // Offsets 16-17 of the SQLite header: the page size; offset 20: the reserve.
            assert_eq!(
                (
                    u16::from_be_bytes([page[0], page[1]]) as usize,
                    page[4] as usize
                ),
                (PAGE, RESERVE),
                "page 1 of {} decrypts to a SQLite header",
                file.display()
            );
        }
    }
    pages.into_iter().map(|(_, p)| p).collect()
}

/// The files of the data folder in which `word` can be read: raw bytes of every file, and the
/// decrypted pages of the database and its WAL.
fn files_holding(dir: &Path, db: &Path, key: &[u8; 32], word: &str) -> Vec<PathBuf> {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    let holds = |bytes: &[u8]| {
        bytes
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let raw = std::fs::read(&path).unwrap();
        let decrypted =
            (path == db || path == wal) && plaintext_pages(key, &path).iter().any(|p| holds(p));
        if holds(&raw) || decrypted {
            found.push(path);
        }
    }
    found
}

/// Words planted in one family only; each must be gone after the erase.
const PLANTED: &[&str] = &[
    "Quorrimaine",
    "Tibbleworth",
    "Quorrimaine Crescent",
    "slept on the settee with Tibbleworth",
    "Outboxmarker Yarrowquist",
    "Replymarker Zindlebrook",
];

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A family with a visit, a draft reflection and a shared one (its item queued and replied to).
fn plant(store: &mut Store, name: &str, marker: &str, today: NaiveDate) -> (Uuid, Uuid) {
    let mut h = Household::new(format!("{name} family"));
    h.notes = format!("Lives at 7 {name} Crescent; known to {marker}.");
    let mut mum = Member::new(format!("Ada {name}"), Role::Mother, Residence::LivesHere);
    mum.aliases = vec![format!("{name}y")];
    let partner = Member::new(format!("Tom {name}"), Role::Partner, Residence::Visits);
    let baby = Member::new(format!("Pip {name}"), Role::Baby, Residence::LivesHere);
    h.members = vec![mum, partner, baby];
    store.save_household(&mut h, content()).unwrap();
    let mut v = Visit::new(h.id, today, VisitKind::NewBirth, &content().hash);
    v.status = VisitStatus::Done;
    v.notes = format!("Baby slept on the settee with {name}.");
    // What a visit records of the baby, and why the mother was not seen alone, go too.
    v.seen_alone_why = format!("{name} aunt stayed in the room");
    let mut check = doorstep::visit::BabyCheck::new(h.members[2].id);
    check.injuries.push(doorstep::visit::Injury {
        kind: doorstep::visit::InjuryKind::Bruise,
        site: "shin".to_string(),
        explanation: format!("knocked by the {name} cot"),
        explained_by: "mother".to_string(),
        action: "discussed".to_string(),
    });
    v.babies.push(check);
    store.save_visit(&mut v).unwrap();
    let mut draft = Reflection::new(h.id, Some(v.id), content());
    draft
        .sections
        .insert("worries".into(), format!("{name} partner not seen again."));
    store.save_reflection(&mut draft, content()).unwrap();
    let mut shared = Reflection::new(h.id, None, content());
    shared
        .sections
        .insert("worries".into(), "Sleep space not seen.".into());
    store.save_reflection(&mut shared, content()).unwrap();
    let item = ReflectionItem::new(
        "2026-W49",
        "test",
        &["safe-sleep".to_string()],
        &format!("[Mother] said the baby sleeps on the settee. {marker}."),
    );
    store.share_reflection(shared.id, &item).unwrap();
    (h.id, Uuid::parse_str(&item.id).unwrap())
}

#[test]
fn a_closed_family_is_erased_after_the_retention_period_leaving_no_trace_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("doorstep.db");
    let mut store = Store::create(&db, PASS, KdfParams::TESTING).unwrap();
    let key = Store::unlock_key(&db, PASS).unwrap();
    let key = key.bytes();
    let closed_on = day("2026-12-03");

    let (gone, gone_item) = plant(
        &mut store,
        "Quorrimaine",
        "Outboxmarker Yarrowquist",
        closed_on,
    );
    let (kept, kept_item) = plant(&mut store, "Brackenfold", "Keptmarker Ossory", closed_on);
    let server = Uuid::new_v4();
    let reply = |number, item_id, text: &str| PulledReply {
        number,
        item_id,
        text: text.to_string(),
        at: "2026-12-03T10:00:00Z".to_string(),
        author: "Sam Supervisor".to_string(),
        edited: false,
        withdrawn: false,
    };
    store
        .store_replies(
            server,
            &[
                reply(1, gone_item, "Replymarker Zindlebrook: discuss on Friday."),
                reply(2, kept_item, "Keptreply Lanthorn: well noticed."),
            ],
            2,
        )
        .unwrap();
    // Part of it written back into the database file, part still in the WAL.
    store.checkpoint().unwrap();
    let mut later = store.visits(gone).unwrap().remove(0);
    later.notes = "Baby slept on the settee with Tibbleworth; Quorrimaine said so.".into();
    store.save_visit(&mut later).unwrap();

    // The scan reads what the store holds: every planted word is found before the erase, and
    // the later note in the WAL itself.
    for word in PLANTED {
        assert!(
            !files_holding(dir.path(), &db, key, word).is_empty(),
            "\"{word}\" is found before the erase (the scan reads decrypted pages)"
        );
    }
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    assert_eq!(
        files_holding(dir.path(), &db, key, "Tibbleworth"),
        vec![wal.clone()],
        "the later note is in the WAL only"
    );

    let closure = store
        .close_household(gone, ClosedReason::MovedAway, closed_on)
        .unwrap();
    assert_eq!(closure.erase_on, closed_on + Days::new(90));
    // The list shows it closed, and when it goes.
    let list = store.list_households(None).unwrap();
    let line = list.iter().find(|l| l.id == gone).unwrap();
    assert_eq!(line.closed, Some(closure));
    assert_eq!(list.iter().find(|l| l.id == kept).unwrap().closed, None);

    // Not a day early.
    assert_eq!(
        store
            .erase_closed(closure.erase_on.pred_opt().unwrap())
            .unwrap(),
        0
    );
    assert!(store.household(gone).is_ok());
    assert_eq!(store.erase_closed(closure.erase_on).unwrap(), 1);

    // Gone at once, with the app still running (closing the database would write the WAL back
    // anyway, but the app keeps it open until it locks), and still gone once it is closed.
    let check = |stage: &str| {
        for word in PLANTED {
            assert_eq!(
                files_holding(dir.path(), &db, key, word),
                Vec::<PathBuf>::new(),
                "\"{word}\" is gone from every file {stage}"
            );
        }
        assert_eq!(std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0), 0);
    };
    check("with the store open");
    drop(store);
    check("after closing it");

    // The other family, its queued item and its reply are all there.
    let store = Store::open(&db, PASS).unwrap();
    assert!(matches!(
        store.household(gone),
        Err(StoreError::NoSuchHousehold)
    ));
    assert_eq!(store.household(kept).unwrap().members.len(), 3);
    assert_eq!(store.reflections(kept).unwrap().len(), 2);
    assert_eq!(store.visits(kept).unwrap().len(), 1);
    let queued = store.outbox_batch(10).unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].item.id, kept_item.to_string());
    let shared = store.reflections(kept).unwrap();
    let shared = shared.iter().find(|r| r.visit_id.is_none()).unwrap();
    let state = store.share_state(shared.id).unwrap().unwrap();
    assert_eq!(state.replies.len(), 1);
    assert_eq!(state.replies[0].author, "Sam Supervisor");
    for word in ["Brackenfold", "Keptmarker Ossory", "Keptreply Lanthorn"] {
        assert!(
            !files_holding(dir.path(), &db, key, word).is_empty(),
            "{word} kept"
        );
    }
}

#[test]
fn a_reopened_family_stays_and_the_retention_period_is_a_setting() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("doorstep.db");
    let mut store = Store::create(&db, PASS, KdfParams::TESTING).unwrap();
    let on = day("2026-09-01");
    let (a, _) = plant(&mut store, "Aldermoor", "A", on);
    let (b, _) = plant(&mut store, "Birchlow", "B", on);
    assert_eq!(store.retention_days().unwrap(), DEFAULT_RETENTION_DAYS);

    store
        .close_household(a, ClosedReason::CaseClosed, on)
        .unwrap();
    store
        .close_household(b, ClosedReason::MovedAway, on)
        .unwrap();
    // Closing again keeps the first date.
    let again = store
        .close_household(b, ClosedReason::CaseClosed, on + Days::new(5))
        .unwrap();
    assert_eq!((again.on, again.reason), (on, ClosedReason::CaseClosed));
    store.reopen_household(b).unwrap();
    assert_eq!(store.closure(b).unwrap(), None);

    // A shorter period applies to families already closed.
    assert!(matches!(
        store.set_retention_days(*RETENTION_DAYS.start() - 1),
        Err(StoreError::RetentionOutOfRange { .. })
    ));
    assert!(store.set_retention_days(*RETENTION_DAYS.end() + 1).is_err());
    assert_eq!(store.set_retention_days(30).unwrap(), 30);
    assert_eq!(
        store.closure(a).unwrap().unwrap().erase_on,
        on + Days::new(30)
    );
    drop(store);
    let mut store = Store::open(&db, PASS).unwrap();
    assert_eq!(store.retention_days().unwrap(), 30);
    assert_eq!(store.erase_closed(on + Days::new(365)).unwrap(), 1);
    assert!(store.household(a).is_err());
    assert!(store.household(b).is_ok(), "the reopened family stays");
    assert!(matches!(
        store.close_household(a, ClosedReason::MovedAway, on),
        Err(StoreError::NoSuchHousehold)
    ));
}

#[test]
fn an_erase_whose_checkpoint_is_blocked_stays_pending_and_is_finished_at_the_next_unlock() {
    use doorstep::secrets::NoSecretStore;
    use doorstep::service::session::{self, Device};
    let dir = tempfile::tempdir().unwrap();
    let device = Device::new(
        dir.path().to_path_buf(),
        KdfParams::TESTING,
        std::sync::Arc::new(NoSecretStore),
    );
    let db = device.db_path();
    let mut store = Store::create(&db, PASS, KdfParams::TESTING).unwrap();
    let key = Store::unlock_key(&db, PASS).unwrap();
    let closed_on = day("2026-12-03");
    let (gone, _) = plant(
        &mut store,
        "Quorrimaine",
        "Outboxmarker Yarrowquist",
        closed_on,
    );
    store.checkpoint().unwrap();
    store
        .close_household(gone, ClosedReason::MovedAway, closed_on)
        .unwrap();

    // Another program holds a read transaction on the database: the checkpoint cannot write
    // the erase back past what it reads.
    let reader = rusqlite::Connection::open(&db).unwrap();
    reader
        .execute_batch(&format!(
            "PRAGMA key = \"{}\"; BEGIN; SELECT count(*) FROM households;",
            key.sqlcipher_literal().as_str()
        ))
        .unwrap();
    let erase_on = closed_on + Days::new(u64::from(DEFAULT_RETENTION_DAYS));
    assert!(
        store.erase_closed(erase_on).is_err(),
        "the blocked checkpoint is reported"
    );
    assert!(session::erase_pending(&store).unwrap(), "marked pending");
    assert!(matches!(
        store.household(gone),
        Err(StoreError::NoSuchHousehold)
    ));
    // The lock cannot finish it either while the reader is there; the mark stays.
    let mut slot = Some(store);
    assert!(session::lock(&mut slot));
    // The reader's transaction ends (the program stays open, so its own close does not write
    // the WAL back for us): the erased text is still in the database file.
    reader.execute_batch("COMMIT;").unwrap();
    assert!(
        !files_holding(dir.path(), &db, key.bytes(), "Quorrimaine").is_empty(),
        "while pending, the text is still in a file (the reason for the mark)"
    );

    // The next unlock finishes the erase before anything is shown.
    session::unlock(&device, &mut slot, PASS, std::time::SystemTime::now()).unwrap();
    for word in ["Quorrimaine", "Outboxmarker Yarrowquist"] {
        assert_eq!(
            files_holding(dir.path(), &db, key.bytes(), word),
            Vec::<PathBuf>::new(),
            "\"{word}\" is gone after the next unlock"
        );
    }
    assert!(!session::erase_pending(slot.as_ref().unwrap()).unwrap());
}
