-- The live names in name order with what a search checks on them, for a search whose words start
-- thousands of names: the first names in this order are looked at (an index-only scan) before every
-- name starting with the words is read and ranked, and usually hold the page (EntitySearch).
CREATE INDEX entity_name_order_idx ON entity (name, id) INCLUDE (kind, search_name)
    WHERE NOT archived AND merged_into IS NULL;
