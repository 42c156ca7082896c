package org.newsgraph.gateway.graph;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;
import org.newsgraph.platform.testing.TestOidcKeysResource;

/** Signed test tokens and stand-ins for the services; every gateway test class names it (one boot). */
public class GatewayTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(TestOidcKeysResource.class), new TestResourceEntry(Newsroom.Resource.class));
    }
}
