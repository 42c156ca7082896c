package org.newsgraph.quote.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points quote-service's REST clients at the stand-ins. The calls keep the policy's timeout: a
 * shorter one made the first call of a loaded machine's test run time out.
 */
public class OtherServicesResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        OtherServices.start();
        return Map.of(
                "quarkus.rest-client.entity-service.url", OtherServices.ENTITIES.url(),
                "quarkus.rest-client.event-service.url", OtherServices.EVENTS.url());
    }

    @Override
    public void stop() {
        // kept for the JVM's other Quarkus boots; the servers' threads end with it
    }
}
