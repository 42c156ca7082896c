package org.newsgraph.local.bench;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers;
import org.newsgraph.local.Metrics;
import org.newsgraph.local.Services;
import org.newsgraph.local.Settings;
import org.newsgraph.local.Stack;
import org.newsgraph.local.SuiteStack;
import org.newsgraph.local.TestAccess;
import org.newsgraph.platform.testing.FreePorts;

/**
 * The gateway measured on the real stack (not part of the test run: its name matches no test
 * pattern). Run it with
 *
 * <pre>./mvnw -B verify -pl deploy/local -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=GatewayBenchmark -Dfailsafe.failIfNoSpecifiedTests=false</pre>
 *
 * ({@code -Dbench.seconds=20} per point and {@code -Dbench.warm-up-seconds=45} per story size by default; {@code -Dbench.sizes=10,100,1000} and
 * {@code -Dbench.clients=1,4,16} by default). It prints downstream calls per query for
 * stories of 10, 100 and 1,000 events, then, for each story size and 1, 4 and 16 concurrent
 * clients, the latency (p50, p99) and throughput of reading the story's whole timeline, nested
 * (time, place, participants and their names), through the gateway beside fetching the same data
 * from the services directly, and their ratio. Both page through the timeline 100 events at a
 * time ({@code first}/{@code after}); the direct path asks event-service for the story (its title,
 * which the gateway's query asks for too) beside the first page, for each page, and entity-service
 * for that page's participants and places in one batch lookup, as the gateway does. Gateway and
 * direct runs alternate at each point, in one run. Results go in docs/measurements.md with the date
 * and machine.
 *
 * <p>Other gateways can be measured side by side with the stack's, against the same services and
 * in the same run (each point runs every gateway, then the direct path):
 * {@code -Dbench.gateways="main=/tmp/gw-main/quarkus-app;untraced=gateway/target/quarkus-app QUARKUS_OTEL_SDK_DISABLED=true"}
 * starts, for each {@code name=}, the packaged gateway in that folder (relative to the repository)
 * on free ports, with the stack gateway's environment and the variables after the folder. Every
 * point is printed with the load average of its moment.
 */
