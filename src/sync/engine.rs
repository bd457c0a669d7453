//! The sync engine: sends the outbox in batches, records what the server said of each item,
//! pulls replies by the server's cursor, and decides how long to wait after a failure. It holds
//! no lock on the store while talking to the server, and every step is safe to repeat: a crash
//! anywhere resumes where it was, because an item leaves the queue only once acknowledged and the
//! cursor is stored with the replies it covers.

use std::collections::HashMap;
use std::time::Duration;

use uuid::Uuid;

use super::wire::{FeedbackResponse, Health, ItemStatus, PushResponse, ReflectionItem};
use crate::store::{Ack, PulledReply, Store, StoreError};

/// Capped exponential backoff with jitter.
#[derive(Debug, Clone)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
    failures: u32,
}

impl Backoff {
    /// Seconds up to about fifteen minutes.
    pub const DEVICE: Backoff = Backoff {
        base: Duration::from_secs(2),
        cap: Duration::from_secs(15 * 60),
        failures: 0,
    };

    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff {
            base,
            cap,
            failures: 0,
        }
    }

    /// The wait after one more failure: base × 2^(failures − 1), capped, then scaled by a
    /// random factor in [0.5, 1) so that devices do not retry in step.
    pub fn next_wait(&mut self, random: u64) -> Duration {
        self.failures = self.failures.saturating_add(1);
        let exp = self.failures.saturating_sub(1).min(30);
        let full = self.base.saturating_mul(1u32 << exp).min(self.cap);
        let factor = 0.5 + (random % 1000) as f64 / 2000.0;
        full.mul_f64(factor)
    }

    pub fn reset(&mut self) {
        self.failures = 0;
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// The most attempts this schedule allows in `span` (for checking a run against it): the
    /// first attempt plus one per shortest possible wait.
    pub fn max_attempts_in(&self, span: Duration) -> u32 {
        let mut b = Backoff::new(self.base, self.cap);
        let mut t = Duration::ZERO;
        let mut n = 1;
        loop {
            let shortest = b.next_wait(0);
            t += shortest;
            if t > span {
                return n;
            }
            n += 1;
        }
    }
}

/// A failure talking to the server, sorted by what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportError {
    /// No connection, a timeout, or a response cut off: try again later.
    Offline(String),
    /// The server failed (5xx): try again later.
    Server(u16),
    /// The server asked us to slow down.
    RateLimited(Option<Duration>),
    /// The admin revoked this device: stop and wipe the token.
    Revoked,
    /// The server does not know this token: stop until enrolled again.
    Unauthorized,
    /// The feedback cursor is beyond anything this server gave: it lost data or is another one.
    UnknownCursor,
    /// The batch was too large.
    TooLarge,
    /// The server refused the request itself (4xx); the message says why.
    Refused(String),
}

/// Talking to the team server (HTTP in the app; anything in tests).
pub trait Transport {
    fn health(&self) -> Result<Health, TransportError>;
    fn push(&self, items: &[ReflectionItem]) -> Result<PushResponse, TransportError>;
    fn feedback(&self, after: i64) -> Result<FeedbackResponse, TransportError>;
}

/// Short, locked access to the store: the engine never holds it while talking to the server.
pub trait StoreAccess {
    fn with<T>(&self, f: impl FnOnce(&mut Store) -> Result<T, StoreError>)
    -> Result<T, StoreError>;
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

/// What one run did, and what to do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// All queued items were answered and replies pulled.
    Synced {
        sent: usize,
        rejected: usize,
        replies: usize,
    },
    /// The server could not be used; try again after `wait`.
    Retry { wait: Duration, error: String },
    /// The device was revoked; its token has been wiped.
    Revoked,
    /// The server does not know this device; join the team again.
    NeedsEnrolment,
    /// This is not the server the device synced with, or it lost its data: stopped, nothing
    /// deleted.
    ServerChanged,
    /// Not enrolled with a team server.
    NotEnrolled,
}

/// One push: the ids it carried and what came back.
type Pushed = (Vec<String>, Result<PushResponse, TransportError>);

/// The engine's settings and backoff state.
#[derive(Debug, Clone)]
pub struct Engine {
    pub backoff: Backoff,
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
            batch: super::wire::MAX_ITEMS,
            parallel: 8,
            max_batches: 1000,
        }
    }
}

