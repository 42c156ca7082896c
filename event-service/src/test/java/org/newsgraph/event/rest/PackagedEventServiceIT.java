package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.approximately;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.UUID;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * The packaged service (quarkus-run.jar, prod profile) migrates, checks references with
 * entity-service (the stand-in) and renders times in another zone.
 */
@QuarkusIntegrationTest
@TestProfile(EventServiceTestProfile.class)
class PackagedEventServiceIT {

    @Test
    void thePackagedServiceStoresAnEventAndRendersItsTime() {
        String story = Api.story();
        UUID putin = EntityServiceStandIn.person("Vladimir Putin");
        String id = create(with(event(story, "Working breakfast", "MEAL",
                approximately(time("2025-08-15", "11:30", ANCHORAGE))), "participants",
                Api.participants(putin, "PARTICIPANT")));
        asReporter().queryParam("zone", "Europe/London").get("/events/" + id).then().statusCode(200)
                .body("rendered.text", is("about 20:30 BST, 15 August 2025"))
                .body("participants[0].entityId", is(putin.toString()));
    }
}
