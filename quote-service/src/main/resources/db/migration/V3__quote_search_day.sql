-- The day a quote was said in (UTC) as one more lexeme of its search vector ('said 2025-08-14'),
-- beside its month ('said 2025-08', V2): a rank window that starts mid-month is the days left of
-- that month and the whole months after it, instead of the whole first month (up to a month's
-- matches more to read and rank on every search of a common word).
-- IMMUTABLE for the generated column, as quote_said_month (the zone is fixed, the format numeric).
CREATE FUNCTION quote_said_day(said_at timestamptz) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE WHEN said_at IS NULL THEN ''::tsvector
            ELSE array_to_tsvector(ARRAY['said ' || to_char(said_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')]) END
$$;

ALTER TABLE quote ALTER COLUMN search_vector SET EXPRESSION AS (
    setweight(to_tsvector(quote_ts_config(language), text), 'A')
        || setweight(to_tsvector(quote_ts_config(language), coalesce(speaker_label, '') || ' '
            || coalesce(original_text, '')), 'B')
        || setweight(to_tsvector(quote_ts_config(language), coalesce(context, '')), 'C')
        || quote_said_month(said_at)
        || quote_said_day(said_at));
