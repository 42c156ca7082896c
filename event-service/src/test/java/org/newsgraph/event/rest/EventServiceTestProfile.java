package org.newsgraph.event.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.newsgraph.platform.testing.ServiceTestProfile;

/** The platform's profile (embedded PostgreSQL, signed tokens) plus the entity-service stand-in. */
public class EventServiceTestProfile extends ServiceTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(StandIn.class));
        return resources;
    }

    public static class StandIn implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("quarkus.rest-client.entity-service.url", EntityServiceStandIn.SERVER.start());
        }

        @Override
        public void stop() {
            EntityServiceStandIn.SERVER.stop();
        }
    }
}
