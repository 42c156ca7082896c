package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/**
 * The gateway shows each caller what the services let them see: drafts (and everything in a draft
 * story) are for the newsroom, as are its notes. The stand-ins follow the services' rules; the real
 * services are asked the same in deploy/local's SchemaCoverageIT.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class VisibilityTests {

    private static final String STORY = """
            query($id: ID!) { story(id: $id) { title timeline { nodes { title notes } }
              quotes { totalCount nodes { text } } } }""";

    @Test
    void aViewerSeesThePublishedEventsOfAPublishedStoryAndNoNotes() {
        String person = Newsroom.person("Marco Rubio");
        String story = Newsroom.story("Summit");
        String published = Newsroom.event(story, "Arrival", "2025-08-15", "10:54", null,
                List.of(Map.of("entityId", person, "role", "HOST")));
        String draft = Newsroom.event(story, "Unconfirmed meeting", "2025-08-15", "12:00", null, List.of(), "DRAFT");
        Newsroom.quote(story, published, person, "We are ready");
        Newsroom.quote(story, draft, person, "Not yet said", "IN_REVIEW");

        Graph.query(TestTokens.viewer(), STORY, Map.of("id", story))
                .body("errors", nullValue())
                .body("data.story.timeline.nodes.title", contains("Arrival"))
                .body("data.story.timeline.nodes[0].notes", nullValue())
                .body("data.story.quotes.totalCount", is(1));
        Graph.query(TestTokens.viewer(), "query($id: ID!) { event(id: $id) { title } }", Map.of("id", draft))
                .body("data.event", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        Graph.query(TestTokens.viewer(), "query($id: ID!) { entity(id: $id) { ... on Person { events { nodes "
                + "{ title } } quotes { totalCount } } } }", Map.of("id", person))
                .body("data.entity.events.nodes.title", contains("Arrival"))
                .body("data.entity.quotes.totalCount", is(1));

        Graph.query(TestTokens.reporter(), STORY, Map.of("id", story))
                .body("data.story.timeline.nodes.title", contains("Arrival", "Unconfirmed meeting"))
                .body("data.story.timeline.nodes[0].notes", is("newsroom only: Arrival"))
                .body("data.story.quotes.totalCount", is(2));
    }

    @Test
    void aDraftStoryIsNotFoundForAViewerWithEverythingInIt() {
        String story = Newsroom.story("Embargoed", "DRAFT");
        String event = Newsroom.event(story, "Published too early", "2025-08-15", "10:00", null, List.of());
        for (String query : List.of("query($id: ID!) { story(id: $id) { title } }",
                "query($id: ID!) { node(id: $id) { id } }")) {
            Graph.query(TestTokens.viewer(), query, Map.of("id", story)).body("errors[0].extensions.code",
                    is("NOT_FOUND"));
        }
        Graph.query(TestTokens.viewer(), "query($id: ID!) { event(id: $id) { title } }", Map.of("id", event))
                .body("errors[0].extensions.code", is("NOT_FOUND"));
        Graph.query(TestTokens.viewer(), "query($id: ID!) { timeline(storyId: $id) { nodes { title } } }",
                Map.of("id", story)).body("errors[0].extensions.code", is("NOT_FOUND"));
        Graph.query(TestTokens.editor(), "query($id: ID!) { story(id: $id) { timeline { nodes { title } } } }",
                Map.of("id", story)).body("data.story.timeline.nodes.title", contains("Published too early"));
    }
}
