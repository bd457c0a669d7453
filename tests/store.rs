//! The encrypted store on real files with real SQLCipher encryption.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use doorstep::content::{Content, Theme};
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::KdfParams;
use doorstep::reflection::{Reflection, ReflectionError, ReflectionStatus};
use doorstep::secrets::NoSecretStore;
use doorstep::store::{SCHEMA_VERSION, Store, StoreError};
use doorstep::unknowns::Gap;
use doorstep::visit::{AnswerState, Visit, VisitKind, VisitStatus};

const PASS: &str = "kettle-harbour-91";
/// Strong enough to protect a store on its own (no device secret).
const NEW_PASS: &str = "lantern otter quarry meadow";

fn content() -> &'static Content {
    Content::embedded()
}

fn db_in(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("doorstep.db")
}

fn new_store(path: &Path) -> Store {
    Store::create(path, PASS, KdfParams::TESTING).expect("create store")
}

fn sidecars(path: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-shm", "-journal", ".header"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", path.display())))
        .collect()
}

fn file_bytes(paths: &[PathBuf]) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    paths
        .iter()
        .map(|p| (p.clone(), std::fs::read(p).ok()))
        .collect()
}

/// A synthetic family whose names and identifiers are planted to be searched for in raw bytes.
fn planted_household() -> Household {
    let mut h = Household::new("Zebedeewick family");
    h.flags.insert("premature".to_string());
    h.notes = "Lives at 42 Quillon Terrace, postcode ZZ9 9QX, NHS number 943 476 5919".to_string();
    let mut mum = Member::new("Philippa Zebedeewick", Role::Mother, Residence::LivesHere);
    mum.aliases = vec!["Pippatoes".to_string()];
    mum.caring_role = true;
    let mut baby = Member::new("Octavian Zebedeewick", Role::Baby, Residence::LivesHere);
    baby.dob = NaiveDate::from_ymd_opt(2026, 10, 1);
    let partner = Member::new("Barnabus Thistlewood", Role::Partner, Residence::Visits);
    h.members = vec![mum, baby, partner];
    h
}

const PLANTED: &[&str] = &[
    "Zebedeewick",
    "Philippa",
    "Pippatoes",
    "Octavian",
    "Thistlewood",
    "Quillon Terrace",
    "ZZ9 9QX",
    "943 476 5919",
    "sofa after the party",
];

#[test]
fn a_new_store_is_encrypted_and_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert!(!store.cipher_version().unwrap().is_empty());

    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let back = store.household(h.id).unwrap();
    assert_eq!(back.display_name, h.display_name);
    assert_eq!(back.flags, h.flags);
    assert_eq!(back.members, h.members);
    assert_eq!(back.notes, h.notes);
    drop(store);

    let head = std::fs::read(&path).unwrap();
    assert!(head.len() > 4096);
    assert_ne!(
        &head[..16],
        b"SQLite format 3\0",
        "the file must not be plain SQLite"
    );

    let store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.household(h.id).unwrap().members, h.members);
}

#[test]
fn no_planted_name_or_identifier_is_readable_in_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let mut v = Visit::new(
        h.id,
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
        VisitKind::NewBirth,
        &content().hash,
    );
    v.status = VisitStatus::Done;
    v.notes = "Philippa said Barnabus slept on the sofa after the party".to_string();
    v.set_answer(
        "f-who-lives-here",
        AnswerState::Answered,
        "Philippa, Octavian; Barnabus stays weekends",
    );
    store.save_visit(&mut v).unwrap();
    let mut r = Reflection::new(h.id, Some(v.id), content());
    r.sections.insert(
        "worries".to_string(),
        "Pippatoes mentioned the sofa after the party; Thistlewood not seen.".to_string(),
    );
    store.save_reflection(&mut r, content()).unwrap();

    // While open: the main file, the WAL and the shared-memory file.
    let check = |stage: &str| {
        for (p, bytes) in file_bytes(&sidecars(&path)) {
            let Some(bytes) = bytes else { continue };
            for word in PLANTED {
                let found = bytes
                    .windows(word.len())
                    .any(|w| w.eq_ignore_ascii_case(word.as_bytes()));
                assert!(!found, "{stage}: \"{word}\" readable in {}", p.display());
            }
        }
    };
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    assert!(
        std::fs::metadata(&wal)
            .map(|m| m.len() > 0)
            .unwrap_or(false),
        "the WAL is in use"
    );
    check("with the WAL holding the changes");
    store.checkpoint().unwrap();
    drop(store);
    check("after a checkpoint and close");

    // And it is all still there with the right passphrase.
    let store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.visits(h.id).unwrap()[0].notes, v.notes);
    assert_eq!(store.reflection(r.id).unwrap().sections, r.sections);
}

#[test]
fn wrong_passphrase_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    store.checkpoint().unwrap();
    drop(store);

    let before = file_bytes(&sidecars(&path));
    for wrong in [
        "kettle-harbour-92",
        "",
        "KETTLE-HARBOUR-91",
        "kettle-harbour-91 ",
    ] {
        let err = Store::open(&path, wrong).unwrap_err();
        assert!(
            matches!(err, StoreError::WrongPassphrase),
            "{wrong:?} gave {err:?}"
        );
        assert_eq!(err.code(), "wrong_passphrase");
    }
    assert_eq!(
        file_bytes(&sidecars(&path)),
        before,
        "a refused open must not touch any file"
    );
    assert_eq!(
        Store::open(&path, PASS)
            .unwrap()
            .household(h.id)
            .unwrap()
            .display_name,
        h.display_name
    );
}

#[test]
fn a_missing_store_is_not_found_and_an_existing_one_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    assert!(matches!(
        Store::open(&path, PASS),
        Err(StoreError::NotFound)
    ));
    assert!(!Store::exists(&path));
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    drop(store);
    assert!(Store::exists(&path));
    assert!(matches!(
        Store::create(&path, "another-pass-1", KdfParams::TESTING),
        Err(StoreError::AlreadyExists)
    ));
    assert!(Store::open(&path, PASS).unwrap().household(h.id).is_ok());
}

#[test]
fn a_plain_sqlite_file_is_not_a_doorstep_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    // Write a real, unencrypted SQLite database via SQLCipher without a key.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    drop(conn);
    let err = Store::open(&path, PASS).unwrap_err();
    assert!(matches!(err, StoreError::NotDoorstep(_)), "{err:?}");
    assert!(err.to_string().contains("unencrypted SQLite"), "{err}");
}

#[test]
fn a_file_without_a_key_header_is_not_a_doorstep_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    std::fs::write(&path, vec![0x5au8; 8192]).unwrap();
    let err = Store::open(&path, PASS).unwrap_err();
    assert!(matches!(err, StoreError::NotDoorstep(_)), "{err:?}");
    assert_eq!(err.code(), "not_doorstep");
}

#[test]
fn another_applications_encrypted_database_is_not_doorstep() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = new_store(&path);
    store
        .raw_connection()
        .pragma_update(None, "application_id", 0x1234_5678)
        .unwrap();
    drop(store);
    let err = Store::open(&path, PASS).unwrap_err();
    assert!(matches!(err, StoreError::NotDoorstep(_)), "{err:?}");
}

#[test]
fn a_damaged_key_header_is_reported_as_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    drop(new_store(&path));
    std::fs::write(format!("{}.header", path.display()), b"{ not json").unwrap();
    let err = Store::open(&path, PASS).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
}

