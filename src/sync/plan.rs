//! What the sync engine does next, decided without I/O. The engine (`engine.rs`) talks to the
//! server and the store; after each step it hands what came back to [`plan`], which returns the
//! actions to take: what to record in the outbox, whether to go on, and how a run ends (with how
//! long to wait before the next). Every rule about the server's answers is here, so it is tested
//! with plain values (`tests` below) and the engine only carries the actions out.

use std::collections::HashMap;
use std::time::Duration;

use uuid::Uuid;

use super::wire::{Health, ItemResult, ItemStatus, PushResponse, RepliesPage};
use crate::store::{Ack, PulledReply};

/// Capped exponential backoff with jitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    pub base: Duration,
    pub cap: Duration,
}

impl Backoff {
    /// Seconds up to about fifteen minutes.
    pub const DEVICE: Backoff = Backoff {
        base: Duration::from_secs(2),
        cap: Duration::from_secs(15 * 60),
    };

    pub fn new(base: Duration, cap: Duration) -> Backoff {
        Backoff { base, cap }
    }

    /// The wait after the `failures`-th failure in a row: base × 2^(failures − 1), capped, then
    /// scaled by a random factor in [0.5, 1) so that devices do not retry in step.
    pub fn wait(&self, failures: u32, random: u64) -> Duration {
        let exp = failures.max(1).saturating_sub(1).min(30);
        let full = self.base.saturating_mul(1u32 << exp).min(self.cap);
        let factor = 0.5 + (random % 1000) as f64 / 2000.0;
        full.mul_f64(factor)
    }

    /// The most attempts this schedule allows in `span` (for checking a run against it): the
    /// first attempt plus one per shortest possible wait.
    pub fn max_attempts_in(&self, span: Duration) -> u32 {
        let mut t = Duration::ZERO;
        let mut n = 1;
        loop {
            t += self.wait(n, 0);
            if t > span {
                return n;
            }
            n += 1;
        }
    }
}

/// A failure talking to the server, sorted by what to do about it.
#[derive(Debug, Clone, PartialEq, Eq, strum::EnumIter)]
pub enum TransportError {
    /// No connection, a timeout, or a response cut off: try again later.
    Offline(String),
    /// The server's certificate is not trusted by this device: try again later, and the IT
    /// lead installs the organisation's certificate authority.
    Untrusted,
    /// The server failed (5xx): try again later.
    Server(u16),
    /// The server asked us to slow down.
    RateLimited(Option<Duration>),
    /// The admin revoked this device: stop and wipe the token.
    Revoked,
    /// The server does not know this token: stop until enrolled again.
    Unauthorized,
    /// The reply cursor is beyond anything this server gave: it lost data or is another one.
    UnknownCursor,
    /// The batch was too large.
    TooLarge,
    /// The server answered with a redirect, which is never followed.
    Redirected,
    /// The server refused the request itself (4xx); the message says why.
    Refused(String),
}

/// How a run ended, and what to do next.
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

/// One push: the ids of the items it carried and what came back.
pub type Pushed = (Vec<String>, Result<PushResponse, TransportError>);

/// What the last step of a run brought back.
#[derive(Debug)]
pub enum Step<'a> {
    /// The server's health answer, with the server this device last synced with (if any).
    Health {
        answer: &'a Result<Health, TransportError>,
        known: Option<Uuid>,
    },
    /// A group of pushes sent together.
    Pushed(&'a [Pushed]),
    /// A page of replies asked for after `cursor` from server `instance`.
    Replies {
        answer: &'a Result<RepliesPage, TransportError>,
        cursor: i64,
        instance: Uuid,
    },
}

/// What the engine knows of the run so far.
#[derive(Debug, Clone, Copy)]
pub struct State {
    /// Items per push now.
    pub batch: usize,
    /// Failed runs in a row before this one.
    pub failures: u32,
    /// A failure has already ended this run: a group still in flight is only recorded.
    pub stopping: bool,
    pub backoff: Backoff,
}

