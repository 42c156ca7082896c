package org.newsgraph.platform.testing;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The one test profile of a service module: a real embedded PostgreSQL and locally verified
 * tokens. Every test class of a module names it, so Quarkus boots once per module.
 */
public class ServiceTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(EmbeddedPostgresResource.class),
                new TestResourceEntry(TestOidcKeysResource.class));
    }
}
