//! The sync engine against an in-memory team server, on a real SQLCipher store: fast checks of
//! what the engine does with each kind of answer. The same engine against the real server
//! binary over HTTP, through a fault-injecting proxy, is in `server/tests/sync.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use doorstep::keys::KdfParams;
use doorstep::store::{Store, SyncConfig};
use doorstep::sync::engine::{Engine, Transport};
use doorstep::sync::plan::{Backoff, Outcome, TransportError};
use doorstep::sync::wire::{
    Health, ItemResult, ItemStatus, PushResponse, ReflectionItem, RepliesPage, ReplyItem,
};
use uuid::Uuid;

const PASS: &str = "engine-test-passphrase";

/// Which request a scripted failure answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Health,
    Push,
    Replies,
}

/// A team server in memory: it stores items by id (the same body again is a duplicate, a
/// different one a conflict), hands out replies by cursor a page at a time, refuses batches
/// over its limit, and fails requests on cue.
struct MemoryServer {
    instance: Uuid,
    max_items: usize,
    page: usize,
    stored: Mutex<HashMap<String, Option<String>>>,
    replies: Mutex<Vec<ReplyItem>>,
    faults: Mutex<VecDeque<(Op, TransportError)>>,
    /// Answer only the first n items of each push (a server that cuts its answer short).
    answer_only: Mutex<Option<usize>>,
    pushes: Mutex<Vec<usize>>,
}

impl MemoryServer {
    fn new() -> MemoryServer {
        MemoryServer {
            instance: Uuid::new_v4(),
            max_items: 100,
            page: 2,
            stored: Mutex::default(),
            replies: Mutex::default(),
            faults: Mutex::default(),
            answer_only: Mutex::default(),
            pushes: Mutex::default(),
        }
    }

    fn fail(&self, op: Op, e: TransportError) {
        self.faults.lock().unwrap().push_back((op, e));
    }

    fn fault(&self, op: Op) -> Result<(), TransportError> {
        let mut faults = self.faults.lock().unwrap();
        match faults.front() {
            Some((o, _)) if *o == op => Err(faults.pop_front().unwrap().1),
            _ => Ok(()),
        }
    }

    fn reply(&self, to: &str, text: &str) {
        let mut replies = self.replies.lock().unwrap();
        let seq = replies.iter().map(|r| r.seq).max().unwrap_or(0) + 1;
        replies.push(ReplyItem {
            seq,
            reflection_id: Uuid::parse_str(to).unwrap(),
            text: text.to_string(),
            at: "2026-12-01T09:00:00Z".to_string(),
            supervisor: "Sam Supervisor".to_string(),
            number: Some(seq),
            edited_at: None,
            withdrawn: false,
        });
    }

    /// The supervisor edits (`Some` text) or withdraws (`None`) reply `number`: its new version
    /// takes the next sequence number and replaces the old one, as the team server does.
    fn change_reply(&self, number: i64, text: Option<&str>) {
        let mut replies = self.replies.lock().unwrap();
        let at = replies
            .iter()
            .position(|r| r.number == Some(number))
            .unwrap();
        let mut version = replies.remove(at);
        version.seq = replies
            .iter()
            .map(|r| r.seq)
            .max()
            .unwrap_or(0)
            .max(version.seq)
            + 1;
        match text {
            Some(t) => {
                version.text = t.to_string();
                version.edited_at = Some("2026-12-01T09:05:00Z".to_string());
            }
            None => {
                version.text = String::new();
                version.withdrawn = true;
            }
        }
        replies.push(version);
    }

    fn stored(&self) -> usize {
        self.stored.lock().unwrap().len()
    }
}

impl Transport for MemoryServer {
    fn health(&self) -> Result<Health, TransportError> {
        self.fault(Op::Health)?;
        Ok(Health {
            status: "ok".into(),
            version: "memory".into(),
            instance: self.instance,
        })
    }

    fn push(&self, items: &[ReflectionItem]) -> Result<PushResponse, TransportError> {
        self.fault(Op::Push)?;
        if items.len() > self.max_items {
            return Err(TransportError::TooLarge);
        }
        self.pushes.lock().unwrap().push(items.len());
        let mut stored = self.stored.lock().unwrap();
        let mut results: Vec<ItemResult> = items
            .iter()
            .map(|i| {
                let (status, reason) = match stored.get(&i.id) {
                    None => {
                        stored.insert(i.id.clone(), i.body_hash.clone());
                        (ItemStatus::Stored, None)
                    }
                    Some(h) if *h == i.body_hash => (ItemStatus::Duplicate, None),
                    Some(_) => (
                        ItemStatus::Rejected,
                        Some("another item has this id".to_string()),
                    ),
                };
                ItemResult {
                    id: Some(i.id.clone()),
                    status,
                    reason,
                }
            })
            .collect();
        if let Some(n) = *self.answer_only.lock().unwrap() {
            results.truncate(n);
        }
        Ok(PushResponse { results })
    }

