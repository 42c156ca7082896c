package org.newsgraph.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running suite: PostgreSQL, Keycloak and every service of {@link Services#ALL}, each its own
 * process. {@link #start} returns once every part is ready, or stops what it had started and
 * says which part failed. {@link #stop} ends every process it started, services first.
 */
public final class Stack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /** A service recording its AOT cache writes it when it stops: a minute or more on a busy machine. */
    private static final Duration RECORDING_GRACE = Duration.ofSeconds(300);

    private final Settings settings;
    private final Consumer<String> out;
    private LocalPostgres postgres;
    private ChildProcess keycloak;
    private final Map<String, ChildProcess> services = new LinkedHashMap<>();
    private final Map<String, ServiceJvm.Plan> jvms = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::stop, "local-stack-stop");
    private boolean stopped;
    /** The thread in {@link #start} while the stack starts; a stop from elsewhere waits for it. */
    private Thread starter;

    private Stack(Settings settings, Consumer<String> out) {
        this.settings = settings;
        this.out = out;
    }

    public static Stack start(Settings settings, Consumer<String> out) throws StartupException {
        Stack stack = new Stack(settings, out);
        synchronized (stack) {
            stack.starter = Thread.currentThread();
        }
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startParts();
            return stack;
        } catch (StartupException | RuntimeException e) {
            stack.stop();
            throw e;
        } finally {
            synchronized (stack) {
                stack.starter = null;
                stack.notifyAll();
            }
        }
    }

    private void startParts() throws StartupException {
        stopLeftovers();
        checkPortsFree();
        prepareWorkDirectory();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        // Keycloak takes longest: it starts first and PostgreSQL comes up meanwhile.
        long keycloakStart = System.nanoTime();
        if (settings.externalKeycloak().isEmpty()) {
            out.accept(line(LocalKeycloak.NAME, LocalKeycloak.isFirstStart(settings)
                    ? "starting for the first time: it creates its database and imports the realm, which takes longest"
                    : "starting"));
            keep(LocalKeycloak.start(settings, java), child -> keycloak = child);
        }
        List<String> databases = Services.ALL.stream().flatMap(service -> service.ownDatabase().stream()).toList();
        if (settings.externalPostgres().isEmpty()) {
            long start = System.nanoTime();
            LocalPostgres started = LocalPostgres.start(settings, databases);
            synchronized (this) {
                postgres = started;
                if (stopped) {
                    Thread.interrupted(); // the stop's nudge; stopping waits properly
                    started.stop();
                    throw StartupException.stopped(LocalPostgres.NAME, started.log());
                }
            }
            out.accept(line(LocalPostgres.NAME, "ready in " + seconds(start) + " on port " + settings.postgresPort()
                    + ", data in " + settings.postgresData()));
        }
        if (keycloak != null) {
            keycloak.awaitReady(LocalKeycloak.readinessUrl(settings), settings.startTimeout());
            out.accept(line(LocalKeycloak.NAME, "ready in " + seconds(keycloakStart) + " at " + settings.keycloakUrl()));
        }

        Map<String, Long> starts = new HashMap<>();
        for (Services.Service service : Services.ALL) {
            starts.put(service.name(), System.nanoTime());
            keep(startService(service), child -> services.put(service.name(), child));
        }
        for (Services.Service service : Services.ALL) {
            services.get(service.name()).awaitReady(settings.managementUrl(service.name()) + "/q/health/ready",
                    settings.startTimeout());
            out.accept(line(service.name(), "ready in " + seconds(starts.get(service.name())) + " at "
                    + settings.serviceUrl(service.name())));
        }
    }

    /**
     * Keeps a process that has just started, or stops it at once if the stack was stopped
     * meanwhile (Ctrl-C or "run.sh stop" while it was starting).
     */
    private synchronized void keep(ChildProcess child, Consumer<ChildProcess> field) throws StartupException {
        if (stopped) {
            Thread.interrupted(); // the stop's nudge; stopping waits properly
            child.stop(STOP_GRACE);
            throw StartupException.stopped(child.name(), child.log());
        }
        field.accept(child);
    }

    private ChildProcess startService(Services.Service service) throws StartupException {
        Path jar = settings.serviceJar(service.name());
        Path log = settings.logs().resolve(service.name() + ".log");
        if (!Files.isRegularFile(jar)) {
            throw new StartupException(service.name(), null, "is not built (no " + jar
                    + "); build first: ./mvnw -B package -DskipTests");
        }
        Map<String, String> environment = environment(settings, service);
        ServiceJvm.Plan jvm = ServiceJvm.plan(settings, service);
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvm.options());
        command.addAll(List.of("-jar", jar.toString()));
        out.accept(line(service.name(), "starting " + jvm.describe()));
        ChildProcess child = ChildProcess.start(service.name(), command, environment, jar.getParent(), log,
                settings.pids().resolve(service.name() + ".pid"));
        synchronized (this) {
            jvms.put(service.name(), jvm);
        }
        return child;
    }

    /** Stops one service started by this stack, giving one that records its AOT cache time to write it. */
    private void stopService(String name, ChildProcess child) {
        ServiceJvm.Plan jvm;
        synchronized (this) {
            jvm = jvms.remove(name);
        }
        boolean recording = jvm != null && jvm.recording();
        if (recording) {
            out.accept(line(name, "writing its AOT cache (once per build)"));
        }
        boolean byItself = child.stop(recording ? RECORDING_GRACE : STOP_GRACE);
        if (jvm != null) {
            jvm.stopped(byItself);
        }
    }

    /**
     * What a service is given through its environment: its ports, its database, Keycloak, every
     * other service's URL (deploy/local/README.md, "What each service is given"), and the C library's
     * settings of {@link ServiceJvm#ENVIRONMENT}.
     */
    public static Map<String, String> environment(Settings settings, Services.Service service) {
        Map<String, String> environment = new LinkedHashMap<>(ServiceJvm.ENVIRONMENT);
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(settings.servicePort(service.name())));
        environment.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        environment.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(settings.managementPort(service.name())));
        settings.otlpEndpoint().ifPresent(collector -> {
            environment.put("QUARKUS_OTEL_SDK_DISABLED", "false");
            environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
            environment.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", collector);
        });
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", settings.issuer());
        service.ownDatabase().ifPresent(database -> {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(database));
            environment.put("QUARKUS_DATASOURCE_USERNAME", settings.databaseUser());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", settings.databasePassword());
        });
        for (Services.Service other : Services.ALL) {
            if (!other.equals(service)) {
                environment.put(other.urlVariable(), settings.serviceUrl(other.name()));
            }
        }
        if (service.name().equals(Services.GATEWAY)) {
            // user administration goes through Keycloak's admin API, as the gateway client's service account
            environment.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", settings.keycloakUrl());
            environment.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET", settings.gatewayClientSecret());
        }
        return environment;
    }

    /** Stops one service and leaves the rest running (to see how the suite copes without it). */
    public void stopService(String name) {
        ChildProcess child;
        synchronized (this) {
            child = services.remove(name);
        }
        if (child != null) {
            stopService(name, child);
        }
    }

    /** Starts a service stopped by {@link #stopService} again, and waits until it is ready. */
    public void startService(String name) throws StartupException {
        Services.Service service = Services.named(name)
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        ChildProcess child = startService(service);
        keep(child, started -> services.put(name, started));
        child.awaitReady(settings.managementUrl(name) + "/q/health/ready", settings.startTimeout());
    }

    /**
     * Stops every process this stack started, by pid: the services (in reverse order), then
     * Keycloak, then PostgreSQL. Safe to call more than once and from a shutdown hook.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (starter != null && starter != Thread.currentThread()) {
            // Ctrl-C while starting: let the starting thread notice, so that the part it is
            // starting right now is not left behind, then stop what it had started.
            starter.interrupt();
            long deadline = System.nanoTime() + STOP_GRACE.toNanos();
            while (starter != null && System.nanoTime() < deadline) {
                try {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        List<Map.Entry<String, ChildProcess>> reversed = new ArrayList<>(services.entrySet());
        java.util.Collections.reverse(reversed);
        // all at once: a service recording its AOT cache takes a while to write it
        reversed.forEach(service -> service.getValue().askToStop());
        for (Map.Entry<String, ChildProcess> service : reversed) {
            stopService(service.getKey(), service.getValue());
        }
        if (keycloak != null) {
            keycloak.stop(STOP_GRACE);
        }
        if (postgres != null) {
            postgres.stop();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook
        }
    }

    @Override
    public void close() {
        stop();
    }

    public Settings settings() {
        return settings;
    }

    /** Every process this stack started and that still runs. */
    public synchronized List<ProcessHandle> processes() {
        List<ProcessHandle> processes = new ArrayList<>();
        services.values().forEach(service -> addWithDescendants(processes, service.handle()));
        if (keycloak != null) {
            addWithDescendants(processes, keycloak.handle());
        }
        if (postgres != null) {
            postgres.process().ifPresent(process -> addWithDescendants(processes, process));
        }
        processes.removeIf(process -> !Processes.isRunning(process));
        return processes;
    }

    /** A part whose process has ended although nobody stopped it; empty while all run. */
    public synchronized Optional<String> ended() {
        if (stopped) {
            return Optional.empty();
        }
        for (ChildProcess child : children()) {
            if (!child.isAlive()) {
                return Optional.of(child.name() + " ended with exit code " + child.exitValue() + "; see its log: " + child.log());
            }
        }
        if (postgres != null && postgres.process().isEmpty()) {
            return Optional.of(LocalPostgres.NAME + " ended; see its log: " + postgres.log());
        }
        return Optional.empty();
    }

    private List<ChildProcess> children() {
        List<ChildProcess> children = new ArrayList<>(services.values());
        if (keycloak != null) {
            children.add(keycloak);
        }
        return children;
    }

    private static void addWithDescendants(List<ProcessHandle> processes, ProcessHandle process) {
        processes.add(process);
        process.descendants().forEach(processes::add);
    }

    /**
     * Processes an earlier launcher started from this working folder and left running (it was
     * killed before it could stop them). A launcher that still runs is refused instead.
     */
    private void stopLeftovers() throws StartupException {
        refuseIfRunning(settings);
        for (String leftover : LocalStack.stopRecorded(settings, out)) {
            out.accept(line(leftover, "stopped: it was left running by an earlier launcher"));
        }
    }

    /** Refuses to start a second stack from the same working folder while a launcher runs there. */
    static void refuseIfRunning(Settings settings) throws StartupException {
        Path launcher = settings.pids().resolve(LocalStack.LAUNCHER_PID);
        Optional<ProcessHandle> running = PidFile.read(launcher).flatMap(PidFile::process)
                .filter(process -> process.pid() != ProcessHandle.current().pid());
        if (running.isPresent()) {
            throw new StartupException("local stack", null, "is already running from " + settings.workDirectory()
                    + " (launcher pid " + running.get().pid() + "); stop it first: deploy/local/run.sh stop");
        }
    }

    private void checkPortsFree() throws StartupException {
        Map<String, Integer> ports = new LinkedHashMap<>();
        if (settings.externalPostgres().isEmpty()) {
            ports.put(LocalPostgres.NAME, settings.postgresPort());
        }
        if (settings.externalKeycloak().isEmpty()) {
            ports.put(LocalKeycloak.NAME, settings.keycloakPort());
        }
        Services.ALL.forEach(service -> {
            ports.put(service.name(), settings.servicePort(service.name()));
            ports.put(service.name() + "-management", settings.managementPort(service.name()));
        });
        for (Map.Entry<String, Integer> port : ports.entrySet()) {
            try (ServerSocket socket = new ServerSocket(port.getValue(), 1, InetAddress.getByName("127.0.0.1"))) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new StartupException(port.getKey(), null, "cannot use port " + port.getValue()
                        + ": it is taken (another stack? deploy/local/run.sh stop), or choose another with --"
                        + port.getKey() + "-port");
            }
        }
    }

    private void prepareWorkDirectory() {
        try {
            if (settings.fresh()) {
                deleteTree(settings.postgresData());
                deleteTree(settings.keycloakData());
                out.accept(line("fresh", "deleted the PostgreSQL and Keycloak data in " + settings.workDirectory()));
            }
            Files.createDirectories(settings.logs());
            Files.createDirectories(settings.pids());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String line(String part, String message) {
        return String.format("%-16s %s", part, message);
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
