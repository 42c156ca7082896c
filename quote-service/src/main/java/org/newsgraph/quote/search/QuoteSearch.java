package org.newsgraph.quote.search;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

/**
 * Full-text search over quotes with PostgreSQL: each quote's {@code search_vector} (the words
 * weighted A, the speaker label and original words B, the context C) is built with its
 * language's dictionary ({@code quote_ts_config}); the query is parsed with every dictionary a
 * quote may have been indexed with and the results OR-ed, so a stemmed English quote and an
 * unstemmed {@code simple} one are both found, and the GIN index is used. Only the dictionaries
 * of the query's language are used (by default English and Russian, the newsroom's main
 * languages, and {@code simple}): every stemmer added turns a word into more lexemes, each
 * matching more quotes that do not contain the word. Ranked with
 * {@code ts_rank_cd}, newest first among equals.
 */
@Singleton
public class QuoteSearch {

    /** The stemming dictionaries quote_ts_config chooses by language; keep in step with the migration. */
    static final Map<String, String> CONFIGS = Map.of("en", "english", "ru", "russian", "de", "german",
            "fr", "french", "es", "spanish", "it", "italian", "pt", "portuguese", "nl", "dutch");
    static final List<String> DEFAULT_CONFIGS = List.of("simple", "english", "russian");

    /** Start and stop marks for highlights; replaced by {@code <mark>} after the text is escaped. */
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    @Inject
    EntityManager em;

    /** How many matches a search of a common word ranks: about 1.5 times this, in the most recent months. */
    @ConfigProperty(name = "quote.search.rank-window", defaultValue = "500")
    int rankWindow;

    /**
     * A speaker, story or event with fewer quotes than this (the planner's estimate) narrows a
     * search enough to read them all and test the words on each: a common word's postings are
     * tens of thousands, but a story's 5,000 quotes read one by one took longer than the postings.
     */
    static final int NARROW_QUOTES = 1_000;

