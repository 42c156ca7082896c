package org.newsgraph.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoStory;
import org.newsgraph.local.DemoUsers;
import org.newsgraph.local.ServiceJvm;
import org.newsgraph.local.Services;
import org.newsgraph.local.Settings;
import org.newsgraph.local.Stack;
import org.newsgraph.local.SuiteStack;

/**
 * Start time and memory of each service, JVM settings side by side (not part of the test run: its
 * name matches no test pattern). Run it with
 *
 * <pre>./mvnw -B verify -pl deploy/local -am -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FootprintBenchmark</pre>
 *
 * ({@code -Dbench.variants=before,small} picks some of {@link #VARIANTS}; {@code -Dbench.rounds=2}
 * starts each service alone that many times per variant; {@code -Dbench.start-timeout=600} seconds.)
 * It uses the suite stack's PostgreSQL and Keycloak and stops the stack's own services. Or, against
 * a stack started by hand (no Maven run; the measured services get free ports of their own):
 *
 * <pre>deploy/local/run.sh --work-dir=/tmp/fp --postgres-port=47432 --keycloak-port=47180 ... &amp;
 * java -cp "&lt;test-classes&gt;:deploy/local/target/classes:deploy/local/target/lib/*" \
 *     org.newsgraph.local.bench.FootprintBenchmark --work-dir=/tmp/fp --postgres-port=47432 --keycloak-port=47180</pre>
 *
 * or with {@code --start-stack} first among those options: it starts a stack of its own with them
 * (run.sh's options), stops that stack's services, measures, and stops it. The fast-jar and aot-jar
 * variants take their jars from copies of the two builds when {@code -Dbench.fast-jar=DIR} and
 * {@code -Dbench.aot-jar=DIR} name them ({@code DIR/<service>/quarkus-run.jar}).
 *
 * Then, for every variant, it
 * <ol>
 * <li>starts the <b>four at once</b> on empty databases of their own, times each from its process
 * start to the first 200 on {@code /q/health/ready} (polled every 20 ms), loads the demo story
 * through that gateway ({@code deploy/local/run.sh} does the same), and reads each process's
 * {@code VmRSS} from {@code /proc/<pid>/status} a few seconds later;</li>
 * <li>starts each packaged service <b>alone</b> and times it the same way, and then to the answer of
 * a first read with a viewer's token ({@code FIRST_READS}), variants interleaved per service.</li>
 * </ol>
 * A variant with an archive (AppCDS on JDK 17, the AOT cache on JDK 25) first makes it in a
 * training run (the four at once, the demo story, a normal stop) unless the working folder has it
 * from an earlier run. Each figure is printed with the load average of the moment. Results go in
 * docs/measurements.md.
 */
@ExtendWith(SuiteStack.class)
class FootprintBenchmark {

    private static final String JDK17 = System.getProperty("bench.jdk17", "/usr/lib/jvm/java-17-openjdk-amd64");
    private static final String JDK25 = System.getProperty("bench.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64");
    /** deploy/local's default --service-java-opts. */
    private static final String KEPT = Settings.parse(List.of(), Map.of("NEWSGRAPH_REPO", ".")).serviceJavaOptions();
    private static final String SMALL = "-Xmx128m -Xss512k -XX:+UseSerialGC";
    private static final String TRIM = "-XX:TrimNativeHeapInterval=5000";

    /** main's deploy/local default before issue 12's fast start (fast-jar on JDK 17). */
    private static final String MAIN = "-Xmx256m " + "-XX:TrimNativeHeapInterval=5000";
    private static final String FAST = "fast-jar";
    private static final String AOT = "aot-jar";

