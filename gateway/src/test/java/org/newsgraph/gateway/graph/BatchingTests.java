package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** No N+1: the calls a query makes depend on its depth, never on how many rows it returns. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class BatchingTests {

    static final String NESTED = """
            query Nested($id: ID!) {
              story(id: $id) {
                title
                timeline(first: 100, zone: "Europe/London") {
                  edges { node {
                    title
                    startsAt { time abbreviation }
                    story { title }
                    location { label place { name ... on Place { timeZone } } }
                    participants { role entity { id name } }
                    relations { type event { title participants { entity { name } } } }
                  } }
                }
              }
            }""";

    private double callsFor(String storyId, int events) {
        double before = Graph.downstreamCalls();
        Graph.query(TestTokens.viewer(), NESTED, Map.of("id", storyId)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.story.timeline.edges.size()", is(events));
        return Graph.downstreamCalls() - before;
    }

    @Test
    void aStoryOfFiftyEventsCostsTheSameCallsAsOneOfFive() {
        double five = callsFor(Newsroom.storyOf(5), 5);
        double fifty = callsFor(Newsroom.storyOf(50), 50);
        assertEquals(five, fifty, "downstream calls must not grow with the number of events");
        assertTrue(five <= 8, "one call per level of the query, not per row: " + five);
    }

    @Test
    void theCallersTokenIsForwardedToTheServices() {
        String token = TestTokens.viewer();
        Graph.query(token, NESTED, Map.of("id", Newsroom.storyOf(1))).statusCode(200);
        assertEquals("Bearer " + token, Newsroom.EVENT_SERVICE.lastAuthorization());
        assertEquals("Bearer " + token, Newsroom.ENTITY_SERVICE.lastAuthorization());
    }
}