    fn replies(&self, after: i64) -> Result<RepliesPage, TransportError> {
        self.fault(Op::Replies)?;
        let replies = self.replies.lock().unwrap();
        if after > replies.iter().map(|r| r.seq).max().unwrap_or(0) {
            return Err(TransportError::UnknownCursor);
        }
        let items: Vec<ReplyItem> = replies
            .iter()
            .filter(|r| r.seq > after)
            .take(self.page)
            .cloned()
            .collect();
        let cursor = items.last().map_or(after, |r| r.seq);
        Ok(RepliesPage { items, cursor })
    }
}

fn item(n: usize) -> ReflectionItem {
    ReflectionItem::new(
        "2026-W48",
        "2026.11.1+test",
        &["sleep".to_string()],
        &format!("Synthetic reflection {n}: [Mother] and [Baby] seen, sleep space checked."),
    )
}

/// An enrolled device store with `n` items queued.
fn device(dir: &tempfile::TempDir, n: usize) -> (Mutex<Store>, Vec<ReflectionItem>) {
    let mut store = Store::create(&dir.path().join("device.db"), PASS, KdfParams::TESTING).unwrap();
    store
        .set_sync_config(&SyncConfig {
            server_url: "http://127.0.0.1:9".into(),
            device_id: Uuid::new_v4(),
            token: "0".repeat(64),
        })
        .unwrap();
    let items: Vec<ReflectionItem> = (0..n).map(item).collect();
    for i in &items {
        store.queue_item(i).unwrap();
    }
    (Mutex::new(store), items)
}

fn engine() -> Engine {
    Engine {
        backoff: Backoff::new(Duration::from_secs(2), Duration::from_secs(60)),
        batch: 20,
        parallel: 2,
        ..Engine::default()
    }
}

fn queued(store: &Mutex<Store>) -> u64 {
    store.lock().unwrap().outbox_counts().unwrap().queued
}

#[test]
fn a_queue_is_sent_in_batches_once_and_a_second_run_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 250);
    let server = MemoryServer::new();
    let mut e = engine();
    let out = e.run_once(&store, &server).unwrap();
    assert_eq!(
        out,
        Outcome::Synced {
            sent: 250,
            rejected: 0,
            replies: 0
        }
    );
    assert_eq!(server.stored(), 250);
    assert!(server.pushes.lock().unwrap().iter().all(|n| *n <= 20));
    assert_eq!(queued(&store), 0);
    let out = e.run_once(&store, &server).unwrap();
    assert_eq!(
        out,
        Outcome::Synced {
            sent: 0,
            rejected: 0,
            replies: 0
        }
    );
    assert_eq!(
        store.lock().unwrap().sync_history().unwrap().1,
        None,
        "no error left showing"
    );
}

#[test]
fn a_conflicting_item_is_kept_with_the_reason_and_never_blocks_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (store, items) = device(&dir, 5);
    let server = MemoryServer::new();
    // The server already holds a different body under the third item's id.
    server
        .stored
        .lock()
        .unwrap()
        .insert(items[2].id.clone(), Some("another body".into()));
    let out = engine().run_once(&store, &server).unwrap();
    assert_eq!(
        out,
        Outcome::Synced {
            sent: 4,
            rejected: 1,
            replies: 0
        }
    );
    let counts = store.lock().unwrap().outbox_counts().unwrap();
    assert_eq!((counts.queued, counts.sent, counts.rejected), (0, 4, 1));
}

#[test]
fn replies_are_pulled_page_by_page_and_the_cursor_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (store, items) = device(&dir, 3);
    let server = MemoryServer::new();
    let mut e = engine();
    e.run_once(&store, &server).unwrap();
    for (n, i) in items.iter().enumerate() {
        server.reply(&i.id, &format!("Reply {n}: worth raising at supervision."));
    }
    server.reply(&items[0].id, "And one more thought.");
    let out = e.run_once(&store, &server).unwrap();
    assert_eq!(
        out,
        Outcome::Synced {
            sent: 0,
            rejected: 0,
            replies: 4
        }
    );
    assert_eq!(store.lock().unwrap().reply_cursor().unwrap(), 4);
    let out = e.run_once(&store, &server).unwrap();
    assert!(matches!(out, Outcome::Synced { replies: 0, .. }));
}

