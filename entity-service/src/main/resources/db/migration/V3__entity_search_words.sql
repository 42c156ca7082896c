-- The words of every name's and alias's search form, for a search's first step: the names in which
-- each word of the query starts a word ('kow:*'), found in the index, before any similar name is
-- scored (a three-letter word is trigram-similar to thousands of names).
CREATE INDEX entity_search_name_words_idx ON entity USING gin (to_tsvector('simple', search_name));
CREATE INDEX entity_alias_search_name_words_idx ON entity_alias USING gin (to_tsvector('simple', search_name));
