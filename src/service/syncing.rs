//! The background sync, as the app runs it: one run when woken or due (draining the outbox and
//! pulling replies through [`crate::sync::engine`]), never holding the store while on the
//! network.

use crate::store::StoreError;
use crate::sync::engine::{Engine, StoreAccess};
pub use crate::sync::plan::Outcome;

/// The sync engine between runs (its backoff and the failures it counts).
#[derive(Debug, Default)]
pub struct Syncer {
    engine: Engine,
}

impl Syncer {
    /// One run: `Ok(None)` when there is nothing to do (locked, or not enrolled), else what came
    /// of it; an error when the store failed during the run (locked meanwhile, say).
    /// `starting` is called once a run begins (the app shows that it is syncing).
    pub fn run(
        &mut self,
        session: &impl StoreAccess,
        starting: impl FnOnce(),
    ) -> Result<Option<Outcome>, StoreError> {
        let Ok(Some(config)) = session.with(|s| s.sync_config()) else {
            return Ok(None);
        };
        let Ok(transport) = crate::sync::http::Http::new(&config.server_url, &config.token) else {
            return Ok(None);
        };
        starting();
        self.engine.run_once(session, &transport).map(Some)
    }
}
