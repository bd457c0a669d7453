-- 4: supervision as a queue. Each reflection has a state a supervisor sets: new, replied,
-- discussed (in supervision, on a date) or closed; one with a reply already counts as replied.
-- The list is ordered by the week of the visit, then arrival. The text is searchable
-- (full-text search over an English tsvector, indexed).
ALTER TABLE reflections ADD COLUMN state TEXT NOT NULL DEFAULT 'new';
ALTER TABLE reflections ADD COLUMN discussed_on TEXT;
-- The practitioner's own name, when the device sent one (Settings on the device).
ALTER TABLE reflections ADD COLUMN author_name TEXT;
-- A supervisor's name as practitioners see it on replies (the username when none).
ALTER TABLE supervisors ADD COLUMN display_name TEXT;
UPDATE reflections SET state = 'replied'
    WHERE EXISTS (SELECT 1 FROM replies f WHERE f.reflection_id = reflections.id);
CREATE INDEX reflections_queue ON reflections(team_id, state, week, seq);
CREATE INDEX reflections_week ON reflections(team_id, week, seq);
CREATE INDEX reflections_search ON reflections USING GIN (to_tsvector('english', text));