fn overwrite(path: &Path, offset: usize, len: usize) {
    let mut bytes = std::fs::read(path).unwrap();
    for b in &mut bytes[offset..offset + len] {
        *b = !*b;
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_damaged_first_page_is_reported_as_corrupt_not_as_a_wrong_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = new_store(&path);
    store.checkpoint().unwrap();
    drop(store);
    overwrite(&path, 200, 64);
    let err = Store::open(&path, PASS).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
    assert_eq!(err.code(), "corrupt");
}

#[test]
fn a_damaged_data_page_is_found_by_reads_and_by_the_integrity_check() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut ids = Vec::new();
    for i in 0..200 {
        let mut h = planted_household();
        h.display_name = format!("Family {i}");
        h.notes = "x".repeat(500);
        store.save_household(&mut h, content()).unwrap();
        ids.push(h.id);
    }
    store.checkpoint().unwrap();
    assert!(store.integrity_check().unwrap().is_empty());
    drop(store);
    let len = std::fs::metadata(&path).unwrap().len() as usize;
    // Damage every other page after the first, wherever the families' rows happen to be.
    for page in (1..len / 4096).step_by(2) {
        overwrite(&path, page * 4096 + 100, 64);
    }
    match Store::open(&path, PASS) {
        Err(e) => assert!(matches!(e, StoreError::Corrupt(_)), "{e:?}"),
        Ok(store) => {
            let problems = store.integrity_check();
            let list = store.list_households(None);
            let reads_fail = list.is_err() || ids.iter().any(|id| store.household(*id).is_err());
            assert!(
                !problems.unwrap().is_empty(),
                "the integrity check must see the damage"
            );
            assert!(reads_fail, "reading the damaged page must fail");
            if let Err(e) = list {
                assert_eq!(e.code(), "corrupt", "{e:?}");
            }
        }
    }
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = new_store(&path);
    store
        .raw_connection()
        .pragma_update(None, "user_version", SCHEMA_VERSION + 7)
        .unwrap();
    store.checkpoint().unwrap();
    drop(store);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path, PASS).unwrap_err();
    match err {
        StoreError::NewerSchema { found, supported } => {
            assert_eq!(found, SCHEMA_VERSION + 7);
            assert_eq!(supported, SCHEMA_VERSION);
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_schema_1_store_is_migrated_without_losing_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 0).unwrap();
    store
        .raw_connection()
        .execute_batch(include_str!("fixtures/schema_v1.sql"))
        .unwrap();
    let v: u32 = store
        .raw_connection()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1);
    drop(store);

    let store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let id = uuid::Uuid::parse_str("0190d5a0-0000-7000-8000-000000000001").unwrap();
    let h = store.household(id).unwrap();
    assert_eq!(h.display_name, "Fixture: Penhallow");
    assert_eq!(h.members.len(), 3);
    assert_eq!(h.members[0].aliases, vec!["Wenna".to_string()]);
    assert_eq!(h.members[2].residence, Residence::Visits);
    let visits = store.visits(id).unwrap();
    assert_eq!(visits.len(), 1);
    assert_eq!(visits[0].answers.len(), 2);
    assert_eq!(visits[0].sleep_space_seen, Some(false));
    let r = store
        .reflection(uuid::Uuid::parse_str("0190d5a0-0000-7000-8000-000000000031").unwrap())
        .unwrap();
    assert_eq!(r.revision, 3);
    assert_eq!(r.sections["seen-heard"], "Fixture reflection text");
    assert!(r.themes.contains(&Theme::E));
    // What schema 2 added works.
    store.set_setting("auto_lock_minutes", "5").unwrap();
    assert_eq!(
        store.setting("auto_lock_minutes").unwrap().as_deref(),
        Some("5")
    );
    assert!(store.integrity_check().unwrap().is_empty());
    // Schema 3 filled in what is outstanding: the partner was never seen at the fixture visit.
    assert_eq!(
        english(&store.list_households(None).unwrap()[0].outstanding),
        vec![
            "Partner not seen ×1".to_string(),
            "Sleep space not seen ×1".to_string()
        ]
    );
}

#[test]
fn names_with_apostrophes_hyphens_and_other_scripts_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let names = [
        "Siobhán O'Dwyer-Ní Bhriain",
        "Zoë D'Souza",
        "Łucja Wiśniewska-Kowalczyk",
        "محمد عبد الله",
        "Ngọc Ánh Nguyễn",
        "Άννα Παπαδοπούλου",
        "李 小龍",
        "Robert'); DROP TABLE households;--",
    ];
    let mut h = Household::new("O'Dwyer-Ní Bhriain / 李");
    for (i, n) in names.iter().enumerate() {
        let mut m = Member::new(
            *n,
            if i == 0 {
                Role::Mother
            } else {
                Role::OtherAdult
            },
            Residence::LivesHere,
        );
        m.aliases = vec![format!("{n}’s alias"), "Ní".to_string()];
        h.members.push(m);
    }
    store.save_household(&mut h, content()).unwrap();
    drop(store);
    let store = Store::open(&path, PASS).unwrap();
    let back = store.household(h.id).unwrap();
    assert_eq!(back.display_name, h.display_name);
    let back_names: Vec<&str> = back.members.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(back_names, names);
    assert_eq!(back.members, h.members);
    // Search finds them by a part of a name or an alias.
    assert_eq!(store.list_households(Some("D'Souza")).unwrap().len(), 1);
    assert_eq!(store.list_households(Some("100%")).unwrap().len(), 0);
    assert_eq!(store.household_count().unwrap(), 1);
}

#[test]
fn a_household_is_validated_before_it_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = Household::new("   ");
    assert!(matches!(
        store.save_household(&mut h, content()),
        Err(StoreError::Household(_))
    ));
    let mut h = Household::new("Flag test");
    h.flags.insert("not_a_flag".to_string());
    let err = store.save_household(&mut h, content()).unwrap_err();
    assert!(
        matches!(&err, StoreError::Household(doorstep::household::HouseholdError::UnknownFlag(f)) if f == "not_a_flag"),
        "{err}"
    );
    // The message names the problem but never repeats what was given.
    assert!(!err.to_string().contains("not_a_flag"), "{err}");
    // A derived condition is not a flag a practitioner can set.
    let mut h = Household::new("Flag test");
    h.flags.insert("first_visit".to_string());
    assert!(store.save_household(&mut h, content()).is_err());
    assert_eq!(store.household_count().unwrap(), 0, "nothing half-saved");
}

#[test]
fn members_removed_from_the_form_are_removed_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    h.members.pop();
    store.save_household(&mut h, content()).unwrap();
    assert_eq!(store.household(h.id).unwrap().members.len(), 2);
}

#[test]
fn visits_keep_their_answers_and_refuse_strangers() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let mut v = Visit::new(
        h.id,
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        VisitKind::Routine,
        &content().hash,
    );
    v.status = VisitStatus::Done;
    v.seen.insert(h.members[0].id);
    v.sleep_space_seen = Some(true);
    v.set_answer(
        "e-see-sleep-space",
        AnswerState::Answered,
        "Cot in parents' room, clear",
    );
    v.set_answer("f-who-visits", AnswerState::NotKnown, "");
    store.save_visit(&mut v).unwrap();
    let back = store.visit(v.id).unwrap();
    assert_eq!(back.answers, v.answers);
    assert_eq!(back.seen, v.seen);

    let mut stranger = v.clone();
    stranger.seen.insert(uuid::Uuid::now_v7());
    assert!(matches!(
        store.save_visit(&mut stranger),
        Err(StoreError::Visit(_))
    ));
    assert_eq!(
        store.visit(v.id).unwrap().seen,
        v.seen,
        "the refused save changed nothing"
    );

    // A visit id of one family cannot be moved to another.
    let mut other = Household::new("Other family");
    store.save_household(&mut other, content()).unwrap();
    let mut moved = v.clone();
    moved.household_id = other.id;
    moved.seen.clear();
    assert!(store.save_visit(&mut moved).is_err());
    assert_eq!(store.visit(v.id).unwrap().household_id, h.id);
}

#[test]
fn reflection_drafts_survive_reopening_and_shared_ones_are_frozen() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let mut r = Reflection::new(h.id, None, content());
    let mut text = String::new();
    // Saved as typed, a word at a time.
    for word in "The baby slept in the Moses basket beside the bed".split(' ') {
        text.push_str(word);
        text.push(' ');
        r.sections.insert("babys-day".to_string(), text.clone());
        store.save_reflection(&mut r, content()).unwrap();
    }
    assert_eq!(r.revision, 10);
    // No checkpoint, no clean close: the process "dies" here.
    std::mem::forget(store);

    let mut store = Store::open(&path, PASS).unwrap();
    let back = store.reflection(r.id).unwrap();
    assert_eq!(back.sections["babys-day"], text);
    assert_eq!(store.drafts().unwrap().len(), 1);

    let mut shared = back.clone();
    shared.status = ReflectionStatus::Shared;
    shared.themes = [Theme::E, Theme::F].into_iter().collect();
    store.save_reflection(&mut shared, content()).unwrap();
    let mut edit = store.reflection(r.id).unwrap();
    edit.sections
        .insert("worries".to_string(), "later edit".to_string());
    assert!(matches!(
        store.save_reflection(&mut edit, content()),
        Err(StoreError::Reflection(ReflectionError::AlreadyShared))
    ));
    let mut unknown = store.reflection(r.id).unwrap();
    unknown.id = uuid::Uuid::now_v7();
    unknown.status = ReflectionStatus::Draft;
    unknown
        .sections
        .insert("not-a-section".to_string(), "x".to_string());
    assert!(matches!(
        store.save_reflection(&mut unknown, content()),
        Err(StoreError::Reflection(ReflectionError::UnknownSection(_)))
    ));
}

#[test]
fn deleting_a_family_deletes_its_visits_and_reflections() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let mut v = Visit::new(
        h.id,
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        VisitKind::Routine,
        &content().hash,
    );
    store.save_visit(&mut v).unwrap();
    let mut r = Reflection::new(h.id, Some(v.id), content());
    store.save_reflection(&mut r, content()).unwrap();
    store.delete_household(h.id).unwrap();
    assert!(matches!(
        store.household(h.id),
        Err(StoreError::NoSuchHousehold)
    ));
    assert!(matches!(store.visit(v.id), Err(StoreError::NoSuchVisit)));
    assert!(matches!(
        store.reflection(r.id),
        Err(StoreError::NoSuchReflection)
    ));
    assert!(matches!(
        store.delete_household(h.id),
        Err(StoreError::NoSuchHousehold)
    ));
}

