-- Events with the same sort key and precision are ordered by what followed what (FOLLOWS,
-- PART_OF, REPLACES), then by id: tie_rank is that place within the tie, kept by event-service
-- on every write (TimelineOrder), and part of the timeline's keyset.
ALTER TABLE event ADD COLUMN tie_rank integer NOT NULL DEFAULT 0;

DROP INDEX event_timeline_idx;
CREATE INDEX event_timeline_idx ON event (story_id, sort_key, precision_rank, tie_rank, id);
