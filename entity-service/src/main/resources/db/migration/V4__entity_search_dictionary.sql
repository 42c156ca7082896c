-- Every distinct word of the names' and aliases' search forms (the lexemes their word index holds),
-- for a misspelt word: the words one letter or one swap away from it are found among tens of
-- thousands of words, then the records having them in the word index, instead of scoring every
-- name similar to the whole query (everyone sharing a first name when the surname is misspelt).
-- Words are only added: a word no name has any more finds no record (records are matched by their
-- own names), so a rename, merge or delete needs no bookkeeping here and no lock on a shared row.
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE search_word (
    word text COLLATE "C" PRIMARY KEY
);
-- Starts and ends of words by range: one letter wrong leaves the first or the last half of a word whole.
CREATE INDEX search_word_reversed_idx ON search_word (reverse(word));

CREATE FUNCTION remember_search_words() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    INSERT INTO search_word (word)
    SELECT unnest(tsvector_to_array(to_tsvector('simple', NEW.search_name)))
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

-- In the writing transaction, whoever writes (the service, a migration, a bulk load).
CREATE TRIGGER entity_search_words AFTER INSERT OR UPDATE OF name ON entity
    FOR EACH ROW EXECUTE FUNCTION remember_search_words();
CREATE TRIGGER entity_alias_search_words AFTER INSERT OR UPDATE OF name ON entity_alias
    FOR EACH ROW EXECUTE FUNCTION remember_search_words();

INSERT INTO search_word (word)
SELECT unnest(tsvector_to_array(to_tsvector('simple', search_name))) FROM entity
UNION
SELECT unnest(tsvector_to_array(to_tsvector('simple', search_name))) FROM entity_alias
ON CONFLICT DO NOTHING;
