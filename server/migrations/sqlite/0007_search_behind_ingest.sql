-- 7: the full-text index is kept behind ingest instead of by a trigger on every insert (the
-- trigger made ingest 2-3 times slower: docs/benchmarks.md). The server indexes what arrived
-- in chunks when ingest is quiet, and before a search; `search_indexed_to` is the last `seq`
-- indexed (seq only grows and SQLite has one writer, so every row up to it is indexed). Rows
-- already in the index at the upgrade were indexed by the old trigger.
DROP TRIGGER reflections_fts_insert;
INSERT INTO meta (key, value)
    SELECT 'search_indexed_to', CAST(coalesce(max(seq), 0) AS TEXT) FROM reflections;
-- A row is taken out of the index only if it is in it (FTS5 must not be told to delete what
-- it does not hold).
DROP TRIGGER reflections_fts_delete;
CREATE TRIGGER reflections_fts_delete AFTER DELETE ON reflections
    WHEN old.seq <= (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_indexed_to')
BEGIN
    INSERT INTO reflections_fts(reflections_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
-- 7: a supervisor's credentials have a generation, raised when they are disabled, enabled or
-- their password is reset: a login opens a session only if the generation it checked the
-- password against is still the current one (a login in flight during a reset or a disable
-- opens nothing).
ALTER TABLE supervisors ADD COLUMN credential_gen INTEGER NOT NULL DEFAULT 0;
