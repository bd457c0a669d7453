//! What stays in the process's memory after Lock (issue 33, item 6): with the app's global
//! allocator ([`doorstep::service::session::WipeOnFree`]), the family names, notes and the
//! passphrase that passed through the heap while unlocked are gone once the store is locked.
//! One test in its own binary, so that no other test's memory is scanned with it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{Read, Seek, SeekFrom};

use doorstep::content::Content;
use doorstep::household::{Household, Member, Residence, Role};
use doorstep::keys::KdfParams;
use doorstep::secrets::NoSecretStore;
use doorstep::service::session::{self, Device, WIPE_ON_FREE, WipeOnFree};
use doorstep::store::Store;

#[global_allocator]
static ALLOC: WipeOnFree = WIPE_ON_FREE;

/// A word made at run time (never a literal in the binary, which the scan would find).
fn made(reversed: &str) -> String {
    reversed.chars().rev().collect()
}

/// Which of `reversed` (each word's bytes in reverse, so that the list itself does not hold
/// the words) any writable mapping of this process holds.
fn memory_holds(reversed: &[Vec<u8>]) -> Vec<usize> {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mut mem = std::fs::File::open("/proc/self/mem").unwrap();
    let mut found = Vec::new();
    let mut buf = Vec::new();
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let (Some(range), Some(perms)) = (parts.next(), parts.next()) else {
            continue;
        };
        if !perms.starts_with("rw") {
            continue;
        }
        let Some((Some(start), Some(end))) = range.split_once('-').map(|(a, b)| {
            (
                u64::from_str_radix(a, 16).ok(),
                u64::from_str_radix(b, 16).ok(),
            )
        }) else {
            continue;
        };
        let len = (end - start) as usize;
        buf.clear();
        buf.resize(len, 0);
        if mem.seek(SeekFrom::Start(start)).is_err() || mem.read_exact(&mut buf).is_err() {
            continue;
        }
        for (i, n) in reversed.iter().enumerate() {
            if !found.contains(&i) && buf.windows(n.len()).any(|w| w.iter().eq(n.iter().rev())) {
                found.push(i);
            }
        }
        // The scan's own copy goes too, before the next region is read.
        buf.iter_mut().for_each(|b| *b = 0);
    }
    found
}

#[test]
fn after_lock_no_family_name_or_passphrase_stays_in_the_heap() {
    let dir = tempfile::tempdir().unwrap();
    let device = Device::new(
        dir.path().to_path_buf(),
        KdfParams::TESTING,
        std::sync::Arc::new(NoSecretStore),
    );
    let names = [made("hguorobtiwsedlorQ"), made("ellennaigemrauQ")];
    let pass = made("rodirroc etaremurtsni latsyrc ylzzird");
    {
        let mut store = Store::create(&device.db_path(), &pass, KdfParams::TESTING).unwrap();
        let mut h = Household::new(format!("{} family", names[0]));
        h.members
            .push(Member::new(&names[1], Role::Mother, Residence::LivesHere));
        store.save_household(&mut h, Content::embedded()).unwrap();
        session::lock(&mut Some(store));
    }
    // Unlocked as the app does, the family read and listed, then locked.
    let mut slot = None;
    session::unlock(&device, &mut slot, &pass, std::time::SystemTime::now()).unwrap();
    let store = slot.as_ref().unwrap();
    let list = store.list_households(None).unwrap();
    assert_eq!(list.len(), 1);
    let h = store.household(list[0].id).unwrap();
    assert!(h.members.iter().any(|m| m.name == names[1]));
    let json = serde_json::to_string(&h).unwrap();
    assert!(json.contains(&names[0]));
    drop((list, h, json));
    assert!(session::lock(&mut slot));

    let reversed: Vec<Vec<u8>> = names
        .iter()
        .chain([&pass])
        .map(|s| s.bytes().rev().collect())
        .collect();
    drop(names);
    drop(pass);
    let found = memory_holds(&reversed);
    assert!(
        found.is_empty(),
        "still in memory after Lock: {:?}",
        found
            .iter()
            .map(|i| ["the family name", "the mother's name", "the passphrase"][*i])
            .collect::<Vec<_>>()
    );
}
