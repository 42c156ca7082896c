package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * The newsroom's rules on the real stack, through the gateway with real Keycloak tokens (issue 9):
 * a viewer never sees draft history or a quote under a draft's embargo; a published quote keeps
 * what publishing required; the past forgets an event deleted for good; an entity that events or
 * quotes name is not deleted; exports carry no injection; and hostile input is refused naming
 * its field, by the services themselves too.
 */
@ExtendWith(SuiteStack.class)
class NewsroomRulesIT {

    private static final String SOURCE = "{publication: \"The Example Times\", url: \"https://example.org/a\"}";

    private static JsonPath ok(DemoUser user, String query, Map<String, Object> variables) {
        return Graph.as(user, query, variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String story(String title, String summary) {
        return ok(DemoUsers.REPORTER, "mutation($t: String!, $s: String!, $sum: String) { createStory(input: "
                + "{title: $t, slug: $s, summary: $sum}) { id } }",
                variables("t", title, "s", "rules-" + tag(), "sum", summary)).getString("data.createStory.id");
    }

    private static String event(String story, String title) {
        return ok(DemoUsers.REPORTER, "mutation($story: ID!, $t: String!) { createEvent(input: {storyId: $story,"
                + " title: $t, kind: OTHER, time: {date: \"2025-08-15\", time: \"10:54\", zone: \"America/Anchorage\","
                + " precision: MINUTE}, sources: [" + SOURCE + "]}) { id } }", Map.of("story", story, "t", title))
                .getString("data.createEvent.id");
    }

    private static String person(String name) {
        return ok(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n}) { id } }",
                Map.of("n", name)).getString("data.createEntity.id");
    }

    private static String quote(String text, String speaker, String story, String event) {
        return ok(DemoUsers.REPORTER, "mutation($text: String!, $who: ID, $story: ID, $event: ID) { createQuote(input: "
                + "{text: $text, kind: DIRECT, speakerId: $who, storyId: $story, eventId: $event, language: \"en\","
                + " sources: [" + SOURCE + "]}) { id } }", variables("text", text, "who", speaker, "story", story,
                        "event", event)).getString("data.createQuote.id");
    }

    private static void publish(String mutation, String id) {
        int version = ok(DemoUsers.EDITOR, "query($id: ID!) { " + mutation.replace("move", "").toLowerCase()
                + "(id: $id) { version } }", Map.of("id", id))
                .getInt("data." + mutation.replace("move", "").toLowerCase() + ".version");
        ok(DemoUsers.EDITOR, "mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, to: PUBLISHED, version: $v)"
                + " { state } }", Map.of("id", id, "v", version));
    }

    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private static String code(JsonPath answer) {
        return answer.getString("errors[0].extensions.code");
    }

    @Test
    void aViewerNeverSeesTheDraftRevisionsOfAStoryOrAnEvent() {
        String story = story("Working title " + tag(), "draft summary: source unconfirmed");
        String event = event(story, "Rumoured arrival");
        ok(DemoUsers.REPORTER, "mutation($id: ID!) { updateEvent(id: $id, version: 0, input: {storyId: \"" + story
                + "\", title: \"Lavrov arrives\", kind: ARRIVAL, time: {date: \"2025-08-15\", time: \"10:54\","
                + " zone: \"America/Anchorage\", precision: MINUTE}, sources: [" + SOURCE + "]}) { version } }",
                Map.of("id", event));
        publish("moveStory", story);
        publish("moveEvent", event);

        JsonPath seen = ok(DemoUsers.VIEWER, "query($s: ID!, $e: ID!) { story(id: $s) { history { snapshot { title"
                + " summary state } } } event(id: $e) { history { snapshot { title state } } } }",
                Map.of("s", story, "e", event));
        assertEquals(List.of("PUBLISHED"), seen.getList("data.story.history.snapshot.state"));
        assertEquals(List.of("PUBLISHED"), seen.getList("data.event.history.snapshot.state"));
        assertEquals(List.of("Lavrov arrives"), seen.getList("data.event.history.snapshot.title"));
        JsonPath newsroom = ok(DemoUsers.REPORTER, "query($e: ID!) { event(id: $e) { history { snapshot { title } } } }",
                Map.of("e", event));
        assertTrue(newsroom.getList("data.event.history.snapshot.title").contains("Rumoured arrival"));
    }

    @Test
    void aQuoteInsideADraftStoryStaysUnderItsEmbargo() {
        String word = "embargo" + tag().replaceAll("[0-9]", "x");
        String story = story("Embargoed " + tag(), null);
        String speaker = person("Embargoed speaker " + tag());
        String quote = quote("Not yet, " + word, speaker, story, null);

        JsonPath refused = Graph.as(DemoUsers.EDITOR, "mutation($id: ID!) { moveQuote(id: $id, to: PUBLISHED,"
                + " version: 0) { state } }", Map.of("id", quote)).statusCode(200).extract().jsonPath();
        // a rule, not someone else's change: fixed at the field it names, never shown as a conflict
        assertEquals("BAD_USER_INPUT", code(refused));
        assertEquals("storyId", refused.getString("errors[0].extensions.field"));
        assertEquals("DRAFT", ok(DemoUsers.EDITOR, "query($id: ID!) { quote(id: $id) { state } }",
                Map.of("id", quote)).getString("data.quote.state"));

        assertEquals("NOT_FOUND", code(Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { text } }",
                Map.of("id", quote)).extract().jsonPath()));
        Graph.as(DemoUsers.VIEWER, "query($q: String!) { searchQuotes(query: $q) { edges { node { id } } } }",
                Map.of("q", word)).statusCode(200).body("data.searchQuotes.edges", empty());

        publish("moveStory", story);
        publish("moveQuote", quote);
        Graph.as(DemoUsers.VIEWER, "query($q: String!) { searchQuotes(query: $q) { edges { node { id } } } }",
                Map.of("q", word)).statusCode(200).body("data.searchQuotes.edges.node.id", equalTo(List.of(quote)));
    }

    @Test
    void aPublishedQuoteKeepsItsSourceAndTheEntityItNamesIsNotDeleted() {
        String story = story("Sourced " + tag(), null);
        publish("moveStory", story);
        String speaker = person("Quoted speaker " + tag());
        String quote = quote("Always sourced", speaker, story, null);
        publish("moveQuote", quote);

        JsonPath unsourced = Graph.as(DemoUsers.EDITOR, "mutation($id: ID!, $who: ID!, $story: ID!) { updateQuote("
                + "id: $id, version: 1, input: {text: \"Always sourced\", kind: DIRECT, speakerId: $who, storyId: $story,"
                + " language: \"en\", sources: []}) { version } }", Map.of("id", quote, "who", speaker, "story", story))
                .statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", code(unsourced), unsourced.prettify());
        assertEquals("sources", unsourced.getString("errors[0].extensions.field"));
        assertNull(unsourced.get("errors[0].extensions.currentVersion"), "a broken rule is not a stale version");
        JsonPath unchanged = ok(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { version sources { publication } } }",
                Map.of("id", quote));
        assertEquals(1, unchanged.getList("data.quote.sources").size());
        assertEquals(1, unchanged.getInt("data.quote.version"));

        JsonPath refused = Graph.as(DemoUsers.ADMIN, "mutation($id: ID!) { deleteEntity(id: $id) }",
                Map.of("id", speaker)).statusCode(200).extract().jsonPath();
        assertEquals("CONFLICT", code(refused));
        assertTrue(refused.getString("errors[0].message").contains(quote), refused.prettify());
        ok(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { speaker { id } } }", Map.of("id", quote));
    }

    @Test
    void anEventDeletedForGoodIsGoneFromThePastToo() throws InterruptedException {
        String story = story("As of " + tag(), null);
        publish("moveStory", story);
        String kept = event(story, "Kept");
        String wrong = event(story, "Wrongly recorded");
        publish("moveEvent", kept);
        publish("moveEvent", wrong);
        Thread.sleep(50);
        Instant whilePublished = Instant.now();
        Thread.sleep(50);
        ok(DemoUsers.ADMIN, "mutation($id: ID!) { deleteEvent(id: $id) }", Map.of("id", wrong));

        Graph.as(DemoUsers.VIEWER, "query($id: ID!, $at: DateTime!) { storyAsOf(id: $id, at: $at) { timeline { title } } }",
                Map.of("id", story, "at", whilePublished.toString())).statusCode(200).body("errors", nullValue())
                .body("data.storyAsOf.timeline.title", equalTo(List.of("Kept")));
    }

    @Test
    void exportsCarryNoFormulaNoForgedCalendarLineAndNoMarkup() {
        String story = story("Exported " + tag(), null);
        publish("moveStory", story);
        String hostile = event(story, "=HYPERLINK(\"http://evil.example\",\"x\")");
        publish("moveEvent", hostile);
        String markup = event(story, "<img src=x onerror=alert(1)>\rBEGIN:VEVENT");
        publish("moveEvent", markup);

        String events = SuiteStack.settings().serviceUrl("event-service") + "/stories/" + story + "/export/";
        String csv = as(DemoUsers.VIEWER).accept("text/csv").get(events + "csv").then().statusCode(200).extract()
                .asString();
        assertTrue(csv.contains(",\"'=HYPERLINK("), csv);
        String ics = as(DemoUsers.VIEWER).accept("text/calendar").get(events + "ics").then().statusCode(200)
                .extract().asString();
        assertEquals(2, ics.lines().filter("BEGIN:VEVENT"::equals).count(), ics);
        as(DemoUsers.VIEWER).get(events + "timelinejs").then().statusCode(200)
                .body("events.text.headline", everyItem(not(containsString("<"))));
    }

    @Test
    void hostileInputIsRefusedNamingItsFieldAndNeverAFiveHundred() {
        JsonPath nul = Graph.as(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON,"
                + " name: $n}) { id } }", Map.of("n", "Vladimir\u0000Putin")).statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", code(nul));
        JsonPath farFuture = Graph.as(DemoUsers.VIEWER, "{ searchQuotes(from: \"+300000-01-01T00:00:00Z\") { edges"
                + " { cursor } } }").statusCode(200).extract().jsonPath();
        assertEquals("BAD_USER_INPUT", code(farFuture));
        assertFalse(farFuture.getString("errors[0].message").contains("Exception"), farFuture.prettify());

        // and the services refuse it themselves, whoever calls them
        String events = SuiteStack.settings().serviceUrl("event-service");
        String quotes = SuiteStack.settings().serviceUrl("quote-service");
        String entities = SuiteStack.settings().serviceUrl("entity-service");
        as(DemoUsers.VIEWER).queryParam("slug", "\u0000").get(events + "/stories").then().statusCode(400)
                .body("field", equalTo("slug"));
        as(DemoUsers.VIEWER).queryParam("q", "a\u0000b").get(quotes + "/quotes/search").then().statusCode(400)
                .body("field", equalTo("q"));
        as(DemoUsers.VIEWER).queryParam("q", "putin").queryParam("after", cursor("position", "-40"))
                .get(entities + "/entities/search").then().statusCode(400).body("field", equalTo("after"));
        as(DemoUsers.REPORTER).body(Map.of("text", "at ".repeat(60_000))).post(quotes + "/quotes/extract").then()
                .statusCode(400).body("field", equalTo("text"));
        as(DemoUsers.REPORTER).body(Map.of("kind", "PERSON", "name", "Someone", "aliases", java.util.Arrays.asList(
                (Object) null))).post(entities + "/entities").then().statusCode(400).body("field", equalTo("aliases[0]"));
    }

    private static String cursor(String... keys) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("\u001f", keys).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }
}
