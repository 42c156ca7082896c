package org.newsgraph.quote.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * Full-text search over quotes with PostgreSQL: each quote's {@code search_vector} (the words
 * weighted A, the speaker label and original words B, the context C) is built with its
 * language's dictionary ({@code quote_ts_config}); the query is parsed with every dictionary a
 * quote may have been indexed with and the results OR-ed, so a stemmed English quote and an
 * unstemmed {@code simple} one are both found, and the GIN index is used. Ranked with
 * {@code ts_rank_cd}, newest first among equals.
 */
@ApplicationScoped
public class QuoteSearch {

    /** The dictionaries quote_ts_config can choose; keep in step with the migration. */
    static final List<String> CONFIGS = List.of("simple", "english", "russian", "german", "french", "spanish",
            "italian", "portuguese", "dutch");

    /** Start and stop marks for highlights; replaced by {@code <mark>} after the text is escaped. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    @Inject
    EntityManager em;

    public record Hit(UUID id, double rank, String snippet) {
    }

    /** The tsquery expression for the bound parameter {@code :q}. */
    static String tsquery() {
        return "(" + String.join(" || ", CONFIGS.stream()
                .map(c -> "websearch_to_tsquery('pg_catalog." + c + "'::regconfig, :q)").toList()) + ")";
    }

    /** Up to {@code limit} hits from {@code offset}, best first; snippets only for those. */
    @SuppressWarnings("unchecked")
    public List<Hit> search(SearchFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        boolean words = filter.hasWords();
        if (words) {
            sql.append("SELECT q.id, ts_rank_cd(q.search_vector, t.query) AS rank FROM quote q, ")
                    .append("(SELECT ").append(tsquery()).append(" AS query) t WHERE q.search_vector @@ t.query");
            params.put("q", filter.q().strip());
        } else {
            sql.append("SELECT q.id, 0.0 AS rank FROM quote q WHERE true");
        }
        sql.append(" AND q.state IN (:states)");
        params.put("states", filter.states().stream().map(Enum::name).toList());
        if (filter.speakerId() != null) {
            sql.append(" AND q.speaker_id = :speakerId");
            params.put("speakerId", filter.speakerId());
        }
        if (filter.storyId() != null) {
            sql.append(" AND q.story_id = :storyId");
            params.put("storyId", filter.storyId());
        }
        if (filter.eventId() != null) {
            sql.append(" AND q.event_id = :eventId");
            params.put("eventId", filter.eventId());
        }
        if (filter.kind() != null) {
            sql.append(" AND q.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.verification() != null) {
            sql.append(" AND q.verification = :verification");
            params.put("verification", filter.verification().name());
        }
        if (filter.from() != null) {
            sql.append(" AND q.said_at >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND q.said_at < :to");
            params.put("to", filter.to());
        }
        sql.append(words ? " ORDER BY rank DESC, q.said_at DESC NULLS LAST, q.id" : " ORDER BY q.said_at DESC NULLS LAST, q.id");
        sql.append(" LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, String> snippets = words ? snippets(ids, filter.q().strip()) : Map.of();
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            hits.add(new Hit(id, ((Number) row[1]).doubleValue(), snippets.get(id)));
        }
        return hits;
    }

    /** The matched words highlighted in the quote's words, or in its context when only that matched. */
    @SuppressWarnings("unchecked")
    private Map<UUID, String> snippets(List<UUID> ids, String q) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String options = "'StartSel=" + START + ", StopSel=" + STOP
                + ", MaxWords=40, MinWords=15, ShortWord=2, HighlightAll=false, MaxFragments=2'";
        List<Object[]> rows = em.createNativeQuery("SELECT q.id,"
                + " ts_headline(quote_ts_config(q.language), q.text, t.query, " + options + "),"
                + " ts_headline(quote_ts_config(q.language), coalesce(q.context, ''), t.query, " + options + ")"
                + " FROM quote q, (SELECT " + tsquery() + " AS query) t WHERE q.id IN (:ids)")
                .setParameter("q", q).setParameter("ids", ids).getResultList();
        Map<UUID, String> snippets = new HashMap<>();
        for (Object[] row : rows) {
            String text = (String) row[1];
            String context = (String) row[2];
            String chosen = text.contains(START) || context == null || !context.contains(START) ? text : context;
            snippets.put((UUID) row[0], highlight(chosen));
        }
        return snippets;
    }

    /** Escapes the text for HTML, then turns the marks into {@code <mark>} tags. */
    static String highlight(String marked) {
        return marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