    /** The longest date range (in months) whose months are matched in the word index too. */
    static final int RANGE_MONTHS = 3;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.e+]+)");

    public record Hit(UUID id, double rank, String snippet) {
    }

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
     * The SQL for a page of hits ({@code id, rank}), filling {@code params}; {@code months} is the
     * rank window ({@link #window}: the month lexemes a match must have, or "" for none). Public so
     * that the benchmark can EXPLAIN exactly what the service runs.
     */
    public static String sql(SearchFilter filter, String months, int offset, int limit, Map<String, Object> params) {
        return sql(filter, months, false, offset, limit, params);
    }

    /**
     * The same, and with {@code onTheHeap} the words are tested on each quote its speaker, story or
     * event filter finds (their indexes) instead of looked up in the word index: a speaker's few
     * hundred quotes are read faster than a common word's tens of thousands of postings, which the
     * planner, costing the word index too low, otherwise reads whole to intersect them.
     */
    public static String sql(SearchFilter filter, String months, boolean onTheHeap, int offset, int limit,
            Map<String, Object> params) {
        // filter.q() here is the tsquery text (see tsquery()); the window narrows the match, not the rank
        StringBuilder sql = new StringBuilder();
        boolean words = filter.hasWords();
        if (words) {
            // OFFSET 0 keeps the subquery from being merged into the search, so the word index is out of reach
            String from = onTheHeap ? "(SELECT * FROM quote q WHERE " + narrowing(filter, params) + " OFFSET 0) q" : "quote q";
            sql.append("SELECT q.id, ts_rank_cd(q.search_vector, CAST(:tsquery AS tsquery)) AS rank, q.said_at")
                    .append(" FROM ").append(from).append(" WHERE q.search_vector @@ CAST(:match AS tsquery)");
            params.put("tsquery", filter.q());
            params.put("match", months.isEmpty() ? filter.q() : "(" + filter.q() + ") & " + months);
        } else {
            sql.append("SELECT q.id, 0.0 AS rank, q.said_at FROM quote q WHERE true");
        }
        sql.append(" AND q.state IN (:states)");
        params.put("states", filter.states().stream().map(Enum::name).toList());
        if (!onTheHeap && narrows(filter)) {
            sql.append(" AND ").append(narrowing(filter, params));
        }
        if (filter.kind() != null) {
            sql.append(" AND q.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.verification() != null) {
            sql.append(" AND q.verification = :verification");
            params.put("verification", filter.verification().name());
        }
        // with months in the match, the word index already keeps the range's months, and the planner,
        // taking the dates for independent of them, would still AND a B-tree bitmap of every quote in
        // the range (a month is some 50,000); written so that no index serves it, the range is only
        // checked on the rows the word index returns
        String saidAt = words && !months.isEmpty() ? SAID_AT_ON_THE_ROWS : "q.said_at";
        if (filter.from() != null) {
            sql.append(" AND ").append(saidAt).append(" >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND ").append(saidAt).append(" < :to");
            params.put("to", filter.to());
        }
        sql.append(words ? " ORDER BY rank DESC, q.said_at DESC NULLS LAST, q.id" : " ORDER BY q.said_at DESC NULLS LAST, q.id");
        sql.append(" LIMIT :limit OFFSET :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return sql.toString();
    }

    /** Whether the filter names a speaker, story or event (each has its own index). */
    static boolean narrows(SearchFilter filter) {
        return filter.speakerId() != null || filter.storyId() != null || filter.eventId() != null;
    }

    /** The speaker, story and event conditions, AND-ed, filling {@code params}. */
    private static String narrowing(SearchFilter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.speakerId() != null) {
            conditions.add("q.speaker_id = :speakerId");
            params.put("speakerId", filter.speakerId());
        }
        if (filter.storyId() != null) {
            conditions.add("q.story_id = :storyId");
            params.put("storyId", filter.storyId());
        }
        if (filter.eventId() != null) {
            conditions.add("q.event_id = :eventId");
            params.put("eventId", filter.eventId());
        }
        return String.join(" AND ", conditions);
    }

    /**
     * The page of {@link #sql} with the snippet of each of its quotes, in one round trip: headlines
     * only for the page's rows, and of the context only when the words themselves have no match
     * (the snippet shows the words when they match). Public so that the benchmark can EXPLAIN it.
     */
    public static String withSnippets(String pageSql) {
        String options = "'StartSel=" + START + ", StopSel=" + STOP
                + ", MaxWords=40, MinWords=15, ShortWord=2, HighlightAll=false, MaxFragments=2'";
        return "SELECT h.id, h.rank, w.snippet, CASE WHEN strpos(w.snippet, '" + START + "') > 0 THEN NULL ELSE"
                + " ts_headline(quote_ts_config(q.language), coalesce(q.context, ''), CAST(:tsquery AS tsquery), "
                + options + ") END FROM (" + pageSql + ") h JOIN quote q ON q.id = h.id CROSS JOIN LATERAL (SELECT"
                + " ts_headline(quote_ts_config(q.language), q.text, CAST(:tsquery AS tsquery), " + options
                + ") AS snippet) w ORDER BY h.rank DESC, h.said_at DESC NULLS LAST, h.id";
    }

    /**
     * Up to {@code limit} hits from {@code offset}, best first; snippets only for those. A search
     * whose words match six times {@link #rankWindow} quotes or more ranks only the most recent of
     * them (whole months holding about 1.5 times the window): ranking every match of a common word
     * reads every matching row.
     */
    @SuppressWarnings("unchecked")
    public List<Hit> search(SearchFilter filter, int offset, int limit) {
        boolean words = filter.hasWords();
        String months = "";
        boolean onTheHeap = false;
        if (words) {
            String tsquery = tsquery(filter.q().strip(), filter.language());
            if (tsquery.isEmpty()) {
                return List.of();
            }
            filter = withWords(filter, tsquery);
            onTheHeap = narrow(filter);
            if (!onTheHeap) {
                months = months(filter);
            }
        } else {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)").getSingleResult();
        }
        Map<String, Object> params = new HashMap<>();
        String sql = statement(filter, months, onTheHeap, offset, limit, params);
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
     * Whether the words are best tested on the quotes the filter's speaker, story or event finds
     * (see {@link #sql(SearchFilter, String, boolean, int, int, Map)}): when the planner expects
     * fewer than {@link #NARROW_QUOTES} for them. One planning round trip, instead of the
     * window's: so few quotes need no window.
     */
    public boolean narrow(SearchFilter filter) {
        if (!narrows(filter)) {
            return false;
        }
        SearchFilter quotesOf = new SearchFilter(null, null, filter.speakerId(), filter.storyId(), filter.eventId(),
                null, filter.states(), null, null, null);
        return expectedRows(quotesOf) < NARROW_QUOTES;
    }

    /** {@code said_at} written so that no index serves it: a date range checked on the rows only. */
    protected static final String SAID_AT_ON_THE_ROWS = "(q.said_at + interval '0 seconds')";

    /** The page's statement ({@link #sql(SearchFilter, String, boolean, int, int, Map)}); the benchmark's previous version writes its own. */
    protected String statement(SearchFilter filter, String months, boolean onTheHeap, int offset, int limit,
            Map<String, Object> params) {
        return sql(filter, months, onTheHeap, offset, limit, params);
    }

    /** The rank window's size (the setting); the benchmark's previous version sets its own. */
    protected int rankWindow() {
        return rankWindow;
    }

    /** The largest share of a search's expected matches a window may keep (else none). */
    protected double longestWindow() {
        return 0.25;
    }

    /**
     * The month lexemes a search with words must match ("" for none), from one estimate of its
     * matches: a common word's rank window; else a short date range's months; else an open-ended range's
     * months when they skip many of the words' matches (see {@link #openRangeMonths}). Public so that
     * the benchmark can EXPLAIN what the service runs.
     */
    public String months(SearchFilter filter) {
        double expected = expectedRows(filter);
        String months = window(filter, expected);
        months = months.isEmpty() ? rangeMonths(filter) : months;
        return months.isEmpty() ? openRangeMonths(filter, expected) : months;
    }

    /**
     * Quotes outside an open-ended range (until a date, or since one) that the words match, as the
     * planner expects them, above which the range's months go into the match: each row the word
     * index returns outside the range is a heap page read only to be dropped by the date test (a
     * common word's 20,000 matches, until a date two months into twenty months of quotes, are
     * 18,000 such pages), while each month in the match costs a walk through that month's postings
     * in the index. (A field so that a test can lower it, as it lowers the window.)
     */
    int outsideRows = 1_000;

    /**
     * The months of a range open at one end (only {@code from} or only {@code to}), closed by the
     * quotes' own first or last month, as the window's lexemes, or "": only when those months are at
     * most half of the months quotes were said in (else the months walked in the index cost more than
     * the rows they skip), and the words' matches outside the range are expected to be at least
     * {@link #outsideRows} (months spread evenly). The range itself still applies to said_at, on the
     * rows: the months only keep the word index from returning the matches outside it.
     */
    protected String openRangeMonths(SearchFilter filter, double expected) {
        if ((filter.from() == null) == (filter.to() == null) || expected <= 0) {
            return "";
        }
        Object[] span = (Object[]) em.createNativeQuery("SELECT min(said_at), max(said_at) FROM quote").getSingleResult();
        if (span[0] == null) {
            return "";
        }
        YearMonth oldest = YearMonth.from(toInstant(span[0]).atOffset(ZoneOffset.UTC));
        YearMonth newest = YearMonth.from(toInstant(span[1]).atOffset(ZoneOffset.UTC));
        YearMonth first = filter.from() == null ? oldest : firstMonth(filter.from());
        YearMonth last = filter.to() == null ? newest : lastMonth(filter.to());
        first = first.isBefore(oldest) ? oldest : first;
        last = last.isAfter(newest) ? newest : last;
        if (last.isBefore(first)) {
            return "";
        }
        long all = oldest.until(newest, ChronoUnit.MONTHS) + 1;
        long range = first.until(last, ChronoUnit.MONTHS) + 1;
        if (range * 2 > all || expected * (all - range) / range < outsideRows) {
            return "";
        }
        return monthLexemes(first, last);
    }

    /** How many rows the planner expects the search for {@code filter} to find, from its statistics. */
    private double expectedRows(SearchFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String sql = sql(filter, "", 0, 1, params).replaceFirst("ORDER BY .*$", "");
        Query explain = em.createNativeQuery("EXPLAIN (FORMAT JSON) " + sql);
        params.entrySet().stream().filter(e -> !e.getKey().equals("limit") && !e.getKey().equals("offset"))
                .forEach(e -> explain.setParameter(e.getKey(), e.getValue()));
        Matcher rows = PLAN_ROWS.matcher(String.valueOf(explain.getSingleResult()));
        return rows.find() ? Double.parseDouble(rows.group(1)) : 0;
    }

    /**
     * The rank window of a search with words ({@code expected}: the planner's estimate of its
     * matches): "" (none) when the planner expects fewer than six
     * times {@link #rankWindow} matches; else the months (UTC) a match must have been said in, as a
     * tsquery OR of the month lexemes every quote's search vector carries ({@code 'said 2025-08'},
     * V2 migration): the most recent months, within {@code from} and {@code to}, among whose quotes
     * about 1.5 times that many should match. The GIN index intersects the words with those months
     * itself, skipping through the months' postings, instead of a B-tree bitmap of every quote in
     * the window built and combined on each search.
     */
    private String window(SearchFilter filter, double expected) {
        // no window that keeps more than a quarter of the matches (1.5 times the window out of six):
        // a margin for the planner's estimate, which can be off by half either way, and a long
        // window costs more than it saves (the index walks the word's postings once per month of
        // it: a word the planner expected in 1,200 quotes got 18 months)
        double fraction = 1.5 * rankWindow() / expected;
        if (fraction > longestWindow()) {
            return "";
        }
        Span span = windowSpan(fraction, filter.from(), filter.to());
        if (span == null) {
            return "";
        }
        return monthLexemes(YearMonth.from(span.start().atOffset(ZoneOffset.UTC)),
                YearMonth.from(span.newest().atOffset(ZoneOffset.UTC)));
    }

    /**
     * The months of a date range of at most {@link #RANGE_MONTHS} months (both ends given), as the
     * window's lexemes, or "": the GIN index then finds the words' matches in those months itself,
     * where the planner would otherwise intersect the words' postings with a B-tree bitmap of every
     * quote in the range (a month is some 50,000 at a million quotes). The range itself still
     * applies to said_at; the months only narrow what the index returns.
     */
    public String rangeMonths(SearchFilter filter) {
        if (filter.from() == null || filter.to() == null || !filter.from().isBefore(filter.to())) {
            return "";
        }
        YearMonth first = firstMonth(filter.from());
        YearMonth last = lastMonth(filter.to());
        if (first.plusMonths(RANGE_MONTHS).isAfter(last)) {
            return monthLexemes(first, last);
        }
        return "";
    }

    /** The month (UTC) a range starting at {@code from} starts in. */
    private static YearMonth firstMonth(Instant from) {
        return YearMonth.from(from.atOffset(ZoneOffset.UTC));
    }

    /** The month (UTC) of the last instant of a range ending before {@code to}. */
    private static YearMonth lastMonth(Instant to) {
        return YearMonth.from(to.minusNanos(1).atOffset(ZoneOffset.UTC));
    }

    /** The month lexemes from {@code first} to {@code last}, OR-ed, in parentheses. */
    private static String monthLexemes(YearMonth first, YearMonth last) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add("'said " + m + "'");
        }
        return "(" + String.join(" | ", months) + ")";
    }

    private static SearchFilter withWords(SearchFilter f, String tsquery) {
        return new SearchFilter(tsquery, f.language(), f.speakerId(), f.storyId(), f.eventId(), f.kind(), f.states(),
                f.verification(), f.from(), f.to());
    }

    /**
     * Where the newest {@code fraction} of the quotes said within {@code from} and {@code to}
     * begins, and the newest quote's time: the start from PostgreSQL's histogram of said_at (kept
     * by ANALYZE, so free to read, to within a hundredth of the table), the newest from the said_at
     * index. Null when there are no statistics yet, or when the window would hold every quote
     * of the range (nothing to gain).
     */
    private record Span(Instant start, Instant newest) {
    }

    private Span windowSpan(double fraction, Instant from, Instant to) {
        List<Object[]> found = em.createNativeQuery("SELECT b[greatest(1, floor((1 - :fraction) * (array_length(b, 1) - 1))::int"
                + " + 1)], b[1], (SELECT max(said_at) FROM quote WHERE said_at < coalesce(CAST(:to AS timestamptz),"
                + " 'infinity')) FROM (SELECT ARRAY(SELECT x FROM unnest(CAST(CAST(histogram_bounds AS text) AS"
                + " timestamptz[])) x WHERE x >= coalesce(CAST(:from AS timestamptz), '-infinity') AND x <"
                + " coalesce(CAST(:to AS timestamptz), 'infinity') ORDER BY x) AS b FROM pg_stats WHERE schemaname ="
                + " current_schema() AND tablename = 'quote' AND attname = 'said_at') s WHERE array_length(b, 1) > 1")
                .setParameter("fraction", fraction)
                .setParameter("from", from == null ? null : from.atOffset(ZoneOffset.UTC))
                .setParameter("to", to == null ? null : to.atOffset(ZoneOffset.UTC))
                .getResultList();
        if (found.isEmpty() || found.get(0)[0] == null || found.get(0)[2] == null) {
            return null;
        }
        Instant start = toInstant(found.get(0)[0]);
        if (!start.isAfter(toInstant(found.get(0)[1]))) {
            return null;
        }
        return new Span(start, toInstant(found.get(0)[2]));
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
