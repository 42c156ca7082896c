package org.newsgraph.gateway.graph;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.newsgraph.platform.testing.TestOidcKeysResource;

/** Signed test tokens and stand-ins for the services; every gateway test class names it (one boot). */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestOidcKeysResource.class), new TestResourceEntry(Newsroom.Resource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // an open breaker tries the service again after 1 s instead of 5, so that a test can see it close
        return Map.of("org.newsgraph.gateway.client.EntityServiceClient/lookup/CircuitBreaker/delay", "1");
    }
}
