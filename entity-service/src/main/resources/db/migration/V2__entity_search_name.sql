-- The search form of every name and alias, stored and indexed: PostgreSQL keeps it in step with
-- the name on every write, so that a search reads it instead of unaccenting each candidate's
-- name again (per search, that was most of its time at 100,000 records).

ALTER TABLE entity ADD COLUMN search_name text GENERATED ALWAYS AS (search_form(name)) STORED;
ALTER TABLE entity_alias ADD COLUMN search_name text GENERATED ALWAYS AS (search_form(name)) STORED;

DROP INDEX entity_name_trgm_idx;
DROP INDEX entity_alias_name_trgm_idx;
CREATE INDEX entity_search_name_trgm_idx ON entity USING gin (search_name gin_trgm_ops);
CREATE INDEX entity_alias_search_name_trgm_idx ON entity_alias USING gin (search_name gin_trgm_ops);
