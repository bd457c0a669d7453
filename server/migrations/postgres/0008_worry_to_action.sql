-- 8: from worry to action. A device sends, with each shared reflection, the practitioner's
-- answer to "Is this baby safe tonight?" (`judgement`: yes, no, not-sure), the decision on what
-- happens next (`decision`: none, lead, referral, emergency) and the due dates of its actions
-- (`actions_due`, a JSON array of YYYY-MM-DD); NULL from devices that did not send them.
-- `urgency` is worked out at ingest from the content's options (4 an emergency, 3 a referral,
-- 2 not safe or not sure tonight, 0 the rest): the supervisors' queue is ordered by it first.
ALTER TABLE reflections ADD COLUMN judgement TEXT;
ALTER TABLE reflections ADD COLUMN decision TEXT;
ALTER TABLE reflections ADD COLUMN actions_due TEXT;
ALTER TABLE reflections ADD COLUMN urgency BIGINT NOT NULL DEFAULT 0;
-- The queue's index is read in the queue's order (the most urgent first, then the oldest week,
-- then arrival), in place of the one before (ingest keeps as many indexes): the first page of
-- the queue stops after its rows instead of sorting every reflection of the team; the state,
-- last, keeps the counts in the navigation on the index alone.
DROP INDEX reflections_queue;
CREATE INDEX reflections_queue ON reflections(team_id, urgency DESC, week, seq, state);
