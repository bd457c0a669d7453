//! The sync engine: sends the outbox in batches, records what the server said of each item,
//! pulls replies by the server's cursor, and waits after a failure. What to do after each answer
//! is decided by the pure [`plan`](super::plan::plan); the engine carries the actions out. It
//! holds no lock on the store while talking to the server, and every step is safe to repeat: a
//! crash anywhere resumes where it was, because an item leaves the queue only once acknowledged
//! and the cursor is stored with the replies it covers.

use super::plan::{Action, Backoff, Outcome, Pushed, State, Step, TransportError, describe, plan};
use super::wire::{Health, PushResponse, ReflectionItem, RepliesPage};
use crate::store::{Ack, Store, StoreError};

/// Talking to the team server: HTTP in the app ([`super::http::Http`]); an in-memory server in
/// the fast tests (`tests/sync_engine.rs`).
pub trait Transport {
    fn health(&self) -> Result<Health, TransportError>;
    fn push(&self, items: &[ReflectionItem]) -> Result<PushResponse, TransportError>;
    fn replies(&self, after: i64) -> Result<RepliesPage, TransportError>;
}

/// Short, locked access to the store: the engine never holds it while talking to the server.
pub trait StoreAccess {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, StoreError>)
    -> Result<T, StoreError>;

    /// Something was queued or configured that a sync should send now (the app wakes its sync
    /// thread; elsewhere nothing).
    fn changed(&self) {}
}

impl StoreAccess for std::sync::Mutex<Store> {
    fn with<T>(
        &self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let mut s = self.lock().unwrap_or_else(|p| p.into_inner());
        f(&mut s)
    }
}

/// The engine's settings and what it remembers between runs.
#[derive(Debug, Clone)]
pub struct Engine {
    pub backoff: Backoff,
    /// Failed runs in a row (for the backoff); reset by a run that syncs.
    pub failures: u32,
    /// Items per push (halved on 413).
    pub batch: usize,
    /// Pushes in flight at once.
    pub parallel: usize,
    /// Most batches in one run, so that a long queue still yields to the app (a group already
    /// in flight is finished, so a run may send up to `parallel - 1` more).
    pub max_batches: usize,
}

impl Default for Engine {
    fn default() -> Engine {
        Engine {
            backoff: Backoff::DEVICE,
            failures: 0,
            batch: super::wire::MAX_ITEMS,
            parallel: 8,
            max_batches: 1000,
        }
    }
}

/// Running totals for the outcome of a run.
#[derive(Default)]
struct Counts {
    sent: usize,
    rejected: usize,
    replies: usize,
}

/// A random number from the system, for jitter (no randomness means no jitter, not a failure).
fn jitter() -> u64 {
    crate::keys::random_bytes::<8>()
        .map(u64::from_le_bytes)
        .unwrap_or(0)
}

