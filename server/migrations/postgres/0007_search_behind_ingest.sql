-- 7: the full-text index is kept behind ingest instead of inside it (computing the English
-- tsvector of every note at insert made ingest 2-3 times slower: docs/benchmarks.md). Each
-- reflection's tsvector is stored in `reflection_search`, with a GIN index that searches use; a
-- reflection that is not indexed yet is listed in `search_pending` (written by ingest in its
-- transaction). Servers index pending rows in chunks (FOR UPDATE SKIP LOCKED, so several servers
-- share the work) when ingest is quiet and before a search.
DROP INDEX reflections_search;
CREATE TABLE reflection_search (
    seq BIGINT PRIMARY KEY REFERENCES reflections(seq) ON DELETE CASCADE,
    search TSVECTOR NOT NULL);
CREATE INDEX reflection_search_gin ON reflection_search USING GIN (search);
CREATE TABLE search_pending (seq BIGINT PRIMARY KEY);
INSERT INTO search_pending (seq) SELECT seq FROM reflections;
-- 7: a supervisor's credentials have a generation, raised when they are disabled, enabled or
-- their password is reset: a login opens a session only if the generation it checked the
-- password against is still the current one (a login in flight during a reset or a disable
-- opens nothing).
ALTER TABLE supervisors ADD COLUMN credential_gen BIGINT NOT NULL DEFAULT 0;
-- 7: the limits that several servers on one database must share (refused requests per address,
-- failed logins per username, requests per device): one token bucket per (limit, key), updated
-- in one statement. `ok` says whether the last request on the bucket was allowed.
CREATE TABLE throttle (
    bucket TEXT NOT NULL, key TEXT NOT NULL, tokens DOUBLE PRECISION NOT NULL,
    at DOUBLE PRECISION NOT NULL, ok BOOLEAN NOT NULL,
    PRIMARY KEY (bucket, key));
CREATE INDEX throttle_at ON throttle(at);
