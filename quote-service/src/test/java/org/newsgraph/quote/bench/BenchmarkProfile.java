package org.newsgraph.quote.bench;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.newsgraph.platform.testing.TestOidcKeysResource;
import org.newsgraph.platform.testing.TunedPostgresResource;
import org.newsgraph.quote.testing.OtherServicesResource;

/** The benchmark's own boot: a tuned embedded PostgreSQL, the test tokens and the stand-ins. */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TunedPostgresResource.class),
                new TestResourceEntry(TestOidcKeysResource.class),
                new TestResourceEntry(OtherServicesResource.class));
    }
}
