package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * Every case of issue 9, tried on the running suite as an attacker or a careless client would,
 * through the gateway and straight at the services, with real tokens of each role and without one.
 * What a user expects instead: no 5xx, a refusal with a code that names the field, no draft or
 * note a viewer could read, and one user's bad requests costing nobody else anything.
 */
@ExtendWith(SuiteStack.class)
@Order(Integer.MAX_VALUE - 2)
class AbuseIT {

    private static final List<String> REFUSALS = List.of("BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED");
    private static final String TOO_FAR = "+300000-01-01T00:00:00Z";

    // 1. query limits, without a token

    @Test
    void fragmentsThatSpreadEachOtherAreAnInvalidDocument() {
        Graph.anonymous("query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }", Map.of())
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        stillAnswers();
    }

    @Test
    void fragmentsThatDoubleFortyTimesAreRefusedAtOnce() {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }");
        }
        query.append(" fragment F40 on Query { __typename }");
        Graph.anonymous(query.toString(), Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("query"));
        stillAnswers();
    }

    @Test
    void fieldsBehindTenChainedSpreadsAreCounted() {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < 10; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F10 on Query {").append(" __typename".repeat(301)).append(" }");
        Graph.anonymous(query.toString(), Map.of()).statusCode(200)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("301 fields"));
    }

    // 2. history

    @Test
    void historyShowsAViewerNoDraftRevision() {
        Newsdesk desk = Newsdesk.get();
        String eventHistory = "query($id: ID!) { event(id: $id) { history { snapshot { title notes state } } } }";
        String storyHistory = "query($id: ID!) { story(id: $id) { history { snapshot { summary state } } } }";
        assertTrue(Graph.as(DemoUsers.EDITOR, eventHistory, Map.of("id", desk.event)).extract().asString()
                .contains(Newsdesk.DRAFT_WORD), "the newsroom sees the draft revisions (so there is something to hide)");

        for (String[] read : new String[][] { { "event", eventHistory, desk.event }, { "story", storyHistory, desk.story } }) {
            ValidatableResponse answer = Graph.as(DemoUsers.VIEWER, read[1], Map.of("id", read[2])).statusCode(200);
            assertNoDraftOrNote(answer.extract().asString());
            answer.body("errors", nullValue());
            List<String> states = answer.extract().path("data." + read[0] + ".history.snapshot.state");
            assertFalse(states.isEmpty(), "the published revisions are shown");
            assertTrue(states.stream().allMatch(s -> s.equals("PUBLISHED") || s.equals("RETRACTED")), "states: " + states);
        }
        for (String path : List.of("/events/" + desk.event + "/history", "/stories/" + desk.story + "/history")) {
            String body = rest(DemoUsers.VIEWER).get(url("event-service", path)).then().statusCode(200).extract().asString();
            assertNoDraftOrNote(body);
        }
    }

    // 3. embargo

    @Test
    void aQuoteInsideADraftStoryStaysHiddenFromViewers() {
        Newsdesk desk = Newsdesk.get();
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { text } }", Map.of("id", desk.embargoedQuote))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        rest(DemoUsers.VIEWER).get(url("quote-service", "/quotes/" + desk.embargoedQuote)).then().statusCode(404);
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { story(id: $id) { title } }", Map.of("id", desk.draftStory))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));

        String search = Graph.as(DemoUsers.VIEWER, "{ searchQuotes(query: \"embargoed words\") { "
                + "edges { node { id text } } } }", Map.of()).statusCode(200).body("errors", nullValue()).extract().asString();
        assertNoDraftOrNote(search);
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { entity(id: $id) { ... on Person { quotes { totalCount "
                + "edges { node { id } } } } } }", Map.of("id", desk.speaker))
                .body("errors", nullValue())
                .body("data.entity.quotes.totalCount", equalTo(1))
                .body("data.entity.quotes.edges.node.id", equalTo(List.of(desk.quote)));
    }

    @Test
    void anEventDeletedForGoodIsNotInTheStoryAsOf() {
        Newsdesk desk = Newsdesk.get();
        String gone = Newsdesk.ok(DemoUsers.ADMIN, """
                mutation($story: ID!) { createEvent(input: {storyId: $story, title: "Wrongly entered", kind: OTHER,
                  time: {date: "2025-08-15", zone: "America/Anchorage", precision: DAY}}) { id } }""",
                Map.of("story", desk.story)).getString("data.createEvent.id");
        Newsdesk.ok(DemoUsers.ADMIN, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", gone));
        Newsdesk.ok(DemoUsers.ADMIN, "mutation($id: ID!) { deleteEvent(id: $id) }", Map.of("id", gone));

        for (DemoUser user : List.of(DemoUsers.VIEWER, DemoUsers.EDITOR)) {
            Graph.as(user, "query($id: ID!, $at: DateTime!) { storyAsOf(id: $id, at: $at) { timeline { id } } }",
                    Map.of("id", desk.story, "at", Instant.now().toString()))
                    .body("errors", nullValue())
                    .body("data.storyAsOf.timeline.id", not(org.hamcrest.Matchers.hasItem(gone)));
        }
    }

    // 4. ordinary bad input

    @Test
    void nulBytesAreBadInputNamingTheField() {
        Newsdesk.get();
        refusedNaming(Graph.as(DemoUsers.VIEWER, "{ story(slug: \"\\u0000\") { title } }"), "BAD_USER_INPUT");
        refusedNaming(Graph.as(DemoUsers.VIEWER, "{ searchEntities(query: \"a\\u0000b\") { edges { cursor } } }"),
                "BAD_USER_INPUT");
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation { createEntity(input: {kind: PERSON, name: \"a\\u0000b\"}) "
                + "{ id } }"), "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("name"));

        badRequest(rest(DemoUsers.VIEWER).urlEncodingEnabled(false).get(url("event-service", "/stories?slug=%00")));
        badRequest(rest(DemoUsers.VIEWER).urlEncodingEnabled(false).get(url("entity-service", "/entities/search?q=a%00b")));
        badRequest(rest(DemoUsers.VIEWER).urlEncodingEnabled(false).get(url("quote-service", "/quotes/search?q=a%00b")));
        badRequest(rest(DemoUsers.REPORTER).contentType("application/json")
                .body("{\"kind\": \"PERSON\", \"name\": \"a\\u0000b\"}").post(url("entity-service", "/entities")))
                .body("field", equalTo("name"));
    }

    /**
     * Half of a surrogate pair is no character: UTF-8 cannot hold it, and each service stored it as a
     * "?" in the reporter's text without a word. Refused in every service, naming the field.
     */
    @Test
    void halfASurrogatePairIsBadInputNamingTheFieldAndNothingIsStored() {
        Newsdesk desk = Newsdesk.get();
        String half = "Lone \ud83d half " + System.nanoTime();
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n})"
                + " { id name } }", Map.of("n", half)), "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("name"));
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation($t: String!, $s: String!) { createStory(input: {title: $t,"
                + " slug: $s}) { id } }", Map.of("t", half, "s", "lone-half-" + System.nanoTime())), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("title"));
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation($t: String!, $s: ID!) { createQuote(input: {text: $t, kind: DIRECT,"
                + " speakerId: $s}) { id } }", Map.of("t", half, "s", desk.speaker)), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("text"));
        // a whole pair is a character like any other
        Graph.as(DemoUsers.REPORTER, "mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n}) { name } }",
                Map.of("n", "Whole \ud83d\ude00 pair " + System.nanoTime())).statusCode(200).body("errors", nullValue())
                .body("data.createEntity.name", startsWith("Whole \ud83d\ude00 pair"));
    }

    /** A Wikidata id of thousands of digits overflowed entity-service's unique index: a 500, and an ERROR line. */
    @Test
    void aWikidataIdOfThousandsOfDigitsIsBadInput() {
        Map<String, Long> before = ServiceLogs.errorLines();
        StringBuilder digits = new StringBuilder("Q1");
        java.util.Random random = new java.util.Random(9);
        while (digits.length() < 20_000) {
            digits.append(random.nextInt(10));
        }
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation($w: String) { createEntity(input: {kind: PERSON,"
                + " name: \"Long id\", wikidataId: $w}) { id } }", Map.of("w", digits.toString())), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("wikidataId"));
        assertEquals(before, ServiceLogs.errorLines(), "a client's long id is no ERROR line in any service's log");
    }

    @Test
    void anIdThatIsNotOneIsBadInputNamingItsArgumentAndSpoilsNoOtherField() {
        Newsdesk desk = Newsdesk.get();
        // the good ids in capitals: the same records
        Graph.as(DemoUsers.VIEWER, """
                query($speaker: ID!, $story: ID!, $event: ID!, $quote: ID!) {
                  badEntity: entity(id: "not-an-id") { id } entity(id: $speaker) { id }
                  badStory: story(id: "not-an-id") { id } story(id: $story) { id }
                  badEvent: event(id: "not-an-id") { id } event(id: $event) { id }
                  badQuote: quote(id: "not-an-id") { id } quote(id: $quote) { id } }""",
                Map.of("speaker", desk.speaker.toUpperCase(), "story", desk.story.toUpperCase(),
                        "event", desk.event.toUpperCase(), "quote", desk.quote.toUpperCase()))
                .statusCode(200)
                .body("data.entity.id", equalTo(desk.speaker)).body("data.story.id", equalTo(desk.story))
                .body("data.event.id", equalTo(desk.event)).body("data.quote.id", equalTo(desk.quote))
                .body("errors.path.flatten()", equalTo(List.of("badEntity", "badStory", "badEvent", "badQuote")))
                .body("errors.extensions.code", everyItem(equalTo("BAD_USER_INPUT")))
                .body("errors.extensions.field", everyItem(equalTo("id")))
                .body("errors.message", everyItem(equalTo("'not-an-id' is not an id")));
        refusedNaming(Graph.as(DemoUsers.VIEWER, "{ timeline(storyId: \"not-an-id\") { nodes { id } } }"),
                "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("storyId"));
        // an id in a mutation's arguments or in its input, which the services check
        refusedNaming(Graph.as(DemoUsers.EDITOR, "mutation { archiveEntity(id: \"not-an-id\", version: 0) { id } }"),
                "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("id"));
        refusedNaming(Graph.as(DemoUsers.EDITOR, "mutation($who: ID!) { mergeEntity(duplicateId: $who, "
                + "survivorId: \"not-an-id\", version: 0) { id } }", Map.of("who", desk.speaker)), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("survivorId"));
        refusedNaming(Graph.as(DemoUsers.REPORTER, "mutation($who: ID!) { createAffiliation(input: {personId: $who, "
                + "organisationId: \"not-an-id\", title: \"Envoy\"}) { id } }", Map.of("who", desk.speaker)),
                "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("organisationId"))
                .body("errors[0].message", equalTo("'not-an-id' is not an id"));
        // and the services' own paths
        badRequest(rest(DemoUsers.VIEWER).get(url("entity-service", "/entities/not-an-id")))
                .body("field", equalTo("id"));
        badRequest(rest(DemoUsers.VIEWER).get(url("event-service", "/stories/not-an-id/timeline")))
                .body("field", equalTo("id"));
        badRequest(rest(DemoUsers.VIEWER).get(url("quote-service", "/quotes/not-an-id"))).body("field", equalTo("id"));
    }

    @Test
    void aNegativeOffsetHiddenInACursorIsBadInput() {
        Newsdesk desk = Newsdesk.get();
        String search = cursor("search\u001f-5");
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($after: String) { searchEntities(query: \"abuse\", after: $after) "
                + "{ edges { cursor } } }", Map.of("after", search)), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("after"));
        badRequest(rest(DemoUsers.VIEWER).queryParam("q", "abuse").queryParam("after", search)
                .get(url("entity-service", "/entities/search"))).body("field", equalTo("after"));
        for (String position : List.of("at:-5", "at:2147483647")) {
            refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!, $after: String) { event(id: $id) { quotes(after: $after) "
                    + "{ edges { cursor } } } }", Map.of("id", desk.event, "after", cursor(position))), "BAD_USER_INPUT")
                    .body("errors[0].extensions.field", equalTo("after"));
        }
    }

    @Test
    void datesAndDurationsOutOfRangeAreBadInput() {
        Newsdesk desk = Newsdesk.get();
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($from: String) { searchQuotes(query: \"talk\", from: $from) "
                + "{ edges { cursor } } }", Map.of("from", TOO_FAR)), "BAD_USER_INPUT");
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!, $to: String) { timeline(storyId: $id, to: $to) "
                + "{ edges { cursor } } }", Map.of("id", desk.story, "to", TOO_FAR)), "BAD_USER_INPUT");
        // a range that holds no moment: the 16th until the end of the 15th
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!) { timeline(storyId: $id, from: \"2025-08-16\", "
                + "to: \"2025-08-15\") { edges { cursor } } }", Map.of("id", desk.story)), "BAD_USER_INPUT")
                .body("errors[0].extensions.field", equalTo("to"));
        refusedNaming(Graph.as(DemoUsers.VIEWER, "{ searchQuotes(from: \"2025-08-16\", to: \"2025-08-15\") "
                + "{ edges { cursor } } }"), "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("to"));
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!, $at: DateTime!) { storyAsOf(id: $id, at: $at) "
                + "{ timeline { id } } }", Map.of("id", desk.story, "at", TOO_FAR)), null);
        badRequest(rest(DemoUsers.VIEWER).queryParam("at", TOO_FAR).get(url("event-service", "/stories/" + desk.story + "/as-of")));
        badRequest(rest(DemoUsers.VIEWER).queryParam("q", "talk").queryParam("from", TOO_FAR)
                .get(url("quote-service", "/quotes/search")));

        String event = "mutation($story: ID!, $date: Date!, $duration: String) { createEvent(input: {storyId: $story, "
                + "title: \"Far away\", kind: OTHER, time: {date: $date, time: \"10:00\", zone: \"America/Anchorage\", "
                + "precision: MINUTE, duration: $duration}}) { id } }";
        refusedNaming(Graph.as(DemoUsers.REPORTER, event, Map.of("story", desk.story, "date", "+999999999-12-31")), null);
        refusedNaming(Graph.as(DemoUsers.REPORTER, event, Map.of("story", desk.story, "date", "2025-08-15",
                "duration", "PT100000000000H")), "BAD_USER_INPUT");
    }

    @Test
    void aNullInAListOfKindsIsRefused() {
        Newsdesk desk = Newsdesk.get();
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!) { timeline(storyId: $id, kinds: [null]) "
                + "{ edges { cursor } } }", Map.of("id", desk.story)), null);
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("id", desk.story);
        variables.put("kinds", java.util.Arrays.asList("TALKS", null));
        refusedNaming(Graph.as(DemoUsers.VIEWER, "query($id: ID!, $kinds: [EventKind]) { timeline(storyId: $id, "
                + "kinds: $kinds) { edges { cursor } } }", variables), null);
    }

    @Test
    void malformedEnvelopesAreBadInputNamingTheMember() {
        String token = Tokens.accessToken(DemoUsers.VIEWER);
        Graph.raw(token, "{\"query\": \"{ me { username } }\", \"variables\": \"x\"}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("variables"));
        Graph.raw(null, "{\"query\": \"{ me { username } }\", \"operationName\": 7}").statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("operationName"));
        // two operations and none named, or a name the document does not have: the name is what is wrong
        for (String name : new String[] { "", ", \"operationName\": \"C\"" }) {
            Graph.raw(token, "{\"query\": \"query A { me { username } } query B { me { roles } }\"" + name + "}")
                    .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", equalTo("operationName"));
        }
    }

    @Test
    void sixtyThousandTimesAtIsNoServerError() {
        String text = "at ".repeat(60_000);
        ValidatableResponse answer = Graph.as(DemoUsers.REPORTER, "mutation($t: String!) { extractQuotes(input: {text: $t}) "
                + "{ candidates { candidate { text } } } }", Map.of("t", text)).statusCode(200);
        List<String> codes = answer.extract().path("errors.extensions.code");
        assertTrue(codes == null || codes.stream().allMatch(REFUSALS::contains), "codes: " + codes);
        rest(DemoUsers.REPORTER).contentType("application/json").body(Map.of("text", text))
                .post(url("quote-service", "/quotes/extract")).then().statusCode(lessThan(500));
    }

    /**
     * A text whose full stops are all inside its quotations is one sentence to the extractor; each of
     * its 1,000 quotations read it whole and kept it as its context, until quote-service ran out of
     * memory (77 s, then a 500 and an ERROR line). Asked of the service itself, which answers however
     * long it takes (the gateway answers UNAVAILABLE after 3 s).
     */
    @Test
    void aTextThatIsOneLongSentenceIsExtractedAroundEachQuotation() {
        Map<String, Long> before = ServiceLogs.errorLines();
        String text = ("\u201C" + "a. ".repeat(60) + "\u201D ").repeat(1000) + "said Vladimir Putin.";
        Response answer = rest(DemoUsers.REPORTER).contentType("application/json").body(Map.of("text", text))
                .post(url("quote-service", "/quotes/extract"));
        answer.then().statusCode(200).body("candidates.size()", equalTo(1000));
        List<String> contexts = answer.jsonPath().getList("candidates.candidate.context");
        assertTrue(contexts.stream().allMatch(context -> context.length() < 3_000),
                "a context of " + contexts.stream().mapToInt(String::length).max().orElse(0) + " characters");
        assertEquals(before, ServiceLogs.errorLines(), "a pasted text is no ERROR line in any service's log");
    }

    // 5. one user's bad requests

    @Test
    void aViewersBadRequestsLeaveAReportersAnswersWhole() {
        Newsdesk desk = Newsdesk.get();
        String search = "query($from: String) { searchQuotes(query: \"constructive\", from: $from) { edges { node { id } } } }";
        String timeline = "query($id: ID!, $to: String) { timeline(storyId: $id, to: $to) { edges { node { id } } } }";
        String viewer = Tokens.accessToken(DemoUsers.VIEWER);
        for (int i = 0; i < 12; i++) {
            Graph.asToken(viewer, search, Map.of("from", TOO_FAR)).statusCode(200);
            Graph.asToken(viewer, timeline, Map.of("id", desk.story, "to", TOO_FAR)).statusCode(200);
        }
        Graph.as(DemoUsers.REPORTER, search, Map.of()).statusCode(200)
                .body("errors", nullValue())
                .body("data.searchQuotes.edges.node.id", org.hamcrest.Matchers.hasItem(desk.quote));
        Graph.as(DemoUsers.REPORTER, timeline, Map.of("id", desk.story)).statusCode(200)
                .body("errors", nullValue())
                .body("data.timeline.edges.node.id", org.hamcrest.Matchers.hasItem(desk.event));
    }

    // 6. audience

    @Test
    void aTokenIssuedToAnotherClientIsUnauthenticated() {
        String adminCli = Tokens.accessToken(SuiteStack.settings().issuer(), "admin-cli", DemoUsers.ADMIN);
        Graph.asToken(adminCli, "{ me { username } }", Map.of()).statusCode(401)
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    // 8. exports

    @Test
    void exportsNeutraliseFormulasLineBreaksAndMarkup() {
        Newsdesk desk = Newsdesk.get();
        String injected = Newsdesk.ok(DemoUsers.REPORTER, """
                mutation($story: ID!, $title: String!, $description: String!) { createEvent(input: {storyId: $story,
                  title: $title, description: $description, kind: STATEMENT, time: {date: "2025-08-15", time: "12:00",
                  zone: "America/Anchorage", precision: MINUTE},
                  sources: [{publication: "=cmd|' /C calc'!A0", url: "https://example.org/x"}]}) { id } }""",
                Map.of("story", desk.story, "title", "=HYPERLINK(\"https://evil.example\",\"click\")",
                        "description", "first line\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:forged <img src=x onerror=alert(1)>"))
                .getString("data.createEvent.id");
        Newsdesk.ok(DemoUsers.EDITOR, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }",
                Map.of("id", injected));

        String csv = rest(DemoUsers.VIEWER).get(url("event-service", "/stories/" + desk.story + "/export/csv"))
                .then().statusCode(200).extract().asString();
        for (List<String> row : Csv.parse(csv)) {
            for (String cell : row) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
            }
        }
        assertTrue(csv.contains("HYPERLINK"), "the title is still there, neutralised");

        String ics = rest(DemoUsers.VIEWER).get(url("event-service", "/stories/" + desk.story + "/export/ics"))
                .then().statusCode(200).extract().asString();
        List<String> lines = List.of(ics.split("\r\n"));
        assertFalse(lines.contains("SUMMARY:forged <img src=x onerror=alert(1)>"), "a line break in a text forged a line");
        int published = Newsdesk.ok(DemoUsers.VIEWER, "query($id: ID!) { timeline(storyId: $id, first: 100) { edges { cursor } } }",
                Map.of("id", desk.story)).getList("data.timeline.edges").size();
        assertEquals(published, lines.stream().filter("BEGIN:VEVENT"::equals).count(), "one VEVENT per published event:\n" + ics);

        String timelineJs = rest(DemoUsers.VIEWER).get(url("event-service", "/stories/" + desk.story + "/export/timelinejs"))
                .then().statusCode(200).extract().asString();
        assertFalse(timelineJs.contains("<img"), "TimelineJS renders text as HTML: " + timelineJs);
    }

    // 9. references

    @Test
    void aSpeakerThatQuotesStillNameCannotBeDeleted() {
        Newsdesk desk = Newsdesk.get();
        // deleting asks event-service and quote-service first; on a loaded machine that can outlast the
        // gateway's timeout (UNAVAILABLE, and nothing deleted), so the admin tries again, as a user would
        String code = null;
        for (int attempt = 0; attempt < 3 && (code == null || code.equals("UNAVAILABLE")); attempt++) {
            code = Graph.as(DemoUsers.ADMIN, "mutation($id: ID!) { deleteEntity(id: $id) }", Map.of("id", desk.speaker))
                    .statusCode(200).extract().path("errors[0].extensions.code");
        }
        assertEquals("CONFLICT", code);
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { speaker { id } } }", Map.of("id", desk.quote))
                .body("errors", nullValue())
                .body("data.quote.speaker.id", equalTo(desk.speaker));
    }

    // 9b. a record built to be huge

    @Test
    void aPersonHoldsAtMostFiftyTitlesThatHaveNotEnded() {
        String entity = "mutation($input: EntityInput!) { createEntity(input: $input) { id } }";
        String tag = Long.toString(System.nanoTime(), 36);
        String person = Newsdesk.ok(DemoUsers.REPORTER, entity, Map.of("input", Map.of("kind", "PERSON",
                "name", "Abuse Many Titles " + tag))).getString("data.createEntity.id");
        String board = Newsdesk.ok(DemoUsers.REPORTER, entity, Map.of("input", Map.of("kind", "ORGANISATION", "name",
                "Abuse Boards " + tag, "organisation", Map.of("organisationKind", "OTHER"))))
                .getString("data.createEntity.id");
        String add = "mutation($input: AffiliationInput!) { createAffiliation(input: $input) { id } }";
        for (int i = 1; i <= 50; i++) {
            Newsdesk.ok(DemoUsers.REPORTER, add, Map.of("input", Map.of("personId", person, "organisationId", board,
                    "title", "Board member " + i)));
        }

        refusedNaming(Graph.as(DemoUsers.REPORTER, add, Map.of("input", Map.of("personId", person, "organisationId",
                board, "title", "One too many"))), "BAD_USER_INPUT").body("errors[0].extensions.field", equalTo("personId"));
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { entity(id: $id) { ... on Person { affiliations { title current } } } }",
                Map.of("id", person)).body("errors", nullValue()).body("data.entity.affiliations.size()", is(50))
                .body("data.entity.affiliations.current", everyItem(is(true)));
    }

    // 10. the publish rule holds after publication

    @Test
    void aPublishedQuoteCannotLoseItsSources() {
        Newsdesk desk = Newsdesk.get();
        int version = Newsdesk.ok(DemoUsers.EDITOR, "query($id: ID!) { quote(id: $id) { version } }", Map.of("id", desk.quote))
                .getInt("data.quote.version");
        Graph.as(DemoUsers.EDITOR, "mutation($id: ID!, $v: Int!, $speaker: ID!, $story: ID!, $event: ID!) { updateQuote("
                + "id: $id, version: $v, input: {text: \"We had a constructive talk\", kind: DIRECT, speakerId: $speaker, "
                + "storyId: $story, eventId: $event, language: \"en\", sources: []}) { sources { url } } }",
                Map.of("id", desk.quote, "v", version, "speaker", desk.speaker, "story", desk.story, "event", desk.event))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("sources"));
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { quote(id: $id) { state sources { url } } }", Map.of("id", desk.quote))
                .body("data.quote.state", equalTo("PUBLISHED"))
                .body("data.quote.sources.size()", is(1));
    }

    // 11. errors clients can switch on

    @Test
    void parseAndValidationFailuresCarryApollosCodesAndNoNullExtension() {
        assertCodes(Graph.as(DemoUsers.VIEWER, "{ me { username "), "GRAPHQL_PARSE_FAILED");
        assertCodes(Graph.anonymous("{ me { salary } }", Map.of()), "GRAPHQL_VALIDATION_FAILED");
        assertCodes(Graph.as(DemoUsers.VIEWER, "query($id: ID!) { event(id: $id) { title } }"), null);
    }

    @Test
    void aRequestOverTwoMegabytesIsRefusedBeforeParsing() {
        Graph.raw(null, "{\"query\": \"{ me { username } }\", \"variables\": {\"pad\": \"" + "x".repeat(2 * 1024 * 1024)
                + "\"}}").statusCode(413)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        stillAnswers();
    }

    @Test
    void aBadZoneIsBadInputAndNoErrorInAnyLog() throws IOException {
        Newsdesk desk = Newsdesk.get();
        Map<String, Long> before = ServiceLogs.errorLines();
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { event(id: $id, zone: \"Mars/Olympus_Mons\") { startsAt { text } } }",
                Map.of("id", desk.event))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("zone"));
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { timeline(storyId: $id, zone: \"Mars/Olympus_Mons\") { edges { cursor } } }",
                Map.of("id", desk.story))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        assertEquals(before, ServiceLogs.errorLines(), "a user's mistake is no ERROR line in any service's log");
    }

    // 12. GraphiQL

    @Test
    void graphiqlIsServedAndItsIntrospectionIsAnswered() throws IOException {
        given().get(SuiteStack.settings().serviceUrl(Services.GATEWAY) + "/q/graphql-ui/").then().statusCode(200)
                .contentType(startsWith("text/html"));
        String introspection = Files.readString(SuiteStack.settings().repository()
                .resolve("gateway/src/test/resources/graphiql-introspection.graphql"), StandardCharsets.UTF_8);
        Graph.anonymous(introspection, Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.__schema.queryType.name", equalTo("Query"));
        Graph.as(DemoUsers.VIEWER, introspection).statusCode(200).body("errors", nullValue())
                .body("data.__schema.types.name", org.hamcrest.Matchers.hasItem("Story"));
    }

    // 13. readers who leave before the answer

    /**
     * A reader who closes the tab or navigates away while the story page is being read: the browser
     * closes the connection and Quarkus ends the request's scope, while the query's work goes on.
     * That work used to ask for the caller's identity again on the event loop ("the current thread
     * cannot be blocked"), an ERROR line with a stack trace for each field still being read (and the
     * cause of the story page's missing timeline in the browser tests now and then).
     */
    @Test
    void aReaderWhoLeavesBeforeTheAnswerLeavesNoErrorLine() throws Exception {
        // the demo story's page is what readers leave (loaded here too, so the test also runs alone)
        DemoStory.loadAsDemoEditor(SuiteStack.settings());
        Map<String, Long> before = ServiceLogs.errorLines();
        String page = "query($slug: String!) { story(slug: $slug) { changeCursor id title timeline(first: 25) { edges {"
                + " node { id title location { place { id name } } participants { role entity { id name } }"
                + " relations { type event { id title } } } } } quotes(first: 10) { edges { node { id text"
                + " speaker { id name } } } } } }";
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("query", page, "variables",
                Map.of("slug", "alaska-summit-2025")));
        URI gateway = URI.create(Graph.url());
        // each with a token of its own, as a reader who has just signed in: with one token reused, the
        // old gateway's errors came in few of these runs, with a new token each time in every run
        for (int wait = 0; wait < 60; wait += 2) {
            byte[] head = ("POST " + gateway.getPath() + " HTTP/1.1\r\nHost: " + gateway.getAuthority()
                    + "\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                    + Tokens.accessToken(DemoUsers.VIEWER) + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.getOutputStream().write(head);
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
                Thread.sleep(wait);
            }
        }
        Graph.as(DemoUsers.VIEWER, page, Map.of("slug", "alaska-summit-2025")).statusCode(200)
                .body("errors", nullValue())
                .body("data.story.timeline.edges.size()", greaterThan(0));
        // the abandoned work ends within its calls' time limits (3 s each); give it that
        Thread.sleep(4000);
        assertEquals(before, ServiceLogs.errorLines(), "a reader who leaves is no ERROR line in any service's log");
    }

    // helpers

    static void assertNoDraftOrNote(String answer) {
        assertFalse(answer.contains(Newsdesk.DRAFT_WORD), "a draft reached a viewer: " + answer);
        assertFalse(answer.contains(Newsdesk.NOTE_WORD), "a newsroom note reached a viewer: " + answer);
    }

    private static void stillAnswers() {
        Graph.as(DemoUsers.VIEWER, "{ me { username } }").statusCode(200).body("data.me.username", equalTo("vera"));
    }

    /** Refused with one of the refusal codes (or the one given), naming what was wrong; never INTERNAL. */
    private static ValidatableResponse refusedNaming(ValidatableResponse answer, String code) {
        answer.statusCode(200).body("errors", notNullValue())
                .body("errors.extensions.code", everyItem(code == null ? in(REFUSALS) : equalTo(code)));
        List<Map<String, Object>> errors = answer.extract().path("errors");
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            // bad input names its field; an invalid document says in its message which argument
            assertTrue(extensions.get("code").equals("BAD_USER_INPUT") ? extensions.get("field") != null
                    : !String.valueOf(error.get("message")).isBlank(), "the refusal says what was wrong: " + error);
        }
        return answer;
    }

    private static void assertCodes(ValidatableResponse answer, String code) {
        answer.statusCode(200);
        List<Map<String, Object>> errors = answer.extract().path("errors");
        assertTrue(errors != null && !errors.isEmpty());
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertTrue(extensions != null && extensions.get("code") != null, "no code: " + error);
            extensions.forEach((key, value) -> assertTrue(value != null, key + " is null in " + error));
            if (code != null) {
                assertEquals(code, extensions.get("code"));
            }
        }
    }

    private static ValidatableResponse badRequest(Response response) {
        return response.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("BAD_USER_INPUT"));
    }

    private static RequestSpecification rest(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String url(String service, String path) {
        return SuiteStack.settings().serviceUrl(service) + path;
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Just enough RFC 4180 to see the cells a spreadsheet would see. */
    static final class Csv {
        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"' && cell.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    row.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    cell.append(c);
                }
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                row.add(cell.toString());
                rows.add(row);
            }
            return rows;
        }

        private Csv() {
        }
    }
}
