-- 1: teams, enrolment codes, devices, reflections, supervisors, replies (feedback), sessions,
-- the audit trail, and the database's identity (meta).
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE teams (
    id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE enrol_codes (
    code_hash TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    expires_at INTEGER NOT NULL, used_at INTEGER, created_at INTEGER NOT NULL);
CREATE TABLE devices (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id), label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, revoked_at INTEGER,
    last_seen_at INTEGER);
CREATE TABLE reflections (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
    team_id TEXT NOT NULL REFERENCES teams(id), device_id TEXT NOT NULL REFERENCES devices(id),
    week TEXT NOT NULL, content_version TEXT NOT NULL, themes TEXT NOT NULL, text TEXT NOT NULL,
    body_hash TEXT NOT NULL, received_at INTEGER NOT NULL);
CREATE INDEX reflections_team ON reflections(team_id, seq);
CREATE TABLE supervisors (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES teams(id),
    username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE TABLE feedback (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, reflection_id TEXT NOT NULL REFERENCES reflections(id),
    device_id TEXT NOT NULL, team_id TEXT NOT NULL, supervisor_id TEXT NOT NULL,
    text TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX feedback_device ON feedback(device_id, seq);
CREATE INDEX feedback_reflection ON feedback(reflection_id);
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY, supervisor_id TEXT NOT NULL REFERENCES supervisors(id),
    csrf TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL,
    action TEXT NOT NULL, detail TEXT NOT NULL);
