package org.newsgraph.entity.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.PageRequest;

/**
 * Finds records by name or alias, ignoring case and accents, by word prefix and with typos, in the
 * stored search form of names and aliases ({@code search_name}, lower-cased and unaccented). First
 * the names in which every word of the query starts a word (a GIN index of the form's words answers
 * that without scoring every similar name); only when they do not fill the pages asked for, the
 * names in which every word of the query is word-similar (pg_trgm, threshold 0.5) to a word follow.
 * When no name has all the words, each word is taken as possibly misspelt: it stands for itself as
 * a prefix or for the words of the dictionary of names' words ({@code search_word}) one edit or one
 * swap of neighbouring letters away (words of {@value #SHORTEST_MISSPELT}+ letters), and the names
 * having an alternative of every word are found in the word index, so that "Donald Tisk" or "Donald
 * Tsuk" finds Donald Tusk and not every Donald. Ranked within each: exact name first, then names
 * with a word starting with the query, then (prefix matches) names with its words whole or (similar
 * and misspelt names) by similarity; ties by name then id. When hundreds of names start with the
 * words, the first names in name order are looked at first ({@link #sql}).
 */
@ApplicationScoped
public class EntitySearch {

    /** How similar a misspelling must be to a word of a name (0..1) to count as a match. */
    static final double WORD_SIMILARITY = 0.5;

    /**
     * In one round trip: the threshold {@code :t}, the search form of the query {@code :q} and its
     * words (those in which pg_trgm sees letters: a lone "-" would match nothing), the indexes,
     * never a scan of every name: expecting many matches, the planner would read them all (settings
     * local to the transaction), and the form's words as prefixes ({@code 'kow':*}, AND-ed; parsed as
     * the index parses names). With scans of every name ruled out the plan's shape does not depend
     * on the words, so the search keeps one plan between searches (the generic plan of the prepared
     * statement, forced: left to choose, PostgreSQL planned anew for two searches in three, and
     * planning took longer than running the search for most names).
     */
    public static final String PREPARE = "SELECT set_config('pg_trgm.word_similarity_threshold', :t, true), f.form,"
            + " (SELECT string_agg(DISTINCT w, ' ') FROM regexp_split_to_table(f.form, '\\s+') w"
            + " WHERE cardinality(show_trgm(w)) > 0), set_config('enable_seqscan', 'off', true),"
            + " set_config('max_parallel_workers_per_gather', '0', true),"
            + " coalesce((SELECT string_agg(quote_literal(l) || ':*', ' & ') FROM unnest(tsvector_to_array("
            + "to_tsvector('simple', f.form))) l), quote_literal(f.form)),"
            + " set_config('plan_cache_mode', 'force_generic_plan', true) FROM (SELECT search_form(:q) AS form) f";

    @Inject
    EntityManager em;

