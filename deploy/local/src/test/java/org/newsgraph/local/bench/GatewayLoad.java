package org.newsgraph.local.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.newsgraph.local.DemoStory;
import org.newsgraph.local.DemoUsers;

/**
 * A short steady-state check of gateways that run side by side against the same services (not a
 * test): the demo story's nested timeline as the demo viewer, {@code clients} threads as fast as
 * they can, the gateways taking turns, after a warm-up of each. Used to see that JVM settings
 * chosen for a fast start and a small footprint do not cost the gateway's throughput
 * (docs/measurements.md). GatewayBenchmark is the full measurement.
 *
 * <pre>java -cp "&lt;test-classes&gt;:deploy/local/target/classes:deploy/local/target/lib/*" \
 *     org.newsgraph.local.bench.GatewayLoad http://127.0.0.1:47180 a=http://127.0.0.1:47080,b=http://127.0.0.1:47090 \
 *     [clients 4] [seconds 20] [warm-up seconds 60] [rounds 2]</pre>
 */
public final class GatewayLoad {

    static final String QUERY = "{ story(slug: \"alaska-summit-2025\") { title timeline(first: 100, zone: \"Europe/London\") "
            + "{ edges { node { title kind startsAt { text } location { label place { name } } "
            + "participants { role entity { id name } } } } } } }";

    private GatewayLoad() {
    }

    public static void main(String[] arguments) throws Exception {
        URI keycloak = URI.create(arguments[0]);
        Map<String, String> gateways = new LinkedHashMap<>();
        for (String gateway : arguments[1].split(",")) {
            gateways.put(gateway.substring(0, gateway.indexOf('=')), gateway.substring(gateway.indexOf('=') + 1));
        }
        int clients = arguments.length > 2 ? Integer.parseInt(arguments[2]) : 4;
        Duration run = Duration.ofSeconds(arguments.length > 3 ? Integer.parseInt(arguments[3]) : 20);
        Duration warmUp = Duration.ofSeconds(arguments.length > 4 ? Integer.parseInt(arguments[4]) : 60);
        int rounds = arguments.length > 5 ? Integer.parseInt(arguments[5]) : 2;
        String token = DemoStory.token(keycloak, DemoUsers.VIEWER.username(), DemoUsers.VIEWER.password());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String body = "{\"query\":\"" + QUERY.replace("\"", "\\\"") + "\"}";

        for (Map.Entry<String, String> gateway : gateways.entrySet()) {
            Result warm = load(http, gateway.getValue(), token, body, 1, warmUp);
            System.out.printf(Locale.ROOT, "warm-up %-10s %s%n", gateway.getKey(), warm);
        }
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> gateway : gateways.entrySet()) {
                String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
                Result result = load(http, gateway.getValue(), token, body, clients, run);
                System.out.printf(Locale.ROOT, "round %d %-10s %d clients: %s (load %s)%n", round, gateway.getKey(),
                        clients, result, load);
            }
        }
    }

    record Result(int requests, int failures, double seconds, List<Double> latencies) {
        @Override
        public String toString() {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            double p50 = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
            double p99 = sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99)));
            return String.format(Locale.ROOT, "%.1f req/s, p50 %.1f ms, p99 %.1f ms, %d failed", requests / seconds, p50, p99,
                    failures);
        }
    }

    private static Result load(HttpClient http, String gateway, String token, String body, int clients, Duration run)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/graphql")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        long end = start + run.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                futures.add(pool.submit(() -> {
                    List<Double> latencies = new ArrayList<>();
                    int failures = 0;
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                            failures++;
                        } else {
                            latencies.add((System.nanoTime() - t0) / 1e6);
                        }
                    }
                    return new Result(latencies.size(), failures, 0, latencies);
                }));
            }
            List<Double> latencies = new ArrayList<>();
            int failures = 0;
            for (Future<Result> future : futures) {
                latencies.addAll(future.get().latencies());
                failures += future.get().failures();
            }
            return new Result(latencies.size(), failures, (System.nanoTime() - start) / 1e9, latencies);
        } finally {
            pool.shutdownNow();
        }
    }
}
