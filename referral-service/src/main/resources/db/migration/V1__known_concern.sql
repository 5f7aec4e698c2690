-- What referral-service knows of each concern, from concerntrail.case.events: enough to refuse a referral on an
-- unknown, unadopted or closed concern, to tell the subject's age (who may consent, which duties apply), and for
-- need-to-know (the police district the concern belongs to, who it is assigned to). district is null for a concern
-- learnt from events before districts were published: it belongs to no district's officers.
CREATE TABLE known_concern (
    concern_id         UUID        PRIMARY KEY,
    adopted            BOOLEAN     NOT NULL DEFAULT FALSE,
    closed             BOOLEAN     NOT NULL DEFAULT FALSE,
    district           VARCHAR(32),
    assignee           VARCHAR(200),
    subject_birth_date DATE        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL
);