/// The words shown for a failure, with what to do.
pub fn describe(e: &TransportError) -> String {
    match e {
        TransportError::Offline(why) => format!(
            "Could not reach the team server ({why}). Reflections stay queued and are sent when the device is back online."
        ),
        TransportError::Server(code) => {
            format!("The team server had a problem (error {code}). Doorstep will try again.")
        }
        TransportError::RateLimited(_) => {
            "The team server asked Doorstep to slow down. It will try again shortly.".to_string()
        }
        TransportError::Revoked => {
            "This device was removed from the team by its admin. Ask for a new code to join again; queued reflections are kept.".to_string()
        }
        TransportError::Unauthorized => {
            "The team server does not recognise this device. Leave the team in Settings and join again with a new code.".to_string()
        }
        TransportError::UnknownCursor => SERVER_CHANGED.to_string(),
        TransportError::TooLarge => "The batch was too large; sending smaller batches.".to_string(),
        TransportError::Refused(m) => format!("The team server refused the request: {m}"),
    }
}

const SERVER_CHANGED: &str = "The team server is not the one this device synced with, or it has lost its data. Nothing on this device has been deleted; ask your IT lead before joining again.";

/// A random number from the system, for jitter.
pub fn random_u64() -> u64 {
    let mut b = [0u8; 8];
    let _ = getrandom::getrandom(&mut b);
    u64::from_le_bytes(b)
}

impl Engine {
    /// One full sync: check the server, send everything queued, pull replies.
    pub fn run_once(
        &mut self,
        store: &impl StoreAccess,
        transport: &(impl Transport + Sync),
    ) -> Result<Outcome, StoreError> {
        let Some(_) = store.with(|s| s.sync_config())? else {
            return Ok(Outcome::NotEnrolled);
        };
        let health = match transport.health() {
            Ok(h) => h,
            Err(e) => return self.failed(store, &e, &[]),
        };
        let known = store.with(|s| s.sync_instance())?;
        match known {
            Some(id) if id != health.instance => {
                store.with(|s| s.sync_failed(SERVER_CHANGED))?;
                return Ok(Outcome::ServerChanged);
            }
            Some(_) => {}
            None => store.with(|s| s.set_sync_instance(health.instance))?,
        }

        let (mut sent, mut rejected) = (0, 0);
        // A pipeline: while one group of batches is on the network, the previous group's
        // answers are recorded and the next group is read (keyset paging, so that items in
        // flight are not read twice).
        let group = self.batch.max(1) * self.parallel.max(1);
        let mut current = store.with(|s| s.outbox_batch_after(None, group))?;
        let mut answered: Option<Vec<Pushed>> = None;
        let mut batches_sent = 0;
        let mut stop: Option<(TransportError, Vec<String>)> = None;
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
                    Some(prev) => self.record(store, prev, &mut sent, &mut rejected),
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
            if let Some(failure) = recorded? {
                stop = Some(failure);
                break;
            }
            current = next?;
        }
        if let Some(prev) = answered.take()
            && let Some(f) = self.record(store, prev, &mut sent, &mut rejected)?
            && stop.is_none()
        {
            stop = Some(f);
        }
        if let Some((e, ids)) = stop {
            if e == TransportError::TooLarge && self.batch > 1 {
                self.batch = (self.batch / 2).max(1);
                return Ok(Outcome::Retry {
                    wait: Duration::ZERO,
                    error: describe(&e),
                });
            }
            return self.failed(store, &e, &ids);
        }

        let mut replies = 0;
        let mut cursor = store.with(|s| s.feedback_cursor())?;
        loop {
            let page = match transport.feedback(cursor) {
                Ok(p) => p,
                Err(TransportError::UnknownCursor) => {
                    store.with(|s| s.sync_failed(SERVER_CHANGED))?;
                    return Ok(Outcome::ServerChanged);
                }
                Err(e) => return self.failed(store, &e, &[]),
            };
            if page.items.is_empty() || page.cursor <= cursor {
                break;
            }
            let pulled: Vec<PulledReply> = page
                .items
                .iter()
                .map(|f| PulledReply {
                    seq: f.seq,
                    item_id: f.reflection_id,
                    text: f.text.clone(),
                    at: f.at.clone(),
                })
                .collect();
            let next = page.cursor;
            replies += store.with(|s| s.store_feedback(health.instance, &pulled, next))?;
            cursor = next;
        }