/// One thing for the engine to do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Remember the server this device syncs with (first contact).
    RememberServer(Uuid),
    /// Record the server's answers: sent items leave the outbox, rejected ones are kept with
    /// the reason.
    Ack(Vec<(String, Ack)>),
    /// These items stay queued; note the attempt and why it failed.
    KeepQueued { ids: Vec<String>, message: String },
    /// Store a page of replies and the cursor they reach, together.
    StoreReplies {
        instance: Uuid,
        replies: Vec<PulledReply>,
        cursor: i64,
    },
    /// Halve the batch size (the server said a batch was too large).
    HalveBatch,
    /// Record that the run failed: its code (for the app to word, [`TransportError::code`])
    /// and the message in English.
    Failed { code: &'static str, message: String },
    /// Forget the device token (revoked by the admin); the queue is kept.
    ForgetToken,
    /// Count one more failure in a row for the backoff.
    CountFailure,
    /// Go on: send the next group, or ask for the next page of replies.
    Continue,
    /// Everything sent and every reply pulled: record success, reset the backoff and finish.
    Synced,
    /// End the run with this outcome.
    Finish(Outcome),
}

/// What to do after `step`, given the run's `state` and a random number for jitter.
pub fn plan(step: &Step, state: &State, random: u64) -> Vec<Action> {
    match step {
        Step::Health { answer, known } => match answer {
            Err(e) => failure(e, Vec::new(), state, random),
            Ok(h) => match known {
                Some(id) if *id != h.instance => {
                    vec![server_changed(), Action::Finish(Outcome::ServerChanged)]
                }
                Some(_) => vec![Action::Continue],
                None => vec![Action::RememberServer(h.instance), Action::Continue],
            },
        },
        Step::Pushed(group) => {
            let answers = read_answers(group);
            let mut actions = vec![Action::Ack(answers.acks)];
            if state.stopping {
                return actions;
            }
            match answers.failure {
                None => actions.push(Action::Continue),
                Some((TransportError::TooLarge, _)) if state.batch > 1 => {
                    actions.push(Action::HalveBatch);
                    actions.push(Action::Finish(Outcome::Retry {
                        wait: Duration::ZERO,
                        error: describe(&TransportError::TooLarge),
                    }));
                }
                Some((e, ids)) => actions.extend(failure(&e, ids, state, random)),
            }
            actions
        }
        Step::Replies {
            answer,
            cursor,
            instance,
        } => match answer {
            Err(TransportError::UnknownCursor) => {
                vec![server_changed(), Action::Finish(Outcome::ServerChanged)]
            }
            Err(e) => failure(e, Vec::new(), state, random),
            Ok(page) if page.items.is_empty() || page.cursor <= *cursor => vec![Action::Synced],
            Ok(page) => vec![
                Action::StoreReplies {
                    instance: *instance,
                    replies: page
                        .items
                        .iter()
                        .map(|f| PulledReply {
                            number: f.number.unwrap_or(f.seq),
                            item_id: f.reflection_id,
                            text: f.text.clone(),
                            at: f.at.clone(),
                            author: f.supervisor.clone(),
                            edited: f.edited_at.is_some(),
                            withdrawn: f.withdrawn,
                        })
                        .collect(),
                    cursor: page.cursor,
                },
                Action::Continue,
            ],
        },
    }
}

/// A group's answers: what to record, and the most serious failure with the ids that stay
/// queued (if any push failed or left items unanswered).
struct Answers {
    acks: Vec<(String, Ack)>,
    failure: Option<(TransportError, Vec<String>)>,
}

fn read_answers(group: &[Pushed]) -> Answers {
    let mut acks = Vec::new();
    let mut unanswered: Vec<String> = Vec::new();
    let mut failure: Option<TransportError> = None;
    for (ids, result) in group {
        match result {
            Ok(resp) => {
                let by_id: HashMap<&str, &ItemResult> = resp
                    .results
                    .iter()
                    .filter_map(|r| r.id.as_deref().map(|id| (id, r)))
                    .collect();
                for id in ids {
                    // An item the server did not answer stays queued.
                    let Some(r) = by_id.get(id.as_str()) else {
                        unanswered.push(id.clone());
                        continue;
                    };
                    let ack = match r.status {
                        ItemStatus::Stored | ItemStatus::Duplicate => Ack::Done,
                        ItemStatus::Rejected => Ack::Rejected(
                            r.reason
                                .clone()
                                .unwrap_or_else(|| "refused by the server".to_string()),
                        ),
                    };
                    acks.push((id.clone(), ack));
                }
            }
            Err(e) => {
                unanswered.extend(ids.iter().cloned());
                // The most serious failure decides what happens next.
                let worse = matches!(
                    (&failure, e),
                    (None | Some(TransportError::TooLarge), _)
                        | (_, TransportError::Revoked | TransportError::Unauthorized)
                );
                if worse {
                    failure = Some(e.clone());
                }
            }
        }
    }
    let failure = match failure {
        Some(e) => Some((e, unanswered)),
        None if !unanswered.is_empty() => Some((
            TransportError::Offline("the server did not answer every item".into()),
            unanswered,
        )),
        None => None,
    };
    Answers { acks, failure }
}

