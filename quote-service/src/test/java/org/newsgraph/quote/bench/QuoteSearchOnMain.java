package org.newsgraph.quote.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.quote.search.QuoteSearch.Hit;
import org.newsgraph.quote.search.SearchFilter;

/**
 * The search as it was on main before the month lexemes (27 November 2026, 1e64b60), kept in the
 * benchmark only, so that one run times it and the service's search side by side under the same
 * load. Not used by the service.
 */
@Singleton
public class QuoteSearchOnMain {

    /** The stemming dictionaries quote_ts_config chooses by language; keep in step with the migration. */
    static final Map<String, String> CONFIGS = Map.of("en", "english", "ru", "russian", "de", "german",
            "fr", "french", "es", "spanish", "it", "italian", "pt", "portuguese", "nl", "dutch");
    static final List<String> DEFAULT_CONFIGS = List.of("simple", "english", "russian");

    /** Start and stop marks for highlights; replaced by {@code <mark>} after the text is escaped. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    @Inject
    EntityManager em;

    /** How many matches a search ranks at most before it keeps to the most recent ones. */
    @ConfigProperty(name = "quote.search.rank-window", defaultValue = "1000")
    int rankWindow;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.e+]+)");

    /** The dictionaries a query in {@code language} is parsed with: always simple, and the language's own. */
    static List<String> configs(String language) {
        if (language == null) {
            return DEFAULT_CONFIGS;
        }
        String config = CONFIGS.get(language.split("-")[0].toLowerCase(java.util.Locale.ROOT));
        return config == null ? List.of("simple") : List.of("simple", config);
    }

    /**
     * The query's words as a tsquery: parsed with each dictionary, identical parses kept once
     * (most words parse alike in several), OR-ed. Built in one round trip and then passed to the
     * search as a constant, so that the planner can estimate how many quotes match.
     */
    @SuppressWarnings("unchecked")
    public String tsquery(String q, String language) {
        // in the same round trip: each search is planned for its own words (a plan cached for a rare
        // word is wrong for a common one); reset when the transaction ends
        List<String> parses = em.createNativeQuery("SELECT DISTINCT CAST(websearch_to_tsquery(CAST(c AS regconfig), :q)"
                + " AS text) FROM unnest(CAST(:configs AS text[])) c,"
                + " (SELECT set_config('plan_cache_mode', 'force_custom_plan', true)) p")
                .setParameter("q", q)
                .setParameter("configs", configs(language).stream().map(c -> "pg_catalog." + c).toArray(String[]::new))
                .getResultList();
        List<String> kept = parses.stream().filter(p -> p != null && !p.isBlank()).sorted().toList();
        return kept.isEmpty() ? "" : String.join(" | ", kept.stream().map(p -> "(" + p + ")").toList());
    }

    /**
     * The SQL for a page of hits ({@code id, rank}), filling {@code params}; public so that the
     * benchmark can EXPLAIN exactly what the service runs.
     */
    public static String sql(SearchFilter filter, int offset, int limit, Map<String, Object> params) {
        // filter.q() here is the tsquery text (see tsquery())
        StringBuilder sql = new StringBuilder();
        boolean words = filter.hasWords();
        if (words) {
            sql.append("SELECT q.id, ts_rank_cd(q.search_vector, CAST(:tsquery AS tsquery)) AS rank, q.said_at")
                    .append(" FROM quote q WHERE q.search_vector @@ CAST(:tsquery AS tsquery)");
            params.put("tsquery", filter.q());
        } else {
            sql.append("SELECT q.id, 0.0 AS rank, q.said_at FROM quote q WHERE true");
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
        return sql.toString();
    }

    /**
     * The page of {@link #sql} with the snippets of its quotes' words and context, in one round
     * trip: headlines only for the page's rows. Public so that the benchmark can EXPLAIN it.
     */
    public static String withSnippets(String pageSql) {
        String options = "'StartSel=" + START + ", StopSel=" + STOP
                + ", MaxWords=40, MinWords=15, ShortWord=2, HighlightAll=false, MaxFragments=2'";
        return "SELECT h.id, h.rank,"
                + " ts_headline(quote_ts_config(q.language), q.text, CAST(:tsquery AS tsquery), " + options + "),"
                + " ts_headline(quote_ts_config(q.language), coalesce(q.context, ''), CAST(:tsquery AS tsquery), "
                + options + ") FROM (" + pageSql + ") h JOIN quote q ON q.id = h.id"
                + " ORDER BY h.rank DESC, h.said_at DESC NULLS LAST, h.id";
    }

    /**
     * Up to {@code limit} hits from {@code offset}, best first; snippets only for those. A search
     * whose words match more than {@link #rankWindow} quotes ranks only the most recent of them
     * (about that many): ranking every match of a common word reads every matching row.
     */
    @SuppressWarnings("unchecked")
    public List<Hit> search(SearchFilter filter, int offset, int limit) {
        boolean words = filter.hasWords();
        if (words) {
            String tsquery = tsquery(filter.q().strip(), filter.language());
            if (tsquery.isEmpty()) {
                return List.of();
            }
            filter = window(withWords(filter, tsquery));
        } else {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        }
        Map<String, Object> params = new HashMap<>();
        String sql = sql(filter, offset, limit, params);
        if (words) {
            sql = withSnippets(sql);
        }
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        List<Hit> hits = new ArrayList<>();
        for (Object[] row : rows) {
            hits.add(new Hit((UUID) row[0], ((Number) row[1]).doubleValue(),
                    words ? snippet((String) row[2], (String) row[3]) : null));
        }
        return hits;
    }

    /**
     * The filter as given when the planner expects at most {@link #rankWindow} matches; else
     * narrowed with {@code from} to the most recent quotes among which about that many should
     * match, and PostgreSQL told to combine the word and date indexes (BitmapAnd) rather than walk
     * the date index row by row, so that only the matches inside the window are read (settings
     * local to the transaction).
     */
    public SearchFilter window(SearchFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = sql(filter, 0, 1, params).replaceFirst("ORDER BY .*$", "");
        Query explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) " + sql);
        params.entrySet().stream().filter(e -> !e.getKey().equals("limit") && !e.getKey().equals("offset"))
                .forEach(e -> explain.setParameter(e.getKey(), e.getValue()));
        Matcher rows = PLAN_ROWS.matcher(String.valueOf(explain.getSingleResult()));
        double expected = rows.find() ? Double.parseDouble(rows.group(1)) : 0;
        if (expected <= rankWindow) {
            return filter;
        }
        // a margin for the planner's estimate, which can be off by half either way
        double fraction = 1.5 * rankWindow / expected;
        if (fraction >= 1) {
            return filter;
        }
        Instant start = windowStart(fraction, filter.from());
        if (start == null) {
            return filter;
        }
        return new SearchFilter(filter.q(), filter.language(), filter.speakerId(), filter.storyId(), filter.eventId(),
                filter.kind(), filter.states(), filter.verification(), start, filter.to());
    }

    private static SearchFilter withWords(SearchFilter f, String tsquery) {
        return new SearchFilter(tsquery, f.language(), f.speakerId(), f.storyId(), f.eventId(), f.kind(), f.states(),
                f.verification(), f.from(), f.to());
    }

    /**
     * Where the newest {@code fraction} of quotes begins, if that is after {@code from}: from
     * PostgreSQL's histogram of said_at (kept by ANALYZE, so free to read, to within a hundredth of
     * the table), or by walking the said_at index where there are no statistics yet. The same
     * statement switches the planner to the bitmap plan when a window applies.
     */
    private Instant windowStart(double fraction, Instant from) {
        String apply = " AND (CAST(:from AS timestamptz) IS NULL OR w.start > CAST(:from AS timestamptz))";
        String settings = "w.start, set_config('enable_indexscan', 'off', true), set_config('enable_seqscan', 'off', true)";
        List<Object[]> fromStatistics = em.createNativeQuery("SELECT " + settings + " FROM (SELECT b[greatest(1,"
                + " floor((1 - :fraction) * (array_length(b, 1) - 1))::int + 1)] AS start FROM (SELECT"
                + " CAST(CAST(histogram_bounds AS text) AS timestamptz[]) AS b FROM pg_stats WHERE schemaname ="
                + " current_schema() AND tablename = 'quote' AND attname = 'said_at') s WHERE array_length(b, 1) > 1) w"
                + " WHERE w.start IS NOT NULL" + apply)
                .setParameter("fraction", fraction).setParameter("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (!fromStatistics.isEmpty()) {
            return toInstant(fromStatistics.get(0)[0]);
        }
        boolean statistics = ((Number) em.createNativeQuery("SELECT count(*) FROM pg_stats WHERE schemaname ="
                + " current_schema() AND tablename = 'quote' AND attname = 'said_at' AND histogram_bounds IS NOT NULL")
                .getSingleResult()).longValue() > 0;
        if (statistics) {
            return null;
        }
        List<Object[]> walked = em.createNativeQuery("SELECT " + settings + " FROM (SELECT said_at AS start FROM quote"
                + " WHERE said_at IS NOT NULL ORDER BY said_at DESC OFFSET (SELECT floor(:fraction * count(*))"
                + " FROM quote WHERE said_at IS NOT NULL) LIMIT 1) w WHERE true" + apply)
                .setParameter("fraction", fraction).setParameter("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
                .getResultList();
        return walked.isEmpty() ? null : toInstant(walked.get(0)[0]);
    }

    private static Instant toInstant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    /** The matched words highlighted in the quote's words, or in its context when only that matched. */
    private static String snippet(String text, String context) {
        String chosen = text.contains(START) || context == null || !context.contains(START) ? text : context;
        return highlight(chosen);
    }

    /** Escapes the text for HTML, then turns the marks into {@code <mark>} tags. */
    static String highlight(String marked) {
        return marked.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
