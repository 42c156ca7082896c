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
 * the service one at a time, as a viewer: one word, a phrase, and a word with filters (a speaker; a
 * story and a kind; a verification and a state; a month; everything until a date). Each search runs
 * in the service as it was before ({@link QuoteSearchPrevious}) and as it is now, alternating which
 * goes first, so that the two are compared side by side under the same load, and then over HTTP as
 * the endpoint answers it. A change to the search brings its previous version here for the run that
 * measures it (a subclass in this package), and removes it afterwards. It prints p50/p99 per kind with the load average before and after each
 * kind, and writes them to {@code target/search-benchmark.txt}. Every kind is warmed up before the
 * first is timed ({@code BENCH_WARM_UP} rounds of one search of each, default 100); {@code BENCH_RUNS}
 * (default 500) sets the timed searches per kind; {@code BENCH_EXPLAIN=1} prints the plans of a few searches.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
class SearchBenchmark {

    private static final int VOCABULARY = 20_000;
    private static final int SPEAKERS = 5_000;
    private static final int STORIES = 200;
    private static final int EVENTS = 5_000;
    private static final int CHUNK = 50_000;
    /** Untimed rounds of one search of every kind (in the service twice and over HTTP) before the first timed one ({@code BENCH_WARM_UP}). */
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_UP", "100"));
    private static final int RUNS = 500;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    QuoteSearch quoteSearch;