    /**
     * The search for a query of {@code words} words ({@code :w0}, {@code :w1}, …), with its whole search form
     * {@code :form}, its words as prefixes ({@code :prefixes}, a tsquery), its escaped LIKE pattern {@code :prefix},
     * {@code :kind} ('' for any), {@code :offset} and {@code :limit}. Public so that the benchmark times exactly
     * what the service runs. Names and aliases starting with the words are ranked apart and only the best
     * {@code offset + limit} of each grouped per record: a record ranks by its best name or alias, and one not among
     * the best of its own table has that many records above it already, so the page is the one grouping every match
     * would give (a common prefix starts thousands). When {@value #MANY_NAMES}+ names start with the words (as the
     * planner expects from its statistics of the names' words, V7: counting them took milliseconds when thousands
     * do), the first {@value #EARLY_NAMES} live names in name order (an index-only scan) are looked at first, read
     * only until {@code offset + limit} of them start with the words ({@code early}); with them the aliases' records
     * starting with the words up to the last of these in name order (or the window's end, when fewer start with
     * them: {@code bound}), and every name and alias having the words whole or exact (the only ones ranked above a
     * name that merely starts with them, found in the word index as whole words). Names that start with the words
     * rank in name order, so when these hold the page it is the page the full ranking gives, without reading the
     * thousands; when they do not, the full ranking runs.
     */
    public static String sql(int words) {
        return """
                WITH names AS NOT MATERIALIZED (
                    SELECT e.id AS entity_id, e.search_name AS form, e.name AS name
                    FROM entity e
                    WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                    UNION ALL
                    SELECT a.entity_id, a.search_name, e.name
                    FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                    WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                ), crowd AS (
                    SELECT expected_names_starting(CAST(:prefixes AS tsquery)) >= %10$d AS many
                ), early AS MATERIALIZED (
                    SELECT w.id, w.name, %7$s AS score FROM (
                        SELECT e.id, e.name, e.kind, e.search_name FROM entity e
                        WHERE (SELECT many FROM crowd) AND e.archived = false AND e.merged_into IS NULL
                        ORDER BY e.name, e.id
                        LIMIT %6$d) w
                    WHERE (:kind = '' OR w.kind = :kind) AND (' ' || w.search_name) LIKE %8$s ESCAPE '\\'
                      AND to_tsvector('simple', w.search_name) @@ CAST(:prefixes AS tsquery)
                    ORDER BY w.name, w.id
                    LIMIT :offset + :limit
                ), bound AS (
                    (SELECT w.name, w.id FROM early w
                    WHERE (SELECT count(*) FROM early) >= :offset + :limit
                    ORDER BY w.name DESC, w.id DESC LIMIT 1)
                    UNION ALL
                    (SELECT e.name, e.id FROM entity e
                    WHERE (SELECT many FROM crowd) AND (SELECT count(*) FROM early) < :offset + :limit
                      AND e.archived = false AND e.merged_into IS NULL
                    ORDER BY e.name, e.id OFFSET %6$d - 1 LIMIT 1)
                ), aliased AS MATERIALIZED (
                    SELECT a.entity_id, max(%4$s) AS score
                    FROM entity_alias a
                    WHERE (SELECT many FROM crowd) AND to_tsvector('simple', a.search_name) @@ CAST(:prefixes AS tsquery)
                    GROUP BY a.entity_id
                ), head AS (
                    SELECT u.entity_id, u.name, max(u.score) AS score FROM (
                        SELECT w.id AS entity_id, w.name, w.score FROM early w
                        UNION ALL
                        SELECT e.id, e.name, a.score FROM aliased a JOIN entity e ON e.id = a.entity_id
                        WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                          AND a.score >= 2
                          AND (NOT EXISTS (SELECT 1 FROM bound) OR (e.name, e.id) <= (SELECT b.name, b.id FROM bound b))
                        UNION ALL
                        SELECT * FROM (SELECT e.id, e.name, %3$s AS score
                            FROM entity e
                            WHERE (SELECT many FROM crowd) AND e.archived = false AND e.merged_into IS NULL
                              AND (:kind = '' OR e.kind = :kind) AND to_tsvector('simple', e.search_name) @@ (SELECT %9$s)) whole
                        WHERE whole.score >= 3
                        UNION ALL
                        SELECT e.id, e.name, a.score FROM aliased a JOIN entity e ON e.id = a.entity_id
                        WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                          AND a.score >= 3
                    ) u
                    GROUP BY u.entity_id, u.name
                ), headed AS (
                    SELECT (SELECT count(*) FROM head) >= :offset + :limit AS enough
                ), first AS (
                    (SELECT h.entity_id, h.name, h.score / 2.0 AS score FROM head h
                    WHERE (SELECT enough FROM headed)
                    ORDER BY h.score DESC, h.name, h.entity_id
                    LIMIT :offset + :limit)
                    UNION ALL
                    (SELECT u.entity_id, u.name, max(u.score) / 2.0 AS score FROM (
                        (SELECT e.id AS entity_id, e.name, %3$s AS score
                        FROM entity e
                        WHERE NOT (SELECT enough FROM headed)
                          AND e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                          AND to_tsvector('simple', e.search_name) @@ CAST(:prefixes AS tsquery)
                        ORDER BY score DESC, e.name, e.id
                        LIMIT :offset + :limit)
                        UNION ALL
                        (SELECT a.entity_id, e.name, max(%4$s) AS score
                        FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                        WHERE NOT (SELECT enough FROM headed)
                          AND e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                          AND to_tsvector('simple', a.search_name) @@ CAST(:prefixes AS tsquery)
                        GROUP BY a.entity_id, e.name
                        ORDER BY score DESC, e.name, a.entity_id
                        LIMIT :offset + :limit)
                    ) u
                    GROUP BY u.entity_id, u.name
                    ORDER BY score DESC, u.name, u.entity_id
                    LIMIT :offset + :limit)
                ), filling AS (
                    SELECT (SELECT count(*) FROM first) < :offset + :limit AS needed
                ), %1$s
                ), near AS (
                    SELECT CAST(string_agg('(' || l.alternatives || ')', ' & ') AS tsquery) AS query FROM (
                        SELECT concat_ws(' | ', quote_literal(q.word) || ':*', (
                            SELECT string_agg(quote_literal(c.word), ' | ') FROM (
                                SELECT d.word FROM search_word d
                                WHERE ((d.word >= q.head AND d.word < q.head || U&'\\+10FFFF')
                                    OR (reverse(d.word) >= q.tail AND reverse(d.word) < q.tail || U&'\\+10FFFF'))
                                  AND CASE WHEN abs(length(d.word) - length(q.word)) <= 1
                                      THEN levenshtein_less_equal(d.word, q.word, 1) <= 1 ELSE false END
                                UNION
                                SELECT d.word FROM search_word d WHERE d.word = ANY (q.swaps)
                            ) c
                        )) AS alternatives
                        FROM (SELECT w.word,
                                CASE WHEN length(w.word) >= %5$d THEN left(w.word, length(w.word) / 2) END COLLATE "C" AS head,
                                CASE WHEN length(w.word) >= %5$d THEN left(reverse(w.word), length(w.word) / 2) END COLLATE "C" AS tail,
                                ARRAY(SELECT (left(w.word, i - 1) || substr(w.word, i + 1, 1) || substr(w.word, i, 1)
                                        || substr(w.word, i + 2)) COLLATE "C"
                                    FROM generate_series(1, length(w.word) - 1) i
                                    WHERE length(w.word) >= %5$d AND substr(w.word, i, 1) <> substr(w.word, i + 1, 1)) AS swaps
                            FROM unnest(tsvector_to_array(to_tsvector('simple', :form))) w(word)) q
                    ) l
                ), loose AS (
                    SELECT * FROM names n
                    WHERE (SELECT needed FROM filling) AND NOT EXISTS (SELECT 1 FROM matched)
                      AND to_tsvector('simple', n.form) @@ (SELECT query FROM near)
                )
                SELECT r.entity_id, r.score FROM (
                    SELECT f.entity_id, f.name, 1 AS tier, f.score FROM first f
                    UNION ALL
                    SELECT n.entity_id, n.name, 0, %2$s
                    FROM (SELECT * FROM matched UNION ALL SELECT * FROM loose) n
                    WHERE n.entity_id NOT IN (SELECT entity_id FROM first)
                    GROUP BY n.entity_id, n.name
                ) r
                ORDER BY r.tier DESC, r.score DESC, r.name, r.entity_id
                OFFSET :offset LIMIT :limit
                """.formatted(similar(words), SCORE, prefixScore("e.search_name"), prefixScore("a.search_name"),
                        SHORTEST_MISSPELT, EARLY_NAMES, prefixScore("w.search_name"), RUN, WHOLE_WORDS, MANY_NAMES);
    }