#[test]
fn changing_the_passphrase_locks_out_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    // Without a device secret the new passphrase must stand on its own.
    assert!(matches!(
        store.change_passphrase("583920", KdfParams::TESTING, &NoSecretStore),
        Err(StoreError::Weak(_))
    ));
    store
        .change_passphrase(NEW_PASS, KdfParams::TESTING, &NoSecretStore)
        .unwrap();
    drop(store);
    assert!(matches!(
        Store::open(&path, PASS),
        Err(StoreError::WrongPassphrase)
    ));
    let store = Store::open(&path, NEW_PASS).unwrap();
    assert_eq!(store.household(h.id).unwrap().display_name, h.display_name);
    assert!(store.integrity_check().unwrap().is_empty());
}

#[test]
fn destroy_removes_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    drop(new_store(&path));
    Store::destroy(&path).unwrap();
    for p in sidecars(&path) {
        assert!(!p.exists(), "{} left behind", p.display());
    }
    assert!(!Store::exists(&path));
}

#[test]
fn the_families_list_shows_what_is_outstanding_and_the_last_visit() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    for m in &mut h.members {
        m.added_at =
            chrono::TimeZone::with_ymd_and_hms(&chrono::Utc, 2026, 10, 1, 9, 0, 0).unwrap();
    }
    store.save_household(&mut h, content()).unwrap();
    assert!(
        store.list_households(None).unwrap()[0]
            .outstanding
            .is_empty()
    );
    for d in [3, 10, 17] {
        let mut v = Visit::new(
            h.id,
            NaiveDate::from_ymd_opt(2026, 11, d).unwrap(),
            VisitKind::Routine,
            &content().hash,
        );
        v.status = VisitStatus::Done;
        v.seen.insert(h.members[0].id);
        v.seen.insert(h.members[1].id);
        v.sleep_space_seen = Some(true);
        store.save_visit(&mut v).unwrap();
    }
    let row = &store.list_households(None).unwrap()[0];
    assert_eq!(row.visits_done, 3);
    assert_eq!(row.last_visit, NaiveDate::from_ymd_opt(2026, 11, 17));
    assert_eq!(
        english(&row.outstanding),
        vec!["Partner not seen ×3".to_string()]
    );
    // Deleting a visit recomputes it.
    let last = store.visits(h.id).unwrap().pop().unwrap();
    store.delete_visit(last.id).unwrap();
    assert_eq!(
        english(&store.list_households(None).unwrap()[0].outstanding),
        vec!["Partner not seen ×2".to_string()]
    );
}

#[test]
fn preparing_a_visit_puts_todays_prompts_on_it_and_answers_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let prep = doorstep::service::visits::prepare(&mut store, content(), h.id, today).unwrap();
    assert_eq!(prep.visit.status, VisitStatus::Planned);
    assert_eq!(prep.visit.kind, VisitKind::NewBirth, "no visit done yet");
    assert_eq!(prep.progress.total, prep.list.total);
    assert_eq!(prep.progress.open, prep.list.total);
    assert!(prep.list.prompts().any(|p| p.id == "b-premature-support"));
    // The most important prompts are on the visit too.
    for p in &prep.list.most_important {
        assert!(
            prep.visit.answers.iter().any(|a| a.prompt_id == p.id),
            "{}",
            p.id
        );
    }

    let progress = store
        .set_answer(
            prep.visit.id,
            "f-who-lives-here",
            AnswerState::Answered,
            "Mum, baby; partner stays weekends",
        )
        .unwrap();
    assert_eq!(progress.answered, 1);
    assert_eq!(progress.open, prep.list.total - 1);
    assert!(matches!(
        store.set_answer(prep.visit.id, "no-such-prompt", AnswerState::Answered, ""),
        Err(StoreError::Visit(_))
    ));

    // Opening it again resumes the same visit with its answers.
    let again = doorstep::service::visits::prepare(&mut store, content(), h.id, today).unwrap();
    assert_eq!(again.visit.id, prep.visit.id);
    assert_eq!(again.progress.answered, 1);
    assert_eq!(store.visits(h.id).unwrap().len(), 1);

    let view = doorstep::service::families::view(&store, content(), h.id, today).unwrap();
    assert_eq!(view.planned_visit, Some(prep.visit.id));
    assert!(view.conditions.iter().any(|(id, _, _)| id == "premature"));
    assert!(view.conditions.iter().any(|(id, _, _)| id == "first_visit"));
}

#[test]
fn a_schema_4_outbox_keeps_every_item_and_its_state_through_migration() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 4).unwrap();
    let payload = |n: u32| {
        let item = doorstep::sync::wire::ReflectionItem::new(
            "2026-W48",
            "2026.11.1+test",
            &["e".to_string()],
            &format!("Synthetic queued reflection {n}: [Mother] seen."),
        );
        (item.id.clone(), serde_json::to_string(&item).unwrap())
    };
    let (q1, p1) = payload(1);
    let (q2, p2) = payload(2);
    let (s1, ps) = payload(3);
    let (r1, pr) = payload(4);
    let conn = store.raw_connection();
    for (id, p, state, attempts, reason, at) in [
        (&q1, &p1, "queued", 2, None, "2026-11-20T10:00:00Z"),
        (&q2, &p2, "queued", 0, None, "2026-11-20T10:00:01Z"),
        (&s1, &ps, "sent", 1, None, "2026-11-19T09:00:00Z"),
        (
            &r1,
            &pr,
            "rejected",
            1,
            Some("holds a postcode"),
            "2026-11-19T09:00:01Z",
        ),
    ] {
        conn.execute(
            "INSERT INTO outbox (id, reflection_id, payload, queued_at, state, attempts, reason)
             VALUES (?1, '', ?2, ?3, ?4, ?5, ?6)",
            rusqlite::params![id, p, at, state, attempts, reason],
        )
        .unwrap();
    }
    drop(store);

    let store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let counts = store.outbox_counts().unwrap();
    assert_eq!((counts.queued, counts.sent, counts.rejected), (2, 1, 1));
    let batch = store.outbox_batch(10).unwrap();
    let ids: Vec<&str> = batch.iter().map(|q| q.item.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![q1.as_str(), q2.as_str()],
        "oldest first, only queued"
    );
    assert_eq!(batch[0].attempts, 2);
    assert_eq!(
        batch[0].item.text,
        "Synthetic queued reflection 1: [Mother] seen."
    );
    // Reading on from the first item's place gives the second and nothing else.
    let rest = store
        .outbox_batch_after(Some(batch[0].key.clone()), 10)
        .unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].item.id, q2);
    assert!(store.integrity_check().unwrap().is_empty());
}

#[test]
fn a_schema_5_store_keeps_its_reflections_readable_and_its_families_savable() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 5).unwrap();
    let conn = store.raw_connection();
    conn.execute_batch(
        "INSERT INTO households (id, display_name, flags, notes, created_at, updated_at)
           VALUES ('0190d5a0-0000-7000-8000-000000000001', 'Fixture: Trevelyan',
                   '[\"appears_well_resourced\",\"child_favoured\",\"premature\"]', '',
                   '2026-11-01T09:00:00Z', '2026-11-01T09:00:00Z');
         INSERT INTO reflections (id, household_id, visit_id, sections, themes, status,
                                  content_hash, created_at, updated_at, revision)
           VALUES ('0190d5a0-0000-7000-8000-000000000031', '0190d5a0-0000-7000-8000-000000000001',
                   NULL, '{\"seen-heard\":\"Old template text\",\"over-optimism\":\"Hoping for the best\",\"supervision\":\"Talk about nights\"}',
                   '[\"d\"]', 'draft', 'oldhash', '2026-11-02T09:00:00Z', '2026-11-02T09:00:00Z', 2);",
    )
    .unwrap();
    drop(store);

    let mut store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let id = uuid::Uuid::parse_str("0190d5a0-0000-7000-8000-000000000031").unwrap();
    let r = store.reflection(id).unwrap();
    // Every section keeps its text under the same id.
    assert_eq!(r.sections["seen-heard"], "Old template text");
    assert_eq!(r.sections["over-optimism"], "Hoping for the best");
    assert_eq!(r.sections["supervision"], "Talk about nights");
    // It was written with the first template: the sections added since were never asked.
    assert_eq!(r.template_version, "2026.11.1");
    assert_eq!(
        r.not_asked(content()),
        [
            "safe-sleep",
            "judgement",
            "actions",
            "core-group",
            "team-learning"
        ]
    );
    assert!(r.choices.is_empty());
    // The retired flags leave the record, so the family can be saved again.
    let hid = uuid::Uuid::parse_str("0190d5a0-0000-7000-8000-000000000001").unwrap();
    let mut h = store.household(hid).unwrap();
    assert_eq!(
        h.flags.iter().map(String::as_str).collect::<Vec<_>>(),
        ["premature"]
    );
    store.save_household(&mut h, content()).unwrap();
    // The old draft can be finished with the new template's questions.
    let mut r = r;
    r.choices.insert("decision".into(), "lead".into());
    store.save_reflection(&mut r, content()).unwrap();
    let back = store.reflection(id).unwrap();
    assert_eq!(back.choices["decision"], "lead");
    assert_eq!(
        back.template_version, "2026.11.1",
        "kept: it is when it was begun"
    );
    assert!(store.integrity_check().unwrap().is_empty());
}

