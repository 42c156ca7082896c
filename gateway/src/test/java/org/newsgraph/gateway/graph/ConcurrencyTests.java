package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
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
 * sequential, and a story's changeCursor, asked, is read before the story. Shown by what the stand-ins saw (each holds every call for a moment and records when
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
        String query = """
                query($id: ID!) { story(id: $id) { title timeline { nodes {
                  story { title }
                  relations { event { title } }
                  participants { entity { name } }
                  location { place { name } } } } } }""";
        // once unheld first: a fresh gateway's first query of this shape loads classes for seconds on
        // a busy machine, past the calls' timeout, and a retried call would count twice
        Graph.query(TestTokens.viewer(), query, Map.of("id", story)).body("errors", nullValue());
        SERVICES.forEach(StandIn::forget);
        SERVICES.forEach(service -> service.hold(Duration.ofMillis(300)));

        Graph.query(TestTokens.viewer(), query, Map.of("id", story))
                .body("errors", nullValue())
                .body("data.story.timeline.nodes[1].relations[0].event.title", is("Event 0"))
                .body("data.story.timeline.nodes[1].participants[0].entity.name", is("Person A1"))
                .body("data.story.timeline.nodes[1].location.place.name", is("Anchorage"))
                .body("data.story.timeline.nodes[1].story.title", is("Story of 4"));

        // the story and its timeline (which needs only the story's id) together; Event.story is the
        // story already loaded (no call)
        assertTimelineReadWithTheStory("/stories/lookup", "one story lookup");
        // then the related events, and the participants and places together
        List<StandIn.Call> related = Newsroom.EVENT_SERVICE.calls("/events/lookup");
        List<StandIn.Call> entities = Newsroom.ENTITY_SERVICE.calls("/entities/lookup");
        assertEquals(1, related.size(), "one event lookup for every relation of the page");
        assertEquals(1, entities.size(), "participants and places of the page in one entity lookup");
        assertTrue(related.get(0).overlaps(entities.get(0)),
                "the two joins of one level are called at the same time, not one after the other");
    }

    @Test
    void byItsSlugTheTimelineOfAStoryReadBeforeIsAskedForWhileTheStoryIs() {
        // the story page's address is the slug: once the gateway has read the story by it, the next
        // page's timeline needs no wait for the story
        String story = Newsroom.storyOf(3);
        String query = "query($slug: String!) { story(slug: $slug) { title timeline { nodes { title } } } }";
        Graph.query(TestTokens.viewer(), query, Map.of("slug", Newsroom.slugOf(story))).body("errors", nullValue());
        SERVICES.forEach(StandIn::forget);
        SERVICES.forEach(service -> service.hold(Duration.ofMillis(300)));

        Graph.query(TestTokens.viewer(), query, Map.of("slug", Newsroom.slugOf(story)))
                .body("errors", nullValue())
                .body("data.story.title", is("Story of 3"))
                .body("data.story.timeline.nodes[2].title", is("Event 2"));

        assertTimelineReadWithTheStory("/stories", "one story read");
    }

    @Test
    void aStorysChangeCursorIsReadBeforeTheStoryAndEverythingBelowIt() {
        // the story page's one query, by slug (the page's address) and by id: a change committed
        // between two reads must be in what was read or after the cursor (where storyChanges gives
        // it), so every call of the cursor has ended before any read of the story starts
        String story = Newsroom.storyOf(2);
        Map<String, String> storyCall = Map.of("slug", "/stories", "id", "/stories/lookup");
        for (String by : List.of("slug", "id")) {
            SERVICES.forEach(StandIn::forget);
            SERVICES.forEach(service -> service.hold(Duration.ofMillis(200)));

            Graph.query(TestTokens.viewer(), "query($key: " + (by.equals("id") ? "ID" : "String") + "!) { story(" + by
                    + ": $key) { changeCursor title timeline { nodes { title participants { entity { name } } } }"
                    + " quotes { nodes { text } } history { revision } } }",
                    Map.of("key", by.equals("id") ? story : Newsroom.slugOf(story)))
                    .body("errors", nullValue())
                    .body("data.story.changeCursor", notNullValue())
                    .body("data.story.title", is("Story of 2"))
                    .body("data.story.timeline.nodes[1].participants[0].entity.name", is("Person A1"));

            List<StandIn.Call> cursor = SERVICES.stream().flatMap(service -> service.calls("/changes/position")
                    .stream()).toList();
            assertEquals(3, cursor.size(), "the cursor: one position from each service, once (" + by + ")");
            long cursorRead = cursor.stream().mapToLong(StandIn.Call::ended).max().orElseThrow();
            Map<String, List<StandIn.Call>> reads = Map.of(
                    "the story", Newsroom.EVENT_SERVICE.calls(storyCall.get(by)),
                    "its timeline", Newsroom.EVENT_SERVICE.calls("/timelines"),
                    "its history", Newsroom.EVENT_SERVICE.calls("/stories/" + story + "/history"),
                    "the participants", Newsroom.ENTITY_SERVICE.calls("/entities/lookup"),
                    "its quotes", Newsroom.QUOTE_SERVICE.calls("/quotes"));
            reads.forEach((what, calls) -> {
                assertEquals(1, calls.size(), what + " read once (" + by + ")");
                assertTrue(calls.get(0).started() > cursorRead, what + " is read after the cursor (" + by + ")");
            });
        }
    }

    @Test
    void aCursorThatCannotBeReadHoldsNothingBack() {
        // the page of a story with quote-service stopped still shows the story and its timeline
        String story = Newsroom.storyOf(1);
        Newsroom.QUOTE_SERVICE.mode(StandIn.Mode.DOWN);
        try {
            Graph.query(TestTokens.viewer(), "query($slug: String!) { story(slug: $slug) { changeCursor title "
                    + "timeline { nodes { title } } } }", Map.of("slug", Newsroom.slugOf(story)))
                    .body("data.story.title", is("Story of 1"))
                    .body("data.story.timeline.nodes[0].title", is("Event 0"))
                    .body("data.story.changeCursor", nullValue())
                    .body("errors.size()", is(1))
                    .body("errors[0].path", is(List.of("story", "changeCursor")))
                    .body("errors[0].extensions.code", is("UNAVAILABLE"));
        } finally {
            Newsroom.QUOTE_SERVICE.mode(StandIn.Mode.UP);
        }
    }

    /**
     * One call for the story at {@code storyPath} and one for its timeline, the timeline asked for
     * while the story was being read.
     */
    private static void assertTimelineReadWithTheStory(String storyPath, String oneStoryCall) {
        List<StandIn.Call> story = Newsroom.EVENT_SERVICE.calls(storyPath);
        List<StandIn.Call> timeline = Newsroom.EVENT_SERVICE.calls("/timelines");
        assertEquals(1, story.size(), oneStoryCall);
        assertEquals(1, timeline.size(), "one timeline call");
        assertTrue(story.get(0).overlaps(timeline.get(0)), "the timeline is asked for while the story is, not after it");
    }
}
