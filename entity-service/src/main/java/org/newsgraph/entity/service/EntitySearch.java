package org.newsgraph.entity.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.newsgraph.entity.EntityKind;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.paging.PageRequest;

/**
 * Finds records by name or alias, ignoring case and accents, by word prefix and with typos
 * (pg_trgm word similarity over {@code search_form(name)}, which lower-cases and unaccents).
 * Ranked: exact name first, then word-prefix matches, then by similarity.
 */
@ApplicationScoped
public class EntitySearch {

    /** How similar a misspelling must be to a word of a name (0..1) to count as a match. */
    static final double WORD_SIMILARITY = 0.5;

    /** Public so that the benchmark can time exactly what the service runs. */
    public static final String QUERY = """
            WITH q AS (SELECT search_form(:q) AS q)
            SELECT n.entity_id,
                   max(CASE WHEN n.form = q.q THEN 3 ELSE 0 END
                       + CASE WHEN (' ' || n.form) LIKE ('% ' || :prefix || '%') ESCAPE '\\' THEN 1 ELSE 0 END
                       + word_similarity(q.q, n.form)) AS score
            FROM q, (
                SELECT e.id AS entity_id, search_form(e.name) AS form, e.name AS name
                FROM entity e
                WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
                UNION ALL
                SELECT a.entity_id, search_form(a.name), e.name
                FROM entity_alias a JOIN entity e ON e.id = a.entity_id
                WHERE e.archived = false AND e.merged_into IS NULL AND (:kind = '' OR e.kind = :kind)
            ) n
            WHERE q.q <% n.form
               OR n.form LIKE ('%' || :prefix || '%') ESCAPE '\\' AND (' ' || n.form) LIKE ('% ' || :prefix || '%') ESCAPE '\\'
            GROUP BY n.entity_id, n.name
            ORDER BY score DESC, n.name, n.entity_id
            OFFSET :offset LIMIT :limit
            """;

    @Inject
    EntityManager em;

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
        // the threshold and the query's search form in one round trip; and the trigram indexes, never a scan
        // of every name: the planner counts unaccent() as cheap and, expecting many matches, would read
        // and unaccent all names (settings local to the transaction)
        Object[] prepared = (Object[]) em.createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold',"
                + " :t, true), search_form(:q), set_config('enable_seqscan', 'off', true),"
                + " set_config('max_parallel_workers_per_gather', '0', true)")
                .setParameter("t", Double.toString(WORD_SIMILARITY))
                .setParameter("q", q.strip()).getSingleResult();
        String normalised = (String) prepared[1];
        String prefix = normalised.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUERY)
                .setParameter("q", q.strip())
                .setParameter("prefix", prefix)
                .setParameter("kind", kind == null ? "" : kind.name())
                .setParameter("offset", offset)
                .setParameter("limit", page.first() + 1)
                .getResultList();
        List<UUID> ids = new ArrayList<>();
        for (Object[] row : rows) {
            ids.add((UUID) row[0]);
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
