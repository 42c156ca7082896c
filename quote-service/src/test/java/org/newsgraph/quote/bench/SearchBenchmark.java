package org.newsgraph.quote.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;

import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.search.QuoteSearch;
import org.newsgraph.quote.search.SearchFilter;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.BenchmarkCalls;
import org.newsgraph.platform.testing.TestTokens;
import org.postgresql.PGConnection;

/**
 * Search latency over a large generated corpus (DESIGN.md, "Measured, not assumed"). Not part
 * of {@code ./mvnw verify} (its name matches no test pattern); run it on purpose:
 *
 * <pre>
 * BENCH_ROWS=1000000 ./mvnw -B test -pl quote-service -am -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It boots quote-service on an embedded PostgreSQL 17 configured as a production server would
 * be ({@link TunedPostgresResource}), loads {@code BENCH_ROWS}
 * generated quotes with COPY (85% English, 10% Russian, 5% unknown language; words drawn from
 * a Zipf distribution over a 20,000-word vocabulary; 80% published), then times searches over
 * HTTP as a viewer, one at a time: one-word, phrase, and filtered (speaker, story + kind, or a
 * month's date range). Each search is timed once with every rank window of {@code BENCH_WINDOWS}
 * (default "1000,500"), in turn and in alternating order, so that the windows are compared side by
 * side under the same load. It prints p50/p99 per kind and window, and the machine's load average
 * before and after, and writes them to {@code target/search-benchmark.txt}.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
class SearchBenchmark {

    private static final int VOCABULARY = 20_000;
    private static final int SPEAKERS = 5_000;
    private static final int STORIES = 200;
    private static final int EVENTS = 5_000;
    private static final int CHUNK = 50_000;
    private static final int WARM_UP = 100;
    private static final int RUNS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    QuoteSearch quoteSearch;

    @TestHTTPResource("/quotes/search")
    URI searchUri;

    private final Random random = new Random(42);
    private String[] english;
    private String[] russian;
    private double[] zipf;
    private UUID[] speakers;
    private UUID[] stories;
    private UUID[] events;

    @Test
    void loadAndMeasure() throws Exception {
        int rows = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROWS", "1000000"));
        prepareVocabulary();
        long loadStart = System.nanoTime();
        load(rows);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        List<Map<String, String>> explained = System.getenv("BENCH_EXPLAIN") == null ? List.of()
                : List.of(Map.of("q", word(50, 60)), Map.of("q", word(4000, 5000)),
                        Map.of("q", "\"" + word(5, 10) + " " + word(5, 10) + "\""),
                        Map.of("q", word(50, 60), "speakerId", speakers[0].toString()));
        for (Map<String, String> params : explained) {
            explain(params, "right after the load");
        }
        HttpClient http = BenchmarkCalls.client();
        String token = TestTokens.viewer();
        Map<String, Supplier<Map<String, String>>> kinds = new LinkedHashMap<>();
        kinds.put("one word", () -> Map.of("q", word(50, 5000)));
        kinds.put("phrase", () -> Map.of("q", "\"" + word(5, 300) + " " + word(5, 300) + "\""));
        kinds.put("filtered", () -> switch (random.nextInt(3)) {
            case 0 -> Map.of("q", word(50, 5000), "speakerId", speakers[random.nextInt(SPEAKERS)].toString());
            case 1 -> Map.of("q", word(50, 5000), "storyId", stories[random.nextInt(STORIES)].toString(),
                    "kind", "DIRECT");
            default -> {
                LocalDate month = LocalDate.of(2024, 1, 1).plusMonths(random.nextInt(20));
                yield Map.of("q", word(50, 5000), "from", month.toString(), "to", month.plusMonths(1).toString());
            }
        });

        int[] windows = Arrays.stream(System.getenv().getOrDefault("BENCH_WINDOWS", "1000,500").split(","))
                .map(String::strip).mapToInt(Integer::parseInt).toArray();
        java.lang.reflect.Field window = QuoteSearch.class.getDeclaredField("rankWindow");
        window.setAccessible(true);
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        StringBuilder report = new StringBuilder();
        report.append(String.format("quote-service search benchmark, %s%n", Instant.now()));
        report.append(String.format("corpus: %,d quotes loaded and indexed in %.0f s%n", rows, loadSeconds));
        report.append(String.format("machine: %d cores, %d GiB heap max; JVM %s; load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 30,
                System.getProperty("java.version"), load));
        report.append(String.format("%-10s %7s %6s %8s %8s %8s %10s%n", "search", "window", "runs", "p50 ms", "p99 ms",
                "max ms", "avg hits"));
        for (var kind : kinds.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                window.setInt(quoteSearch, windows[i % windows.length]);
                call(http, token, kind.getValue().get());
            }
            double[][] times = new double[windows.length][RUNS];
            long[] hits = new long[windows.length];
            for (int i = 0; i < RUNS; i++) {
                Map<String, String> params = kind.getValue().get();
                for (int turn = 0; turn < windows.length; turn++) {
                    // alternate who goes first, so that neither always finds the pages the other read
                    int w = (turn + i) % windows.length;
                    window.setInt(quoteSearch, windows[w]);
                    long start = System.nanoTime();
                    hits[w] += call(http, token, params);
                    times[w][i] = (System.nanoTime() - start) / 1e6;
                }
            }
            for (int w = 0; w < windows.length; w++) {
                Arrays.sort(times[w]);
                report.append(String.format("%-10s %7d %6d %8.1f %8.1f %8.1f %10.1f%n", kind.getKey(), windows[w], RUNS,
                        times[w][RUNS / 2], times[w][(int) Math.ceil(RUNS * 0.99) - 1], times[w][RUNS - 1],
                        hits[w] / (double) RUNS));
            }
        }
        report.append(String.format("load average at the end %s%n", Files.readString(Path.of("/proc/loadavg")).strip()));
        window.setInt(quoteSearch, windows[0]);
        // the same searches again, with the cache as the timed runs left it
        for (Map<String, String> params : explained) {
            explain(params, "after the timed runs");
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "search-benchmark.txt"), report.toString());
    }

    /** Prints PostgreSQL's plan and timing of the statement the service runs for these parameters, snippets included. */
    private void explain(Map<String, String> params, String when) throws SQLException {
        String tsquery = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> quoteSearch.tsquery(params.get("q"), null));
        SearchFilter filter = new SearchFilter(tsquery, null,
                params.containsKey("speakerId") ? UUID.fromString(params.get("speakerId")) : null, null, null, null,
                Set.of(WorkflowState.PUBLISHED, WorkflowState.RETRACTED), null, null, null);
        SearchFilter windowed = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> quoteSearch.window(filter));
        Map<String, Object> values = new HashMap<>();
        String sql = QuoteSearch.withSnippets(QuoteSearch.sql(windowed, 0, 21, values));
        List<String> names = new ArrayList<>(values.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            Object value = values.get(name);
            String literal = value instanceof Number ? value.toString()
                    : value instanceof Collection<?> list ? String.join(",", list.stream()
                            .map(v -> "'" + v + "'").toList())
                    : "'" + value.toString().replace("'", "''") + "'";
            sql = sql.replace(":" + name, literal);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (windowed != filter) {
                statement.execute("SET enable_indexscan = off");
                statement.execute("SET enable_seqscan = off");
            }
            var rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql);
            System.out.println("---- " + when + ": " + params + (windowed != filter ? " window from " + windowed.from() : ""));
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
            statement.execute("RESET ALL");
        }
    }

    /** One search as a viewer (first page of 20); returns how many hits the page had. */
    private int call(HttpClient http, String token, Map<String, String> params) throws IOException, InterruptedException {
        return BenchmarkCalls.page(http, searchUri, token, params);
    }

    // ---- the corpus -----------------------------------------------------------------------

    private void prepareVocabulary() {
        String[] syllables = { "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "de", "va", "sho", "len", "mar", "tek",
                "bra", "vin", "gor", "fel", "dan", "pul", "ser", "kon", "tim", "wes" };
        String[] cyrillic = { "ка", "ло", "ми", "не", "су", "та", "ри", "по", "де", "ва", "шо", "лен", "мар", "тек",
                "бра", "вин", "гор", "фел", "дан", "пул", "сер", "кон", "тим", "вес" };
        english = new String[VOCABULARY];
        russian = new String[VOCABULARY];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < VOCABULARY;) {
            int length = 2 + random.nextInt(3);
            StringBuilder en = new StringBuilder();
            StringBuilder ru = new StringBuilder();
            for (int s = 0; s < length; s++) {
                int pick = random.nextInt(syllables.length);
                en.append(syllables[pick]);
                ru.append(cyrillic[pick]);
            }
            if (seen.add(en.toString())) {
                english[i] = en.toString();
                russian[i] = ru.toString();
                i++;
            }
        }
        zipf = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipf[i] /= sum;
        }
        speakers = ids(SPEAKERS);
        stories = ids(STORIES);
        events = ids(EVENTS);
    }

    private UUID[] ids(int n) {
        UUID[] ids = new UUID[n];
        for (int i = 0; i < n; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong());
        }
        return ids;
    }

    private int zipfRank() {
        int at = Arrays.binarySearch(zipf, random.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, VOCABULARY - 1);
    }

    /** A word of English rank between {@code from} and {@code to} (rank 1 is the most frequent). */
    private String word(int from, int to) {
        return english[from + random.nextInt(to - from)];
    }

    private String sentence(String[] words, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String w = words[zipfRank()];
            text.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : " " + w);
        }
        return text.toString();
    }

    private void load(int rows) throws SQLException, IOException {
        String[] kinds = { "DIRECT", "DIRECT", "DIRECT", "FRAGMENT", "FRAGMENT", "PARAPHRASE", "QUESTION", "STATEMENT" };
        String[] verifications = { "UNVERIFIED", "UNVERIFIED", "VERIFIED", "VERIFIED", "DISPUTED", "FALSE" };
        long startOfCorpus = LocalDate.of(2024, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            // indexes are built once after the load, as a bulk import would
            sql.execute("DROP INDEX IF EXISTS quote_search_idx, quote_speaker_idx, quote_story_idx, quote_event_idx,"
                    + " quote_said_at_idx");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String now = Instant.now().toString();
            for (int done = 0; done < rows; done += CHUNK) {
                StringBuilder csv = new StringBuilder(CHUNK * 300);
                for (int i = done; i < Math.min(rows, done + CHUNK); i++) {
                    double language = random.nextDouble();
                    String[] words = language < 0.85 ? english : russian;
                    String text = sentence(words, 8 + random.nextInt(13));
                    String context = sentence(words, 4) + ", \u201c" + text + ",\u201d " + sentence(words, 3) + ".";
                    int event = random.nextInt(EVENTS);
                    double state = random.nextDouble();
                    String instant = Instant.ofEpochSecond(startOfCorpus + (long) (random.nextDouble() * 600 * 86400))
                            .toString();
                    csv.append(new UUID(random.nextLong(), random.nextLong())).append(',')
                            .append(text).append(',')
                            .append(kinds[random.nextInt(kinds.length)]).append(',')
                            .append(speakers[random.nextInt(SPEAKERS)]).append(',')
                            .append(stories[event % STORIES]).append(',')
                            .append(events[event]).append(',')
                            .append(language < 0.85 ? "en" : language < 0.95 ? "ru" : "").append(',')
                            .append('"').append(context.replace("\"", "\"\"")).append("\",")
                            .append(instant).append(',')
                            .append(state < 0.8 ? "PUBLISHED" : state < 0.9 ? "DRAFT" : state < 0.95 ? "IN_REVIEW"
                                    : "RETRACTED").append(',')
                            .append(verifications[random.nextInt(verifications.length)]).append(",0,")
                            .append(now).append(',').append(now).append('\n');
                }
                copy.copyIn("COPY quote (id, text, kind, speaker_id, story_id, event_id, language, context, said_at,"
                        + " state, verification, version, created_at, updated_at) FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
                System.out.printf("loaded %,d quotes%n", Math.min(rows, done + CHUNK));
            }
            sql.execute("UPDATE quote SET language = NULL WHERE language = ''");
            sql.execute("SET maintenance_work_mem = '2GB'");
            sql.execute("CREATE INDEX quote_search_idx ON quote USING gin (search_vector)");
            sql.execute("CREATE INDEX quote_speaker_idx ON quote (speaker_id, said_at DESC) WHERE speaker_id IS NOT NULL");
            sql.execute("CREATE INDEX quote_story_idx ON quote (story_id, said_at DESC) WHERE story_id IS NOT NULL");
            sql.execute("CREATE INDEX quote_event_idx ON quote (event_id, said_at DESC) WHERE event_id IS NOT NULL");
            sql.execute("CREATE INDEX quote_said_at_idx ON quote (said_at DESC, id)");
            sql.execute("VACUUM ANALYZE quote");
            System.out.println("indexed");
        }
    }
}