#[test]
fn a_reflection_answer_must_be_one_the_template_offers() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    let mut r = store.reflection_for_visit(content(), h.id, None).unwrap();
    assert_eq!(r.template_version, content().reflection.version);
    assert!(r.not_asked(content()).is_empty());
    r.choices.insert("decision".into(), "maybe".into());
    assert!(store.save_reflection(&mut r, content()).is_err());
    // The question the template no longer asks ("Escalate?" became the decision).
    r.choices.clear();
    r.choices.insert("escalate".into(), "yes".into());
    assert!(store.save_reflection(&mut r, content()).is_err());
    r.choices.clear();
    r.choices.insert("weather".into(), "yes".into());
    assert!(store.save_reflection(&mut r, content()).is_err());
    r.choices.clear();
    r.choices.insert("safe-tonight".into(), "no".into());
    r.sections
        .insert("judgement".into(), "Dad drinks at weekends".into());
    store.save_reflection(&mut r, content()).unwrap();
    let text = store.reflection(r.id).unwrap().shareable_text(content());
    assert!(
        text.contains("My judgement\nIs this baby safe tonight? No\nDad drinks at weekends"),
        "{text}"
    );
}

#[test]
fn a_schema_6_store_keeps_its_replies_through_the_rename() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let server = uuid::Uuid::now_v7();
    let item = uuid::Uuid::new_v4();
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 6).unwrap();
    store
        .raw_connection()
        .execute(
            "INSERT INTO feedback (server, seq, item_id, reflection_id, text, at, received_at, read)
             VALUES (?1, 1, ?2, NULL, 'Seen and read.', '2026-11-20T10:00:00Z', '2026-11-20T10:01:00Z', 1),
                    (?1, 2, ?2, NULL, 'Not read yet.', '2026-11-21T10:00:00Z', '2026-11-21T10:01:00Z', 0)",
            rusqlite::params![server.to_string(), item.to_string()],
        )
        .unwrap();
    drop(store);

    let mut store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(store.unread_replies().unwrap(), 1);
    // Pulling the same replies again adds nothing: they are known by server and sequence.
    let again = doorstep::store::PulledReply {
        number: 2,
        item_id: item,
        text: "Not read yet.".into(),
        at: "2026-11-21T10:00:00Z".into(),
        author: String::new(),
        edited: false,
        withdrawn: false,
    };
    assert_eq!(store.store_replies(server, &[again], 2).unwrap(), 0);
    assert_eq!(store.unread_replies().unwrap(), 1);
    assert!(store.integrity_check().unwrap().is_empty());
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn the_folder_and_every_file_are_the_owners_alone_and_widened_ones_are_repaired() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    let path = folder.join("doorstep.db");
    let mut store = new_store(&path);
    store
        .save_household(&mut planted_household(), content())
        .unwrap();
    // The WAL and shared-memory files exist while the store is open.
    let present: Vec<PathBuf> = sidecars(&path).into_iter().filter(|p| p.exists()).collect();
    assert!(present.len() >= 4, "{present:?}");
    assert_eq!(mode(&folder), 0o700);
    for p in &present {
        assert_eq!(mode(p), 0o600, "{}", p.display());
    }
    drop(store);
    // A copy or a restore widened them: the next open puts them back.
    std::fs::set_permissions(&folder, std::fs::Permissions::from_mode(0o755)).unwrap();
    for p in sidecars(&path).iter().filter(|p| p.exists()) {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let store = Store::open(&path, PASS).unwrap();
    assert_eq!(mode(&folder), 0o700);
    for p in sidecars(&path).iter().filter(|p| p.exists()) {
        assert_eq!(mode(p), 0o600, "{}", p.display());
    }
    drop(store);
}

fn edit_header(path: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let hp = format!("{}.header", path.display());
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&hp).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&hp, serde_json::to_vec(&v).unwrap()).unwrap();
}

#[test]
fn a_header_asking_for_more_than_a_phone_can_give_is_refused_as_tampered() {
    // More than the app writes for a device (128 MiB, 3 passes, 1 lane), or less than the least.
    for (field, value) in [
        ("m_cost", 128 * 1024 + 1),
        ("m_cost", 1024 * 1024),
        ("t_cost", 4),
        ("t_cost", 10),
        ("p_cost", 2),
        ("m_cost", 8),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let path = db_in(&dir);
        drop(new_store(&path));
        edit_header(&path, |v| v["params"][field] = value.into());
        let started = std::time::Instant::now();
        let err = Store::open(&path, PASS).unwrap_err();
        assert!(
            matches!(err, StoreError::Tampered),
            "{field}={value}: {err:?}"
        );
        // Refused before any derivation (a 1 GiB Argon2 run takes seconds).
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
    }
}

#[test]
fn a_version_1_store_opens_and_is_bound_to_the_device_on_the_next_unlock() {
    use doorstep::secrets::MemorySecretStore;
    use doorstep::store::Protection;
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = new_store(&path);
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    drop(store);
    // What a store made before device secrets looks like.
    edit_header(&path, |v| {
        v["version"] = 1.into();
        v.as_object_mut().unwrap().remove("protection");
    });
    let device = MemorySecretStore::default();
    let store = Store::open_on_device(&path, PASS, &device).unwrap();
    assert_eq!(store.household(h.id).unwrap().display_name, h.display_name);
    drop(store);
    assert!(matches!(
        Store::protection(&path).unwrap(),
        Protection::DeviceSecret { .. }
    ));
    // Now the files alone are not enough, even with the right passphrase.
    assert!(matches!(
        Store::open_on_device(&path, PASS, &MemorySecretStore::default()),
        Err(StoreError::OtherDevice)
    ));
    assert!(matches!(
        Store::open(&path, PASS),
        Err(StoreError::Keychain(_))
    ));
    let store = Store::open_on_device(&path, PASS, &device).unwrap();
    assert!(store.integrity_check().unwrap().is_empty());
}

#[test]
fn a_current_passphrase_only_store_with_a_pin_is_bound_once_a_keychain_is_there() {
    // What `doorstep demo --db` used to make: the current format, a 6-digit PIN, no device
    // secret (a copy could be searched offline in hours). Opened where a keychain answers, it
    // is bound to it.
    use doorstep::secrets::MemorySecretStore;
    use doorstep::store::Protection;
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let mut store = Store::create(&path, "583920", KdfParams::TESTING).unwrap();
    let mut h = planted_household();
    store.save_household(&mut h, content()).unwrap();
    drop(store);
    assert_eq!(Store::protection(&path).unwrap(), Protection::Passphrase);
    let device = MemorySecretStore::default();
    drop(Store::open_on_device(&path, "583920", &device).unwrap());
    assert!(matches!(
        Store::protection(&path).unwrap(),
        Protection::DeviceSecret { .. }
    ));
    assert!(matches!(
        Store::open(&path, "583920"),
        Err(StoreError::Keychain(_))
    ));
    let store = Store::open_on_device(&path, "583920", &device).unwrap();
    assert_eq!(store.household(h.id).unwrap().display_name, h.display_name);
}

#[test]
fn without_a_keychain_set_up_needs_a_passphrase_that_stands_alone() {
    use doorstep::secrets::MemorySecretStore;
    use doorstep::store::Protection;
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    assert!(matches!(
        Store::create_on_device(&path, "583920", KdfParams::TESTING, &NoSecretStore),
        Err(StoreError::Weak(_))
    ));
    assert!(
        !Store::exists(&path),
        "a refused set-up leaves nothing behind"
    );
    let (_, p) =
        Store::create_on_device(&path, NEW_PASS, KdfParams::TESTING, &NoSecretStore).unwrap();
    assert_eq!(p, Protection::Passphrase);
    let dir2 = tempfile::tempdir().unwrap();
    let (_, p) = Store::create_on_device(
        &db_in(&dir2),
        "583920",
        KdfParams::TESTING,
        &MemorySecretStore::default(),
    )
    .unwrap();
    assert!(matches!(p, Protection::DeviceSecret { .. }));
}

mod unlock_attempts {
    use super::*;
    use doorstep::secrets::{MemorySecretStore, SecretStore};
    use doorstep::store::{Attempts, LockoutPolicy, Protection, attempts};
    use std::time::{Duration, SystemTime};

    const PIN: &str = "583920";

    fn bound_store(dir: &tempfile::TempDir, secrets: &MemorySecretStore) -> PathBuf {
        let path = db_in(dir);
        let (mut store, _) =
            Store::create_on_device(&path, PIN, KdfParams::TESTING, secrets).unwrap();
        store
            .save_household(&mut planted_household(), content())
            .unwrap();
        path
    }

    fn try_at(
        path: &Path,
        pin: &str,
        s: &MemorySecretStore,
        t: SystemTime,
    ) -> Result<Store, StoreError> {
        attempts::open_limited(path, pin, s, &LockoutPolicy::default(), t)
    }

