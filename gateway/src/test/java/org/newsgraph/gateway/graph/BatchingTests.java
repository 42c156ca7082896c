package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
                    quotes { totalCount edges { node { text speaker { name } verification { state } } } }
                  } }
                }
                quotes(first: 100) { edges { node { text story { title } event { title } speaker { name } } } }
              }
            }""";

    private double callsFor(String storyId, int events) {
        double before = Graph.downstreamCalls();
        Graph.query(TestTokens.viewer(), NESTED, Map.of("id", storyId)).statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.story.timeline.edges.size()", is(events))
                .body("data.story.quotes.edges.size()", is(events))
                .body("data.story.timeline.edges[0].node.quotes.totalCount", is(1))
                .body("data.story.timeline.edges[0].node.quotes.edges[0].node.speaker.name", is("Person A0"));
        return Graph.downstreamCalls() - before;
    }

    @Test
    void aStoryOfFiftyEventsCostsTheSameCallsAsOneOfFive() {
        String small = Newsroom.storyOf(5);
        String large = Newsroom.storyOf(50);
        Newsroom.quoteEveryEvent(small);
        Newsroom.quoteEveryEvent(large);
        double five = callsFor(small, 5);
        double fifty = callsFor(large, 50);
        // the query has 13 joins (story, timeline, story, location, participants, relations, their participants,
        // event quotes, their speakers, story quotes, their story, event and speaker): at most one call each,
        // however many rows. Not exactly as many for both stories: a loader's keys asked by two joins in the same
        // tick of the event loop share one call, and which do depends on when the services' answers arrive, so
        // either story may take a call fewer (a full run saw 7 for 5 events and 6 for 50).
        assertTrue(five <= 13, "at most one call per join in the query, not per row: " + five);
        assertTrue(fifty <= 13, "downstream calls must not grow with the number of events: " + fifty + " for 50, "
                + five + " for 5");
    }

    /** People and places in one list: their events are one call for each kind of record, not one per record. */
    @Test
    void theEventsOfManyPeopleAndOfAPlaceAreOneCallForEachKindOfRecord() {
        String story = Newsroom.storyOf(20);
        double before = Graph.downstreamCalls();
        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { story(id: $id) { timeline(first: 100) { nodes {
                  participants { entity { name events(first: 2) { nodes { title } } } }
                  location { place { name events(first: 30) { nodes { title } } } } } } } }""", Map.of("id", story))
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.story.timeline.nodes[3].participants[0].entity.name", is("Person A3"))
                .body("data.story.timeline.nodes[3].participants[0].entity.events.nodes.title", is(List.of("Event 3")))
                .body("data.story.timeline.nodes[3].location.place.events.nodes.size()", is(20))
                .body("data.story.timeline.nodes[3].location.place.events.nodes[19].title", is("Event 19"));
        double calls = Graph.downstreamCalls() - before;
        // the story, its timeline, the entities named (participants and places share one lookup), then the
        // events of the 40 people in one call and those of the place in another
        assertTrue(calls <= 5, "one call per level and kind of record, not per record: " + calls);
    }

    @Test
    void theCallersTokenIsForwardedToTheServices() {
        String token = TestTokens.viewer();
        Graph.query(token, NESTED, Map.of("id", Newsroom.storyOf(1))).statusCode(200);
        assertEquals("Bearer " + token, Newsroom.EVENT_SERVICE.lastAuthorization());
        assertEquals("Bearer " + token, Newsroom.ENTITY_SERVICE.lastAuthorization());
    }
}
