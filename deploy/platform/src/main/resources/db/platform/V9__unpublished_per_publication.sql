-- A service may have more than one publication (its own topic, and feeds such as referral-service's partner topics):
-- an event one of them cannot map is parked for that one, and another may still publish it. Until now every
-- service had exactly one publication, whose streaming processor is the one named *-events-publication, so the rows
-- parked so far are that publication's.
ALTER TABLE unpublished_event ADD COLUMN IF NOT EXISTS publication VARCHAR(255);
UPDATE unpublished_event SET publication =
    (SELECT min(processor_name) FROM token_entry WHERE processor_name LIKE '%-events-publication')
    WHERE publication IS NULL;
ALTER TABLE unpublished_event ALTER COLUMN publication SET NOT NULL;
ALTER TABLE unpublished_event DROP CONSTRAINT IF EXISTS unpublished_event_global_index_key;
CREATE UNIQUE INDEX IF NOT EXISTS unpublished_event_once ON unpublished_event (publication, global_index);
