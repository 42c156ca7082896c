package org.newsgraph.local;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * A newsroom's day through the gateway, on the real stack: drafts, what a viewer sees, review,
 * publication, two editors on one quote, history, a merge, a service going down and coming back,
 * and a query too deep to run.
 */
@ExtendWith(SuiteStack.class)
class EditorialDayIT {

    private static JsonPath ok(DemoUser user, String query, Map<String, Object> variables) {
        return Graph.as(user, query, variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String entity(String name) {
        return ok(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n}) { id } }",
                Map.of("n", name)).getString("data.createEntity.id");
    }

    @Test
    void aDayInTheNewsroom() throws Exception {
        String lavrov = entity("Sergey Lavrov");
        String duplicate = entity("Sergei Lavrov (duplicate)");
        String slug = "day-" + UUID.randomUUID().toString().substring(0, 8);
        String story = ok(DemoUsers.REPORTER, "mutation($s: String!) { createStory(input: {title: \"Talks in Alaska\", "
                + "slug: $s}) { id } }", Map.of("s", slug)).getString("data.createStory.id");
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveStory(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", story));

        // a reporter drafts an event and a quote
        String event = ok(DemoUsers.REPORTER, """
                mutation($story: ID!, $who: ID!) { createEvent(input: {storyId: $story, title: "Lavrov arrives",
                  kind: ARRIVAL, time: {date: "2025-08-15", time: "10:54", zone: "America/Anchorage", precision: MINUTE},
                  participants: [{entityId: $who, role: PARTICIPANT}]}) { id state } }""",
                Map.of("story", story, "who", lavrov)).getString("data.createEvent.id");
        String quote = ok(DemoUsers.REPORTER, """
                mutation($story: ID!, $event: ID!, $who: ID!) { createQuote(input: {text: "We are ready to talk",
                  kind: DIRECT, speakerId: $who, storyId: $story, eventId: $event, language: "en",
                  sources: [{publication: "The Example Times", url: "https://example.org/a"}]}) { id state version } }""",
                Map.of("story", story, "event", event, "who", duplicate)).getString("data.createQuote.id");

        // a viewer cannot see them
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { text } }", Map.of("id", quote))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { event(id: $id) { title } }", Map.of("id", event))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        assertEquals(0, ok(DemoUsers.VIEWER, "query($id: ID!) { story(id: $id) { timeline { edges { cursor } } "
                + "quotes { totalCount } } }", Map.of("id", story)).getList("data.story.timeline.edges").size());

        // an editor verifies and publishes: the event first, since its quotes are under its embargo until then
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { verifyQuote(id: $id, state: VERIFIED, note: \"on the pool tape\", "
                + "version: 0) { verification { state by } } }", Map.of("id", quote));
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", event));
        ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED, version: 1) { state } }",
                Map.of("id", quote));

        // now the viewer sees them
        JsonPath seen = ok(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { text verification { state by } "
                + "event { title } } }", Map.of("id", quote));
        assertEquals("VERIFIED", seen.getString("data.quote.verification.state"));
        assertEquals("ed", seen.getString("data.quote.verification.by"));
        assertEquals("Lavrov arrives", seen.getString("data.quote.event.title"));

        // two editors edit the same quote from the same version: exactly one wins
        String edit = """
                mutation($id: ID!, $text: String!) { updateQuote(id: $id, version: 2, input: {text: $text, kind: DIRECT,
                  speakerId: "%s", storyId: "%s", eventId: "%s", language: "en",
                  sources: [{publication: "The Example Times", url: "https://example.org/a"}]}) { version } }"""
                .formatted(duplicate, story, event);
        List<CompletableFuture<JsonPath>> edits = new ArrayList<>();
        for (DemoUser editor : List.of(DemoUsers.EDITOR, DemoUsers.ADMIN)) {
            String token = Tokens.accessToken(editor);
            edits.add(CompletableFuture.supplyAsync(() -> Graph.asToken(token, edit, Map.of("id", quote,
                    "text", "We are ready to talk (" + editor.username() + ")")).statusCode(200).extract().jsonPath()));
        }
        List<JsonPath> answers = edits.stream().map(CompletableFuture::join).toList();
        long conflicts = answers.stream().filter(a -> "CONFLICT".equals(a.getString("errors[0].extensions.code")))
                .count();
        long wins = answers.stream().filter(a -> a.get("data.updateQuote.version") != null).count();
        assertEquals(1, conflicts, "exactly one editor is told the quote changed under them");
        assertEquals(1, wins);
        answers.stream().filter(a -> a.get("errors") != null)
                .forEach(a -> assertEquals(3, a.getInt("errors[0].extensions.currentVersion")));

        // the history shows both users (the newsroom sees every revision; a viewer only the published ones)
        Graph.as(DemoUsers.EDITOR, "query($id: ID!) { quote(id: $id) { history { user kind } } }", Map.of("id", quote))
                .body("data.quote.history.user", hasItems("rita", "ed"));

        // a duplicate person is merged: the duplicate's quotes now show the survivor as speaker
        String briefing = ok(DemoUsers.REPORTER, """
                mutation($story: ID!, $who: ID!) { createEvent(input: {storyId: $story,
                  title: "Lavrov briefs the press", kind: PRESS_CONFERENCE,
                  time: {date: "2025-08-15", zone: "America/Anchorage", precision: DAY},
                  participants: [{entityId: $who, role: SPEAKER}]}) { id } }""",
                Map.of("story", story, "who", duplicate)).getString("data.createEvent.id");
        ok(DemoUsers.EDITOR, "mutation($d: ID!, $s: ID!) { mergeEntity(duplicateId: $d, survivorId: $s, version: 0) "
                + "{ id } }", Map.of("d", duplicate, "s", lavrov));
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { speaker { id name } } }", Map.of("id", quote))
                .body("data.quote.speaker.id", equalTo(lavrov))
                .body("data.quote.speaker.name", equalTo("Sergey Lavrov"));
        // ... and they are listed as the survivor's, as is the event the duplicate spoke at: each moved as the
        // merging editor's edit, in its history
        String listed = "query($id: ID!) { entity(id: $id) { ... on Person { %s { edges { node { id } } } } } }";
        Graph.as(DemoUsers.VIEWER, listed.formatted("quotes"), Map.of("id", lavrov))
                .body("data.entity.quotes.edges.node.id", hasItems(quote));
        Graph.as(DemoUsers.EDITOR, listed.formatted("events"), Map.of("id", lavrov))
                .body("data.entity.events.edges.node.id", hasItems(event, briefing));
        Graph.as(DemoUsers.EDITOR, "query($id: ID!) { quote(id: $id) { version history { user } } }",
                Map.of("id", quote))
                .body("data.quote.version", equalTo(4))
                .body("data.quote.history[-1].user", equalTo("ed"));

        // a service goes down: the other services' fields still come back, with UNAVAILABLE for its own
        String whole = "query($id: ID!) { story(id: $id) { title timeline { edges { node { title } } } "
                + "quotes { edges { node { text } } } } }";
        SuiteStack.stack().stopService("quote-service");
        try {
            Graph.as(DemoUsers.VIEWER, whole, Map.of("id", story)).statusCode(200)
                    .body("data.story.title", equalTo("Talks in Alaska"))
                    .body("data.story.timeline.edges[0].node.title", equalTo("Lavrov arrives"))
                    .body("data.story.quotes", nullValue())
                    .body("errors.extensions.code", everyItem(equalTo("UNAVAILABLE")))
                    .body("errors[0].path", notNullValue());
        } finally {
            SuiteStack.stack().startService("quote-service");
        }
        breakersClose(whole, story);

        // a query deeper than allowed is refused before it runs
        Graph.as(DemoUsers.VIEWER, "{ stories { edges { node { timeline { edges { node { relations { event { "
                + "relations { event { relations { event { title } } } } } } } } } } } } }", Map.of())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("levels deep"));
    }

    /** When the service is back, answers are whole again (once the gateway's breaker lets calls through). */
    private static void breakersClose(String query, String story) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonPath answer = Graph.as(DemoUsers.VIEWER, query, Map.of("id", story)).extract().jsonPath();
            if (answer.get("errors") == null) {
                assertEquals("We are ready to talk", answer.getString("data.story.quotes.edges[0].node.text")
                        .substring(0, "We are ready to talk".length()));
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the answer did not become whole again after quote-service came back");
    }
}
