//! Versioned schema migrations. Each runs once, in order, all pending ones in one transaction;
//! the version is SQLite's `user_version`. A migration is SQL, and may fill in what the SQL
//! cannot (a step in Rust, in the same transaction). A step reads and writes with this build's
//! code, which expects the latest schema, so the steps run after the SQL of every pending
//! migration, each distinct step once. Never edit a released migration: add one.

use rusqlite::{Connection, Transaction};

use super::StoreError;

/// A step in Rust that fills in what a migration's SQL cannot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fill {
    /// Recompute what is still unknown about every family ([`super::outstanding::refresh_all`]).
    Outstanding,
}

impl Fill {
    fn run(self, tx: &Transaction<'_>) -> Result<(), StoreError> {
        match self {
            Fill::Outstanding => super::outstanding::refresh_all(tx),
        }
    }
}

/// One migration: its SQL, then an optional step that fills in data.
pub(crate) struct Migration {
    sql: &'static str,
    then: Option<Fill>,
}

const fn sql(sql: &'static str) -> Migration {
    Migration { sql, then: None }
}

/// Migration `i` takes the schema from version `i` to `i + 1`.
pub(crate) const MIGRATIONS: &[Migration] = &[
    // 1: the family record, visits, answers and reflections.
    sql(r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE households (
        id           TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        flags        TEXT NOT NULL DEFAULT '[]',
        notes        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
    ) STRICT;
    CREATE TABLE members (
        id               TEXT PRIMARY KEY,
        household_id     TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        position         INTEGER NOT NULL,
        name             TEXT NOT NULL,
        aliases          TEXT NOT NULL DEFAULT '[]',
        role             TEXT NOT NULL,
        dob              TEXT,
        approx_age_years INTEGER,
        residence        TEXT NOT NULL,
        caring_role      INTEGER NOT NULL DEFAULT 0,
        notes            TEXT NOT NULL DEFAULT '',
        added_at         TEXT NOT NULL
    ) STRICT;
    CREATE INDEX members_household ON members(household_id, position);
    CREATE TABLE visits (
        id                       TEXT PRIMARY KEY,
        household_id             TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        date                     TEXT NOT NULL,
        kind                     TEXT NOT NULL,
        status                   TEXT NOT NULL,
        present                  TEXT NOT NULL DEFAULT '[]',
        seen                     TEXT NOT NULL DEFAULT '[]',
        sleep_space_seen         INTEGER,
        older_children_spoken_to INTEGER,
        notes                    TEXT NOT NULL DEFAULT '',
        content_hash             TEXT NOT NULL,
        created_at               TEXT NOT NULL,
        updated_at               TEXT NOT NULL
    ) STRICT;
    CREATE INDEX visits_household_date ON visits(household_id, date);
    CREATE TABLE answers (
        visit_id  TEXT NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
        position  INTEGER NOT NULL,
        prompt_id TEXT NOT NULL,
        state     TEXT NOT NULL,
        note      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (visit_id, prompt_id)
    ) STRICT;
    CREATE TABLE reflections (
        id           TEXT PRIMARY KEY,
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        visit_id     TEXT REFERENCES visits(id) ON DELETE SET NULL,
        sections     TEXT NOT NULL DEFAULT '{}',
        themes       TEXT NOT NULL DEFAULT '[]',
        status       TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        revision     INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX reflections_household ON reflections(household_id);
    "#),
    // 2: the outbox (anonymised items waiting for the team server; no link to the family, so
    // deleting a family never loses an unsent item) and the app's settings.
    sql(r#"
    CREATE TABLE outbox (
        id            TEXT PRIMARY KEY,
        reflection_id TEXT NOT NULL,
        payload       TEXT NOT NULL,
        queued_at     TEXT NOT NULL,
        state         TEXT NOT NULL DEFAULT 'queued',
        attempts      INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT
    ) STRICT;
    CREATE INDEX outbox_state ON outbox(state, queued_at);
    CREATE INDEX visits_household_status ON visits(household_id, status, date);
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    "#),
    // 3: what is still unknown about each family, kept with it for the families list
    // (recomputed whenever the family or its visits change), filled in for every family now.
    Migration {
        sql: "ALTER TABLE households ADD COLUMN outstanding TEXT NOT NULL DEFAULT '[]';",
        then: Some(Fill::Outstanding),
    },
    // 4: sharing for supervision: what the server said of each outbox item, and the replies
    // pulled from it (keyed by the server's instance and sequence, so a pull is idempotent).
    sql(r#"
    ALTER TABLE outbox ADD COLUMN reason TEXT;
    ALTER TABLE outbox ADD COLUMN sent_at TEXT;
    CREATE TABLE feedback (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        server        TEXT NOT NULL,
        seq           INTEGER NOT NULL,
        item_id       TEXT NOT NULL,
        reflection_id TEXT,
        text          TEXT NOT NULL,
        at            TEXT NOT NULL,
        received_at   TEXT NOT NULL,
        read          INTEGER NOT NULL DEFAULT 0,
        UNIQUE (server, seq)
    ) STRICT;
    CREATE INDEX feedback_reflection ON feedback(reflection_id);
    "#),
    // 5: an outbox item's state in a narrow table of its own, so that acknowledging thousands
    // of items does not rewrite (and re-encrypt) their payloads. The outbox keeps only the item.
    sql(r#"
    CREATE TABLE outbox_status (
        id         TEXT PRIMARY KEY,
        state      TEXT NOT NULL,
        attempts   INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        reason     TEXT,
        queued_at  TEXT NOT NULL,
        sent_at    TEXT
    ) STRICT;
    INSERT INTO outbox_status (id, state, attempts, last_error, reason, queued_at, sent_at)
        SELECT id, state, attempts, last_error, reason, queued_at, sent_at FROM outbox;
    CREATE INDEX outbox_status_state ON outbox_status(state, queued_at, id);
    DROP INDEX outbox_state;
    ALTER TABLE outbox DROP COLUMN state;
    ALTER TABLE outbox DROP COLUMN attempts;
    ALTER TABLE outbox DROP COLUMN last_error;
    ALTER TABLE outbox DROP COLUMN reason;
    ALTER TABLE outbox DROP COLUMN sent_at;
    ALTER TABLE outbox DROP COLUMN queued_at;
    "#),
    // 6: content 2026.12.1. A reflection keeps the template version it was written with (every
    // earlier one was written with template 2026.11.1, so the sections added since show as not
    // asked, never as left empty) and its answers to the template's structured questions. The
    // flags "child_favoured" and "appears_well_resourced" are retired: the questions they raised
    // now reach every family, so they leave the records (and a family can be saved again).
    sql(r#"
    ALTER TABLE reflections ADD COLUMN template_version TEXT NOT NULL DEFAULT '2026.11.1';
    ALTER TABLE reflections ADD COLUMN choices TEXT NOT NULL DEFAULT '{}';
    UPDATE households SET flags = (
        SELECT json_group_array(value) FROM json_each(households.flags)
        WHERE value NOT IN ('child_favoured', 'appears_well_resourced')
    )
    WHERE EXISTS (
        SELECT 1 FROM json_each(households.flags)
        WHERE value IN ('child_favoured', 'appears_well_resourced')
    );
    "#),
    // 7: one word for a supervisor's reply everywhere: the table `feedback` is `replies`.
    sql(r#"
    ALTER TABLE feedback RENAME TO replies;
    DROP INDEX feedback_reflection;
    CREATE INDEX replies_reflection ON replies(reflection_id);
    "#),
    // 8: a family can be closed (moved away, case closed); closed families are erased from the
    // device after the retention period (`retention`). Both columns are set, or neither.
    sql(r#"
    ALTER TABLE households ADD COLUMN closed_on TEXT;
    ALTER TABLE households ADD COLUMN closed_reason TEXT;
    CREATE INDEX households_closed ON households(closed_on) WHERE closed_on IS NOT NULL;
    "#),
    // 9: who wrote a supervisor's reply, as the server names them (empty for replies pulled
    // before: older servers did not say).
    sql("ALTER TABLE replies ADD COLUMN author TEXT NOT NULL DEFAULT '';"),
    // 10: a supervisor may edit or withdraw a reply shortly after sending it; the device keeps
    // the latest version under the reply's number (`seq`) and says that it changed.
    sql(r#"
    ALTER TABLE replies ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE replies ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
    "#),
    // 11: a visit can be planned for a time of day ("14:30"); the home screen lists the planned
    // visits by day. Visits that did not happen may also be "cancelled" or "not_brought"
    // (statuses are text: nothing to change for them), and every visit that did not happen now
    // counts toward what is still unknown: recomputed for every family.
    Migration {
        sql: r#"
    ALTER TABLE visits ADD COLUMN time TEXT;
    CREATE INDEX visits_planned ON visits(date) WHERE status = 'planned';
    "#,
        then: Some(Fill::Outstanding),
    },
    // 12: what is still unknown is kept as what the app words in the language in use (its
    // kind, the role, how many visits), no longer as English sentences: recomputed for every
    // family.
    Migration {
        sql: "-- nothing in the schema changes",
        then: Some(Fill::Outstanding),
    },
    // 13: what a visit records of each baby (mobility, weight and its centile line, injuries or
    // marks seen) and whether the mother was seen on her own; a baby's gestation and birth
    // weight; the changes to a family's record (people joining and leaving, flags set and
    // cleared) for its chronology. Existing rows keep everything and record nothing new.
    sql(r#"
    ALTER TABLE visits ADD COLUMN mother_seen_alone TEXT;
    ALTER TABLE visits ADD COLUMN seen_alone_why TEXT NOT NULL DEFAULT '';
    ALTER TABLE visits ADD COLUMN babies TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE members ADD COLUMN gestation_weeks INTEGER;
    ALTER TABLE members ADD COLUMN birth_weight TEXT;
    CREATE TABLE household_events (
        household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        position     INTEGER PRIMARY KEY,
        at           TEXT NOT NULL,
        kind         TEXT NOT NULL,
        subject      TEXT NOT NULL,
        role         TEXT,
        name         TEXT
    ) STRICT;
    CREATE INDEX household_events_household ON household_events(household_id, position);
    "#),
    // 14: a reflection's actions (what, who, by when, done on), as JSON beside its answers;
    // the home screen reads the ones not done. The template's "Escalate?" question became
    // "What happens next?" (a decision with its own options): an unshared draft's old answer
    // is dropped so that the new question is asked (a shared one keeps it, as it was sent).
    sql(r#"
    ALTER TABLE reflections ADD COLUMN actions TEXT NOT NULL DEFAULT '[]';
    UPDATE reflections SET choices = json_remove(choices, '$.escalate') WHERE status != 'shared';
    "#),
    // 15: a family's case key, so that supervision sees its shared reflections over time: 128
    // random bits made by the app when a reflection is first shared (never derived from the
    // family), sent with each reflection while `case_link` is on; the practitioner can turn it
    // off or start a new key. Existing families start linked, with no key until they share.
    sql(r#"
    ALTER TABLE households ADD COLUMN case_key TEXT;
    ALTER TABLE households ADD COLUMN case_link INTEGER NOT NULL DEFAULT 1;
    "#),
];

/// The schema version this build writes.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// Reads the schema version.
pub(crate) fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))
}

/// Runs the migrations from the current version up to `target`, all in one transaction.
/// The caller has already refused a version above [`LATEST`].
pub(crate) fn migrate_to(conn: &mut Connection, target: u32) -> Result<(), StoreError> {
    let current = version(conn)?;
    if current >= target {
        return Ok(());
    }
    let tx = conn.transaction()?;
    let mut steps: Vec<Fill> = Vec::new();
    for m in MIGRATIONS
        .iter()
        .take(target as usize)
        .skip(current as usize)
    {
        tx.execute_batch(m.sql)?;
        if let Some(step) = m.then
            && !steps.contains(&step)
        {
            steps.push(step);
        }
    }
    // A step needs the latest schema. An older target is only ever asked for by tests that
    // build an old store to upgrade: the upgrade to the latest runs the step (migration 11
    // recomputes what migration 3 filled in).
    if target == LATEST {
        for step in steps {
            step.run(&tx)?;
        }
    }
    tx.pragma_update(None, "user_version", target)?;
    tx.commit()?;
    Ok(())
}
