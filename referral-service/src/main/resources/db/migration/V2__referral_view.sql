-- Read models, written only by ReferralProjection in the transaction that appends the events.

-- GET /referrals/{id}, /concerns/{id}/referrals and /partner/referrals: the referral as one document (the police's
-- view, personal data included), with the columns that are queried by alongside. version = the sequence number of
-- its last event. A partner never reads the document as it is: its body is built from it by the agency's policy.
CREATE TABLE referral_view (
    referral_id     UUID        PRIMARY KEY,
    concern_id      UUID        NOT NULL,
    agency          VARCHAR(40) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    basis_kind      VARCHAR(32) NOT NULL,
    made_at         TIMESTAMPTZ NOT NULL,
    acknowledged_at TIMESTAMPTZ,
    notified        BOOLEAN     NOT NULL DEFAULT FALSE,
    deferred_until  DATE,
    version         BIGINT      NOT NULL,
    document        JSONB       NOT NULL
);

CREATE INDEX referral_view_concern ON referral_view (concern_id, made_at);
CREATE INDEX referral_view_agency ON referral_view (agency, made_at);
