-- What other services report about a concern (conversations now, referrals later), shown in its history
-- beside the concern's own events. Written only by ConcernTimeline, in the transaction that claims the
-- event's ce_id, so one row per delivered event, never two. refused_rule/refused_detail: the event asked
-- case-service to change the concern (a conversation's outcome) and the concern refused it; the row says why.
CREATE TABLE concern_timeline (
    ce_id          VARCHAR(200) PRIMARY KEY,
    concern_id     UUID         NOT NULL,
    source         VARCHAR(100) NOT NULL,
    type           VARCHAR(100) NOT NULL,
    at             TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(200),
    data           JSONB,
    refused_rule   VARCHAR(100),
    refused_detail TEXT
);

CREATE INDEX concern_timeline_concern ON concern_timeline (concern_id, at);
