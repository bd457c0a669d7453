-- 3: a supervisor can be disabled (their sessions end at once) and enabled again; a session
-- ends after a time without requests as well as at its absolute expiry, so it records when it
-- was last used (sessions open at the upgrade count as used at their start). Each device's bytes of
-- text stored per day (UTC, the day's first second) are kept for its daily quota.
ALTER TABLE supervisors ADD COLUMN disabled_at INTEGER;
ALTER TABLE sessions ADD COLUMN last_seen_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = expires_at - 28800;
CREATE TABLE device_days (
    device_id TEXT NOT NULL, day INTEGER NOT NULL, bytes INTEGER NOT NULL,
    PRIMARY KEY (device_id, day));
