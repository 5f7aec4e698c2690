-- Each data subject's key (platform erasure.SubjectKeys): the personal data of a concern's events and snapshots is
-- sealed under it, wrapped by the deployment's master key (never in the database; master_key names which one). Erasing
-- the subject drops the wrapped key and keeps the row as its tombstone: when, and by which rule or whom. A subject
-- with a tombstone never gets a key again, so nothing stored about them later can be read.
CREATE TABLE IF NOT EXISTS subject_key (
    subject     UUID         PRIMARY KEY,
    wrapped_key BYTEA,
    master_key  VARCHAR(64),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    erased_at   TIMESTAMPTZ,
    erased_by   VARCHAR(200),
    CONSTRAINT subject_key_or_tombstone CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
