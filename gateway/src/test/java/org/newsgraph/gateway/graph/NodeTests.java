package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
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
        Graph.query(TestTokens.viewer(), NODE, Map.of("id", UUID.randomUUID().toString()))
                .body("data.node", nullValue())
                .body("errors[0].extensions.code", is("NOT_FOUND"));
    }

    @Test
    void anIdThatIsNotOneIsBadInputNamingItsArgumentAndSpoilsNoOtherField() {
        String person = Newsroom.person("Sergey Lavrov");
        String story = Newsroom.story("Summit");
        String event = Newsroom.event(story, "Talks", "2025-08-15", "11:30", null, List.of());
        String quote = Newsroom.quote(story, event, person, "We have a lot to discuss");
        Graph.query(TestTokens.viewer(), """
                query($person: ID!, $story: ID!, $event: ID!, $quote: ID!) {
                  badEntity: entity(id: "not-an-id") { id } entity(id: $person) { name }
                  badStory: story(id: "not-an-id") { id } story(id: $story) { title }
                  badEvent: event(id: "not-an-id") { id } event(id: $event) { title }
                  badQuote: quote(id: "not-an-id") { id } quote(id: $quote) { text }
                  badNode: node(id: "not-an-id") { id } node(id: $person) { id } }""",
                Map.of("person", person, "story", story, "event", event, "quote", quote))
                .body("data.entity.name", is("Sergey Lavrov"))
                .body("data.story.title", is("Summit"))
                .body("data.event.title", is("Talks"))
                .body("data.quote.text", is("We have a lot to discuss"))
                .body("data.node.id", is(person))
                .body("errors.path.flatten()", containsInAnyOrder("badEntity", "badStory", "badEvent", "badQuote",
                        "badNode"))
                .body("errors.extensions.code", everyItem(is("BAD_USER_INPUT")))
                .body("errors.extensions.field", everyItem(is("id")))
                .body("errors.message", everyItem(is("'not-an-id' is not an id")));
        Graph.query(TestTokens.viewer(), "{ timeline(storyId: \"not-an-id\") { nodes { title } } }")
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("storyId"));
    }

    @Test
    void anIdInCapitalsIsTheSameRecord() {
        String person = Newsroom.person("Sergey Lavrov");
        String story = Newsroom.story("Summit");
        Graph.query(TestTokens.viewer(), "query($p: ID!, $s: ID!) { entity(id: $p) { id name } story(id: $s) { id } "
                + "node(id: $p) { id } }", Map.of("p", person.toUpperCase(), "s", story.toUpperCase()))
                .body("errors", nullValue())
                .body("data.entity.id", is(person))
                .body("data.entity.name", is("Sergey Lavrov"))
                .body("data.story.id", is(story))
                .body("data.node.id", is(person));
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