/// How a run ends after a failure: the items that stay queued are noted, the failure recorded,
/// and the outcome says what happens next.
fn failure(e: &TransportError, ids: Vec<String>, state: &State, random: u64) -> Vec<Action> {
    let message = describe(e);
    let mut actions = Vec::new();
    if !ids.is_empty() {
        actions.push(Action::KeepQueued {
            ids,
            message: message.clone(),
        });
    }
    actions.push(Action::Failed {
        code: e.code(),
        message: message.clone(),
    });
    let wait = state.backoff.wait(state.failures.saturating_add(1), random);
    match e {
        TransportError::Revoked => {
            actions.push(Action::ForgetToken);
            actions.push(Action::Finish(Outcome::Revoked));
        }
        TransportError::Unauthorized => actions.push(Action::Finish(Outcome::NeedsEnrolment)),
        TransportError::UnknownCursor => actions.push(Action::Finish(Outcome::ServerChanged)),
        TransportError::RateLimited(after) => {
            actions.push(Action::CountFailure);
            actions.push(Action::Finish(Outcome::Retry {
                wait: wait.max(after.unwrap_or_default()),
                error: message,
            }));
        }
        _ => {
            actions.push(Action::CountFailure);
            actions.push(Action::Finish(Outcome::Retry {
                wait,
                error: message,
            }));
        }
    }
    actions
}

/// The words shown for a failure, with what to do.
pub fn describe(e: &TransportError) -> String {
    let unreachable = |why: &str| {
        format!(
            "Could not reach the team server ({why}). Reflections stay queued and are sent when the device is back online."
        )
    };
    let refused = |why: &str| format!("The team server refused the request: {why}");
    match e {
        TransportError::Offline(why) => unreachable(why),
        TransportError::Untrusted => unreachable(UNTRUSTED),
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
        TransportError::Redirected => refused(REDIRECTED),
        TransportError::Refused(m) => refused(m),
    }
}

const REDIRECTED: &str = "the server answered with a redirect, which Doorstep does not follow: \
     check the server's address with your IT lead";

const UNTRUSTED: &str = "its certificate is not trusted by this device; if your organisation uses \
     its own certificate authority, ask your IT lead to install it on this device";

fn server_changed() -> Action {
    Action::Failed {
        code: TransportError::UnknownCursor.code(),
        message: SERVER_CHANGED.to_string(),
    }
}

impl TransportError {
    /// A stable name for the app's catalogue (`sync.error.<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            TransportError::Offline(_) => "offline",
            TransportError::Untrusted => "untrusted",
            TransportError::Server(_) => "server",
            TransportError::RateLimited(_) => "rate_limited",
            TransportError::Revoked => "revoked",
            TransportError::Unauthorized => "unauthorized",
            TransportError::UnknownCursor => "server_changed",
            TransportError::TooLarge => "too_large",
            TransportError::Redirected => "redirected",
            TransportError::Refused(_) => "refused",
        }
    }
}

