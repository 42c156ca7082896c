package org.newsgraph.quote.testing;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.platform.testing.ServiceTestProfile;

/**
 * The one test profile of this module: platform's (embedded PostgreSQL, signed test tokens)
 * plus the stand-ins for entity-service and event-service. Every test class names it, so
 * Quarkus boots once.
 */
public class QuoteTestProfile extends ServiceTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OtherServicesResource.class));
        return resources;
    }
}