    #[test]
    fn wrong_current_passphrases_while_unlocked_are_counted_like_unlocks() {
        use doorstep::service::session::{self, Device, SessionError};
        let dir = tempfile::tempdir().unwrap();
        let secrets = std::sync::Arc::new(MemorySecretStore::default());
        let device = Device::new(
            dir.path().to_path_buf(),
            KdfParams::TESTING,
            secrets.clone(),
        );
        let path = device.db_path();
        let (store, _) =
            Store::create_on_device(&path, PIN, KdfParams::TESTING, &*secrets).unwrap();
        let mut slot = Some(store);
        let t0 = SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000);
        let change = |slot: &mut Option<Store>, current: &str, t: SystemTime| {
            session::change_passphrase(&device, slot, current, "462819", t)
        };
        // A wrong current passphrase is a counted try: the count rises and, from the fifth, the
        // next try must wait, as at the unlock screen.
        for n in 1..=4u64 {
            let e = change(&mut slot, "111112", t0 + Duration::from_secs(n)).unwrap_err();
            assert!(
                matches!(
                    e,
                    SessionError::Store(StoreError::WrongWithTriesLeft { .. })
                ),
                "{n}: {e:?}"
            );
            assert_eq!(Attempts::load(&path, &*secrets).failures, n as u32);
        }
        // The right one resets the count, and the change is made.
        change(&mut slot, PIN, t0 + Duration::from_secs(5)).unwrap();
        assert_eq!(Attempts::load(&path, &*secrets).failures, 0);
        // Guessing on: a wait, then at the tenth wrong try the store is erased and locked.
        let mut t = t0 + Duration::from_secs(10);
        let mut erased = false;
        for _ in 0..10 {
            t += Duration::from_secs(3600);
            match change(&mut slot, "111112", t) {
                Err(SessionError::Store(StoreError::Erased)) => {
                    erased = true;
                    break;
                }
                Err(SessionError::Store(
                    StoreError::WrongWithTriesLeft { .. } | StoreError::TryLater { .. },
                )) => {}
                other => panic!("{other:?}"),
            }
        }
        assert!(erased, "ten wrong current passphrases erase the store");
        assert!(slot.is_none(), "locked");
        assert!(!Store::exists(&path));
        // Too soon after a failure: refused before any derivation.
        let dir2 = tempfile::tempdir().unwrap();
        let device2 = Device::new(
            dir2.path().to_path_buf(),
            KdfParams::TESTING,
            secrets.clone(),
        );
        let (store, _) =
            Store::create_on_device(&device2.db_path(), PIN, KdfParams::TESTING, &*secrets)
                .unwrap();
        let mut slot = Some(store);
        for n in 0..5 {
            let _ = session::change_passphrase(
                &device2,
                &mut slot,
                "111112",
                "462819",
                t0 + Duration::from_secs(n),
            );
        }
        let e = session::change_passphrase(
            &device2,
            &mut slot,
            PIN,
            "462819",
            t0 + Duration::from_secs(6),
        )
        .unwrap_err();
        assert!(
            matches!(e, SessionError::Store(StoreError::TryLater { .. })),
            "{e:?}"
        );
    }

    #[test]
    fn waits_grow_after_five_and_a_right_pin_after_the_wait_resets_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound_store(&dir, &secrets);
        let t0 = SystemTime::now();
        // Each wrong try says how many remain, from the first.
        for n in 1..=4u32 {
            let err = try_at(&path, "111112", &secrets, t0).err().unwrap();
            assert!(
                matches!(
                    err,
                    StoreError::WrongWithTriesLeft { tries_left, wait_seconds: 0 } if tries_left == 10 - n
                ),
                "{err:?}"
            );
        }
        // The fifth failure: 30 s to wait.
        let err = try_at(&path, "111112", &secrets, t0).err().unwrap();
        assert!(
            matches!(
                err,
                StoreError::WrongWithTriesLeft {
                    tries_left: 5,
                    wait_seconds: 30,
                }
            ),
            "{err:?}"
        );
        // Even the right PIN is refused during the wait, and the refusal is not counted.
        let err = try_at(&path, PIN, &secrets, t0 + Duration::from_secs(10))
            .err()
            .unwrap();
        assert!(
            matches!(
                err,
                StoreError::TryLater {
                    wait_seconds: 20,
                    ..
                }
            ),
            "{err:?}"
        );
        assert_eq!(Attempts::load(&path, &secrets).failures, 5);
        // The count is in a file: a "restart" (a fresh load) keeps it.
        assert_eq!(
            Attempts::load(&path, &secrets).wait_left(&LockoutPolicy::default(), t0),
            Duration::from_secs(30)
        );
        // After the wait, the right PIN opens it and the count starts again.
        let store = try_at(&path, PIN, &secrets, t0 + Duration::from_secs(31)).unwrap();
        assert!(store.integrity_check().unwrap().is_empty());
        drop(store);
        assert_eq!(Attempts::load(&path, &secrets).failures, 0);
    }

    #[test]
    fn ten_wrong_in_a_row_erase_the_secret_first_and_then_every_file() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound_store(&dir, &secrets);
        let Protection::DeviceSecret { id } = Store::protection(&path).unwrap() else {
            panic!("not bound")
        };
        let mut t = SystemTime::now();
        let mut warnings = Vec::new();
        for n in 1..=10u32 {
            t += Duration::from_secs(3600);
            match try_at(&path, "111112", &secrets, t) {
                Err(StoreError::WrongWithTriesLeft { tries_left, .. }) => {
                    warnings.push((n, tries_left))
                }
                Err(StoreError::Erased) => assert_eq!(n, 10),
                other => panic!("try {n}: {other:?}"),
            }
        }
        // From the first failure, each wrong try says how many remain.
        assert_eq!(warnings, (1..=9).map(|n| (n, 10 - n)).collect::<Vec<_>>());
        assert!(
            secrets.get(&id).unwrap().is_none(),
            "the device secret is still there"
        );
        for p in sidecars(&path) {
            assert!(!p.exists(), "{} left behind", p.display());
        }
        assert!(!PathBuf::from(format!("{}.attempts", path.display())).exists());
        assert!(matches!(
            try_at(&path, PIN, &secrets, t),
            Err(StoreError::NotFound)
        ));
    }

    #[test]
    fn with_the_erase_turned_off_failures_only_wait() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound_store(&dir, &secrets);
        attempts::set_erase_enabled(&path, &secrets, false).unwrap();
        let mut t = SystemTime::now();
        for _ in 0..12 {
            t += Duration::from_secs(3600);
            let err = try_at(&path, "111112", &secrets, t).err().unwrap();
            assert!(!matches!(err, StoreError::Erased));
        }
        t += Duration::from_secs(3600);
        assert!(try_at(&path, PIN, &secrets, t).is_ok());
        assert_eq!(Attempts::load(&path, &secrets).failures, 0);
        assert!(
            !Attempts::load(&path, &secrets).erase_enabled,
            "turning it off survives a success"
        );
    }
}