/// The device's replies as stored: (text, edited, withdrawn, read), in their order.
fn stored_replies(store: &Mutex<Store>) -> Vec<(String, bool, bool, bool)> {
    let store = store.lock().unwrap();
    let mut stmt = store
        .raw_connection()
        .prepare("SELECT text, edited, withdrawn, read FROM replies ORDER BY seq")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn an_edited_or_withdrawn_reply_replaces_the_version_on_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let (store, items) = device(&dir, 2);
    let server = MemoryServer::new();
    let mut e = engine();
    e.run_once(&store, &server).unwrap();
    server.reply(&items[0].id, "Bring it to Tuesday's supervison.");
    server.reply(&items[1].id, "A thought for the wrong reflection.");
    e.run_once(&store, &server).unwrap();
    store
        .lock()
        .unwrap()
        .raw_connection()
        .execute("UPDATE replies SET read = 1", [])
        .unwrap();
    assert_eq!(store.lock().unwrap().unread_replies().unwrap(), 0);
    assert_eq!(store.lock().unwrap().first_unread_reply().unwrap(), None);

    // The supervisor corrects the first and withdraws the second, after the device has both.
    server.change_reply(1, Some("Bring it to Tuesday's supervision."));
    server.change_reply(2, None);
    let out = e.run_once(&store, &server).unwrap();
    assert!(matches!(out, Outcome::Synced { replies: 2, .. }), "{out:?}");
    assert_eq!(
        stored_replies(&store),
        [
            (
                "Bring it to Tuesday's supervision.".to_string(),
                true,
                false,
                false
            ),
            (String::new(), false, true, true),
        ],
        "one row per reply, the latest version; the edit is unread again, the withdrawal is not"
    );
    assert_eq!(store.lock().unwrap().unread_replies().unwrap(), 1);
    assert_eq!(store.lock().unwrap().reply_cursor().unwrap(), 4);

    // Pulled again from the start (the cursor set back), the same two rows and nothing new.
    let server_id = store.lock().unwrap().sync_instance().unwrap().unwrap();
    store
        .lock()
        .unwrap()
        .store_replies(server_id, &[], 0)
        .unwrap();
    let out = e.run_once(&store, &server).unwrap();
    assert!(matches!(out, Outcome::Synced { replies: 0, .. }), "{out:?}");
    assert_eq!(stored_replies(&store).len(), 2);
}

#[test]
fn a_batch_too_large_is_halved_until_the_server_takes_it() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 60);
    let mut server = MemoryServer::new();
    server.max_items = 12;
    let mut e = engine();
    let mut runs = 0;
    let out = loop {
        runs += 1;
        match e.run_once(&store, &server).unwrap() {
            Outcome::Retry { wait, .. } if runs < 5 => assert!(wait.is_zero()),
            other => break other,
        }
    };
    assert!(matches!(out, Outcome::Synced { .. }), "{out:?}");
    assert_eq!(e.batch, 10, "20 halved once");
    assert_eq!(server.stored(), 60);
    assert_eq!(queued(&store), 0);
}

#[test]
fn offline_runs_wait_longer_each_time_then_a_good_run_sends_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 3);
    let server = MemoryServer::new();
    let mut e = engine();
    let mut waits = Vec::new();
    for _ in 0..4 {
        server.fail(Op::Health, TransportError::Offline("no route".into()));
        match e.run_once(&store, &server).unwrap() {
            Outcome::Retry { wait, error } => {
                assert!(error.contains("stay queued"), "{error}");
                waits.push(wait);
            }
            other => panic!("{other:?}"),
        }
    }
    // Shortest and longest possible waits for failures 1..4: [1,2), [2,4), [4,8), [8,16) s.
    for (n, w) in waits.iter().enumerate() {
        let full = Duration::from_secs(2 << n);
        assert!(*w >= full / 2 && *w < full, "wait {n}: {w:?}");
    }
    assert_eq!(queued(&store), 3, "nothing lost while offline");
    // The sync line's words come from the failure's code, kept beside the English.
    let code = || store.lock().unwrap().sync_error_code().unwrap();
    assert_eq!(code().as_deref(), Some("offline"));
    let out = e.run_once(&store, &server).unwrap();
    assert!(matches!(out, Outcome::Synced { sent: 3, .. }), "{out:?}");
    assert_eq!(e.failures, 0, "a good run resets the backoff");
    assert_eq!(code(), None, "a good run clears the code with the words");
}

