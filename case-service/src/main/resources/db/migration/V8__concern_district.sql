-- Need-to-know: the police district each concern belongs to (the receiving unit's). Null for a concern received
-- before districts were recorded, which then belongs to no district's officers: only its assignee, or a team lead
-- who breaks the glass, may see it.
ALTER TABLE concern_view ADD COLUMN district VARCHAR(32);

CREATE INDEX concern_view_district ON concern_view (district, received_at);
