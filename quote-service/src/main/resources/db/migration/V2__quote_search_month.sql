-- The month a quote was said in (UTC), as one more lexeme of its search vector ('said 2025-08'),
-- so that a search's rank window (the most recent months) is intersected with its words inside the
-- GIN index instead of through a B-tree bitmap of every quote in the window, built on each search.
-- The lexeme has a space, which no parsed query word can have: only the window asks for it.
-- IMMUTABLE so that the generated search column can use it (the zone is fixed, the format numeric).
CREATE FUNCTION quote_said_month(said_at timestamptz) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN said_at IS NULL THEN ''::tsvector
            ELSE array_to_tsvector(ARRAY['said ' || to_char(said_at AT TIME ZONE 'UTC', 'YYYY-MM')]) END
$$;

ALTER TABLE quote ALTER COLUMN search_vector SET EXPRESSION AS (
    setweight(to_tsvector(quote_ts_config(language), text), 'A')
        || setweight(to_tsvector(quote_ts_config(language), coalesce(speaker_label, '') || ' '
            || coalesce(original_text, '')), 'B')
        || setweight(to_tsvector(quote_ts_config(language), coalesce(context, '')), 'C')
        || quote_said_month(said_at));
