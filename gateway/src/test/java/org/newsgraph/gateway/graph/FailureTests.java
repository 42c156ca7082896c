package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.TestTokens;

/**
 * A service that is down, slow or failing costs its fields, not the whole answer; reads are tried
 * twice and writes once; a service that keeps failing is left alone for a while (its breaker
 * opens) and is called again once it recovers. Only the services' health counts: no client's bad
 * requests can open a breaker for the others.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class FailureTests {

    private static final String QUERY = """
            query($id: ID!) { story(id: $id) { title timeline { edges { node { title
              participants { role entity { name } } } } } } }""";
    private static final String ENTITY = "query($id: ID!) { entity(id: $id) { name } }";

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void recover() {
        List.of(Newsroom.ENTITY_SERVICE, Newsroom.EVENT_SERVICE, Newsroom.QUOTE_SERVICE)
                .forEach(service -> service.mode(StandIn.Mode.UP));
        breakers.resetAll();
    }

    @Test
    void entityServiceFailingCostsOnlyTheEntityFields() {
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

    @Test
    void eventServiceRefusingConnectionsCostsOnlyItsFields() {
        String person = Newsroom.person("Marco Rubio");
        String story = Newsroom.storyOf(1);
        Newsroom.EVENT_SERVICE.mode(StandIn.Mode.DOWN);
        Graph.query(TestTokens.viewer(), "query($p: ID!, $s: ID!) { entity(id: $p) { name } story(id: $s) { title } }",
                Map.of("p", person, "s", story)).statusCode(200)
                .body("data.entity.name", is("Marco Rubio"))
                .body("data.story", nullValue())
                .body("errors.size()", is(1))
                .body("errors[0].path[0]", is("story"))
                .body("errors[0].extensions.code", is("UNAVAILABLE"));
    }

    @Test
    void aReadIsTriedTwiceAndAWriteOnce() {
        String person = Newsroom.person("Steve Witkoff");
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.FAILING);
        Newsroom.ENTITY_SERVICE.forget();
        Graph.query(TestTokens.viewer(), ENTITY, Map.of("id", person)).body("errors[0].extensions.code", is("UNAVAILABLE"));
        assertEquals(2, Newsroom.ENTITY_SERVICE.requests("/entities/lookup").size(), "a read is retried once");

        Graph.query(TestTokens.reporter(), "mutation { createEntity(input: {kind: PERSON, name: \"Witkoff\"}) { id } }")
                .body("errors[0].extensions.code", is("UNAVAILABLE"));
        assertEquals(1, Newsroom.ENTITY_SERVICE.requests("/entities").size(),
                "a write is never repeated: the first may have happened");
    }

    @Test
    void aServiceThatKeepsFailingIsLeftAloneUntilItRecovers() throws InterruptedException {
        String person = Newsroom.person("Yuri Ushakov");
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.DOWN);
        // each query makes a call and its retry: after four, half of the last eight calls failed
        for (int i = 0; i < 4; i++) {
            Graph.query(TestTokens.viewer(), ENTITY, Map.of("id", person)).body("errors[0].extensions.code",
                    is("UNAVAILABLE"));
        }
        Newsroom.ENTITY_SERVICE.mode(StandIn.Mode.UP);
        Newsroom.ENTITY_SERVICE.forget();
        Graph.query(TestTokens.viewer(), ENTITY, Map.of("id", person)).body("errors[0].extensions.code",
                is("UNAVAILABLE"));
        assertEquals(0, Newsroom.ENTITY_SERVICE.calls(), "the breaker is open: the service is not called");

        // after the breaker's delay (1 s in tests) a trial call goes through, and its success closes it
        ValidatableResponse answer = null;
        for (int attempt = 0; attempt < 100 && (answer == null || !"Yuri Ushakov".equals(
                answer.extract().path("data.entity.name"))); attempt++) {
            Thread.sleep(100);
            answer = Graph.query(TestTokens.viewer(), ENTITY, Map.of("id", person));
        }
        answer.body("errors", nullValue()).body("data.entity.name", is("Yuri Ushakov"));
        Graph.query(TestTokens.reporter(), ENTITY, Map.of("id", person)).body("data.entity.name", is("Yuri Ushakov"));
    }

    @Test
    void oneUsersBadRequestsLeaveAnotherUsersAnswersWhole() {
        Newsroom.person("Kirill Dmitriev");
        for (int i = 0; i < 10; i++) {
            Graph.query(TestTokens.viewer(), "{ searchEntities(query: \"a\\u0000b\") { nodes { name } } }")
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", is("query"));
            // the stand-in fails on this one search, as a service with a bug would
            Graph.query(TestTokens.viewer(), "{ searchEntities(query: \"poison\") { nodes { name } } }")
                    .body("errors[0].extensions.code", is("UNAVAILABLE"));
        }
        Newsroom.ENTITY_SERVICE.forget();
        Graph.query(TestTokens.reporter(), "{ searchEntities(query: \"Dmitriev\") { nodes { name } } }")
                .body("errors", nullValue())
                .body("data.searchEntities.nodes[0].name", is("Kirill Dmitriev"));
        assertEquals(1, Newsroom.ENTITY_SERVICE.requests("/entities/search").size(),
                "the breaker stayed closed: the reporter's search reached the service");
    }
}
