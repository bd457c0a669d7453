//! Versioned schema migrations, one list per backend (`server/migrations/<backend>/NNNN_*.sql`).
//! Migration `i` takes the schema from version `i` to `i + 1`; all pending ones run in one
//! transaction; a database written by a newer server is refused and left untouched. SQLite keeps
//! its version in `user_version`; PostgreSQL in `meta.schema_version`, under an advisory lock so
//! that servers starting together do not race. Never edit a released migration: add one.

use uuid::Uuid;

use super::DbError;

/// SQLite's migrations, in order.
pub(super) const SQLITE: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_init.sql"),
    include_str!("../../migrations/sqlite/0002_replies.sql"),
    include_str!("../../migrations/sqlite/0003_supervisor_lifecycle.sql"),
    include_str!("../../migrations/sqlite/0004_supervision_queue.sql"),
    include_str!("../../migrations/sqlite/0005_reply_changes.sql"),
    include_str!("../../migrations/sqlite/0006_signals.sql"),
    include_str!("../../migrations/sqlite/0007_search_behind_ingest.sql"),
    include_str!("../../migrations/sqlite/0008_worry_to_action.sql"),
    include_str!("../../migrations/sqlite/0009_case_key.sql"),
    include_str!("../../migrations/sqlite/0010_device_person.sql"),
];

/// PostgreSQL's migrations, in order: the same schema version as SQLite's at every step.
pub(super) const POSTGRES: &[&str] = &[
    include_str!("../../migrations/postgres/0001_init.sql"),
    include_str!("../../migrations/postgres/0002_replies.sql"),
    include_str!("../../migrations/postgres/0003_supervisor_lifecycle.sql"),
    include_str!("../../migrations/postgres/0004_supervision_queue.sql"),
    include_str!("../../migrations/postgres/0005_reply_changes.sql"),
    include_str!("../../migrations/postgres/0006_signals.sql"),
    include_str!("../../migrations/postgres/0007_search_behind_ingest.sql"),
    include_str!("../../migrations/postgres/0008_worry_to_action.sql"),
    include_str!("../../migrations/postgres/0009_case_key.sql"),
    include_str!("../../migrations/postgres/0010_device_person.sql"),
];

/// The schema version this server writes (both backends).
pub const SCHEMA_VERSION: i64 = SQLITE.len() as i64;

const _: () = assert!(SQLITE.len() == POSTGRES.len());

/// The key PostgreSQL's advisory lock is taken on while migrating.
const PG_LOCK: i64 = 4_242_424_242;

/// Refuses a schema newer than this server writes.
fn check(found: i64) -> Result<(), DbError> {
    if found > SCHEMA_VERSION {
        return Err(DbError::NewerSchema {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Migrates a SQLite database to [`SCHEMA_VERSION`] in one transaction. A new database gets
/// its identity (`meta.instance_id`) in the same transaction.
pub(super) fn sqlite(conn: &mut rusqlite::Connection) -> Result<(), DbError> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    check(found)?;
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    for sql in &SQLITE[found as usize..] {
        tx.execute_batch(sql)?;
    }
    if found == 0 {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('instance_id', ?1)",
            [Uuid::now_v7().to_string()],
        )?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
    tx.commit()?;
    Ok(())
}

/// Migrates a PostgreSQL database to [`SCHEMA_VERSION`] in one transaction, under an advisory
/// lock. A new database gets its identity in the same transaction.
pub(super) async fn postgres(client: &mut tokio_postgres::Client) -> Result<(), DbError> {
    let tx = client.transaction().await?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&PG_LOCK])
        .await?;
    let has_meta: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                            WHERE table_name = 'meta' AND table_schema = current_schema())",
            &[],
        )
        .await?
        .try_get(0)?;
    let found: i64 = if has_meta {
        let version: Option<String> = tx
            .query_opt("SELECT value FROM meta WHERE key = 'schema_version'", &[])
            .await?
            .map(|r| r.try_get(0))
            .transpose()?;
        version.and_then(|v| v.parse().ok()).unwrap_or(0)
    } else {
        0
    };
    check(found)?;
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    for sql in &POSTGRES[found as usize..] {
        tx.batch_execute(sql).await?;
    }
    if found == 0 {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('instance_id', $1)",
            &[&Uuid::now_v7().to_string()],
        )
        .await?;
    }
    tx.execute(
        "INSERT INTO meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        &[&SCHEMA_VERSION.to_string()],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