    /**
     * The similar names ({@code matched}), when the names starting with the words do not fill the pages:
     * every word of the query word-similar to the name. A query of one word of {@value #LONG_WORD}+
     * letter triples (a surname of about seven letters or more, a hyphenated one) looks for the words of the
     * names' dictionary ({@code search_word}, V6's trigram index) similar to it, then for the names having
     * one of them in the word index, rechecked against the whole name ({@code IS TRUE}: a check on the names
     * found, not a way into the names' trigram index): in the names' trigram index such
     * a word shares half its triples with thousands of names (every triple of a hyphenated surname
     * starts or ends hundreds of other names), each read and checked before a few hundred are kept. A
     * name whose only likeness to the word is letters from two of its words ("Paweł Okam" for
     * "Papel-Okam") is no longer one of them; when no word of the dictionary is like it ("marieluise"
     * for Marie Luise), the names are compared whole as before. A hyphenated word whose part is like it
     * too is left to that part (the word index holds a hyphenated word's parts as words: every name having
     * it has the part): 65 words looked up instead of 212 for "Geoadopoulos-kołm".
     */
    private static String similar(int words) {
        if (words > 1) {
            return everyWordSimilar(words);
        }
        return """
                alike AS MATERIALIZED (
                    SELECT d.word FROM search_word d
                    WHERE (SELECT needed FROM filling) AND cardinality(show_trgm(:w0)) >= %d AND :w0 <%% d.word
                ), alikes AS (
                    SELECT CAST(string_agg(quote_literal(a.word), ' | ') AS tsquery) AS query FROM alike a
                    WHERE a.word !~ '^\\w+(-\\w+)+$' OR NOT string_to_array(a.word, '-') && (SELECT array_agg(word) FROM alike)
                ), matched AS (
                    SELECT * FROM names n
                    WHERE (SELECT needed FROM filling) AND (SELECT query FROM alikes) IS NULL AND :w0 <%% n.form
                    UNION ALL
                    SELECT * FROM names n
                    WHERE (SELECT needed FROM filling) AND to_tsvector('simple', n.form) @@ (SELECT query FROM alikes)
                      AND (:w0 <%% n.form) IS TRUE""".formatted(LONG_WORD);
    }

    /**
     * The similar names ({@code matched}) of a query of {@code words} words compared with the whole names
     * and aliases: every word word-similar to the name.
     */
    private static String everyWordSimilar(int words) {
        return "matched AS (\n    SELECT * FROM names n\n    WHERE (SELECT needed FROM filling)" + allWords("n.form", words);
    }

    /**
     * How many letter triples (pg_trgm) make a word long enough to look up its similar words in the dictionary
     * first.
     */
    static final int LONG_WORD = 9;

