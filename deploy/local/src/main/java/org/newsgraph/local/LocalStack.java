package org.newsgraph.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one command: {@code deploy/local/run.sh} (which builds, then runs this). {@code start}
 * (the default) starts the suite, prints where everything is and waits; Ctrl-C stops it.
 * {@code stop} stops a stack started from another terminal; {@code status} says what runs.
 */
public final class LocalStack {

    static final String LAUNCHER_PID = "launcher.pid";
    /** Long enough for services that record their AOT cache at this stop (Stack's grace for them). */
    private static final Duration STOP_WAIT = Duration.ofSeconds(360);

    private LocalStack() {
    }

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        String command = !arguments.isEmpty() && !arguments.get(0).startsWith("-") ? arguments.remove(0) : "start";
        PrintStream out = System.out;
        if (arguments.contains("--help") || arguments.contains("-h") || command.equals("help")) {
            out.println(Settings.usage());
            return;
        }
        Settings settings;
        try {
            settings = Settings.parse(arguments, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.usage());
            System.exit(2);
            return;
        }
        switch (command) {
            case "start" -> System.exit(start(settings, out));
            case "stop" -> System.exit(stop(settings, out));
            case "status" -> System.exit(status(settings, out));
            default -> {
                System.err.println("unknown command '" + command + "'");
                System.err.println(Settings.usage());
                System.exit(2);
            }
        }
    }

    private static int start(Settings settings, PrintStream out) {
        long start = System.nanoTime();
        Stack stack;
        PidFile launcher = null;
        try {
            Stack.refuseIfRunning(settings);
            // written first, so that "run.sh stop" from another terminal also ends a start half-way
            launcher = PidFile.write(settings.pids().resolve(LAUNCHER_PID), ProcessHandle.current());
            stack = Stack.start(settings, out::println);
        } catch (StartupException e) {
            if (launcher != null) {
                launcher.delete();
            }
            if (e.isStopRequest()) {
                out.println("Told to stop before everything was ready: stopping what had started.");
                return 130;
            }
            System.err.println();
            System.err.println("FAILED: " + e.getMessage());
            System.err.println("Everything else that had started was stopped.");
            return 1;
        }
        PidFile launcherPid = launcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println();
            out.println("Stopping…");
            stack.stop();
            launcherPid.delete();
            out.println("Stopped: nothing of the stack runs any more.");
        }, "local-stack-goodbye"));
        loadDemoStory(settings, out);
        out.println();
        out.printf("Ready in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        out.println(banner(settings));
        while (true) {
            Optional<String> ended = stack.ended();
            if (ended.isPresent()) {
                System.err.println("FAILED: " + ended.get() + ". Stopping the rest.");
                return 1;
            }
            ChildProcess.sleep(Duration.ofSeconds(1));
        }
    }

    /**
     * The demo story, through the gateway's own mutations as the demo editor; a story loaded before
     * is left as it is. A failure here is reported but does not stop the stack.
     */
    static void loadDemoStory(Settings settings, PrintStream out) {
        long start = System.nanoTime();
        try {
            int created = DemoStory.loadAsDemoEditor(settings);
            out.println(Stack.line("demo story", created == 0 ? "already loaded"
                    : String.format("loaded (%d records) in %.1f s", created, (System.nanoTime() - start) / 1e9)));
        } catch (java.io.IOException | RuntimeException e) {
            out.println(Stack.line("demo story", "NOT loaded: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String banner(Settings settings) {
        StringBuilder text = new StringBuilder();
        text.append(System.lineSeparator()).append("Newsgraph runs on this machine (local only).").append(System.lineSeparator());
        text.append(String.format("  %-16s %s/   (sign in as a demo user below)%n", "editor UI",
                settings.serviceUrl(Services.GATEWAY)));
        for (Services.Service service : Services.ALL) {
            String url = settings.serviceUrl(service.name());
            text.append(service.name().equals(Services.GATEWAY)
                    ? String.format("  %-16s %s/graphql   (GraphiQL %s/q/graphql-ui, schema %s/graphql/schema.graphql)%n",
                            service.name(), url, url, url)
                    : String.format("  %-16s %s   (OpenAPI %s/q/openapi, Swagger UI %s/q/swagger-ui)%n",
                            service.name(), url, url, url));
        }
        text.append(String.format("  %-16s /q/health and /q/metrics on each service's management port: %s%n",
                "health, metrics", Services.ALL.stream().map(service -> service.name() + " " + settings.managementPort(service.name()))
                        .collect(java.util.stream.Collectors.joining(", "))));
        settings.otlpEndpoint().ifPresent(collector -> text.append(String.format("  %-16s traces to %s%n", "tracing", collector)));
        text.append(String.format("  %-16s %s   realm %s%n", "keycloak", settings.keycloakUrl(), settings.issuer()));
        if (settings.externalKeycloak().isEmpty()) {
            text.append(String.format("  %-16s %s/admin/   %s / %s (local only)%n", "", settings.keycloakUrl(),
                    settings.keycloakAdmin(), settings.keycloakAdminPassword()));
        }
        text.append(String.format("  %-16s %s   user %s / %s (local only)%n", "postgres",
                settings.jdbcUrl("<database>"), settings.databaseUser(), settings.databasePassword()));
        text.append(System.lineSeparator());
        text.append("Demo users of realm ").append(Settings.REALM)
                .append(settings.externalKeycloak().isPresent() ? " (where the realm file was imported)" : "")
                .append(" (passwords for this local stack only; each role includes the ones above it):")
                .append(System.lineSeparator());
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            text.append(String.format("  %-6s %-12s %s%n", user.username(), user.password(), user.role()));
        }
        text.append(System.lineSeparator()).append("A token for scripts (client ").append(DemoUsers.CLIENT).append("):")
                .append(System.lineSeparator());
        text.append(String.format("  curl -s -d grant_type=password -d client_id=%s -d username=%s -d password=%s \\%n"
                + "    %s/protocol/openid-connect/token%n", DemoUsers.CLIENT, DemoUsers.REPORTER.username(),
                DemoUsers.REPORTER.password(), settings.issuer()));
        text.append(System.lineSeparator()).append("A first query (the demo story's timeline, times in London):")
                .append(System.lineSeparator());
        text.append(String.format("  TOKEN=$(curl -s -d grant_type=password -d client_id=%s -d username=%s -d password=%s \\%n"
                + "    %s/protocol/openid-connect/token | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')%n",
                DemoUsers.CLIENT, DemoUsers.VIEWER.username(), DemoUsers.VIEWER.password(), settings.issuer()));
        text.append(String.format("  curl -s -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\%n"
                + "    -d '{\"query\":\"{ story(slug: \\\"alaska-summit-2025\\\") { title timeline(zone: \\\"Europe/London\\\") "
                + "{ edges { node { title startsAt { text } } } } } }\"}' %s/graphql%n", settings.serviceUrl(Services.GATEWAY)));
        text.append(System.lineSeparator()).append("Logs: ").append(settings.logs()).append(System.lineSeparator());
        text.append("Stop: Ctrl-C here, or deploy/local/run.sh stop").append(System.lineSeparator());
        return text.toString();
    }

    /** Asks the running launcher to stop (its shutdown hook stops its parts), then sweeps up. */
    private static int stop(Settings settings, PrintStream out) {
        Optional<PidFile> launcher = PidFile.read(settings.pids().resolve(LAUNCHER_PID));
        Optional<ProcessHandle> running = launcher.flatMap(PidFile::process);
        if (running.isPresent()) {
            out.println("Stopping the launcher (pid " + running.get().pid() + ")…");
            running.get().destroy();
            if (!ChildProcess.waitFor(running.get(), STOP_WAIT)) {
                System.err.println("The launcher did not stop within " + STOP_WAIT.toSeconds() + " s; stopping its parts by pid.");
                running.get().destroyForcibly();
            }
        }
        launcher.ifPresent(PidFile::delete);
        List<String> leftovers = stopRecorded(settings, out::println);
        if (running.isEmpty() && leftovers.isEmpty()) {
            out.println("Nothing of the stack runs from " + settings.workDirectory() + ".");
        } else {
            out.println("Stopped.");
        }
        return 0;
    }

    private static int status(Settings settings, PrintStream out) {
        List<String> running = new ArrayList<>();
        for (Path file : pidFiles(settings)) {
            PidFile.read(file).flatMap(PidFile::process).ifPresent(process -> running.add(
                    Stack.line(file.getFileName().toString().replace(".pid", ""), "runs, pid " + process.pid())));
        }
        if (running.isEmpty()) {
            out.println("Nothing of the stack runs from " + settings.workDirectory() + ".");
            return 3;
        }
        running.forEach(out::println);
        return 0;
    }

    /**
     * Stops every part recorded in the working folder's pid files that still runs, services
     * first and PostgreSQL last; returns their names.
     */
    static List<String> stopRecorded(Settings settings, java.util.function.Consumer<String> out) {
        List<String> order = new ArrayList<>();
        Services.ALL.forEach(service -> order.add(0, service.name()));
        order.add(LocalKeycloak.NAME);
        order.add(LocalPostgres.NAME);
        List<String> stopped = new ArrayList<>();
        for (String part : order) {
            Path file = settings.pids().resolve(part + ".pid");
            Optional<PidFile> pidFile = PidFile.read(file);
            Optional<ProcessHandle> process = pidFile.flatMap(PidFile::process);
            if (process.isPresent()) {
                out.accept(Stack.line(part, "stopping pid " + process.get().pid()));
                ChildProcess.stop(process.get(), Duration.ofSeconds(30));
                stopped.add(part);
            }
            pidFile.ifPresent(PidFile::delete);
        }
        return stopped;
    }

    private static List<Path> pidFiles(Settings settings) {
        if (!Files.isDirectory(settings.pids())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.pids())) {
            return files.filter(file -> file.toString().endsWith(".pid")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
