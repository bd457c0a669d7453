-- 2: one word for a supervisor's reply everywhere: the table `feedback` is `replies`. Its
-- sequence (the devices' cursor) carries on from where it was.
ALTER TABLE feedback RENAME TO replies;
ALTER SEQUENCE feedback_seq_seq RENAME TO replies_seq_seq;
ALTER INDEX feedback_device RENAME TO replies_device;
ALTER INDEX feedback_reflection RENAME TO replies_reflection;
