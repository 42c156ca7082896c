package org.newsgraph.platform.testing;

import java.io.IOException;
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
        postgres = EmbeddedPostgresResource.startServer(Map.of(
                "shared_buffers", "3GB",
                "effective_cache_size", "12GB",
                "work_mem", "64MB",
                "maintenance_work_mem", "2GB",
                "random_page_cost", "1.1",
                "jit", "off",
                "max_wal_size", "8GB"));
        // a benchmark stopped half-way must not leave a 3 GB server behind
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        return EmbeddedPostgresResource.datasource(postgres);
    }

    @Override
    public synchronized void stop() {
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