    /** {archive} is replaced by the variant's archive file of the service. */
    static final List<Variant> VARIANTS = List.of(
            new Variant("before", JDK17, "-Xmx256m", Map.of(), null),
            new Variant("serial", JDK17, "-Xmx256m -XX:+UseSerialGC", Map.of(), null),
            new Variant("small", JDK17, SMALL, Map.of(), null),
            // a small initial heap: the serial collector's young generation is touched whole once it has been used
            new Variant("small-xms16m", JDK17, "-Xms16m " + SMALL, Map.of(), null),
            new Variant("small-arena2", JDK17, SMALL, Map.of("MALLOC_ARENA_MAX", "2"), null),
            new Variant("small-c1", JDK17, SMALL + " -XX:TieredStopAtLevel=1", Map.of(), null),
            new Variant("small-threads", JDK17, SMALL,
                    Map.of("QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "2", "QUARKUS_THREAD_POOL_CORE_THREADS", "1",
                            "QUARKUS_THREAD_POOL_MAX_THREADS", "32", "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "8"),
                    null),
            new Variant("small-appcds", JDK17, SMALL + " -XX:SharedArchiveFile={archive}", Map.of(),
                    SMALL + " -XX:ArchiveClassesAtExit={archive}"),
            // glibc keeps what the JVM freed (class loading, compilations) in its arenas: give it back every 5 s
            new Variant("trim", JDK17, "-Xmx256m " + TRIM, Map.of(), null),
            new Variant("serial-trim", JDK17, "-Xmx256m -XX:+UseSerialGC " + TRIM, Map.of(), null),
            new Variant("trim-arena2", JDK17, "-Xmx256m " + TRIM, Map.of("MALLOC_ARENA_MAX", "2"), null),
            new Variant("c1-trim", JDK17, "-Xmx256m -XX:TieredStopAtLevel=1 " + TRIM, Map.of(), null),
            new Variant("small-jdk25", JDK25, SMALL, Map.of(), null),
            new Variant("small-jdk25-aot", JDK25, SMALL + " -XX:AOTCache={archive}", Map.of(),
                    SMALL + " -XX:AOTCacheOutput={archive}"),
            // issue 12: main's default (fast-jar, JDK 17), and Quarkus's aot-jar on JDK 25 with the AOT cache
            new Variant("main", JDK17, MAIN, Map.of(), null, FAST),
            aot("aot", MAIN, Map.of()),
            aot("aot-serial256", "-Xms16m -Xmx256m -XX:+UseSerialGC " + TRIM, Map.of("MALLOC_ARENA_MAX", "2")),
            aot("aot-serial", "-Xms16m -Xmx128m -XX:+UseSerialGC " + TRIM, Map.of()),
            aot("aot-serial-arena2", "-Xms16m -Xmx128m -XX:+UseSerialGC " + TRIM, Map.of("MALLOC_ARENA_MAX", "2")),
            aot("aot-serial-lean", "-Xms16m -Xmx128m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m "
                    + "-XX:MaxMetaspaceSize=192m " + TRIM, Map.of("MALLOC_ARENA_MAX", "2",
                            "QUARKUS_VERTX_EVENT_LOOPS_POOL_SIZE", "2")),
            aot("aot-coh", "-Xms16m -Xmx128m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders " + TRIM,
                    Map.of("MALLOC_ARENA_MAX", "2")),
            // what deploy/local/run.sh does now: aot-jar, JDK 25, its default options and environment
            aot("launcher", KEPT, ServiceJvm.ENVIRONMENT),
            // its default until 29 November: the initial heap left to the JVM (1/64 of the machine's memory)
            aot("launcher-xms-default", "-Xmx256m " + TRIM, ServiceJvm.ENVIRONMENT),
            // G1 with a small initial heap that gives memory back when idle (a periodic collection every 15 s)
            aot("launcher-g1", "-Xms16m -Xmx256m -XX:G1PeriodicGCInterval=15000 " + TRIM, ServiceJvm.ENVIRONMENT),
            // the same with the client compiler only: not the default (the gateway's steady state needs C2)
            aot("launcher-c1", KEPT + " -XX:TieredStopAtLevel=1", ServiceJvm.ENVIRONMENT));

    private static Variant aot(String name, String options, Map<String, String> environment) {
        return new Variant(name, JDK25, options + " -XX:AOTCache={archive}", environment,
                options + " -XX:AOTCacheOutput={archive}", AOT);
    }

    /** A read: a GET of {@code path}, or a POST of the JSON {@code body} when there is one. */
    private record Read(String path, String body) {
    }

    /**
     * Each service's first read when it starts alone (the gateway's services are not running then, so
     * it answers a query that needs none of them).
     */
    private static final Map<String, Read> FIRST_READS = Map.of(
            "entity-service", new Read("/entities?first=20", null),
            "event-service", new Read("/stories?first=20", null),
            "quote-service", new Read("/quotes/search?q=summit", null),
            "gateway", new Read("/graphql", "{\"query\":\"{ __typename }\"}"));

    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.start-timeout", 600));
    private static final Duration SETTLE = Duration.ofSeconds(Integer.getInteger("bench.settle-seconds", 5));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Path work;
    private Settings settings;
    private int databases;

    /**
     * @param trainingOptions JVM options of the training run that writes {archive}, or null for
     *        a variant without one
     */
    record Variant(String name, String javaHome, String options, Map<String, String> environment,
            String trainingOptions, String packaging) {

        Variant(String name, String javaHome, String options, Map<String, String> environment, String trainingOptions) {
            this(name, javaHome, options, environment, trainingOptions, FAST);
        }

        /**
         * The packaged service: from {@code -Dbench.fast-jar=DIR} or {@code -Dbench.aot-jar=DIR}
         * ({@code DIR/<service>/quarkus-run.jar}, a copy of a build of that packaging) when given,
         * else the repository's own build, whichever packaging it has.
         */
        Path jar(Settings settings, Services.Service service) {
            String copies = System.getProperty("bench." + packaging, "");
            return copies.isBlank() ? settings.serviceJar(service.name())
                    : Path.of(copies, service.name(), "quarkus-run.jar");
        }
    }

    @Test
    void measure() throws Exception {
        Services.ALL.forEach(service -> SuiteStack.stack().stopService(service.name()));
        run(SuiteStack.settings());
    }

    /**
     * The same against a stack that runs already ({@code deploy/local/run.sh} with its options, e.g.
     * {@code --work-dir}, {@code --postgres-port}, {@code --keycloak-port}); the measured services get
     * free ports of their own, and the stack's services are left alone.
     */
    public static void main(String[] arguments) throws Exception {
        List<String> given = new ArrayList<>(List.of(arguments));
        if (given.remove("--start-stack")) {
            // PostgreSQL and Keycloak of a stack of its own (its services stopped), as measure() has them
            Stack stack = Stack.start(Settings.parse(given, System.getenv()), line -> System.out.println("[stack] " + line));
            try {
                Services.ALL.forEach(service -> stack.stopService(service.name()));
                new FootprintBenchmark().run(stack.settings());
            } finally {
                stack.stop();
            }
            return;
        }
        Settings running = Settings.parse(given, System.getenv());
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 2 * Services.ALL.size(); i++) {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
                ports.add(socket.getLocalPort());
            }
        }
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        Map<String, Integer> managementPorts = new LinkedHashMap<>();
        for (int i = 0; i < Services.ALL.size(); i++) {
            servicePorts.put(Services.ALL.get(i).name(), ports.get(i));
            managementPorts.put(Services.ALL.get(i).name(), ports.get(Services.ALL.size() + i));
        }
        new FootprintBenchmark().run(running.with(running.workDirectory(), false, running.postgresPort(),
                running.keycloakPort(), servicePorts, managementPorts));
    }

    private void run(Settings stack) throws Exception {
        settings = stack;
        work = settings.workDirectory().resolve("footprint");
        Files.createDirectories(work);
        List<Variant> variants = chosen();
        int rounds = Integer.getInteger("bench.rounds", 1);

        System.out.printf("%nmachine: %d cores, %s; load average %s%n", Runtime.getRuntime().availableProcessors(),
                memory(), load());
        for (Variant variant : variants) {
            System.out.printf("  %-20s %s %s %s%s%n", variant.name(), variant.javaHome(), variant.options(),
                    variant.environment().isEmpty() ? "" : variant.environment(),
                    variant.name().equals("launcher") ? " (deploy/local's default)" : "");
        }
        for (Variant variant : variants) {
            // an archive made before (same jars) is used again; delete target/.../footprint to train anew
            if (variant.trainingOptions() != null && archiveSizes(variant).contains("MISSING")) {
                long start = System.nanoTime();
                runFourAtOnce(variant, true);
                System.out.printf("training run of %s: %.1f s; archives %s (load %s)%n", variant.name(),
                        (System.nanoTime() - start) / 1e9, archiveSizes(variant), load());
            }
        }

        Map<String, Map<String, String>> together = new LinkedHashMap<>();
        for (Variant variant : variants) {
            try {
                together.put(variant.name(), runFourAtOnce(variant, false));
            } catch (IllegalStateException e) {
                // a service that did not start (on a loaded machine: its database pool timed out)
                System.out.printf("four   %-20s FAILED: %s%n", variant.name(), e.getMessage());
                together.put(variant.name(), Map.of());
            }
        }

        Map<String, Map<String, List<String>>> alone = new LinkedHashMap<>();
        for (Services.Service service : Services.ALL) {
            for (int round = 0; round < rounds; round++) {
                for (Variant variant : variants) {
                    String load = load();
                    // a viewer's token, fetched before the start so that it is not timed
                    String token = DemoStory.token(URI.create(settings.keycloakUrl()), DemoUsers.VIEWER.username(),
                            DemoUsers.VIEWER.password());
                    Running running = start(variant, service, service.ownDatabase().map(settings::jdbcUrl).orElse(null), false);
                    String result;
                    try {
                        double seconds = running.awaitReady();
                        result = String.format(Locale.ROOT, "%.2f s, first answer %s, %.1f cpu-s (load %s)", seconds,
                                running.firstAnswer(token), running.cpuAtReady, load);
                    } catch (IllegalStateException | IOException e) {
                        result = "FAILED: " + e.getMessage();
                    }
                    running.stop();
                    alone.computeIfAbsent(variant.name(), name -> new LinkedHashMap<>())
                            .computeIfAbsent(service.name(), name -> new ArrayList<>()).add(result);
                    System.out.printf("alone  %-20s %-15s %s%n", variant.name(), service.name(), result);
                }
            }
        }

        System.out.printf("%nFootprint, %s; start = process start to first 200 on /q/health/ready"
                + " (wall clock, and processor seconds used by then); alone, also to the answer of a first"
                + " read with a viewer's token (FIRST_READS)%n", memory());
        System.out.printf("%-20s | %-15s | %-40s | %s%n", "variant", "service", "alone", "four at once; RSS after the demo load");
        for (Variant variant : variants) {
            for (Services.Service service : Services.ALL) {
                System.out.printf("%-20s | %-15s | %-40s | %s%n", variant.name(), service.name(),
                        String.join(", ", alone.getOrDefault(variant.name(), Map.of()).getOrDefault(service.name(), List.of())),
                        together.getOrDefault(variant.name(), Map.of()).getOrDefault(service.name(), "FAILED"));
            }
        }
        System.out.printf("load average at the end: %s%n", load());
    }

    /**
     * The four services at once on empty databases of their own, the demo story through their
     * gateway, then the resident memory of each; or, for a training run, a normal stop after the
     * demo story so that each JVM writes its archive.
     */
    private Map<String, String> runFourAtOnce(Variant variant, boolean training) throws Exception {
        String load = load();
        Map<String, Running> running = new LinkedHashMap<>();
        for (Services.Service service : Services.ALL) {
            running.put(service.name(), start(variant, service, freshDatabase(service), training));
        }
        Map<String, String> results = new LinkedHashMap<>();
        try {
            Map<String, Double> ready = new LinkedHashMap<>();
            for (Map.Entry<String, Running> service : running.entrySet()) {
                ready.put(service.getKey(), service.getValue().awaitReady());
            }
            long demo = System.nanoTime();
            String demoResult;
            try {
                String token = DemoStory.token(URI.create(settings.keycloakUrl()), DemoUsers.EDITOR.username(),
                        DemoUsers.EDITOR.password());
                int created = DemoStory.load(URI.create(settings.serviceUrl(Services.GATEWAY)), token,
                        settings.repository().resolve(DemoStory.FILE));
                demoResult = String.format(Locale.ROOT, "%d records in %.1f s", created, (System.nanoTime() - demo) / 1e9);
            } catch (IOException | RuntimeException e) {
                // a loaded machine can time a call out; the figures are still printed, marked
                demoResult = "NOT loaded (" + e.getMessage() + ")";
            }
            System.out.printf("four   %-20s demo story: %s%n", variant.name(), demoResult);
            if (training) {
                return results;
            }
            Thread.sleep(SETTLE.toMillis());
            String loadAfter = load();
            for (Map.Entry<String, Running> service : running.entrySet()) {
                String result = String.format(Locale.ROOT, "%.2f s, %.1f cpu-s (load %s); %d MiB (load %s)",
                        ready.get(service.getKey()), service.getValue().cpuAtReady, load, service.getValue().rssMiB(), loadAfter);
                results.put(service.getKey(), result);
                System.out.printf("four   %-20s %-15s %s%n", variant.name(), service.getKey(), result);
            }
            return results;
        } finally {
            for (Running service : running.values()) {
                service.stop();
            }
        }
    }

    private Running start(Variant variant, Services.Service service, String jdbcUrl, boolean training) throws IOException {
        Path jar = variant.jar(settings, service);
        String archive = work.resolve(variant.name() + "-" + service.name() + ".archive").toString();
        String options = (training ? variant.trainingOptions() : variant.options()).replace("{archive}", archive);
        List<String> command = new ArrayList<>();
        command.add(Path.of(variant.javaHome(), "bin", "java").toString());
        Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isBlank()).forEach(command::add);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(variant.name() + "-" + service.name() + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.putAll(Stack.environment(settings, service));
        // the suite stack traces to the tests' collector; measured services do not trace
        environment.keySet().removeIf(key -> key.startsWith("QUARKUS_OTEL_"));
        // each variant says which of the launcher's C library settings it has
        environment.keySet().removeAll(ServiceJvm.ENVIRONMENT.keySet());
        if (service.database() != null) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
        }
        environment.putAll(variant.environment());
        if (training) {
            Files.deleteIfExists(Path.of(archive));
        }
        return new Running(service, builder.start());
    }

    /** A new empty database for a service that has one (migrated by the service at its start). */
    private String freshDatabase(Services.Service service) throws SQLException {
        if (service.database() == null) {
            return null;
        }
        String name = service.database() + "_footprint_" + (++databases);
        String url = "jdbc:postgresql://127.0.0.1:" + settings.postgresPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name + " OWNER \"" + settings.databaseUser() + "\"");
        }
        return settings.jdbcUrl(name);
    }

    private final class Running {
        private final Services.Service service;
        private final Process process;
        private final long started = System.nanoTime();
        private double cpuAtReady = Double.NaN;

        Running(Services.Service service, Process process) {
            this.service = service;
            this.process = process;
        }

        /** Seconds from the process's start to the first 200 on its readiness check. */
        double awaitReady() throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.managementUrl(service.name()) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            while (System.nanoTime() - started < START_TIMEOUT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(service.name() + " ended with " + process.exitValue() + "; see its log in " + work);
                }
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        cpuAtReady = cpuSeconds();
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(POLL.toMillis());
            }
            throw new IllegalStateException(service.name() + " was not ready after " + START_TIMEOUT);
        }

        /**
         * Seconds from the process's start to the answer of its first read (after {@link #awaitReady}):
         * what a user waits for, which readiness alone understates (the first query opens the database
         * pool, the first request verifies a token, the first resource method is resolved).
         */
        String firstAnswer(String token) throws IOException, InterruptedException {
            Read read = FIRST_READS.get(service.name());
            URI uri = URI.create(settings.serviceUrl(service.name()) + read.path());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token);
            request = read.body() == null ? request.GET() : request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(read.body()));
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return String.format(Locale.ROOT, "%.2f s (%d)", (System.nanoTime() - started) / 1e9, status);
        }

        /**
         * Processor seconds (user + system) the process had used when it was ready: unlike the
         * wall-clock start, this hardly depends on what else the machine runs, and on 2 cores a
         * start cannot take less wall-clock time than half of it.
         */
        private double cpuSeconds() throws IOException {
            String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of proc(5) (utime, stime), counted from field 3 here, in clock ticks of 1/100 s
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }

        long rssMiB() throws IOException {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElseThrow();
        }

        /** A normal stop (SIGTERM), waited for: a training run writes its archive on the way out. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static List<Variant> chosen() {
        String names = System.getProperty("bench.variants", "");
        if (names.isBlank()) {
            return VARIANTS;
        }
        List<String> wanted = List.of(names.split(","));
        return VARIANTS.stream().filter(variant -> wanted.contains(variant.name())).toList();
    }

    private String archiveSizes(Variant variant) throws IOException {
        List<String> sizes = new ArrayList<>();
        for (Services.Service service : Services.ALL) {
            Path archive = work.resolve(variant.name() + "-" + service.name() + ".archive");
            sizes.add(service.name() + " " + (Files.exists(archive) ? Files.size(archive) / (1024 * 1024) + " MiB" : "MISSING"));
        }
        return String.join(", ", sizes);
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            long kib = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
            return Math.round(kib / 1048576.0) + " GiB";
        } catch (IOException e) {
            return "?";
        }
    }
}
