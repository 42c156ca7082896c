package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** One way to page a list: pageInfo.endCursor as after, until hasNextPage is false; a forged cursor is bad input. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class PagingTests {

    @Test
    void aStorysTimelineIsReadWholeByPagingThroughIt() {
        String story = Newsroom.storyOf(7);
        List<String> titles = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", story));
            variables.put("after", after);
            JsonPath page = Graph.query(TestTokens.viewer(), """
                    query($id: ID!, $after: String) { story(id: $id) { timeline(first: 3, after: $after) {
                      nodes { title } pageInfo { hasNextPage endCursor } } } }""", variables)
                    .body("errors", nullValue()).extract().jsonPath();
            titles.addAll(page.getList("data.story.timeline.nodes.title"));
            more = page.getBoolean("data.story.timeline.pageInfo.hasNextPage");
            after = page.getString("data.story.timeline.pageInfo.endCursor");
        }
        assertEquals(List.of("Event 0", "Event 1", "Event 2", "Event 3", "Event 4", "Event 5", "Event 6"), titles);
    }

    @Test
    void aCursorWithANegativeOffsetInAJoinedListIsBadInputNamingAfter() {
        String story = Newsroom.storyOf(2);
        Newsroom.quoteEveryEvent(story);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("at:-5".getBytes(StandardCharsets.UTF_8));
        Graph.query(TestTokens.viewer(), "query($id: ID!, $after: String) { story(id: $id) { title "
                + "quotes(after: $after) { nodes { text } } } }", Map.of("id", story, "after", forged))
                .body("data.story.title", is("Story of 2"))
                .body("data.story.quotes", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("after"));
    }

    @Test
    void aPageSizeOutsideOneToAHundredIsBadInputNamingFirst() {
        String story = Newsroom.storyOf(1);
        Graph.query(TestTokens.viewer(), "query($id: ID!) { story(id: $id) { timeline(first: 1000) { nodes { title } } } }",
                Map.of("id", story))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("first"));
    }
}