impl Engine {
    /// One full sync: check the server, send everything queued, pull replies.
    pub fn run_once(
        &mut self,
        store: &impl StoreAccess,
        transport: &(impl Transport + Sync),
    ) -> Result<Outcome, StoreError> {
        if store.with(|s| s.sync_config())?.is_none() {
            return Ok(Outcome::NotEnrolled);
        }
        let mut counts = Counts::default();
        let answer = transport.health();
        let known = store.with(|s| s.sync_instance())?;
        let step = Step::Health {
            answer: &answer,
            known,
        };
        let instance = match (self.after(store, &step, false, &mut counts)?, &answer) {
            (Some(end), _) => return Ok(end),
            (None, Ok(h)) => h.instance,
            // The plan ends every run whose health check failed.
            (None, Err(e)) => return Ok(self.unplanned(e)),
        };

        // A pipeline: while one group of batches is on the network, the previous group's
        // answers are recorded and the next group is read (keyset paging, so that items in
        // flight are not read twice).
        let group = self.batch.max(1) * self.parallel.max(1);
        let mut current = store.with(|s| s.outbox_batch_after(None, group))?;
        let mut answered: Option<Vec<Pushed>> = None;
        let mut batches_sent = 0;
        let mut end: Option<Outcome> = None;
        while !current.is_empty() && batches_sent < self.max_batches {
            let after = current.last().map(|q| q.key.clone());
            let items: Vec<ReflectionItem> = current.into_iter().map(|q| q.item).collect();
            let chunks: Vec<&[ReflectionItem]> = items.chunks(self.batch.max(1)).collect();
            batches_sent += chunks.len();
            let (results, recorded, next) = std::thread::scope(|scope| {
                let handles: Vec<_> = chunks
                    .iter()
                    .map(|c| scope.spawn(move || transport.push(c)))
                    .collect();
                // Meanwhile: record the previous group's answers and read the next group.
                let recorded = match answered.take() {
                    Some(prev) => self.after(store, &Step::Pushed(&prev), false, &mut counts),
                    None => Ok(None),
                };
                let next = store.with(|s| s.outbox_batch_after(after, group));
                let results: Vec<Pushed> = chunks
                    .iter()
                    .zip(handles)
                    .map(|(c, h)| {
                        let ids = c.iter().map(|i| i.id.clone()).collect();
                        let r = h.join().unwrap_or_else(|_| {
                            Err(TransportError::Offline("the sending thread failed".into()))
                        });
                        (ids, r)
                    })
                    .collect();
                (results, recorded, next)
            });
            answered = Some(results);
            if let Some(o) = recorded? {
                end = Some(o);
                break;
            }
            current = next?;
        }
        // The last group in flight is always recorded; if the run already ended, only its
        // answers are kept.
        if let Some(prev) = answered.take()
            && let Some(o) = self.after(store, &Step::Pushed(&prev), end.is_some(), &mut counts)?
        {
            end = Some(o);
        }
        if let Some(o) = end {
            return Ok(o);
        }

        let mut cursor = store.with(|s| s.reply_cursor())?;
        loop {
            let answer = transport.replies(cursor);
            let step = Step::Replies {
                answer: &answer,
                cursor,
                instance,
            };
            if let Some(o) = self.after(store, &step, false, &mut counts)? {
                return Ok(o);
            }
            cursor = match &answer {
                Ok(page) => page.cursor,
                // The plan ends every run whose request for replies failed.
                Err(e) => return Ok(self.unplanned(e)),
            };
        }
    }

    /// Plans what follows `step` and carries it out; `Some` when the run ends.
    fn after(
        &mut self,
        store: &impl StoreAccess,
        step: &Step,
        stopping: bool,
        counts: &mut Counts,
    ) -> Result<Option<Outcome>, StoreError> {
        let state = State {
            batch: self.batch,
            failures: self.failures,
            stopping,
            backoff: self.backoff,
        };
        for action in plan(step, &state, jitter()) {
            match action {
                Action::RememberServer(id) => store.with(|s| s.set_sync_instance(id))?,
                Action::Ack(acks) => {
                    for (_, ack) in &acks {
                        match ack {
                            Ack::Done => counts.sent += 1,
                            Ack::Rejected(_) => counts.rejected += 1,
                        }
                    }
                    store.with(|s| s.outbox_ack(&acks))?;
                }
                Action::KeepQueued { ids, message } => {
                    store.with(|s| s.outbox_attempted(&ids, &message))?
                }
                Action::StoreReplies {
                    instance,
                    replies,
                    cursor,
                } => {
                    counts.replies += store.with(|s| s.store_replies(instance, &replies, cursor))?
                }
                Action::HalveBatch => self.batch = (self.batch / 2).max(1),
                Action::Failed { code, message } => {
                    store.with(|s| s.sync_failed(code, &message))?
                }
                Action::ForgetToken => store.with(|s| s.clear_sync_config())?,
                Action::CountFailure => self.failures = self.failures.saturating_add(1),
                Action::Continue => {}
                Action::Synced => {
                    store.with(|s| s.sync_succeeded())?;
                    self.failures = 0;
                    return Ok(Some(Outcome::Synced {
                        sent: counts.sent,
                        rejected: counts.rejected,
                        replies: counts.replies,
                    }));
                }
                Action::Finish(outcome) => return Ok(Some(outcome)),
            }
        }
        Ok(None)
    }

    /// A failure the plan did not end the run on (it always does): retry after the backoff.
    fn unplanned(&mut self, e: &TransportError) -> Outcome {
        self.failures = self.failures.saturating_add(1);
        Outcome::Retry {
            wait: self.backoff.wait(self.failures, jitter()),
            error: describe(e),
        }
    }
}
