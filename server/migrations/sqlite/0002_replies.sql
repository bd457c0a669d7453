-- 2: one word for a supervisor's reply everywhere: the table `feedback` is `replies`. Its
-- sequence (the devices' cursor) carries on from where it was.
ALTER TABLE feedback RENAME TO replies;
DROP INDEX feedback_device;
DROP INDEX feedback_reflection;
CREATE INDEX replies_device ON replies(device_id, seq);
CREATE INDEX replies_reflection ON replies(reflection_id);
