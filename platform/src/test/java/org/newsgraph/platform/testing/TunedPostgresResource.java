package org.newsgraph.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The same embedded PostgreSQL 17 as the tests (platform's EmbeddedPostgresResource), configured
 * as a production server would be for a corpus of this size: a buffer cache that holds the
 * table and its indexes, SSD-like random-access costs so the planner prefers the GIN index, no
 * JIT compilation (it costs more than it saves on sub-second queries). Only the benchmark uses it.
 */
public class TunedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder()
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("shared_buffers", "3GB")
                    .setServerConfig("effective_cache_size", "12GB")
                    .setServerConfig("work_mem", "64MB")
                    .setServerConfig("maintenance_work_mem", "2GB")
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("jit", "off")
                    .setServerConfig("max_wal_size", "8GB")
                    .start();
            try (var connection = postgres.getPostgresDatabase().getConnection();
                    var statement = connection.createStatement()) {
                statement.execute("CREATE USER newsgraph WITH PASSWORD 'newsgraph'");
                statement.execute("CREATE DATABASE newsgraph OWNER newsgraph");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not prepare the benchmark database", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/newsgraph",
                "quarkus.datasource.username", "newsgraph",
                "quarkus.datasource.password", "newsgraph");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting
            }
        }
    }
}