@ExtendWith(SuiteStack.class)
class GatewayBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PEOPLE = 40;
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 20));
    /**
     * Each gateway and the direct path run this long at one client before a story's points (JIT). After
     * 10 s the compiler threads still had 53-77 % of the gateway's CPU and a 10-event page cost three times
     * the CPU it did after 45 s (docs/measurements.md, 27 November 2026, night): 45 s by default.
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warm-up-seconds", 45));
    private static final List<Integer> SIZES = numbers("bench.sizes", "10,100,1000");
    private static final List<Integer> CLIENTS = numbers("bench.clients", "1,4,16");

    static final String NESTED = """
            query($id: ID!, $after: String) { story(id: $id) { title timeline(first: 100, after: $after) {
              pageInfo { hasNextPage endCursor }
              edges { node {
                title kind startsAt(zone: "Europe/London") { text }
                location { label place { name } }
                participants { role entity { id name } } } } } } }""";
    private static final int PAGE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A gateway measured: the stack's own, or one started beside it for the comparison. */
    record Gateway(String name, String url, ProcessHandle handle) {
    }

    @Test
    void measure() throws Exception {
        Settings settings = SuiteStack.settings();
        String reporter = TestAccess.token(DemoUsers.REPORTER);
        String editor = TestAccess.token(DemoUsers.EDITOR);
        String entities = settings.serviceUrl("entity-service");
        String events = settings.serviceUrl("event-service");
        List<String> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(post(entities + "/entities", reporter, Map.of("kind", "PERSON", "name", "Person " + i)));
        }
        String place = post(entities + "/entities", reporter, Map.of("kind", "PLACE", "name", "Anchorage",
                "place", Map.of("timeZone", "America/Anchorage")));

        System.out.println();
        System.out.println("Downstream calls per nested timeline query (gateway counter):");
        Map<Integer, String> stories = new LinkedHashMap<>();
        for (int size : SIZES) {
            String story = story(events, reporter, editor, size, people, place);
            stories.put(size, story);
            double before = downstreamCalls(settings);
            int read = graphql(settings.serviceUrl(Services.GATEWAY), TestAccess.token(DemoUsers.VIEWER), story);
            System.out.printf("  story of %4d events: %3.0f calls for %d pages (%d events read)%n", size,
                    downstreamCalls(settings) - before, (size + PAGE - 1) / PAGE, read);
        }

        List<Gateway> gateways = new ArrayList<>();
        ProcessHandle stackGateway = SuiteStack.stack().processes().stream().filter(GatewayBenchmark::isGateway)
                .findFirst().orElseThrow();
        gateways.add(new Gateway(Services.GATEWAY, settings.serviceUrl(Services.GATEWAY), stackGateway));
        List<Process> started = new ArrayList<>();
        try {
            gateways.addAll(startVariants(settings, started));
            System.out.println();
            System.out.printf("The whole nested timeline, %d events a page, %d s per point, %d cores:%n", PAGE,
                    RUN.toSeconds(), Runtime.getRuntime().availableProcessors());
            System.out.println("  events | clients | gateway              | p50 / p99 ms        | req/s | direct p50 / p99 ms | req/s | ratio p50 / p99 | CPU ms/query: gateway, services (direct: services) | load");
            for (var entry : stories.entrySet()) {
                String id = entry.getValue();
                String warmUp = TestAccess.token(DemoUsers.VIEWER);
                for (Gateway gateway : gateways) {
                    load(1, WARM_UP, () -> graphql(gateway.url(), warmUp, id), null);
                }
                load(1, WARM_UP, () -> direct(settings, warmUp, id), null);
                for (int clients : CLIENTS) {
                    // a fresh token for every point: the realm's tokens live 5 minutes
                    String viewer = TestAccess.token(DemoUsers.VIEWER);
                    Map<Gateway, Result> results = new LinkedHashMap<>();
                    for (Gateway gateway : gateways) {
                        results.put(gateway, load(clients, RUN, () -> graphql(gateway.url(), viewer, id), gateway));
                    }
                    Result direct = load(clients, RUN, () -> direct(settings, viewer, id), null);
                    results.forEach((gateway, result) -> System.out.printf(
                            "  %6d | %7d | %-20s | %8.1f / %8.1f | %5.1f | %8.1f / %8.1f | %5.1f | %5.2f / %5.2f   | %5.1f, %5.1f (%5.1f) | %s%n",
                            entry.getKey(), clients, gateway.name(), result.p50(), result.p99(), result.throughput(),
                            direct.p50(), direct.p99(), direct.throughput(), result.p50() / direct.p50(),
                            result.p99() / direct.p99(), result.gatewayCpu(), result.servicesCpu(), direct.servicesCpu(),
                            result.load()));
                    results.forEach((gateway, result) -> System.out.printf("           services' CPU ms/query by part, %s: %s; direct: %s%n",
                            gateway.name(), parts(result), parts(direct)));
                }
            }
            System.out.println();
        } finally {
            for (Process process : started) {
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** The gateways of {@code bench.gateways}, started and ready. */
    private List<Gateway> startVariants(Settings settings, List<Process> processes) throws Exception {
        List<Gateway> started = new ArrayList<>();
        String variants = System.getProperty("bench.gateways", "");
        for (String variant : variants.split(";")) {
            if (variant.isBlank()) {
                continue;
            }
            String name = variant.substring(0, variant.indexOf('=')).trim();
            List<String> parts = List.of(variant.substring(variant.indexOf('=') + 1).trim().split("\\s+"));
            Path app = settings.repository().resolve(parts.get(0));
            int port = FreePorts.take();
            int management = FreePorts.take();
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of(settings.serviceJavaOptions().trim().split("\\s+")));
            command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                    .redirectOutput(settings.logs().resolve("gateway-" + name + ".log").toFile());
            builder.environment().putAll(Stack.environment(settings, Services.named(Services.GATEWAY).orElseThrow()));
            builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
            builder.environment().put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
            for (String setting : parts.subList(1, parts.size())) {
                builder.environment().put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
            }
            Process process = builder.start();
            processes.add(process);
            started.add(new Gateway(name, "http://127.0.0.1:" + port, process.toHandle()));
            System.out.printf("gateway %s: %s %s (pid %d)%n", name, app, parts.subList(1, parts.size()), process.pid());
            awaitReady("http://127.0.0.1:" + management + "/q/health/ready", process);
        }
        return started;
    }

    private void awaitReady(String url, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(url + " did not get ready");
    }

    private static String parts(Result result) {
        return result.cpuByPart().entrySet().stream().map(e -> String.format("%s %.1f", e.getKey(), e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static List<Integer> numbers(String property, String defaults) {
        return java.util.Arrays.stream(System.getProperty(property, defaults).split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** A published story of {@code size} published events, each with two participants and a place. */
    private String story(String events, String reporter, String editor, int size, List<String> people, String place)
            throws Exception {
        String story = post(events + "/stories", reporter, Map.of("title", "Bench " + size, "slug",
                "bench-" + size + "-" + UUID.randomUUID().toString().substring(0, 6)));
        post(events + "/stories/" + story + "/transitions", editor, Map.of("to", "PUBLISHED", "version", 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                String id = post(events + "/events", reporter, Map.of("storyId", story, "title", "Event " + n,
                        "kind", "OTHER", "placeId", place,
                        "time", Map.of("date", "2025-08-15", "time", String.format("%02d:%02d", n / 60 % 24, n % 60),
                                "zone", "America/Anchorage", "precision", "MINUTE"),
                        "participants", List.of(Map.of("entityId", people.get(n % PEOPLE), "role", "HOST"),
                                Map.of("entityId", people.get((n + 1) % PEOPLE), "role", "PARTICIPANT"))));
                post(events + "/events/" + id + "/transitions", editor, Map.of("to", "PUBLISHED", "version", 0));
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return story;
    }

    /**
     * The same data a client would fetch without the gateway: the story (its title, once, while the
     * first page is read), each page of the timeline, then one batch lookup of that page's
     * participants and place.
     */
    private void direct(Settings settings, String token, String story) throws Exception {
        CompletableFuture<HttpResponse<Void>> title = http.sendAsync(HttpRequest.newBuilder(
                URI.create(settings.serviceUrl("event-service") + "/stories/" + story))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.discarding());
        String after = null;
        do {
            JsonNode page = get(settings.serviceUrl("event-service") + "/stories/" + story + "/timeline?first=" + PAGE
                    + "&zone=Europe/London" + (after == null ? "" : "&after=" + URLEncoder.encode(after, UTF_8)), token);
            Set<String> ids = new LinkedHashSet<>();
            for (JsonNode edge : page.get("edges")) {
                edge.at("/node/participants").forEach(p -> ids.add(p.get("entityId").asText()));
                if (edge.at("/node/placeId").isTextual()) {
                    ids.add(edge.at("/node/placeId").asText());
                }
            }
            get(settings.serviceUrl("entity-service") + "/entities/lookup?ids=" + String.join(",", ids), token);
            after = page.at("/pageInfo/hasNextPage").asBoolean() ? page.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        int status = title.join().statusCode();
        if (status != 200) {
            throw new IllegalStateException("story " + story + ": " + status);
        }
    }

    /** The whole timeline through the gateway, page by page; the number of events read. */
    private int graphql(String gateway, String token, String story) throws Exception {
        String after = null;
        int read = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("id", story);
            variables.put("after", after);
            String body = JSON.writeValueAsString(Map.of("query", NESTED, "variables", variables));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(gateway + "/graphql"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                throw new IllegalStateException("gateway: " + response.body());
            }
            JsonNode timeline = JSON.readTree(response.body()).at("/data/story/timeline");
            read += timeline.get("edges").size();
            after = timeline.at("/pageInfo/hasNextPage").asBoolean() ? timeline.at("/pageInfo/endCursor").asText() : null;
        } while (after != null);
        return read;
    }

    private JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + ": " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static String post(String url, String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(url).then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                .extract().path("id");
    }

    private static double downstreamCalls(Settings settings) {
        return Metrics.of(settings, Services.GATEWAY).sum("newsgraph_gateway_downstream_calls_total");
    }

    interface Call {
        void run() throws Exception;
    }

    /**
     * @param gatewayCpu CPU time of the measured gateway per query (ms), NaN for the direct path
     * @param servicesCpu CPU time of the stack's other processes (services, PostgreSQL, Keycloak) per query (ms)
     * @param load the load average when the run ended
     */
    record Result(double p50, double p99, double throughput, double gatewayCpu, double servicesCpu, String load,
            Map<String, Double> cpuByPart) {
    }

    /**
     * {@code clients} threads calling as fast as they can for {@code run}; latencies in ms. CPU time
     * per query is read from the processes themselves: on a shared machine it says what a query
     * costs more steadily than its latency does.
     */
    private static Result load(int clients, Duration run, Call call, Gateway gateway) throws Exception {
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<ProcessHandle> gatewayProcess = gateway == null ? List.of() : List.of(gateway.handle());
        List<ProcessHandle> others = SuiteStack.stack().processes().stream()
                .filter(process -> !isGateway(process)).toList();
        long gatewayBefore = cpuNanos(gatewayProcess);
        Map<String, Long> partsBefore = cpuByPart(others);
        long end = System.nanoTime() + run.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    call.run();
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        int queries = Math.max(1, sorted.size());
        Map<String, Double> parts = new LinkedHashMap<>();
        cpuByPart(others).forEach((part, nanos) -> parts.put(part, (nanos - partsBefore.getOrDefault(part, 0L)) / 1e6 / queries));
        return new Result(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.size() / (double) run.toSeconds(),
                gateway == null ? Double.NaN : (cpuNanos(gatewayProcess) - gatewayBefore) / 1e6 / queries,
                parts.values().stream().mapToDouble(Double::doubleValue).sum(), loadAverage(), parts);
    }

    /** CPU time of the stack's processes other than the gateway, by part (each service, PostgreSQL, Keycloak). */
    private static Map<String, Long> cpuByPart(List<ProcessHandle> processes) {
        Map<String, Long> parts = new java.util.TreeMap<>();
        for (ProcessHandle process : processes) {
            String line = process.info().commandLine().orElse("");
            String part = java.util.stream.Stream.of("entity-service", "event-service", "quote-service", "keycloak", "postgres")
                    .filter(line::contains).findFirst().orElse("other");
            parts.merge(part, cpuNanos(List.of(process)), Long::sum);
        }
        return parts;
    }

    private static boolean isGateway(ProcessHandle process) {
        String jar = SuiteStack.settings().serviceJar(Services.GATEWAY).toString();
        return process.info().commandLine().map(line -> line.contains(jar)).orElse(false);
    }

    private static long cpuNanos(List<ProcessHandle> processes) {
        return processes.stream().mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos)
                .orElse(0L)).sum();
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