        store.with(|s| s.sync_succeeded())?;
        self.backoff.reset();
        Ok(Outcome::Synced {
            sent,
            rejected,
            replies,
        })
    }

    /// Records a group's answers; returns the most serious failure, with the ids that stay
    /// queued, if any push failed or left items unanswered.
    fn record(
        &self,
        store: &impl StoreAccess,
        group: Vec<Pushed>,
        sent: &mut usize,
        rejected: &mut usize,
    ) -> Result<Option<(TransportError, Vec<String>)>, StoreError> {
        let mut acks = Vec::new();
        let mut unanswered: Vec<String> = Vec::new();
        let mut failure: Option<TransportError> = None;
        for (ids, result) in group {
            match result {
                Ok(resp) => {
                    let by_id: HashMap<&str, &super::wire::ItemResult> = resp
                        .results
                        .iter()
                        .filter_map(|r| r.id.as_deref().map(|id| (id, r)))
                        .collect();
                    for id in ids {
                        // An item the server did not answer stays queued.
                        let Some(r) = by_id.get(id.as_str()) else {
                            unanswered.push(id);
                            continue;
                        };
                        match r.status {
                            ItemStatus::Stored | ItemStatus::Duplicate => {
                                *sent += 1;
                                acks.push((id, Ack::Done));
                            }
                            ItemStatus::Rejected => {
                                *rejected += 1;
                                let reason = r
                                    .reason
                                    .clone()
                                    .unwrap_or_else(|| "refused by the server".to_string());
                                acks.push((id, Ack::Rejected(reason)));
                            }
                        }
                    }
                }
                Err(e) => {
                    unanswered.extend(ids);
                    // The most serious failure decides what happens next.
                    let worse = matches!(
                        (&failure, &e),
                        (None | Some(TransportError::TooLarge), _)
                            | (_, TransportError::Revoked | TransportError::Unauthorized)
                    );
                    if worse {
                        failure = Some(e);
                    }
                }
            }
        }
        store.with(|s| s.outbox_ack(&acks))?;
        Ok(match failure {
            Some(e) => Some((e, unanswered)),
            None if !unanswered.is_empty() => Some((
                TransportError::Offline("the server did not answer every item".into()),
                unanswered,
            )),
            None => None,
        })
    }

    fn failed(
        &mut self,
        store: &impl StoreAccess,
        e: &TransportError,
        ids: &[String],
    ) -> Result<Outcome, StoreError> {
        let message = describe(e);
        store.with(|s| {
            if !ids.is_empty() {
                s.outbox_attempted(ids, &message)?;
            }
            s.sync_failed(&message)
        })?;
        Ok(match e {
            TransportError::Revoked => {
                store.with(|s| s.clear_sync_config())?;
                Outcome::Revoked
            }
            TransportError::Unauthorized => Outcome::NeedsEnrolment,
            TransportError::UnknownCursor => Outcome::ServerChanged,
            TransportError::RateLimited(after) => {
                let wait = self
                    .backoff
                    .next_wait(random_u64())
                    .max(after.unwrap_or_default());
                Outcome::Retry {
                    wait,
                    error: message,
                }
            }
            _ => Outcome::Retry {
                wait: self.backoff.next_wait(random_u64()),
                error: message,
            },
        })
    }
}

/// Builds the item that leaves the device for a shared reflection: a fresh random id (a v4
/// UUID carries no time), the ISO week, the content version, the themes and the anonymised text.
pub fn outgoing_item(
    week: &str,
    content_version: &str,
    themes: &[String],
    text: &str,
) -> ReflectionItem {
    ReflectionItem {
        id: Uuid::new_v4().to_string(),
        week: week.to_string(),
        content_version: content_version.to_string(),
        themes: themes.to_vec(),
        text: text.to_string(),
        body_hash: Some(super::wire::body_hash(week, content_version, themes, text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_caps_and_jitters() {
        let mut b = Backoff::new(Duration::from_secs(2), Duration::from_secs(900));
        let waits: Vec<u64> = (0..12).map(|_| b.next_wait(999).as_secs()).collect();
        // With the largest jitter factor (just under 1): 2, 4, 8 … capped at 900.
        assert_eq!(waits[..4], [1, 3, 7, 15]);
        assert!(waits.iter().all(|w| *w <= 900));
        assert_eq!(*waits.last().unwrap(), 899);
        let mut b = Backoff::new(Duration::from_secs(2), Duration::from_secs(900));
        assert_eq!(
            b.next_wait(0),
            Duration::from_secs(1),
            "the smallest factor halves it"
        );
        b.reset();
        assert_eq!(b.failures(), 0);
    }

    #[test]
    fn the_schedule_bounds_attempts() {
        let b = Backoff::new(Duration::from_millis(100), Duration::from_millis(800));
        // Shortest waits: 50, 100, 200, 400, 400, … ms.
        assert_eq!(b.max_attempts_in(Duration::from_millis(149)), 2);
        assert_eq!(b.max_attempts_in(Duration::from_millis(3000)), 10);
    }

    #[test]
    fn outgoing_items_carry_no_time_and_a_matching_hash() {
        let i = outgoing_item("2026-W48", "v1", &["e".into()], "text");
        let id = Uuid::parse_str(&i.id).unwrap();
        assert_eq!(id.get_version_num(), 4);
        assert_eq!(
            i.body_hash.unwrap(),
            super::super::wire::body_hash("2026-W48", "v1", &["e".into()], "text")
        );
    }
}
