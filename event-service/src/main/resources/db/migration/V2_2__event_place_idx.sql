-- A place's events (Place.events: what was held there) are read by place, like a participant's.
CREATE INDEX event_place_idx ON event (place_id) WHERE place_id IS NOT NULL;
