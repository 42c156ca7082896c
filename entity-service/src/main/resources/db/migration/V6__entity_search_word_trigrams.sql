-- The dictionary's words (V4) by their letter triples, for a long word's similar names: the words of the
-- names word-similar to it are found among tens of thousands of words, then the names having them in
-- the word index (EntitySearch), instead of every name sharing half its letter triples in the names'
-- trigram index (thousands for a hyphenated surname, each read and checked).
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops);
