package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.reference.ReferenceChecker;
import org.newsgraph.platform.reference.ReferencePolicy;
import org.newsgraph.platform.testing.StandIn;

/**
 * When entity-service fails or hangs, a write that needs it is refused with 503 UNAVAILABLE and
 * stores nothing; repeated failures open the circuit breaker. Never a silent accept.
 */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class ReferenceFailureTests {

    @Inject
    Database database;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    ReferencePolicy policy;

    @AfterEach
    void recover() {
        EntityServiceStandIn.mode(StandIn.Mode.UP);
        breakers.resetAll();
    }

    private Map<String, Object> eventWithParticipant(String story) {
        UUID person = EntityServiceStandIn.person("Someone");
        return with(event(story, "Needs a check", "OTHER", time("2025-08-15", null, ANCHORAGE)),
                "participants", Api.participants(person, "PARTICIPANT"));
    }

    @Test
    void aFailingEntityServiceMeansUnavailableAndNothingStored() {
        String story = Api.story();
        EntityServiceStandIn.mode(StandIn.Mode.FAILING);
        String before = database.footprint();
        asReporter().body(eventWithParticipant(story)).post("/events").then()
                .statusCode(503).contentType("application/problem+json").body("code", is("UNAVAILABLE"));
        assertEquals(before, database.footprint());
    }

    @Test
    void aHangingEntityServiceTimesOutIntoUnavailable() {
        String story = Api.story();
        EntityServiceStandIn.mode(StandIn.Mode.HANGING);
        String before = database.footprint();
        asReporter().body(eventWithParticipant(story)).post("/events").then()
                .statusCode(503).body("code", is("UNAVAILABLE"));
        assertEquals(before, database.footprint());
    }

    @Test
    void repeatedFailuresOpenTheBreakerSoWritesAreRefusedWithoutWaiting() {
        String story = Api.story();
        EntityServiceStandIn.mode(StandIn.Mode.FAILING);
        for (int i = 0; i < policy.breaker().requestVolume(); i++) {
            asReporter().body(eventWithParticipant(story)).post("/events").then().statusCode(503);
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState(ReferenceChecker.breakerName("entity-service")));
        EntityServiceStandIn.mode(StandIn.Mode.UP);
        int calls = EntityServiceStandIn.calls();
        asReporter().body(eventWithParticipant(story)).post("/events").then().statusCode(503);
        assertEquals(calls, EntityServiceStandIn.calls(), "an open breaker does not call entity-service");

        breakers.resetAll();
        asReporter().body(eventWithParticipant(story)).post("/events").then().statusCode(201);
    }

    @Test
    void aWriteWithoutReferencesDoesNotNeedEntityService() {
        String story = Api.story();
        EntityServiceStandIn.mode(StandIn.Mode.FAILING);
        asReporter().body(event(story, "No references", "OTHER", time("2025-08-15", null, ANCHORAGE)))
                .post("/events").then().statusCode(201);
    }

    @Test
    void entityServiceRefusingTheCallerIsAnAnswerNotAFailure() {
        String story = Api.story();
        try {
            EntityServiceStandIn.refuse(403);
            for (int i = 0; i < policy.breaker().requestVolume() * 2; i++) {
                asReporter().body(eventWithParticipant(story)).post("/events").then().statusCode(403)
                        .body("code", is("FORBIDDEN"));
            }
            assertEquals(CircuitBreakerState.CLOSED,
                    breakers.currentState(ReferenceChecker.breakerName("entity-service")));
        } finally {
            EntityServiceStandIn.refuse(0);
        }
        asReporter().body(eventWithParticipant(story)).post("/events").then().statusCode(201);
    }
}