mod clock_and_damage {
    use super::*;
    use doorstep::secrets::MemorySecretStore;
    use doorstep::store::{Attempts, LockoutPolicy, attempts};
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_clock_set_back_does_not_stretch_the_wait_and_a_damaged_count_does_not_reset_it() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = db_in(&dir);
        drop(Store::create_on_device(&path, "583920", KdfParams::TESTING, &secrets).unwrap());
        let policy = LockoutPolicy::default();
        let t0 = SystemTime::now();
        for _ in 0..5 {
            let _ = attempts::open_limited(&path, "111112", &secrets, &policy, t0);
        }
        // The clock goes back a day: the wait is 30 s from now, not a day and 30 s.
        let back = t0 - Duration::from_secs(86_400);
        let err = attempts::open_limited(&path, "583920", &secrets, &policy, back)
            .err()
            .unwrap();
        assert!(
            matches!(
                err,
                StoreError::TryLater {
                    wait_seconds: 30,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(
            attempts::open_limited(
                &path,
                "583920",
                &secrets,
                &policy,
                back + Duration::from_secs(31)
            )
            .is_ok()
        );
        // A damaged count file counts as five failures: the next wrong try waits.
        std::fs::write(format!("{}.attempts", path.display()), b"{ damaged").unwrap();
        assert_eq!(Attempts::load(&path, &secrets).failures, 5);
        let err = attempts::open_limited(&path, "111112", &secrets, &policy, t0)
            .err()
            .unwrap();
        assert!(
            matches!(
                err,
                StoreError::WrongWithTriesLeft {
                    tries_left: 4,
                    wait_seconds: 60
                }
            ),
            "{err:?}"
        );
    }
}

#[test]
fn sharing_sends_the_signals_that_held_and_the_review_lists_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let mut h = Household::new("Synthetic Signalfamily");
    h.members = vec![
        Member::new("Mum Synth", Role::Mother, Residence::LivesHere),
        Member::new("Partner Synth", Role::Partner, Residence::LivesHere),
        Member::new("Baby Synth", Role::Baby, Residence::LivesHere),
    ];
    store.save_household(&mut h, content()).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    // The partner was not seen; the sleep space was seen.
    let mut v = Visit::new(h.id, day, VisitKind::Routine, &content().hash);
    v.status = VisitStatus::Done;
    v.seen = [h.members[0].id, h.members[2].id].into_iter().collect();
    v.sleep_space_seen = Some(true);
    store.save_visit(&mut v).unwrap();
    let mut r = Reflection::new(h.id, Some(v.id), content());
    r.sections
        .insert("worries".into(), "The partner was out again.".into());
    r.choices.insert("hopeful".into(), "yes".into());
    store.save_reflection(&mut r, content()).unwrap();

    let decisions = Default::default();
    let review =
        doorstep::service::sharing::review(&store, content(), r.id, &decisions, day).unwrap();
    let labels: Vec<&str> = review
        .signals
        .iter()
        .map(|s| s.label.text.as_str())
        .collect();
    assert_eq!(
        labels,
        [
            "A father or partner on the record was not seen",
            "The practitioner wondered if they were more hopeful than the facts allow"
        ]
    );
    // A signal's Welsh, where the pack has it, goes to the review beside the English.
    let mut welsh = content().clone();
    for s in welsh.reflection.signals.iter_mut() {
        if s.id == "partner-not-seen" {
            s.cy.insert("label".into(), "Ni welwyd tad neu bartner".into());
        }
    }
    let in_welsh = doorstep::service::sharing::review(&store, &welsh, r.id, &decisions, day)
        .unwrap()
        .signals;
    let cy: Vec<Option<&str>> = in_welsh.iter().map(|s| s.label.cy.as_deref()).collect();
    assert_eq!(cy, [Some("Ni welwyd tad neu bartner"), None]);
    doorstep::service::sharing::confirm(&mut store, content(), r.id, &decisions, day).unwrap();
    let payload: String = store
        .raw_connection()
        .query_row("SELECT payload FROM outbox", [], |row| row.get(0))
        .unwrap();
    let item: serde_json::Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(
        item["signals"],
        serde_json::json!(["partner-not-seen", "over-optimism"]),
        "the ids alone: {item}"
    );
}

/// What is outstanding, in the English the command line uses.
fn english(gaps: &[Gap]) -> Vec<String> {
    gaps.iter().map(Gap::english).collect()
}

#[test]
fn a_schema_12_family_keeps_everything_and_gains_the_new_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 12).unwrap();
    let hid = "0190d5a0-0000-7000-8000-0000000000a1";
    let conn = store.raw_connection();
    conn.execute_batch(&format!(
        "INSERT INTO households (id, display_name, flags, notes, created_at, updated_at)
         VALUES ('{hid}', 'Fixture: Trevose', '[\"smoker_in_home\"]', 'kept note',
                 '2026-10-01T09:00:00Z', '2026-10-01T09:00:00Z');
         INSERT INTO members (id, household_id, position, name, aliases, role, dob,
                              approx_age_years, residence, caring_role, notes, added_at)
         VALUES ('0190d5a0-0000-7000-8000-0000000000b1', '{hid}', 0, 'Fixture Mum', '[]',
                 'mother', NULL, 30, 'lives_here', 1, '', '2026-10-01T09:00:00Z'),
                ('0190d5a0-0000-7000-8000-0000000000b2', '{hid}', 1, 'Fixture Baby', '[]',
                 'baby', '2026-09-20', NULL, 'lives_here', 0, '', '2026-10-01T09:00:00Z');
         INSERT INTO visits (id, household_id, date, kind, status, present, seen,
                             sleep_space_seen, older_children_spoken_to, notes, content_hash,
                             created_at, updated_at, time)
         VALUES ('0190d5a0-0000-7000-8000-0000000000c1', '{hid}', '2026-10-02', 'new_birth',
                 'done', '[\"0190d5a0-0000-7000-8000-0000000000b1\"]',
                 '[\"0190d5a0-0000-7000-8000-0000000000b1\"]', 1, NULL, 'visit note', 'h',
                 '2026-10-02T10:00:00Z', '2026-10-02T10:00:00Z', '10:30');
         INSERT INTO answers (visit_id, position, prompt_id, state, note)
         VALUES ('0190d5a0-0000-7000-8000-0000000000c1', 0, 'e-see-sleep-space', 'answered',
                 'cot seen');"
    ))
    .unwrap();
    drop(store);

    let mut store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let id = uuid::Uuid::parse_str(hid).unwrap();
    let mut h = store.household(id).unwrap();
    assert_eq!(h.display_name, "Fixture: Trevose");
    assert_eq!(h.notes, "kept note");
    assert!(h.flags.contains("smoker_in_home"));
    assert_eq!(h.members.len(), 2);
    assert!(h.members[0].caring_role);
    assert_eq!(h.members[1].gestation_weeks, None);
    assert_eq!(h.members[1].birth_weight, None);
    let visits = store.visits(id).unwrap();
    assert_eq!(visits.len(), 1);
    let v = &visits[0];
    assert_eq!(v.notes, "visit note");
    assert_eq!(v.time.as_deref(), Some("10:30"));
    assert_eq!(v.sleep_space_seen, Some(true));
    assert_eq!(v.answers[0].note, "cot seen");
    assert_eq!(v.mother_seen_alone, None);
    assert!(v.babies.is_empty());
    // The chronology shows what was on the record before changes were kept.
    let entries = doorstep::service::families::chronology_of(&store, content(), id).unwrap();
    assert!(entries.iter().any(|e| e.words.kind == "visit_done"));
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.words.kind == "member_added")
            .count(),
        2
    );
    // The new records save and read back, and a change to the record is kept.
    h.members[1].gestation_weeks = Some(34);
    h.members[1].birth_weight = Some(doorstep::growth::Weight {
        grams: 2300,
        centile: Some(doorstep::growth::Centile::C9),
    });
    h.flags.remove("smoker_in_home");
    store.save_household(&mut h, content()).unwrap();
    let back = store.household(id).unwrap();
    assert_eq!(back.members[1].gestation_weeks, Some(34));
    assert_eq!(back.members[1].birth_weight.unwrap().grams, 2300);
    let events = store.household_events(id).unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].subject, "smoker_in_home");
    let mut v = visits[0].clone();
    v.mother_seen_alone = Some(doorstep::visit::SeenAlone::NotPossible);
    v.seen_alone_why = "partner stayed in the room".to_string();
    let mut check = doorstep::visit::BabyCheck::new(back.members[1].id);
    check.mobility = Some(doorstep::visit::Mobility::Rolling);
    check.injuries.push(doorstep::visit::Injury {
        kind: doorstep::visit::InjuryKind::Mark,
        site: "forearm".to_string(),
        explanation: "caught on the cot".to_string(),
        explained_by: "mother".to_string(),
        action: "photographed, discussed with the lead".to_string(),
    });
    v.babies.push(check);
    store.save_visit(&mut v).unwrap();
    assert_eq!(store.visits(id).unwrap()[0], v);
    assert!(store.integrity_check().unwrap().is_empty());
}

/// A reflection with its answers to the judgement and the decision.
fn judged(store: &mut Store, safe: &str, decision: &str) -> Reflection {
    let mut h = Household::new("Fixture: Pendragon-Okoro family");
    store.save_household(&mut h, content()).unwrap();
    let mut r = store.reflection_for_visit(content(), h.id, None).unwrap();
    r.sections.insert(
        "worries".into(),
        "The baby slept on the sofa with dad.".into(),
    );
    r.choices.insert("safe-tonight".into(), safe.into());
    r.choices.insert("decision".into(), decision.into());
    store.save_reflection(&mut r, content()).unwrap();
    r
}

fn action(what: &str, who: &str, due: Option<NaiveDate>) -> doorstep::reflection::Action {
    doorstep::reflection::Action {
        id: uuid::Uuid::new_v4(),
        what: what.into(),
        who: who.into(),
        due,
        done_on: None,
    }
}

#[test]
fn not_safe_tonight_or_an_escalation_cannot_be_finished_or_shared_without_an_action() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    // Each answer that opens a step of the escalation card asks for an action; the routine
    // ones do not.
    for (safe, decision, asks) in [
        ("no", "none", true),
        ("not-sure", "none", true),
        ("yes", "lead", true),
        ("yes", "referral", true),
        ("yes", "emergency", true),
        ("yes", "none", false),
    ] {
        let mut r = judged(&mut store, safe, decision);
        assert_eq!(r.needs_action(content()), asks, "{safe}/{decision}");
        r.status = ReflectionStatus::Ready;
        let saved = store.save_reflection(&mut r, content());
        if asks {
            assert!(
                matches!(
                    saved,
                    Err(StoreError::Reflection(ReflectionError::ActionNeeded))
                ),
                "{safe}/{decision}: {saved:?}"
            );
            // Nor can it be shared without one.
            r.status = ReflectionStatus::Draft;
            let shared = doorstep::service::sharing::review(
                &store,
                content(),
                r.id,
                &Default::default(),
                day,
            );
            assert!(shared.is_err(), "{safe}/{decision}");
            // An action with nothing in "what" is not an action.
            r.actions.push(action("  ", "me", None));
            r.status = ReflectionStatus::Ready;
            assert!(store.save_reflection(&mut r, content()).is_err());
            r.actions[0].what = "Ring the safeguarding lead".into();
            store.save_reflection(&mut r, content()).unwrap();
        } else {
            saved.unwrap();
        }
    }
}

