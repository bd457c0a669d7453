-- 3: a supervisor can be disabled (their sessions end at once) and enabled again; a session
-- ends after a time without requests as well as at its absolute expiry, so it records when it
-- was last used (sessions open at the upgrade count as used at their start). A device's bytes
-- stored today are counted for its daily quota by (device_id, received_at).
ALTER TABLE supervisors ADD COLUMN disabled_at BIGINT;
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT NOT NULL DEFAULT 0;
UPDATE sessions SET last_seen_at = expires_at - 28800;
CREATE INDEX reflections_device_day ON reflections(device_id, received_at);