const SERVER_CHANGED: &str = "The team server is not the one this device synced with, or it has lost its data. Nothing on this device has been deleted; ask your IT lead before joining again.";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::wire::{ItemResult, ReplyItem};

    fn state() -> State {
        State {
            batch: 100,
            failures: 0,
            stopping: false,
            backoff: Backoff::new(Duration::from_secs(2), Duration::from_secs(900)),
        }
    }

    fn answered(ids: &[&str], statuses: &[(&str, ItemStatus)]) -> Pushed {
        let results = statuses
            .iter()
            .map(|(id, status)| ItemResult {
                id: Some(id.to_string()),
                status: *status,
                reason: (*status == ItemStatus::Rejected).then(|| "conflict".to_string()),
            })
            .collect();
        (
            ids.iter().map(|s| s.to_string()).collect(),
            Ok(PushResponse { results }),
        )
    }

    fn failed(ids: &[&str], e: TransportError) -> Pushed {
        (ids.iter().map(|s| s.to_string()).collect(), Err(e))
    }

    fn finish(actions: &[Action]) -> Option<&Outcome> {
        match actions.last() {
            Some(Action::Finish(o)) => Some(o),
            _ => None,
        }
    }

    #[test]
    fn backoff_grows_caps_and_jitters() {
        let b = Backoff::new(Duration::from_secs(2), Duration::from_secs(900));
        let waits: Vec<u64> = (1..=12).map(|n| b.wait(n, 999).as_secs()).collect();
        // With the largest jitter factor (just under 1): 2, 4, 8 … capped at 900.
        assert_eq!(waits[..4], [1, 3, 7, 15]);
        assert!(waits.iter().all(|w| *w <= 900));
        assert_eq!(*waits.last().unwrap(), 899);
        assert_eq!(
            b.wait(1, 0),
            Duration::from_secs(1),
            "the smallest factor halves it"
        );
    }

    #[test]
    fn the_schedule_bounds_attempts() {
        let b = Backoff::new(Duration::from_millis(100), Duration::from_millis(800));
        // Shortest waits: 50, 100, 200, 400, 400, … ms.
        assert_eq!(b.max_attempts_in(Duration::from_millis(149)), 2);
        assert_eq!(b.max_attempts_in(Duration::from_millis(3000)), 10);
    }

    #[test]
    fn first_contact_remembers_the_server_and_a_different_one_stops_the_run() {
        let a = Uuid::from_u128(1);
        let b = Uuid::from_u128(2);
        let health = Ok(Health {
            status: "ok".into(),
            version: "1".into(),
            instance: a,
        });
        let first = plan(
            &Step::Health {
                answer: &health,
                known: None,
            },
            &state(),
            0,
        );
        assert_eq!(first, [Action::RememberServer(a), Action::Continue]);
        let same = plan(
            &Step::Health {
                answer: &health,
                known: Some(a),
            },
            &state(),
            0,
        );
        assert_eq!(same, [Action::Continue]);
        let other = plan(
            &Step::Health {
                answer: &health,
                known: Some(b),
            },
            &state(),
            0,
        );
        assert_eq!(finish(&other), Some(&Outcome::ServerChanged));
        assert!(
            !other.contains(&Action::ForgetToken),
            "nothing is deleted when the server changed"
        );
    }

    #[test]
    fn stored_and_duplicate_items_leave_the_queue_and_rejected_ones_keep_the_reason() {
        let group = [answered(
            &["a", "b", "c"],
            &[
                ("a", ItemStatus::Stored),
                ("b", ItemStatus::Duplicate),
                ("c", ItemStatus::Rejected),
            ],
        )];
        let actions = plan(&Step::Pushed(&group), &state(), 0);
        assert_eq!(
            actions,
            [
                Action::Ack(vec![
                    ("a".into(), Ack::Done),
                    ("b".into(), Ack::Done),
                    ("c".into(), Ack::Rejected("conflict".into())),
                ]),
                Action::Continue
            ]
        );
    }

    #[test]
    fn an_item_the_server_did_not_answer_stays_queued_and_the_run_is_retried() {
        let group = [answered(&["a", "b"], &[("a", ItemStatus::Stored)])];
        let actions = plan(&Step::Pushed(&group), &state(), 0);
        assert_eq!(actions[0], Action::Ack(vec![("a".into(), Ack::Done)]));
        assert!(matches!(&actions[1], Action::KeepQueued { ids, .. } if ids == &["b"]));
        assert!(actions.contains(&Action::CountFailure));
        assert!(matches!(finish(&actions), Some(Outcome::Retry { .. })));
    }

    #[test]
    fn revoked_outweighs_offline_and_forgets_the_token_but_keeps_the_queue() {
        let group = [
            failed(&["a"], TransportError::Offline("reset".into())),
            failed(&["b"], TransportError::Revoked),
            answered(&["c"], &[("c", ItemStatus::Stored)]),
        ];
        let actions = plan(&Step::Pushed(&group), &state(), 0);
        assert_eq!(actions[0], Action::Ack(vec![("c".into(), Ack::Done)]));
        assert!(
            matches!(&actions[1], Action::KeepQueued { ids, .. } if ids == &["a", "b"]),
            "both failed batches stay queued: {actions:?}"
        );
        assert!(actions.contains(&Action::ForgetToken));
        assert!(!actions.contains(&Action::CountFailure));
        assert_eq!(finish(&actions), Some(&Outcome::Revoked));
    }

    #[test]
    fn too_large_halves_the_batch_and_retries_at_once_until_one_item_is_too_large() {
        let group = [failed(&["a", "b"], TransportError::TooLarge)];
        let actions = plan(&Step::Pushed(&group), &state(), 0);
        assert_eq!(actions[1], Action::HalveBatch);
        assert!(
            matches!(finish(&actions), Some(Outcome::Retry { wait, .. }) if wait.is_zero()),
            "{actions:?}"
        );
        let single = State {
            batch: 1,
            ..state()
        };
        let actions = plan(&Step::Pushed(&group), &single, 0);
        assert!(!actions.contains(&Action::HalveBatch));
        assert!(matches!(finish(&actions), Some(Outcome::Retry { wait, .. }) if !wait.is_zero()));
    }

    #[test]
    fn a_group_still_in_flight_when_the_run_stopped_is_only_recorded() {
        let group = [
            answered(&["a"], &[("a", ItemStatus::Stored)]),
            failed(&["b"], TransportError::Server(503)),
        ];
        let stopping = State {
            stopping: true,
            ..state()
        };
        let actions = plan(&Step::Pushed(&group), &stopping, 0);
        assert_eq!(actions, [Action::Ack(vec![("a".into(), Ack::Done)])]);
    }

    #[test]
    fn the_wait_grows_with_failures_in_a_row_and_honours_retry_after() {
        let offline = Err(TransportError::Offline("no route".into()));
        let wait_after = |failures| {
            let s = State {
                failures,
                ..state()
            };
            match finish(&plan(
                &Step::Health {
                    answer: &offline,
                    known: None,
                },
                &s,
                999,
            )) {
                Some(Outcome::Retry { wait, .. }) => wait.as_secs(),
                other => panic!("{other:?}"),
            }
        };
        assert_eq!([wait_after(0), wait_after(1), wait_after(2)], [1, 3, 7]);
        let limited = Err(TransportError::RateLimited(Some(Duration::from_secs(120))));
        let actions = plan(
            &Step::Health {
                answer: &limited,
                known: None,
            },
            &state(),
            0,
        );
        assert!(
            matches!(finish(&actions), Some(Outcome::Retry { wait, .. }) if *wait == Duration::from_secs(120))
        );
    }

    #[test]
    fn replies_are_stored_with_their_cursor_until_a_page_brings_nothing_new() {
        let instance = Uuid::from_u128(7);
        let page = Ok(RepliesPage {
            items: vec![ReplyItem {
                seq: 5,
                reflection_id: Uuid::from_u128(9),
                text: "Talk it through on Tuesday.".into(),
                at: "2026-12-01T10:00:00Z".into(),
                supervisor: "Sam Supervisor".into(),
                number: Some(5),
                edited_at: None,
                withdrawn: false,
            }],
            cursor: 5,
        });
        let step = |cursor| Step::Replies {
            answer: &page,
            cursor,
            instance,
        };
        let actions = plan(&step(0), &state(), 0);
        assert!(matches!(
            &actions[0],
            Action::StoreReplies { cursor: 5, replies, .. }
                if replies.len() == 1 && replies[0].author == "Sam Supervisor"
        ));
        assert_eq!(actions[1], Action::Continue);
        // A corrected reply: a new seq, the same number; one from a server before numbers: its seq.
        let mut edited = page.as_ref().unwrap().clone();
        edited.items[0].seq = 8;
        edited.items[0].edited_at = Some("2026-12-01T10:04:00Z".into());
        let mut older = edited.items[0].clone();
        (older.seq, older.number, older.edited_at) = (9, None, None);
        edited.items.push(older);
        edited.cursor = 9;
        let answer = Ok(edited);
        let actions = plan(
            &Step::Replies {
                answer: &answer,
                cursor: 5,
                instance,
            },
            &state(),
            0,
        );
        assert!(matches!(
            &actions[0],
            Action::StoreReplies { replies, .. }
                if replies[0].number == 5 && replies[0].edited && replies[1].number == 9 && !replies[1].edited
        ));
        assert_eq!(
            plan(&step(5), &state(), 0),
            [Action::Synced],
            "a cursor that does not move ends the run"
        );
        let unknown = Err(TransportError::UnknownCursor);
        let actions = plan(
            &Step::Replies {
                answer: &unknown,
                cursor: 99,
                instance,
            },
            &state(),
            0,
        );
        assert_eq!(finish(&actions), Some(&Outcome::ServerChanged));
    }
}
