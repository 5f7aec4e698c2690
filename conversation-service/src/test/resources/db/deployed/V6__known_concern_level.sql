-- What a held conversation's outcome needs to be one case-service can apply: the concern's level and whether
-- a case worker is assigned. Concerns known before this migration have no level until it next changes.
ALTER TABLE known_concern ADD COLUMN level VARCHAR(16);
ALTER TABLE known_concern ADD COLUMN assigned BOOLEAN NOT NULL DEFAULT FALSE;
