-- 8: from worry to action. A device sends, with each shared reflection, the practitioner's
-- answer to "Is this baby safe tonight?" (`judgement`: yes, no, not-sure), the decision on what
-- happens next (`decision`: none, lead, referral, emergency) and the due dates of its actions
-- (`actions_due`, a JSON array of YYYY-MM-DD); NULL from devices that did not send them.
-- `urgency` is worked out at ingest from the content's options (4 an emergency, 3 a referral,
-- 2 not safe or not sure tonight, 0 the rest): the supervisors' queue is ordered by it first.
-- No index is added: the queue sorts one team's rows, and every index slows ingest.
ALTER TABLE reflections ADD COLUMN judgement TEXT;
ALTER TABLE reflections ADD COLUMN decision TEXT;
ALTER TABLE reflections ADD COLUMN actions_due TEXT;
ALTER TABLE reflections ADD COLUMN urgency INTEGER NOT NULL DEFAULT 0;
