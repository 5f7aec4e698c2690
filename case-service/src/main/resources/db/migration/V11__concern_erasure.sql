-- Erasure: a concern's personal data goes from the read models in the transaction that erases its key, so its summary
-- and subject become null and the row says erased; the timeline keeps what other services reported and when, without
-- what they wrote. national_id finds the concerns about a person to erase them all; rows received before it existed
-- get it from their report, stored then in plain JSON.
ALTER TABLE concern_view
    ALTER COLUMN summary DROP NOT NULL,
    ALTER COLUMN subject_name DROP NOT NULL,
    ALTER COLUMN birth_date DROP NOT NULL,
    ALTER COLUMN municipality DROP NOT NULL,
    ADD COLUMN national_id VARCHAR(11),
    ADD COLUMN erased BOOLEAN NOT NULL DEFAULT false;

UPDATE concern_view v
SET national_id = convert_from(e.payload, 'UTF8')::jsonb #>> '{subject,nationalIdentityNumber}'
FROM domain_event_entry e
WHERE e.aggregate_identifier = v.concern_id::text AND e.sequence_number = 0
  AND e.payload_type = 'no.concerntrail.cases.domain.event.ConcernReceived';

CREATE INDEX concern_view_national_id ON concern_view (national_id) WHERE national_id IS NOT NULL;
