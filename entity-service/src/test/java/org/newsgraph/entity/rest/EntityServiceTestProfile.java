package org.newsgraph.entity.rest;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.platform.testing.ServiceTestProfile;

/** The platform's profile (embedded PostgreSQL, signed tokens) plus the event-service and quote-service stand-ins. */
public class EntityServiceTestProfile extends ServiceTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        List<TestResourceEntry> resources = new ArrayList<>(super.testResources());
        resources.add(new TestResourceEntry(OtherServices.class));
        return resources;
    }
}
