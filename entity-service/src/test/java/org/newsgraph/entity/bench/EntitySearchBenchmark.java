package org.newsgraph.entity.bench;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.entity.service.EntitySearch;
import org.newsgraph.platform.testing.BenchmarkCalls;
import org.newsgraph.platform.testing.TestTokens;
import org.postgresql.PGConnection;

/**
 * Entity search latency over a generated directory (DESIGN.md, "Measured, not assumed"). Not part
 * of {@code ./mvnw verify} (its name matches no test pattern); run it on purpose (docs/measurements.md):
 *
 * <pre>
 * BENCH_ENTITIES=100000 ./mvnw -B test -pl entity-service -am -Dtest=EntitySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It boots entity-service on an embedded PostgreSQL 17 configured as a production server would be,
 * loads {@code BENCH_ENTITIES} records with COPY (70% people, 20% organisations, 10% places; names
 * from Polish, Czech, Spanish, Ukrainian, Greek and English name parts, with their diacritics; a
 * third of them with an alias, half of those in Cyrillic or Greek script), then times searches
 * over HTTP as a viewer, one at a time, first page of 20: a full name as written, a surname
 * alone, a name typed without its diacritics, an alias, a name with one letter wrong, one with two
 * neighbouring letters of its surname swapped, and a prefix of three letters; with them the HTTP path
 * without a search: a page's 21 records by id and one record by id (the floor a search's answer stands
 * on). {@code BENCH_WARM_UP} untimed rounds (default 100), then {@code BENCH_RUNS} timed ones (default
 * 500), each round one call of every kind in a new random order. Then the search alone over JDBC, as
 * it was before (one previous version) and as it is, side by side, with how often each found the
 * record a query was made from.
 */
@QuarkusTest
@TestProfile(BenchmarkProfile.class)
class EntitySearchBenchmark {

