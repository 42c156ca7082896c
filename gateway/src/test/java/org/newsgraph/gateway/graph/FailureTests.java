package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.TestTokens;

/** A service that is down or slow costs its fields, not the whole answer; when it is back, answers are whole. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FailureTests {

    private static final String QUERY = """
            query($id: ID!) { story(id: $id) { title timeline { edges { node { title
              participants { role entity { name } } } } } } }""";

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void recover() {
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.UP);
        breakers.resetAll();
    }

    @Test
    void entityServiceDownCostsOnlyTheEntityFields() {
        String story = Newsroom.storyOf(3);
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.FAILING);
        Graph.query(TestTokens.viewer(), QUERY, Map.of("id", story)).statusCode(200)
                .body("data.story.title", is("Story of 3"))
                .body("data.story.timeline.edges.size()", is(3))
                .body("data.story.timeline.edges[0].node.participants[0].role", is("HOST"))
                .body("data.story.timeline.edges[0].node.participants[0].entity", nullValue())
                .body("errors.extensions.code", everyItem(is("UNAVAILABLE")))
                .body("errors[0].path", notNullValue());

        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.UP);
        breakers.resetAll();
        Graph.query(TestTokens.viewer(), QUERY, Map.of("id", story))
                .body("errors", nullValue())
                .body("data.story.timeline.edges[0].node.participants[0].entity.name", is("Person A0"));
    }

    @Test
    void aHangingServiceTimesOutIntoUnavailableFields() {
        String story = Newsroom.storyOf(2);
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.HANGING);
        Graph.query(TestTokens.viewer(), QUERY, Map.of("id", story)).statusCode(200)
                .body("data.story.timeline.edges.size()", is(2))
                .body("errors[0].extensions.code", is("UNAVAILABLE"));
    }
}
