-- The analysts' statistics (analytics.StatisticsProjection): one row per concern, conversation and referral with what
-- the figures count and time, each by its analytics key and the person as a pseudonym (HMACs under the analytics
-- secret, as the analysts' history has them: no id here leads back to a concern or a person), nothing else about them. Rebuilt by replaying the event
-- store, so nothing here is the only copy of anything. What other services reported is TEXT: a longer value than
-- expected must not stop the projection.
CREATE TABLE analytics_concern (
    concern_key           VARCHAR(40) PRIMARY KEY,
    person                VARCHAR(40) NOT NULL,
    district              VARCHAR(32),
    current_district      VARCHAR(32),
    received_at           TIMESTAMPTZ NOT NULL,
    first_conversation_at TIMESTAMPTZ,
    first_lowered_at      TIMESTAMPTZ,
    closed_at             TIMESTAMPTZ,
    reopened              BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX analytics_concern_received ON analytics_concern (received_at);

CREATE TABLE analytics_conversation (
    conversation_key VARCHAR(40) PRIMARY KEY,
    concern_key     VARCHAR(40) NOT NULL,
    person          VARCHAR(40) NOT NULL,
    district        VARCHAR(32),
    kind            TEXT,
    mandatory       BOOLEAN,
    adult           BOOLEAN,
    planned_at      TIMESTAMPTZ,
    held_at         TIMESTAMPTZ,
    held_by         TEXT,
    outcome         TEXT,
    declined_at     TIMESTAMPTZ
);
CREATE INDEX analytics_conversation_held ON analytics_conversation (held_at);

CREATE TABLE analytics_referral (
    referral_key    VARCHAR(40) PRIMARY KEY,
    concern_key     VARCHAR(40) NOT NULL,
    person          VARCHAR(40) NOT NULL,
    district        VARCHAR(32),
    agency          TEXT,
    basis           TEXT,
    made_at         TIMESTAMPTZ NOT NULL,
    first_answer_at TIMESTAMPTZ,
    state           TEXT NOT NULL
);
CREATE INDEX analytics_referral_made ON analytics_referral (made_at);
