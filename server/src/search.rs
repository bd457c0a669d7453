//! The full-text index, kept behind ingest. Indexing a note costs two to three times what
//! storing it does (SQLite's FTS5 with the Porter stemmer, PostgreSQL's English `tsvector`:
//! docs/benchmarks.md), so a push stores its reflections and leaves them pending; this indexer
//! adds them in chunks when pushes pause (and at least a chunk a second under a steady stream of
//! pushes), and a search first indexes what is pending, so that it finds every stored
//! reflection. Only after a burst larger than [`CATCH_UP`] can a search miss the newest ones, and
//! the page then says how many.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use crate::db::{Db, DbResult};

/// Reflections indexed in one transaction.
pub const CHUNK: i64 = 500;
/// How long pushes must pause before the indexer takes the database.
const QUIET: Duration = Duration::from_millis(50);
/// The longest the indexer gives way to a steady stream of pushes before indexing a chunk.
const WAIT_AT_MOST: Duration = Duration::from_secs(1);
/// How often the indexer looks without being woken (other servers' pushes, on PostgreSQL).
const TICK: Duration = Duration::from_secs(5);
/// The most a search indexes before it runs (a few tenths of a second).
pub const CATCH_UP: i64 = 5 * CHUNK;
/// The longest a search waits for reflections another indexer is adding.
const CATCH_UP_WAIT: Duration = Duration::from_secs(2);

/// The indexer: woken by each push that stored something.
#[derive(Debug)]
pub struct Indexer {
    db: Db,
    wake: Notify,
    last_push: Mutex<Instant>,
}

impl Indexer {
    pub fn new(db: Db) -> Indexer {
        Indexer {
            db,
            wake: Notify::new(),
            last_push: Mutex::new(Instant::now()),
        }
    }

    /// A push stored reflections: they are pending.
    pub fn pushed(&self) {
        *self.last_push.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        self.wake.notify_one();
    }

    fn since_last_push(&self) -> Duration {
        self.last_push
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .elapsed()
    }

    /// Indexes pending reflections until none are left, giving way to pushes; runs for the
    /// server's life.
    pub async fn run(&self) {
        loop {
            tokio::select! {
                () = self.wake.notified() => {}
                () = tokio::time::sleep(TICK) => {}
            }
            loop {
                let waiting = Instant::now();
                while self.since_last_push() < QUIET && waiting.elapsed() < WAIT_AT_MOST {
                    tokio::time::sleep(QUIET).await;
                }
                match self.db.index_search(CHUNK).await {
                    Ok(n) if n >= CHUNK => {}
                    Ok(_) => break,
                    Err(e) => {
                        tracing::warn!(error = %e, "indexing for search failed; trying again later");
                        break;
                    }
                }
            }
        }
    }

    /// Before a search of `team`'s reflections: indexes what is pending, up to [`CATCH_UP`];
    /// how many of the team's reflections are still not searchable.
    pub async fn catch_up(&self, team: uuid::Uuid) -> DbResult<i64> {
        let started = Instant::now();
        let mut done = 0;
        loop {
            let n = self.db.index_search(CHUNK).await?;
            done += n;
            if n == CHUNK && done < CATCH_UP {
                continue;
            }
            let pending = self.db.search_pending(team).await?;
            // What is left may be in the hands of the background indexer (or, on PostgreSQL,
            // another server's), which commits in a moment: wait for it, a little.
            if pending == 0 || done >= CATCH_UP || started.elapsed() > CATCH_UP_WAIT {
                return Ok(pending);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
