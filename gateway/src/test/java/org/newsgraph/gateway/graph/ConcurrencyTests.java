package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.TestTokens;

/**
 * Joins at one level of a query are called at the same time, one call per service; only depth is
 * sequential. Shown by what the stand-ins saw (each holds every call for a moment and records when
 * it started and ended), not by how long the query took.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ConcurrencyTests {

    private static final List<StandIn> SERVICES = List.of(Newsroom.ENTITY_SERVICE, Newsroom.EVENT_SERVICE,
            Newsroom.QUOTE_SERVICE);

    @AfterEach
    void answerAtOnce() {
        SERVICES.forEach(service -> service.hold(Duration.ZERO));
    }

    @Test
    void siblingJoinsOfOneLevelOverlapAndEachServiceIsCalledOncePerLevel() {
        String story = Newsroom.storyOf(4);
        SERVICES.forEach(StandIn::forget);
        SERVICES.forEach(service -> service.hold(Duration.ofMillis(300)));

        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { story(id: $id) { title timeline { nodes {
                  story { title }
                  relations { event { title } }
                  participants { entity { name } }
                  location { place { name } } } } } }""", Map.of("id", story))
                .body("errors", nullValue())
                .body("data.story.timeline.nodes[1].relations[0].event.title", is("Event 0"))
                .body("data.story.timeline.nodes[1].participants[0].entity.name", is("Person A1"))
                .body("data.story.timeline.nodes[1].location.place.name", is("Anchorage"))
                .body("data.story.timeline.nodes[1].story.title", is("Story of 4"));

        // the story and its timeline (which needs only the story's id) together; Event.story is the
        // story already loaded (no call)
        List<StandIn.Call> lookup = Newsroom.EVENT_SERVICE.calls("/stories/lookup");
        List<StandIn.Call> timeline = Newsroom.EVENT_SERVICE.calls("/timelines");
        assertEquals(1, lookup.size(), "one story lookup");
        assertEquals(1, timeline.size(), "one timeline call");
        assertTrue(lookup.get(0).overlaps(timeline.get(0)), "the timeline is asked for while the story is, not after it");
        // then the related events, and the participants and places together
        List<StandIn.Call> related = Newsroom.EVENT_SERVICE.calls("/events/lookup");
        List<StandIn.Call> entities = Newsroom.ENTITY_SERVICE.calls("/entities/lookup");
        assertEquals(1, related.size(), "one event lookup for every relation of the page");
        assertEquals(1, entities.size(), "participants and places of the page in one entity lookup");
        assertTrue(related.get(0).overlaps(entities.get(0)),
                "the two joins of one level are called at the same time, not one after the other");
    }
}
