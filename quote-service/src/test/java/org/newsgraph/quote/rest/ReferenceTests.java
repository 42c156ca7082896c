package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;
import org.newsgraph.platform.testing.StandIn;

/**
 * Speaker, event and story ids are checked with entity-service and event-service, one batch call
 * per service, as the caller; unknown ids are bad input, and a service that is down, failing or
 * hanging makes the write fail with 503 and store nothing.
 */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class ReferenceTests {

    @Inject
    Database database;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
        circuitBreakers.resetAll();
    }

    @AfterEach
    void servicesUpAgain() {
        OtherServices.reset();
        circuitBreakers.resetAll();
    }

    private void refused(Map<String, Object> body, int status, String code, String field) {
        String before = database.footprint();
        var response = asReporter().body(body).post("/quotes").then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("code", is(code));
        if (field != null) {
            response.body("field", is(field));
        }
        assertEquals(before, database.footprint(), "a refused request writes nothing");
    }

    @Test
    void unknownIdsAreBadInputNamingTheField() {
        String speaker = OtherServices.person("Speaker " + tag());
        String story = OtherServices.story("Story " + tag());
        String unknown = UUID.randomUUID().toString();
        refused(quote("Who?", unknown), 400, "BAD_USER_INPUT", "speakerId");
        refused(with(quote("Where?", speaker), "eventId", unknown), 400, "BAD_USER_INPUT", "eventId");
        refused(with(quote("Which story?", speaker), "storyId", unknown), 400, "BAD_USER_INPUT", "storyId");
        refused(with(quote("To whom?", null), "kind", "QUESTION", "speakerId", null, "speakerLabel", "reporters",
                "putToId", unknown), 400, "BAD_USER_INPUT", "putToId");
        refused(with(quote("Wrong story", speaker), "storyId", story,
                "eventId", OtherServices.event(OtherServices.story("Another " + tag()), "Elsewhere")),
                400, "BAD_USER_INPUT", "eventId");
        refused(quote("A place cannot speak", OtherServices.entity("PLACE", "Anchorage " + tag())), 400,
                "BAD_USER_INPUT", "speakerId");
    }

    @Test
    void theCallersTokenIsForwardedSoDraftsTheyMayNotSeeAreUnknown() {
        String token = TestTokens.reporter();
        String speaker = OtherServices.person("Speaker " + tag());
        String draftStory = OtherServices.story("Draft story " + tag(), true);
        String draftEvent = OtherServices.event(draftStory, "Draft event", "2025-08-15", "12:00", "America/Anchorage",
                false, true);
        Api.as(token).body(with(quote("Reporters see drafts", speaker), "eventId", draftEvent)).post("/quotes")
                .then().statusCode(201).body("storyId", is(draftStory));
        assertEquals("Bearer " + token, OtherServices.ENTITIES.requests("/entities/lookup").get(0).authorization());
        assertEquals("Bearer " + token, OtherServices.EVENTS.requests("/events/lookup").get(0).authorization());
    }

    @Test
    void oneCallPerServiceForAWriteWithManyReferences() {
        String trump = OtherServices.person("Donald Trump " + tag());
        String putin = OtherServices.person("Vladimir Putin " + tag());
        String story = OtherServices.story("Story " + tag());
        String event = OtherServices.event(story, "Press conference");
        String other = OtherServices.story("Other " + tag());
        Map<String, Object> source = Api.source();
        List<Map<String, Object>> quotes = List.of(
                with(quote("One", trump), "eventId", event, "sources", List.of()),
                with(quote("Two", putin), "storyId", other, "sources", List.of()),
                with(quote("Three?", null), "speakerId", null, "kind", "QUESTION", "speakerLabel", "reporters",
                        "putToId", putin, "sources", List.of()));
        asReporter().body(Map.of("source", source, "quotes", quotes)).post("/quotes/accept").then()
                .log().ifValidationFails().statusCode(201);
        assertEquals(1, OtherServices.ENTITIES.requests("/entities/lookup").size());
        assertEquals(1, OtherServices.EVENTS.requests("/events/lookup").size());
        // the story that no event vouches for is checked in the one stories lookup
        assertEquals(1, OtherServices.EVENTS.requests("/stories/lookup").size());
        // both speakers and the person the question was put to, each once
        assertEquals(2, OtherServices.ENTITIES.requests("/entities/lookup").get(0).query().get("ids").split(",").length);
    }

    @Test
    void entityServiceDownFailingOrHangingIsUnavailableAndNothingIsStored() {
        String speaker = OtherServices.person("Speaker " + tag());
        for (StandIn.Mode mode : List.of(StandIn.Mode.DOWN, StandIn.Mode.FAILING, StandIn.Mode.HANGING)) {
            OtherServices.ENTITIES.mode(mode);
            refused(quote("Said while entity-service was " + mode, speaker), 503, "UNAVAILABLE", null);
            OtherServices.ENTITIES.mode(StandIn.Mode.UP);
        }
    }

    @Test
    void eventServiceDownFailingOrHangingIsUnavailableAndNothingIsStored() {
        String speaker = OtherServices.person("Speaker " + tag());
        String event = OtherServices.event(OtherServices.story("Story " + tag()), "Event");
        for (StandIn.Mode mode : List.of(StandIn.Mode.DOWN, StandIn.Mode.FAILING, StandIn.Mode.HANGING)) {
            OtherServices.EVENTS.mode(mode);
            refused(with(quote("Said while event-service was " + mode, speaker), "eventId", event), 503,
                    "UNAVAILABLE", null);
            OtherServices.EVENTS.mode(StandIn.Mode.UP);
        }
        asReporter().body(with(quote("Said once it was back", speaker), "eventId", event)).post("/quotes").then()
                .statusCode(201);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndEntityServiceIsLeftAlone() {
        String speaker = OtherServices.person("Speaker " + tag());
        OtherServices.ENTITIES.mode(StandIn.Mode.FAILING);
        for (int i = 0; i < 10; i++) {
            asReporter().body(quote("Failing " + i, speaker)).post("/quotes").then().statusCode(503);
        }
        OtherServices.ENTITIES.mode(StandIn.Mode.UP);
        OtherServices.ENTITIES.forget();
        refused(quote("Refused without asking", speaker), 503, "UNAVAILABLE", null);
        assertTrue(OtherServices.ENTITIES.requests().isEmpty(), "an open circuit does not call the service");
    }
}