#[test]
fn actions_are_listed_until_done_overdue_first_and_travel_as_dates_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let mut r = judged(&mut store, "not-sure", "referral");
    let yesterday = day.pred_opt().unwrap();
    let friday = NaiveDate::from_ymd_opt(2026, 12, 11).unwrap();
    r.actions = vec![
        action("Evening visit to meet the partner", "Me", Some(friday)),
        action(
            "Refer to the front door by phone",
            "Me and the lead",
            Some(yesterday),
        ),
        action("Ask the GP about dad's drinking", "", None),
    ];
    r.status = ReflectionStatus::Ready;
    store.save_reflection(&mut r, content()).unwrap();
    let listed = doorstep::service::reflections::open_actions(&store, None, day).unwrap();
    let whats: Vec<(&str, bool)> = listed
        .iter()
        .map(|a| (a.open.action.what.as_str(), a.overdue))
        .collect();
    assert_eq!(
        whats,
        [
            ("Refer to the front door by phone", true),
            ("Evening visit to meet the partner", false),
            ("Ask the GP about dad's drinking", false)
        ]
    );
    assert_eq!(listed[0].open.family, "Fixture: Pendragon-Okoro family");
    // One family's list holds only its own.
    let other = judged(&mut store, "yes", "none");
    assert!(
        doorstep::service::reflections::open_actions(&store, Some(other.household_id), day)
            .unwrap()
            .is_empty()
    );

    // Shared: the judgement, the decision and the due dates go as ids and dates; the actions'
    // words only in the reviewed text, never their dates.
    let review =
        doorstep::service::sharing::confirm(&mut store, content(), r.id, &Default::default(), day)
            .unwrap();
    assert!(
        review
            .preview
            .contains("- Refer to the front door by phone (Me and the lead)"),
        "{}",
        review.preview
    );
    assert!(!review.preview.contains("2026-12-11"), "{}", review.preview);
    let payload: String = store
        .raw_connection()
        .query_row("SELECT payload FROM outbox", [], |row| row.get(0))
        .unwrap();
    let item: serde_json::Value = serde_json::from_str(&payload).unwrap();
    assert_eq!(item["judgement"], "not-sure");
    assert_eq!(item["decision"], "referral");
    assert_eq!(
        item["actions_due"],
        serde_json::json!(["2026-12-06", "2026-12-11"]),
        "the undated action sends no date: {item}"
    );

    // After sharing, an action can still be marked done (only its state changes).
    let first = listed[0].open.action.id;
    doorstep::service::reflections::action_done(&mut store, r.id, first, true, day).unwrap();
    let left = doorstep::service::reflections::open_actions(&store, None, day).unwrap();
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|a| a.open.action.id != first));
    let kept = store.reflection(r.id).unwrap();
    assert_eq!(kept.status, ReflectionStatus::Shared);
    assert_eq!(kept.actions[1].done_on, Some(day));
    // And undone.
    doorstep::service::reflections::action_done(&mut store, r.id, first, false, day).unwrap();
    assert_eq!(
        doorstep::service::reflections::open_actions(&store, None, day)
            .unwrap()
            .len(),
        3
    );
    // The chronology has the judgement as a concern and each action on its due day.
    doorstep::service::reflections::action_done(&mut store, r.id, first, true, day).unwrap();
    let entries =
        doorstep::service::families::chronology_of(&store, content(), r.household_id).unwrap();
    let text = doorstep::chronology::as_text(&entries);
    assert!(
        text.contains("06/12/2026 Action: Refer to the front door by phone (Me and the lead), due 06/12/2026; done on 07/12/2026"),
        "{text}"
    );
    assert!(
        text.contains("11/12/2026 Action: Evening visit to meet the partner (Me), due 11/12/2026"),
        "{text}"
    );
    assert!(
        text.contains("Action: Ask the GP about dad's drinking"),
        "{text}"
    );
    let judged = entries
        .iter()
        .find(|e| e.kind == doorstep::chronology::EntryKind::Reflection)
        .unwrap();
    assert!(judged.concern, "not sure tonight, referred: a concern");
    doorstep::service::reflections::action_done(&mut store, r.id, first, false, day).unwrap();
    // An action that is not there is an error, not a silent nothing.
    assert!(
        doorstep::service::reflections::action_done(
            &mut store,
            r.id,
            uuid::Uuid::new_v4(),
            true,
            day
        )
        .is_err()
    );
}

#[test]
fn a_schema_13_draft_loses_the_retired_escalate_answer_and_a_shared_one_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_in(&dir);
    let store = Store::create_with_schema(&path, PASS, KdfParams::TESTING, 13).unwrap();
    store
        .raw_connection()
        .execute_batch(
            "INSERT INTO households (id, display_name, flags, notes, created_at, updated_at)
               VALUES ('0190d5a0-0000-7000-8000-0000000000b1', 'Fixture: Amberley', '[]', '',
                       '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z');
             INSERT INTO reflections (id, household_id, visit_id, sections, themes, status,
                                      content_hash, created_at, updated_at, revision,
                                      template_version, choices)
               VALUES ('0190d5a0-0000-7000-8000-0000000000b2', '0190d5a0-0000-7000-8000-0000000000b1',
                       NULL, '{}', '[]', 'draft', 'h', '2026-12-02T09:00:00Z',
                       '2026-12-02T09:00:00Z', 1, '2026.12.2',
                       '{\"escalate\":\"yes\",\"safe-tonight\":\"no\"}'),
                      ('0190d5a0-0000-7000-8000-0000000000b3', '0190d5a0-0000-7000-8000-0000000000b1',
                       NULL, '{}', '[]', 'shared', 'h', '2026-12-02T09:00:00Z',
                       '2026-12-02T09:00:00Z', 1, '2026.12.2', '{\"escalate\":\"yes\"}');",
        )
        .unwrap();
    drop(store);
    let mut store = Store::open(&path, PASS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let id = |s: &str| uuid::Uuid::parse_str(s).unwrap();
    let mut draft = store
        .reflection(id("0190d5a0-0000-7000-8000-0000000000b2"))
        .unwrap();
    assert_eq!(
        draft.choices.keys().map(String::as_str).collect::<Vec<_>>(),
        ["safe-tonight"]
    );
    assert!(draft.actions.is_empty());
    // The draft saves again under the new template (it asks for an action when finished).
    store.save_reflection(&mut draft, content()).unwrap();
    let shared = store
        .reflection(id("0190d5a0-0000-7000-8000-0000000000b3"))
        .unwrap();
    assert_eq!(shared.choices["escalate"], "yes");
    assert!(store.integrity_check().unwrap().is_empty());
}

#[test]
fn a_familys_shared_reflections_carry_one_random_key_until_a_new_one_or_linking_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = new_store(&db_in(&dir));
    let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let share = |store: &mut Store, r: &Reflection| -> serde_json::Value {
        let review =
            doorstep::service::sharing::confirm(store, content(), r.id, &Default::default(), day)
                .unwrap();
        let payload: String = store
            .raw_connection()
            .query_row(
                "SELECT payload FROM outbox WHERE reflection_id = ?1",
                [r.id.to_string()],
                |row| row.get(0),
            )
            .unwrap();
        let mut item: serde_json::Value = serde_json::from_str(&payload).unwrap();
        item["linked_on_review"] = serde_json::json!(review.linked);
        item
    };
    let first = judged(&mut store, "yes", "none");
    let h = first.household_id;
    assert_eq!(
        store.case_link(h).unwrap(),
        doorstep::store::CaseLink {
            linked: true,
            has_key: false
        }
    );
    let a = share(&mut store, &first);
    let key = a["case_key"].as_str().unwrap().to_string();
    assert_eq!(key.len(), 32);
    assert!(doorstep::sync::wire::valid_case_key(&key));
    // Nothing of the family is in it: not its id, not its name.
    assert!(!key.contains(&h.simple().to_string()[..8]));
    assert_eq!(a["linked_on_review"], true);
    // The family's next reflection carries the same key; another family's a different one.
    let mut second = store.reflection_for_visit(content(), h, None).unwrap();
    second
        .sections
        .insert("worries".into(), "Still not seen.".into());
    store.save_reflection(&mut second, content()).unwrap();
    assert_eq!(share(&mut store, &second)["case_key"], key.as_str());
    let other = judged(&mut store, "yes", "none");
    let other_key = share(&mut store, &other)["case_key"].clone();
    assert_ne!(other_key, key.as_str());
    // A new key: what is shared next is not linked to what went before.
    doorstep::service::families::new_case_key(&store, h).unwrap();
    let mut third = store.reflection_for_visit(content(), h, None).unwrap();
    third
        .sections
        .insert("worries".into(), "A new start.".into());
    store.save_reflection(&mut third, content()).unwrap();
    let new_key = share(&mut store, &third)["case_key"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(new_key, key);
    // Linking off: no key at all, and the review says so.
    doorstep::service::families::set_case_link(&store, h, false).unwrap();
    let mut fourth = store.reflection_for_visit(content(), h, None).unwrap();
    fourth.sections.insert("worries".into(), "Unlinked.".into());
    store.save_reflection(&mut fourth, content()).unwrap();
    let d = share(&mut store, &fourth);
    assert!(d.get("case_key").is_none(), "{d}");
    assert_eq!(d["linked_on_review"], false);
    assert!(!store.case_link(h).unwrap().linked);
    // The family's own record (what the forms edit) never holds the key.
    let record = serde_json::to_string(&store.household(h).unwrap()).unwrap();
    assert!(!record.contains(&new_key));
}

