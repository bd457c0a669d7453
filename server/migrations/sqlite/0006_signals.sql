-- 6: what the team is learning. A device sends, with each shared reflection, the ids of the
-- content's signals that held for it (sleep space not seen, partner not seen…) as a JSON array;
-- NULL for reflections from devices that did not send them (not counted in the shares).
ALTER TABLE reflections ADD COLUMN signals TEXT;
