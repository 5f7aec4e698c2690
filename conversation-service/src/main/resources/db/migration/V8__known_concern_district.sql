-- Need-to-know: the police district each concern belongs to and who it is assigned to, from case-service's
-- ConcernReceived and ConcernAssigned, so the conversations of a concern are seen by those who may see the concern.
-- Null for concerns learnt before districts were published: they belong to no district's officers.
ALTER TABLE known_concern ADD COLUMN district VARCHAR(32);
ALTER TABLE known_concern ADD COLUMN assignee VARCHAR(200);
