-- The share log: every publication of a referral event to a partner's topic, recorded by the partner feed
-- (messaging.PartnerShares) in the transaction that moves its token, once the broker acknowledged it: which agency,
-- which referral, which of the police's fields went, on which basis, when. ce_id is the stored event's id, the same
-- on a redelivery, which records nothing new. No personal data: the fields are named, their values are not copied.
CREATE TABLE share (
    ce_id       VARCHAR(255) PRIMARY KEY,
    referral_id UUID         NOT NULL,
    concern_id  UUID         NOT NULL,
    agency      VARCHAR(40)  NOT NULL,
    event       VARCHAR(64)  NOT NULL,
    fields      JSONB        NOT NULL,
    basis_kind  VARCHAR(32)  NOT NULL,
    citation    VARCHAR(200),
    topic       VARCHAR(249) NOT NULL,
    shared_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX share_concern ON share (concern_id, shared_at);
