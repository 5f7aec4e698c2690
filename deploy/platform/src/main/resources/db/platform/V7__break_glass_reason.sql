-- A team lead who opens another district's concern says why (break the glass): the reason is kept with that
-- entry of the usage log and shown in the concern's access log. Null for ordinary access.
ALTER TABLE personal_data_access ADD COLUMN IF NOT EXISTS reason VARCHAR(500);
