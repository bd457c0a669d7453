-- 5: a supervisor may edit or withdraw a reply for a short time after sending it. A change
-- replaces the reply's row with a new one, so that it gets a new sequence number and devices
-- past the old one pull it again; `number` (the reply's first sequence number) is what stays
-- the same, for the device to replace the version it holds.
ALTER TABLE replies ADD COLUMN number INTEGER;
ALTER TABLE replies ADD COLUMN edited_at INTEGER;
ALTER TABLE replies ADD COLUMN withdrawn_at INTEGER;
UPDATE replies SET number = seq;
CREATE INDEX replies_number ON replies(reflection_id, number);
