package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** What typed clients and normalised caches rely on: refetching by id alone, and the shape of every list. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class NodeTests {

    private static final String NODE = """
            query($id: ID!) { node(id: $id) { __typename id
              ... on Story { title } ... on Event { title } ... on Quote { text } ... on Entity { name } } }""";

    @Test
    void anyRecordIsRefetchedByItsIdAlone() {
        String person = Newsroom.person("Sergey Lavrov");
        String story = Newsroom.story("Summit");
        String event = Newsroom.event(story, "Talks", "2025-08-15", "11:30", null,
                List.of(Map.of("entityId", person, "role", "PARTICIPANT")));
        String quote = Newsroom.quote(story, event, person, "We have a lot to discuss");
        Map<String, String> expected = Map.of(story, "Story", event, "Event", quote, "Quote", person, "Person");
        expected.forEach((id, type) -> Graph.query(TestTokens.viewer(), NODE, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.node.__typename", is(type))
                .body("data.node.id", is(id)));
        Graph.query(TestTokens.viewer(), NODE, Map.of("id", quote)).body("data.node.text", is("We have a lot to discuss"));
        Graph.query(TestTokens.viewer(), NODE, Map.of("id", person)).body("data.node.name", is("Sergey Lavrov"));
    }

    @Test
    void anIdOfNoRecordIsNotFound() {
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            Graph.query(TestTokens.viewer(), NODE, Map.of("id", id))
                    .body("data.node", nullValue())
                    .body("errors[0].extensions.code", is("NOT_FOUND"));
        }
    }

    @Test
    void everyListHasANodesShortcutBesideItsEdges() {
        String story = Newsroom.storyOf(2);
        Newsroom.quoteEveryEvent(story);
        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { story(id: $id) {
                  timeline { nodes { title } edges { cursor node { title } }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
                  quotes(first: 1) { totalCount nodes { text } pageInfo { hasNextPage } } } }""",
                Map.of("id", story))
                .body("errors", nullValue())
                .body("data.story.timeline.nodes.title", contains("Event 0", "Event 1"))
                .body("data.story.timeline.edges.node.title", contains("Event 0", "Event 1"))
                .body("data.story.timeline.pageInfo.hasNextPage", is(false))
                .body("data.story.timeline.pageInfo.hasPreviousPage", is(false))
                .body("data.story.quotes.totalCount", is(2))
                .body("data.story.quotes.nodes.size()", is(1))
                .body("data.story.quotes.pageInfo.hasNextPage", is(true));
    }

    @Test
    void aNullInAListOfKindsIsRefusedBeforeAnyServiceIsCalled() {
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), "query($id: ID!) { timeline(storyId: $id, kinds: [null]) { nodes { id } } }",
                Map.of("id", UUID.randomUUID().toString()))
                .body("data", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.containsString("kinds"));
        org.junit.jupiter.api.Assertions.assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }
}
