-- A share is one publication: one stored event to one topic. The platform lets a feed send an event to several
-- topics; keyed by ce_id alone, every topic after the first would have gone unrecorded.
ALTER TABLE share DROP CONSTRAINT share_pkey;
ALTER TABLE share ADD PRIMARY KEY (ce_id, topic);
