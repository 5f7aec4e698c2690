-- A concern erased in case-service keeps its row here, erased and without its subject's birth date.
ALTER TABLE known_concern ALTER COLUMN subject_birth_date DROP NOT NULL;
ALTER TABLE known_concern ADD COLUMN erased BOOLEAN NOT NULL DEFAULT false;