    /** Untimed rounds of calls (one of each kind) before the timed ones ({@code BENCH_WARM_UP}, default 100). */
    private static final int WARM_UP = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARM_UP", "100"));
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "500"));
    private static final String[] FIRST = { "Małgorzata", "Paweł", "Agnieszka", "Grzegorz", "Łukasz", "Zofia", "Jiří",
            "Tomáš", "Věra", "Lucía", "José", "Núria", "Ramón", "Oksana", "Mykola", "Olena", "Andriy", "Halyna",
            "Eleni", "Konstantinos", "Dimitris", "Katrin", "Thomas", "Rachel", "Claire", "Mark", "Ingrid", "Søren",
            "Gábor", "Milica" };
    private static final String[] SURNAME_PARTS = { "Wiś", "Koł", "Now", "Zie", "Woj", "Dvo", "Čer", "Svo", "Fer",
            "Ibá", "Muñ", "Gut", "Hryt", "Mar", "Sav", "Kov", "Pap", "Geo", "Ale", "Vog", "Bra", "Oka", "Whi",
            "Hal", "Szal", "Jov", "Pet", "Bab", "Lin", "Tam" };
    private static final String[] SURNAME_ENDS = { "ewska", "odziej", "ak", "lińska", "cik", "řák", "ný", "oboda",
            "nández", "ñez", "oz", "iérrez", "senko", "chenko", "chuk", "ač", "adopoulos", "giou", "xiou", "el",
            "ndt", "for", "tfield", "vorsen", "ai", "anović", "rović", "ić", "dqvist", "m" };
    private static final String[] CYRILLIC = { "Петренко", "Коваль", "Шевчук", "Мельник", "Бондаренко", "Ткаченко",
            "Кравченко", "Олійник", "Лисенко", "Руденко" };
    private static final String[] GREEK = { "Παπαδόπουλος", "Γεωργίου", "Αλεξίου", "Νικολάου", "Ιωάννου" };

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/entities/search")
    URI searchUri;

    private final Random random = new Random(7);
    /** People's names and aliases the searches are made from, with their records. */
    private final List<Map.Entry<String, UUID>> names = new ArrayList<>();
    private final List<Map.Entry<String, UUID>> aliases = new ArrayList<>();

    @Test
    void loadAndMeasure() throws Exception {
        int rows = Integer.parseInt(System.getenv().getOrDefault("BENCH_ENTITIES", "100000"));
        double[] loadBefore = loadAverage();
        long loadStart = System.nanoTime();
        load(rows);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        HttpClient http = BenchmarkCalls.client();
        String token = TestTokens.viewer();
        Map<String, Supplier<Probe>> kinds = new LinkedHashMap<>();
        kinds.put("full name", () -> pick(names, name -> name));
        kinds.put("surname", () -> pick(names, EntitySearchBenchmark::last));
        kinds.put("no diacritics", () -> pick(names, name -> java.text.Normalizer.normalize(name,
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ł', 'l').replace('Ł', 'L')));
        kinds.put("alias", () -> pick(aliases, alias -> alias));
        kinds.put("typo", () -> pick(names, this::typo));
        kinds.put("swapped", () -> pick(names, this::swapped));
        kinds.put("prefix", () -> pick(names, name -> last(name).substring(0, 3)));

        StringBuilder report = new StringBuilder();
        report.append(String.format("entity-service search benchmark, %s%n", Instant.now()));
        report.append(String.format("directory: %,d records (%,d aliases) loaded and indexed in %.0f s%n", rows,
                aliases.size(), loadSeconds));
        report.append(String.format("machine: %d cores; JVM %s; load average before %.1f / %.1f / %.1f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadBefore[0],
                loadBefore[1], loadBefore[2]));
        report.append(String.format("%-14s %6s %8s %8s %8s %10s%n", "search", "runs", "p50 ms", "p99 ms", "max ms",
                "avg hits"));
        Map<String, Series> series = new LinkedHashMap<>();
        kinds.forEach((label, probe) -> series.put(label, () -> {
            String q = probe.get().q();
            return () -> call(http, token, q);
        }));
        Map<String, Series> withoutSearch = pathWithoutSearch(http, token);
        series.putAll(withoutSearch);
        Map<String, String> lines = timedTogether(series);
        kinds.keySet().forEach(label -> report.append(lines.get(label)));
        report.append("the HTTP path without a search (same page size):\n");
        withoutSearch.keySet().forEach(label -> report.append(lines.get(label)));
        report.append(databaseSideBySide(kinds));
        double[] loadAfter = loadAverage();
        report.append(String.format("load average after %.1f / %.1f / %.1f%n", loadAfter[0], loadAfter[1],
                loadAfter[2]));
        System.out.println(report);
        Files.writeString(Path.of("target", "entity-search-benchmark.txt"), report.toString());
    }

    /**
     * The service's two statements (settings and the query's form, then the search) over JDBC,
     * with the search as it was before ({@link #sqlPrevious}) and as it is now: each search run with both, in alternating order, so that they
     * share the load. "found" counts the searches whose first 21 rows (a page of 20 and the one
     * that says another page follows) hold the record the query was made from (a three-letter
     * prefix is shared by thousands of names); "lost" the searches whose record the previous
     * statement found and the current one does not.
     */
    private String databaseSideBySide(Map<String, Supplier<Probe>> kinds) throws SQLException {
        StringBuilder report = new StringBuilder(String.format("%nthe search alone (JDBC, both statements), previous"
                + " and now, side by side%n"));
        report.append(String.format("%-14s %-8s %6s %8s %8s %8s %8s %10s %5s%n", "search", "query", "runs", "p50 ms",
                "p99 ms", "max ms", "found", "same page", "lost"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (var kind : kinds.entrySet()) {
                double[][] times = new double[2][RUNS];
                int[] found = new int[2];
                int samePage = 0;
                int lost = 0;
                String slowest = null;
                double slowestMs = -1;
                for (int i = 0; i < RUNS; i++) {
                    Probe probe = kind.getValue().get();
                    List<List<UUID>> pages = new ArrayList<>(List.of(List.of(), List.of()));
                    for (int turn = 0; turn < 2; turn++) {
                        int v = (turn + i) % 2;
                        long start = System.nanoTime();
                        List<UUID> ids = v == 0 ? searchPrevious(connection, probe.q()) : searchNow(connection, probe.q());
                        times[v][i] = (System.nanoTime() - start) / 1e6;
                        connection.rollback();
                        found[v] += ids.contains(probe.target()) ? 1 : 0;
                        pages.set(v, ids);
                    }
                    if (times[1][i] > slowestMs) {
                        slowestMs = times[1][i];
                        slowest = probe.q();
                    }
                    samePage += pages.get(0).equals(pages.get(1)) ? 1 : 0;
                    lost += pages.get(0).contains(probe.target()) && !pages.get(1).contains(probe.target()) ? 1 : 0;
                }
                if (System.getenv("BENCH_EXPLAIN") != null) {
                    explain(connection, kind.getKey(), slowest);
                }
                for (int v = 0; v < 2; v++) {
                    Arrays.sort(times[v]);
                    report.append(String.format("%-14s %-8s %6d %8.1f %8.1f %8.1f %7.0f%% %9.0f%% %5s%n", kind.getKey(),
                            v == 0 ? "previous" : "now", RUNS, times[v][RUNS / 2],
                            times[v][(int) Math.ceil(RUNS * 0.99) - 1], times[v][RUNS - 1], 100.0 * found[v] / RUNS,
                            100.0 * samePage / RUNS, v == 0 ? "" : Integer.toString(lost)));
                }
            }
            report.append(plans(connection));
        }
        return report.toString();
    }

    /** How often PostgreSQL planned each version's search anew (custom) or reused its plan (generic). */
    private static String plans(Connection connection) throws SQLException {
        StringBuilder report = new StringBuilder();
        try (var rs = connection.createStatement().executeQuery("SELECT statement NOT LIKE '/* previous */%',"
                + " sum(custom_plans), sum(generic_plans) FROM pg_prepared_statements"
                + " WHERE statement LIKE '%WITH names AS%' GROUP BY 1 ORDER BY 1")) {
            while (rs.next()) {
                report.append(String.format("%s search statement: planned anew %d times, plan reused %d times%n",
                        rs.getBoolean(1) ? "now" : "previous", rs.getLong(2), rs.getLong(3)));
            }
        }
        return report.toString();
    }

    /**
     * Prints PostgreSQL's plan and timing of the search as the service runs it now, after its first
     * statement, for the kind's search that was slowest now (its tail is what the p99 is made of).
     */
    private static void explain(Connection connection, String kind, String q) throws SQLException {
        List<Object> prepared = row(connection, EntitySearch.PREPARE, Map.of("t", "0.5", "q", q.strip()));
        if (prepared.get(2) == null) {
            return;
        }
        Map<String, Object> params = params(prepared);
        params.put("prefixes", prepared.get(5));
        System.out.println("---- " + kind + ": " + q);
        try (var statement = prepare(connection, "EXPLAIN (ANALYZE, BUFFERS) "
                + EntitySearch.sql(((String) prepared.get(2)).split(" ").length), params);
                var rs = statement.executeQuery()) {
            while (rs.next()) {
                System.out.println(rs.getString(1));
            }
        }
        connection.rollback();
    }

    /**
     * The search statement as it is on main before this change (main at 1427fe6), the one previous
     * version kept to time side by side with {@link EntitySearch#sql}, after the same first statement:
     * the service's statement with the first 3,000 names in name order all read and then filtered
     * ({@code early} materialised whole, the aliases joined to it), instead of read until a page of them
     * starts with the words. Marked so that the driver prepares it apart from the service's (each keeps
     * its own plan).
     */
    static String sqlPrevious(int words) {
        String now = EntitySearch.sql(words);
        int early = now.indexOf("), early AS MATERIALIZED (");
        int aliased = now.indexOf("), aliased AS MATERIALIZED (");
        int head = now.indexOf("SELECT w.id AS entity_id, w.name, w.score FROM early w");
        int whole = now.indexOf("SELECT * FROM (SELECT e.id, e.name,", head);
        if (early < 0 || aliased < 0 || head < 0 || whole < 0) {
            throw new IllegalStateException("EntitySearch.sql() reads the first names differently: update the previous version");
        }
        String score = now.substring(now.indexOf("SELECT w.id, w.name, ", early) + "SELECT w.id, w.name, ".length(),
                now.indexOf(" AS score FROM (", early));
        String run = now.substring(now.indexOf("LIKE ", early) + "LIKE ".length(), now.indexOf(" ESCAPE", early));
        String previous = now.substring(0, early) + """
                ), early AS MATERIALIZED (
                    SELECT e.id, e.name, e.kind, e.search_name FROM entity e
                    WHERE (SELECT many FROM crowd) AND e.archived = false AND e.merged_into IS NULL
                    ORDER BY e.name, e.id
                    LIMIT 3000
                """ + now.substring(aliased, head) + """
                SELECT w.id AS entity_id, w.name, %s AS score FROM early w
                        WHERE (:kind = '' OR w.kind = :kind) AND (' ' || w.search_name) LIKE %s ESCAPE '\\'
                          AND to_tsvector('simple', w.search_name) @@ CAST(:prefixes AS tsquery)
                        UNION ALL
                        SELECT w.id, w.name, a.score FROM aliased a JOIN early w ON w.id = a.entity_id
                        WHERE (:kind = '' OR w.kind = :kind) AND a.score >= 2
                        UNION ALL
                        """.formatted(score, run) + " ".repeat(8) + now.substring(whole);
        return "/* previous */ " + previous;
    }

    private static List<UUID> searchPrevious(Connection connection, String q) throws SQLException {
        return search(connection, q, EntitySearch.PREPARE, 5, EntitySearchBenchmark::sqlPrevious);
    }

    private static List<UUID> searchNow(Connection connection, String q) throws SQLException {
        return search(connection, q, EntitySearch.PREPARE, 5, EntitySearch::sql);
    }

    /** The service's two statements: settings and the query's form, then the search for its words. */
    private static List<UUID> search(Connection connection, String q, String prepare, int prefixesColumn,
            java.util.function.IntFunction<String> sql) throws SQLException {
        List<Object> prepared = row(connection, prepare, Map.of("t", "0.5", "q", q.strip()));
        if (prepared.get(2) == null) {
            return List.of();
        }
        Map<String, Object> params = params(prepared);
        params.put("prefixes", prepared.get(prefixesColumn));
        return ids(connection, sql.apply(((String) prepared.get(2)).split(" ").length), params);
    }

    /** The search's parameters from what its first statement returned (the form, the words). */
    private static Map<String, Object> params(List<Object> prepared) {
        String form = (String) prepared.get(1);
        String[] words = ((String) prepared.get(2)).split(" ");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("form", form, "prefix", escaped(form), "kind", "",
                "offset", 0, "limit", 21));
        for (int i = 0; i < words.length; i++) {
            params.put("w" + i, words[i]);
        }
        return params;
    }

    private static String escaped(String form) {
        return form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static List<Object> row(Connection connection, String sql, Map<String, Object> params) throws SQLException {
        try (var statement = prepare(connection, sql, params); var rs = statement.executeQuery()) {
            rs.next();
            List<Object> row = new ArrayList<>();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.add(rs.getObject(c));
            }
            return row;
        }
    }

    private static List<UUID> ids(Connection connection, String sql, Map<String, Object> params) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (var statement = prepare(connection, sql, params); var rs = statement.executeQuery()) {
            while (rs.next()) {
                ids.add((UUID) rs.getObject(1));
            }
        }
        return ids;
    }

    /** The named parameters ({@code :name}) as JDBC's numbered ones, bound in the order they appear. */
    private static java.sql.PreparedStatement prepare(Connection connection, String sql, Map<String, Object> params)
            throws SQLException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!:):([a-z][a-z0-9]*)").matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalStateException("no value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        var statement = connection.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    /** A search, and the record it was made from. */
    record Probe(String q, UUID target) {
    }

    static double[] loadAverage() throws IOException {
        String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
        return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
    }

    private Probe pick(List<Map.Entry<String, UUID>> from, java.util.function.Function<String, String> query) {
        Map.Entry<String, UUID> picked = from.get(random.nextInt(from.size()));
        return new Probe(query.apply(picked.getKey()), picked.getValue());
    }

    private static String last(String name) {
        String[] words = name.split(" ");
        return words[words.length - 1];
    }

    /** One letter of the surname replaced by its neighbour in the alphabet. */
    private String typo(String name) {
        int at = name.lastIndexOf(' ') + 2 + random.nextInt(Math.max(1, name.length() - name.lastIndexOf(' ') - 3));
        char c = name.charAt(Math.min(at, name.length() - 1));
        return name.substring(0, Math.min(at, name.length() - 1)) + (char) (c == 'z' ? 'a' : c + 1)
                + name.substring(Math.min(at, name.length() - 1) + 1);
    }

    /** Two neighbouring letters of the surname swapped (the commonest slip of the fingers). */
    private String swapped(String name) {
        int start = name.lastIndexOf(' ') + 1;
        int at = start + random.nextInt(Math.max(1, name.length() - start - 1));
        if (at + 1 >= name.length()) {
            return name;
        }
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    /**
     * What the HTTP path costs without the search: a page's 21 records by id ({@code /entities/lookup},
     * the same loading of records, aliases and affiliations and the same JSON as a search's page) and
     * one record by id, timed with the searches, so the search's own share can be told apart.
     */
    private Map<String, Series> pathWithoutSearch(HttpClient http, String token) {
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("lookup of 21", records(http, token, 21, () -> URI.create(searchUri.resolve("/entities/lookup")
                + "?ids=" + String.join(",", random.ints(21, 0, names.size())
                        .mapToObj(i -> names.get(i).getValue().toString()).toList()))));
        series.put("one by id", records(http, token, 1,
                () -> searchUri.resolve("/entities/" + names.get(random.nextInt(names.size())).getValue())));
        return series;
    }

    /**
     * GETs of {@code count} records by id at the address {@code uri} makes anew for each call; their hits are the
     * records asked for.
     */
    private static Series records(HttpClient http, String token, int count, Supplier<URI> uri) {
        return () -> {
            URI next = uri.get();
            return () -> {
                BenchmarkCalls.get(http, next, token);
                return count;
            };
        };
    }

    /** A kind of timed call: makes the next call (its input chosen before the timer starts). */
    private interface Series {
        Call next();
    }

    /** One call: what it answered (the page's hits; a call that fails ends the benchmark). */
    private interface Call {
        int run() throws IOException, InterruptedException;
    }

    /**
     * {@code WARM_UP} untimed rounds, then {@code RUNS} timed ones; each round makes one call of every
     * series, in a new random order, so that whatever changes during the run (the JIT still compiling,
     * a collection, another process) falls on every series alike and not on the one timed first. The
     * report's line of each series: p50, p99, max and the average hits.
     */
    private Map<String, String> timedTogether(Map<String, Series> series) throws IOException, InterruptedException {
        List<String> labels = new ArrayList<>(series.keySet());
        for (int i = 0; i < WARM_UP; i++) {
            for (String label : labels) {
                series.get(label).next().run();
            }
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        Map<String, Long> hits = new LinkedHashMap<>();
        labels.forEach(label -> {
            times.put(label, new double[RUNS]);
            hits.put(label, 0L);
        });
        List<String> order = new ArrayList<>(labels);
        for (int i = 0; i < RUNS; i++) {
            Collections.shuffle(order, random);
            for (String label : order) {
                Call call = series.get(label).next();
                long start = System.nanoTime();
                int answered = call.run();
                times.get(label)[i] = (System.nanoTime() - start) / 1e6;
                hits.merge(label, (long) answered, Long::sum);
            }
        }
        Map<String, String> report = new LinkedHashMap<>();
        for (String label : labels) {
            double[] sorted = times.get(label);
            Arrays.sort(sorted);
            report.put(label, String.format("%-14s %6d %8.1f %8.1f %8.1f %10.1f%n", label, RUNS, sorted[RUNS / 2],
                    sorted[(int) Math.ceil(RUNS * 0.99) - 1], sorted[RUNS - 1], hits.get(label) / (double) RUNS));
        }
        return report;
    }

    private int call(HttpClient http, String token, String q) throws IOException, InterruptedException {
        return BenchmarkCalls.page(http, searchUri, token, Map.of("first", "20", "q", q));
    }

    private String personName() {
        return FIRST[random.nextInt(FIRST.length)] + " " + SURNAME_PARTS[random.nextInt(SURNAME_PARTS.length)]
                + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)]
                + (random.nextInt(4) == 0 ? "-" + SURNAME_PARTS[random.nextInt(SURNAME_PARTS.length)].toLowerCase()
                        + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)] : "");
    }

    private void load(int rows) throws SQLException, IOException {
        String[] kinds = { "PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "PERSON", "ORGANISATION",
                "ORGANISATION", "PLACE" };
        String now = Instant.now().toString();
        StringBuilder entities = new StringBuilder(rows * 120);
        StringBuilder aliasRows = new StringBuilder(rows * 20);
        for (int i = 0; i < rows; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String kind = kinds[random.nextInt(kinds.length)];
            String name = switch (kind) {
                case "PERSON" -> personName();
                case "ORGANISATION" -> "Ministry of " + SURNAME_PARTS[random.nextInt(SURNAME_PARTS.length)]
                        + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)] + " Affairs " + i;
                default -> SURNAME_PARTS[random.nextInt(SURNAME_PARTS.length)]
                        + SURNAME_ENDS[random.nextInt(SURNAME_ENDS.length)] + "ville " + i;
            };
            if (kind.equals("PERSON") && names.size() < 20_000) {
                names.add(Map.entry(name, id));
            }
            entities.append(id).append(',').append(kind).append(',').append('"').append(name).append("\",0,")
                    .append(now).append(',').append(now).append(',')
                    .append(kind.equals("PLACE") ? "Europe/Warsaw" : "").append('\n');
            if (random.nextInt(3) == 0) {
                String alias = switch (random.nextInt(4)) {
                    case 0 -> FIRST[random.nextInt(FIRST.length)].substring(0, 1) + ". " + CYRILLIC[random.nextInt(CYRILLIC.length)];
                    case 1 -> GREEK[random.nextInt(GREEK.length)] + " " + i;
                    default -> name.replace("ł", "l") + " Jr";
                };
                aliasRows.append(id).append(",0,\"").append(alias).append("\"\n");
                if (aliases.size() < 20_000) {
                    aliases.add(Map.entry(alias, id));
                }
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("DROP INDEX IF EXISTS entity_search_name_trgm_idx, entity_alias_search_name_trgm_idx,"
                    + " entity_list_idx, entity_search_name_words_idx, entity_alias_search_name_words_idx, entity_name_order_idx,"
                    + " search_word_trgm_idx");
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY entity (id, kind, name, version, created_at, updated_at, time_zone) FROM STDIN"
                    + " WITH (FORMAT csv)", new StringReader(entities.toString()));
            copy.copyIn("COPY entity_alias (entity_id, position, name) FROM STDIN WITH (FORMAT csv)",
                    new StringReader(aliasRows.toString()));
            sql.execute("SET maintenance_work_mem = '1GB'");
            sql.execute("CREATE INDEX entity_list_idx ON entity (kind, name, id) WHERE NOT archived AND merged_into IS NULL");
            sql.execute("CREATE INDEX entity_search_name_trgm_idx ON entity USING gin (search_name gin_trgm_ops)");
            sql.execute("CREATE INDEX entity_alias_search_name_trgm_idx ON entity_alias USING gin (search_name gin_trgm_ops)");
            sql.execute("CREATE INDEX entity_search_name_words_idx ON entity USING gin (to_tsvector('simple', search_name))");
            sql.execute("CREATE INDEX entity_alias_search_name_words_idx ON entity_alias USING gin"
                    + " (to_tsvector('simple', search_name))");
            sql.execute("CREATE INDEX entity_name_order_idx ON entity (name, id) INCLUDE (kind, search_name)"
                    + " WHERE NOT archived AND merged_into IS NULL");
            sql.execute("VACUUM ANALYZE entity");
            sql.execute("VACUUM ANALYZE entity_alias");
            sql.execute("CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops)");
            sql.execute("VACUUM ANALYZE search_word");
            System.out.println("indexed");
        }
    }
}