    @Inject
    QuoteSearchPrevious quoteSearchPrevious;

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
                        Map.of("q", word(50, 60), "speakerId", speakers[0].toString()),
                        Map.of("q", word(50, 60), "to", "2024-06-01"),
                        Map.of("q", word(100, 120), "to", "2024-03-01"),
                        Map.of("q", word(300, 320), "to", "2024-07-01"),
                        Map.of("q", word(50, 60), "from", "2024-03-01", "to", "2024-04-01"));
        for (Map<String, String> params : explained) {
            explain(quoteSearch, params, "right after the load");
        }
        HttpClient http = BenchmarkCalls.client();
        String token = TestTokens.viewer();
        Map<String, Supplier<Map<String, String>>> kinds = new LinkedHashMap<>();
        kinds.put("one word", () -> Map.of("q", word(50, 5000)));
        kinds.put("phrase", () -> Map.of("q", "\"" + word(5, 300) + " " + word(5, 300) + "\""));
        kinds.put("speaker", () -> Map.of("q", word(50, 5000), "speakerId", speakers[random.nextInt(SPEAKERS)].toString()));
        kinds.put("story+kind", () -> Map.of("q", word(50, 5000), "storyId", stories[random.nextInt(STORIES)].toString(),
                "kind", "DIRECT"));
        kinds.put("verif+state", () -> Map.of("q", word(50, 5000), "verification", "VERIFIED", "state", "PUBLISHED"));
        kinds.put("month", () -> {
            LocalDate month = LocalDate.of(2024, 1, 1).plusMonths(random.nextInt(20));
            return Map.of("q", word(50, 5000), "from", month.toString(), "to", month.plusMonths(1).toString());
        });
        kinds.put("until", () -> Map.of("q", word(50, 5000), "to", LocalDate.of(2024, 3, 1).plusMonths(random.nextInt(16))
                .toString()));

        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", String.valueOf(RUNS)));
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        StringBuilder report = new StringBuilder();
        report.append(String.format("quote-service search benchmark, %s%n", Instant.now()));
        report.append(String.format("corpus: %,d quotes loaded and indexed in %.0f s%n", rows, loadSeconds));
        report.append(String.format("machine: %d cores, %d GiB heap max; JVM %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 30,
                System.getProperty("java.version")));
        report.append("in the service (no HTTP), each search as before (previous) and as now, alternating; then now over HTTP\n");
        report.append(String.format("%-12s %6s %16s %16s %16s %10s %9s %s%n", "search", "runs", "prev. p50/p99 ms",
                "now p50/p99 ms", "HTTP p50/p99 ms", "prev. hits", "now hits", "load average before → after"));
        // warm up every kind before timing any (timed first, a kind would pay for the JIT still compiling)
        for (int i = 0; i < WARM_UP; i++) {
            for (var kind : kinds.values()) {
                Map<String, String> params = kind.get();
                search(quoteSearchPrevious, params);
                search(quoteSearch, params);
                call(http, token, params);
            }
        }
        for (var kind : kinds.entrySet()) {
            String loadBefore = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            double[][] times = new double[3][runs];
            long[] hits = new long[2];
            List<Map<String, String>> asked = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Map<String, String> params = kind.getValue().get();
                asked.add(params);
                for (int turn = 0; turn < 2; turn++) {
                    // alternate who goes first, so that neither always finds the pages the other read
                    int who = (turn + i) % 2;
                    long start = System.nanoTime();
                    hits[who] += search(who == 0 ? quoteSearchPrevious : quoteSearch, params);
                    times[who][i] = (System.nanoTime() - start) / 1e6;
                }
                long start = System.nanoTime();
                call(http, token, params);
                times[2][i] = (System.nanoTime() - start) / 1e6;
            }
            String loadAfter = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            slowest(kind.getKey(), asked, times);
            StringBuilder line = new StringBuilder(String.format("%-12s %6d", kind.getKey(), runs));
            for (double[] t : times) {
                Arrays.sort(t);
                line.append(String.format(" %16s", String.format("%.1f / %.1f", t[runs / 2], t[(int) Math.ceil(runs * 0.99) - 1])));
            }
            report.append(line).append(String.format(" %10.1f %9.1f %s → %s%n", hits[0] / (double) runs,
                    hits[1] / (double) runs, loadBefore, loadAfter));
            System.out.print(line + System.lineSeparator());
        }
        report.append(String.format("load average at start %s, at the end %s%n", load,
                Files.readString(Path.of("/proc/loadavg")).strip()));
        // the same searches again, with the cache as the timed runs left it
        for (Map<String, String> params : explained) {
            explain(quoteSearch, params, "after the timed runs");
            if (params.containsKey("to") && !params.containsKey("from")) {
                explain(quoteSearchPrevious, params, "after the timed runs, previous");
            }
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "search-benchmark.txt"), report.toString());
    }

    /** Prints the three slowest searches of a kind in the service, previous and now, with both times: what its p99 is made of. */
    private static void slowest(String kind, List<Map<String, String>> asked, double[][] times) {
        for (int who = 0; who < 2; who++) {
            int version = who;
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, asked.size()).boxed().toList());
            order.sort(Comparator.comparingDouble((Integer i) -> times[version][i]).reversed());
            for (int i : order.subList(0, Math.min(3, order.size()))) {
                System.out.printf("slowest %s %s: %s previous %.1f ms, now %.1f ms%n", who == 0 ? "previous" : "now", kind,
                        asked.get(i), times[0][i], times[1][i]);
            }
        }
    }

    /** A version of the search, in the service, first page of 20 (and the row that says more follow). */
    private int search(QuoteSearch version, Map<String, String> params) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> version.search(filter(params), 0, 21)).size();
    }

    /** What the search endpoint makes of these parameters for a viewer. */
    private static SearchFilter filter(Map<String, String> params) {
        Set<WorkflowState> states = params.containsKey("state") ? Set.of(WorkflowState.valueOf(params.get("state")))
                : Set.of(WorkflowState.PUBLISHED, WorkflowState.RETRACTED);
        return new SearchFilter(params.get("q"), null,
                params.containsKey("speakerId") ? UUID.fromString(params.get("speakerId")) : null,
                params.containsKey("storyId") ? UUID.fromString(params.get("storyId")) : null, null,
                params.containsKey("kind") ? org.newsgraph.quote.QuoteKind.valueOf(params.get("kind")) : null, states,
                params.containsKey("verification") ? org.newsgraph.quote.VerificationState.valueOf(params.get("verification"))
                        : null,
                params.containsKey("from") ? LocalDate.parse(params.get("from")).atStartOfDay(ZoneOffset.UTC).toInstant() : null,
                params.containsKey("to") ? LocalDate.parse(params.get("to")).atStartOfDay(ZoneOffset.UTC).toInstant() : null);
    }

    /** Prints PostgreSQL's plan and timing of the statement the service runs for these parameters, snippets included. */
    private void explain(QuoteSearch version, Map<String, String> params, String when) throws SQLException {
        SearchFilter asked = filter(params);
        String tsquery = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> quoteSearch.tsquery(asked.q(), null));
        SearchFilter filter = new SearchFilter(tsquery, null, asked.speakerId(), asked.storyId(), null, asked.kind(),
                asked.states(), asked.verification(), asked.from(), asked.to());
        boolean onTheHeap = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> version.narrow(filter));
        String months = onTheHeap ? ""
                : io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> version.months(filter));
        Map<String, Object> values = new HashMap<>();
        String sql = QuoteSearch.withSnippets(QuoteSearch.sql(filter, months, onTheHeap, 0, 21, values));
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
            var rs = statement.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + sql);
            System.out.println("---- " + when + ": " + params + (months.isEmpty() ? "" : " months " + months)
                    + (onTheHeap ? " words tested on the heap" : ""));
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
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
