-- 9: the case over time. A device may send, with each shared reflection, the family's case key
-- (32 hex digits, random, made on the device; never derived from the family): the supervisor's
-- page shows the case's reflections in a row and the queue says "3rd reflection on this case".
-- NULL when the practitioner turned linking off, or from devices before this field. The index
-- holds only linked rows, so unlinked ingest pays nothing for it.
ALTER TABLE reflections ADD COLUMN case_key TEXT;
CREATE INDEX reflections_case ON reflections(team_id, case_key, week) WHERE case_key IS NOT NULL;