/// Issue 33, item 3: the count of failed tries cannot be reset, lowered or switched off by
/// editing the store's folder, and nothing put in the counter's place blocks the right PIN.
mod a_tampered_counter {
    use super::*;
    use doorstep::secrets::{MemorySecretStore, NoSecretStore, SecretStore};
    use doorstep::store::{Attempts, LockoutPolicy, Protection, attempts};
    use std::time::{Duration, SystemTime};

    const PIN: &str = "583920";
    const WRONG: &str = "111112";

    fn bound(dir: &tempfile::TempDir, secrets: &MemorySecretStore) -> PathBuf {
        let path = db_in(dir);
        drop(Store::create_on_device(&path, PIN, KdfParams::TESTING, secrets).unwrap());
        path
    }

    fn counter(path: &Path) -> PathBuf {
        PathBuf::from(format!("{}.attempts", path.display()))
    }

    /// One try an hour after the last (no wait in the way).
    fn try_at(
        path: &Path,
        pin: &str,
        s: &dyn SecretStore,
        t: &mut SystemTime,
    ) -> Result<Store, StoreError> {
        *t += Duration::from_secs(3600);
        attempts::open_limited(path, pin, s, &LockoutPolicy::default(), *t)
    }

    /// Wrong tries until the store is erased, tampering with the folder before each one;
    /// how many tries it took.
    fn tries_until_erased(
        path: &Path,
        secrets: &dyn SecretStore,
        mut tamper: impl FnMut(u32),
    ) -> u32 {
        let mut t = SystemTime::now();
        for n in 1..=14u32 {
            tamper(n);
            match try_at(path, WRONG, secrets, &mut t) {
                Err(StoreError::Erased) => return n,
                Err(StoreError::WrongWithTriesLeft { .. } | StoreError::TryLater { .. }) => {}
                other => panic!("try {n}: {other:?}"),
            }
        }
        panic!("fourteen wrong tries and the store is still there");
    }

    #[test]
    fn deleting_or_rolling_back_the_count_file_does_not_reset_it() {
        // Deleted before every try: the secret store's copy keeps the count.
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound(&dir, &secrets);
        let n = tries_until_erased(&path, &secrets, |_| {
            let _ = std::fs::remove_file(counter(&path));
        });
        // Missing beside the store, the file counts as five failures: sooner, never later.
        assert!(n <= 10, "deleting the count file reset it ({n} tries)");
        assert!(!Store::exists(&path));

        // Rolled back to the file as it was after the first failure.
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound(&dir, &secrets);
        let mut saved = None;
        let n = tries_until_erased(&path, &secrets, |n| match n {
            1 => {}
            2 => saved = Some(std::fs::read(counter(&path)).unwrap()),
            _ => std::fs::write(counter(&path), saved.as_ref().unwrap()).unwrap(),
        });
        assert_eq!(n, 10, "rolling the count file back reset it");
    }

    #[test]
    fn an_edited_file_neither_lowers_the_count_nor_turns_the_erase_off() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound(&dir, &secrets);
        let n = tries_until_erased(&path, &secrets, |_| {
            std::fs::write(
                counter(&path),
                br#"{"failures":0,"last_failure":null,"erase_enabled":false}"#,
            )
            .unwrap();
        });
        assert_eq!(n, 10);

        // A damaged file after nine failures: still nine, and the tenth erases.
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound(&dir, &secrets);
        let n = tries_until_erased(&path, &secrets, |n| {
            if n == 10 {
                std::fs::write(counter(&path), b"{ damaged").unwrap();
            }
        });
        assert_eq!(n, 10, "a damaged file lowered a count of nine");
    }

    #[test]
    fn the_erase_turned_off_by_the_team_stays_off_and_the_note_goes_with_the_erase() {
        let dir = tempfile::tempdir().unwrap();
        let secrets = MemorySecretStore::default();
        let path = bound(&dir, &secrets);
        attempts::set_erase_enabled(&path, &secrets, false).unwrap();
        assert!(!Attempts::load(&path, &secrets).erase_enabled);
        let mut t = SystemTime::now();
        for _ in 0..12 {
            assert!(!matches!(
                try_at(&path, WRONG, &secrets, &mut t),
                Err(StoreError::Erased)
            ));
        }
        assert!(try_at(&path, PIN, &secrets, &mut t).is_ok());
        // Back on, then erased: the secret store keeps nothing of the store.
        attempts::set_erase_enabled(&path, &secrets, true).unwrap();
        let Protection::DeviceSecret { id } = Store::protection(&path).unwrap() else {
            panic!("not bound")
        };
        assert!(
            secrets
                .get_note(&format!("{id}.attempts"))
                .unwrap()
                .is_some()
        );
        assert_eq!(tries_until_erased(&path, &secrets, |_| {}), 10);
        assert!(
            secrets
                .get_note(&format!("{id}.attempts"))
                .unwrap()
                .is_none()
        );
        assert!(secrets.get(&id).unwrap().is_none());
    }

    #[test]
    fn a_missing_count_beside_a_passphrase_only_store_is_the_cautious_one() {
        // No secret store: the file is all there is; deleting it gives five failures, not
        // none.
        let dir = tempfile::tempdir().unwrap();
        let path = db_in(&dir);
        drop(Store::create(&path, "correct horse battery staple", KdfParams::TESTING).unwrap());
        assert_eq!(
            Attempts::load(&path, &NoSecretStore).failures,
            0,
            "made with the store"
        );
        std::fs::remove_file(counter(&path)).unwrap();
        assert_eq!(Attempts::load(&path, &NoSecretStore).failures, 5);
        let mut t = SystemTime::now();
        let err = try_at(&path, WRONG, &NoSecretStore, &mut t).err().unwrap();
        assert!(
            matches!(
                err,
                StoreError::WrongWithTriesLeft {
                    tries_left: 4,
                    wait_seconds: 60
                }
            ),
            "{err:?}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_folder_or_a_pipe_in_the_counters_place_never_blocks_the_right_pin() {
        use std::sync::mpsc;
        let names = [".attempts", ".attempts.tmp", ".lock"];
        for name in names {
            for kind in ["folder", "pipe"] {
                let dir = tempfile::tempdir().unwrap();
                let secrets = std::sync::Arc::new(MemorySecretStore::default());
                let path = bound(&dir, &secrets);
                let planted = PathBuf::from(format!("{}{name}", path.display()));
                let _ = std::fs::remove_file(&planted);
                if kind == "folder" {
                    std::fs::create_dir(&planted).unwrap();
                    std::fs::write(planted.join("inside"), b"x").unwrap();
                } else {
                    let ok = std::process::Command::new("mkfifo")
                        .arg(&planted)
                        .status()
                        .unwrap();
                    assert!(ok.success());
                }
                // On a thread, so that a hang fails the test instead of stopping it.
                let (tx, rx) = mpsc::channel();
                let (p, s) = (path.clone(), secrets.clone());
                std::thread::spawn(move || {
                    let mut t = SystemTime::now();
                    let _ = tx.send(try_at(&p, PIN, &*s, &mut t).map(drop));
                });
                let result = rx
                    .recv_timeout(Duration::from_secs(20))
                    .unwrap_or_else(|_| panic!("a {kind} at {name} hung the unlock"));
                assert!(result.is_ok(), "a {kind} at {name}: {result:?}");
            }
        }
    }

    #[test]
    fn tries_made_together_are_each_counted() {
        // Six tries at once (each opens the files itself, as separate processes would): every
        // one is counted, none is lost to another's write.
        let dir = tempfile::tempdir().unwrap();
        let secrets = std::sync::Arc::new(MemorySecretStore::default());
        let path = bound(&dir, &secrets);
        let policy = LockoutPolicy {
            wait_from: 100,
            erase_at: 100,
            ..LockoutPolicy::default()
        };
        let barrier = std::sync::Arc::new(std::sync::Barrier::new(6));
        let handles: Vec<_> = (0..6)
            .map(|_| {
                let (p, s, b, policy) = (
                    path.clone(),
                    secrets.clone(),
                    barrier.clone(),
                    policy.clone(),
                );
                std::thread::spawn(move || {
                    b.wait();
                    attempts::open_limited(&p, WRONG, &*s, &policy, SystemTime::now()).map(drop)
                })
            })
            .collect();
        for h in handles {
            let r = h.join().unwrap();
            assert!(
                matches!(r, Err(StoreError::WrongWithTriesLeft { .. })),
                "{r:?}"
            );
        }
        assert_eq!(Attempts::load(&path, &*secrets).failures, 6);
    }
}