#[test]
fn items_the_server_did_not_answer_stay_queued_and_go_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 10);
    let server = MemoryServer::new();
    *server.answer_only.lock().unwrap() = Some(3);
    let mut e = Engine {
        batch: 10,
        parallel: 1,
        ..engine()
    };
    let out = e.run_once(&store, &server).unwrap();
    assert!(matches!(out, Outcome::Retry { .. }), "{out:?}");
    assert_eq!(queued(&store), 7);
    *server.answer_only.lock().unwrap() = None;
    let out = e.run_once(&store, &server).unwrap();
    // The three already stored come back as duplicates: sent, not twice stored.
    assert!(matches!(out, Outcome::Synced { sent: 7, .. }), "{out:?}");
    assert_eq!(server.stored(), 10);
    assert_eq!(queued(&store), 0);
}

#[test]
fn a_revoked_device_forgets_its_token_keeps_its_queue_and_then_stops() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 4);
    let server = MemoryServer::new();
    server.fail(Op::Push, TransportError::Revoked);
    let mut e = Engine {
        parallel: 1,
        ..engine()
    };
    assert_eq!(e.run_once(&store, &server).unwrap(), Outcome::Revoked);
    assert!(store.lock().unwrap().sync_config().unwrap().is_none());
    assert_eq!(queued(&store), 4);
    assert_eq!(e.run_once(&store, &server).unwrap(), Outcome::NotEnrolled);
}

#[test]
fn another_server_or_a_cursor_it_never_gave_stops_the_run_and_deletes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 2);
    let first = MemoryServer::new();
    let mut e = engine();
    e.run_once(&store, &first).unwrap();
    store.lock().unwrap().queue_item(&item(99)).unwrap();
    let second = MemoryServer::new();
    assert_eq!(e.run_once(&store, &second).unwrap(), Outcome::ServerChanged);
    assert_eq!(second.stored(), 0, "nothing sent to the stranger");
    assert_eq!(queued(&store), 1);

    // The same server, restored from a backup older than the replies this device has.
    first.reply(&Uuid::new_v4().to_string(), "A reply the backup lost.");
    e.run_once(&store, &first).unwrap();
    first.replies.lock().unwrap().clear();
    assert_eq!(e.run_once(&store, &first).unwrap(), Outcome::ServerChanged);
    assert_eq!(store.lock().unwrap().reply_cursor().unwrap(), 1, "kept");
}

#[test]
fn the_sync_line_opens_the_reflection_whose_reply_is_unread() {
    use doorstep::household::{Household, Member, Residence, Role};
    use doorstep::reflection::Reflection;
    let content = doorstep::content::Content::embedded();
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = device(&dir, 0);
    // Two families, each with a shared reflection.
    let mut shared = Vec::new();
    for name in ["Synthetic Quillon", "Synthetic Marrow"] {
        let mut s = store.lock().unwrap();
        let mut h = Household::new(name);
        h.members = vec![Member::new("Ada", Role::Mother, Residence::LivesHere)];
        s.save_household(&mut h, content).unwrap();
        let mut r = Reflection::new(h.id, None, content);
        r.sections
            .insert("worries".into(), "Sleep space not seen.".into());
        s.save_reflection(&mut r, content).unwrap();
        let i = item(shared.len());
        s.share_reflection(r.id, &i).unwrap();
        shared.push((r.id, h.id, i));
    }
    let server = MemoryServer::new();
    let mut e = engine();
    e.run_once(&store, &server).unwrap();
    assert_eq!(store.lock().unwrap().first_unread_reply().unwrap(), None);

    // A reply to the second family's reflection: the line opens that one.
    server.reply(&shared[1].2.id, "Bring it to Tuesday's supervision.");
    e.run_once(&store, &server).unwrap();
    assert_eq!(
        store.lock().unwrap().first_unread_reply().unwrap(),
        Some((shared[1].0, shared[1].1))
    );
    // Then one to the first: the older unread reply still comes first.
    server.reply(&shared[0].2.id, "And this one on Thursday.");
    e.run_once(&store, &server).unwrap();
    assert_eq!(
        store.lock().unwrap().first_unread_reply().unwrap(),
        Some((shared[1].0, shared[1].1))
    );
    // Read (the page opened): the next one, then none.
    store
        .lock()
        .unwrap()
        .mark_replies_read(shared[1].0)
        .unwrap();
    assert_eq!(
        store.lock().unwrap().first_unread_reply().unwrap(),
        Some((shared[0].0, shared[0].1))
    );
    store
        .lock()
        .unwrap()
        .mark_replies_read(shared[0].0)
        .unwrap();
    assert_eq!(store.lock().unwrap().first_unread_reply().unwrap(), None);
}
