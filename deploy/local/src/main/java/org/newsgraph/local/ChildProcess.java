package org.newsgraph.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One process of the stack (Keycloak, a service): started with its own log file and pid file,
 * checked for readiness over HTTP, and stopped by its pid together with anything it started.
 */
final class ChildProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final PidFile pidFile;

    private ChildProcess(String name, Process process, Path log, PidFile pidFile) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command} with {@code environment} added to this one's, its output and errors
     * going to {@code log} (emptied first). Where {@code setsid} exists the process gets its own
     * session, so that Ctrl-C in the terminal reaches only the launcher, which then stops the
     * parts in order (services before Keycloak and PostgreSQL).
     */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            Path log, Path pidFile) throws StartupException {
        List<String> full = new ArrayList<>();
        if (SETSID != null) {
            full.add(SETSID);
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            return new ChildProcess(name, process, log, PidFile.write(pidFile, process.toHandle()));
        } catch (IOException e) {
            throw new StartupException(name, log, "could not be started: " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /**
     * Waits until {@code url} answers 200, the process ends (a failure: its log says why) or
     * {@code timeout} passes.
     */
    void awaitReady(String url, Duration timeout) throws StartupException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new StartupException(name, log, "ended with exit code " + process.exitValue() + " before it was ready");
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                throw StartupException.stopped(name, log);
            }
            if (System.nanoTime() > deadline) {
                throw new StartupException(name, log, "was not ready after " + timeout.toSeconds() + " s (" + url + ")");
            }
            sleep(Duration.ofMillis(250));
        }
    }

    /**
     * Asks the process (and anything it started) to end, and forces it after {@code grace};
     * says whether it ended by itself.
     */
    boolean stop(Duration grace) {
        boolean byItself = stop(process.toHandle(), grace);
        pidFile.delete();
        return byItself;
    }

    /** Asks the process to end and returns at once; {@link #stop} waits for it. */
    void askToStop() {
        process.destroy();
    }

    static boolean stop(ProcessHandle process, Duration grace) {
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(0, process);
        process.destroy();
        boolean byItself = waitFor(process, grace);
        if (!byItself) {
            // what it started meanwhile too (a JVM writing its AOT cache starts a second JVM to do it)
            process.descendants().forEach(member -> {
                if (!family.contains(member)) {
                    family.add(member);
                }
            });
            family.forEach(ProcessHandle::destroyForcibly);
            waitFor(process, Duration.ofSeconds(10));
        }
        // Keycloak's kc.sh passes the signal on to its JVM; anything still left goes now.
        for (ProcessHandle member : family) {
            if (Processes.isRunning(member)) {
                member.destroy();
                if (!waitFor(member, grace)) {
                    member.destroyForcibly();
                    waitFor(member, Duration.ofSeconds(10));
                }
            }
        }
        return byItself;
    }

    static boolean waitFor(ProcessHandle process, Duration timeout) {
        return Processes.waitFor(process, timeout);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final String SETSID = findOnPath("setsid");

    private static String findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
