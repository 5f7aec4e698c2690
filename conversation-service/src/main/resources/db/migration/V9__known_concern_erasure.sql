-- A concern erased in case-service keeps its row here, as ERASED and without its subject's birth date.
ALTER TABLE known_concern ALTER COLUMN subject_birth_date DROP NOT NULL;
