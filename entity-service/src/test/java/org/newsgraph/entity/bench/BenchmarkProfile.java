package org.newsgraph.entity.bench;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.newsgraph.platform.testing.TestOidcKeysResource;
import org.newsgraph.platform.testing.TunedPostgresResource;

/** The benchmark's own boot: a tuned embedded PostgreSQL and the test tokens. */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TunedPostgresResource.class),
                new TestResourceEntry(TestOidcKeysResource.class));
    }
}
