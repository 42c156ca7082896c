package org.newsgraph.quote.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points quote-service's REST clients at the stand-ins and shortens their timeout, so that a
 * hanging service costs a test half a second.
 */
public class OtherServicesResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        OtherServices.start();
        return Map.of(
                "quarkus.rest-client.entity-service.url", OtherServices.ENTITIES.url(),
                "quarkus.rest-client.event-service.url", OtherServices.EVENTS.url(),
                "quarkus.fault-tolerance.global.timeout.value", "600",
                "quarkus.fault-tolerance.global.timeout.unit", "millis");
    }

    @Override
    public void stop() {
        // kept for the JVM's other Quarkus boots; the servers' threads end with it
    }
}