    /**
     * The query as a run of word starts ({@code % form%}) and as a run of whole words ({@code % form %}),
     * LIKE patterns made once per search (scalar subqueries: in the kept plan an expression of the
     * parameters is otherwise made again for every name).
     */
    private static final String RUN = "(SELECT '% ' || :prefix || '%')";
    private static final String WHOLE_RUN = "(SELECT '% ' || :prefix || ' %')";

    /** The query's words as whole words, a tsquery ('kowalski' & 'jan'), made once per search. */
    private static final String WHOLE_WORDS = "CAST(coalesce((SELECT string_agg(quote_literal(l), ' & ')"
            + " FROM unnest(tsvector_to_array(to_tsvector('simple', :form))) l), quote_literal(:form)) AS tsquery)";

    /**
     * How many of the first names in name order a search looks at before reading every name starting with the
     * words.
     */
    static final int EARLY_NAMES = 3000;

    /**
     * How many names starting with the words make reading them all cost more than looking at the first names in
     * name order.
     */
    static final int MANY_NAMES = 500;

    /** The exact name first (+3), then the query as a run of word starts (+1). */
    private static final String EXACT_THEN_RUN = "CASE WHEN n.form = :form THEN 3 ELSE 0 END"
            + " + CASE WHEN (' ' || n.form) LIKE " + RUN + " ESCAPE '\\' THEN 1 ELSE 0 END";

    /**
     * The score, doubled (integers are cheaper to add than numerics), of a name or alias whose words
     * start with the query's: exact name (+3), the query as a run of word starts (+1), as a run of
     * whole words (+0.5); ties in name order. No trigram similarity: a short word starts thousands of
     * names, and scoring each cost more than finding them (and among names that all start with the
     * words it only ranked word endings).
     */
    private static String prefixScore(String form) {
        return "CASE WHEN " + form + " = :form THEN 6 ELSE 0 END + CASE WHEN (' ' || " + form + ") LIKE " + RUN
                + " ESCAPE '\\' THEN 2 ELSE 0 END + CASE WHEN (' ' || " + form + " || ' ') LIKE " + WHOLE_RUN
                + " ESCAPE '\\' THEN 1 ELSE 0 END";
    }

    /**
     * Words shorter than this are never taken as misspelt (matched by their start only): one letter
     * away from a three-letter word is hundreds of words, and half of it is one letter to look up.
     * The dictionary's candidates for a longer word are those sharing its first or last half (one
     * wrong, missing or extra letter leaves one of them whole), then checked by edit distance; a
     * swap of two neighbouring letters is two edits and may straddle the halves, so the word's swaps
     * are looked up whole.
     */
    static final int SHORTEST_MISSPELT = 4;

    /** A similar name's score: then its similarity. */
    private static final String SCORE = "max(" + EXACT_THEN_RUN + " + word_similarity(:form, n.form))";

    private static String allWords(String column, int words) {
        return IntStream.range(0, words).mapToObj(i -> "\n      AND :w" + i + " <% " + column)
                .collect(Collectors.joining());
    }

    /** Ids of the matching records, best first; one more than asked when a next page exists. */
    @Transactional
    public Hits search(String q, EntityKind kind, PageRequest page) {
        if (q == null || q.isBlank()) {
            throw NewsgraphException.badInput("q", "q must not be blank");
        }
        if (q.length() > 200) {
            throw NewsgraphException.badInput("q", "q must be at most 200 characters");
        }
        int offset = Cursor.position(page.after());
        Object[] prepared = (Object[]) em.createNativeQuery(PREPARE)
                .setParameter("t", Double.toString(WORD_SIMILARITY))
                .setParameter("q", q.strip()).getSingleResult();
        String form = (String) prepared[1];
        String joined = (String) prepared[2];
        if (joined == null) {
            return new Hits(List.of(), offset);
        }
        String[] words = joined.split(" ");
        Query query = em.createNativeQuery(sql(words.length))
                .setParameter("form", form)
                .setParameter("prefixes", (String) prepared[5])
                .setParameter("prefix", form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
                .setParameter("kind", kind == null ? "" : kind.name())
                .setParameter("offset", offset)
                .setParameter("limit", Cursor.rowsToRead(offset, page.first()));
        for (int i = 0; i < words.length; i++) {
            query.setParameter("w" + i, words[i]);
        }
        List<UUID> ids = new ArrayList<>();
        for (Object row : query.getResultList()) {
            ids.add((UUID) ((Object[]) row)[0]);
        }
        return new Hits(ids, offset);
    }

    /** Matching ids from {@code offset} on; the cursor of the i-th is its position in the ranking. */
    public record Hits(List<UUID> ids, int offset) {
        public String cursorOf(int index) {
            return Cursor.ofPosition(offset + index + 1);
        }
    }
}
