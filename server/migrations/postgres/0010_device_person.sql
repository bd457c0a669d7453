-- 10: the name of the practitioner who last sent a reflection with their name from a device
-- (written at ingest, once per batch), so that the supervisor's "Practitioner" filter lists
-- people, with the device as a detail, instead of devices.
ALTER TABLE devices ADD COLUMN person TEXT;
