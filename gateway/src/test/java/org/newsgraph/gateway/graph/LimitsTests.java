package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.TestTokens;

/** Abusive queries are refused before they run, with a clear error; ordinary ones are not. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class LimitsTests {

    @Test
    void anOverDeepQueryIsRefusedBeforeAnyServiceIsCalled() {
        String deep = "{ story(id: \"x\") { timeline { edges { node { relations { event { relations { event { "
                + "relations { event { relations { event { title } } } } } } } } } } } } }";
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), deep).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", containsString("levels deep"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            query.append(" m").append(i).append(": me { username }");
        }
        Graph.query(TestTokens.viewer(), query.append(" }").toString())
                .body("data", nullValue())
                .body("errors[0].message", containsString("aliases"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void anOverlongQueryIsRefused() {
        Graph.query(TestTokens.viewer(), "{ me { username } }" + " ".repeat(25_000))
                .body("data", nullValue())
                .body("errors[0].message", containsString("characters"));
    }

    @Test
    void anOverComplexQueryIsRefused() {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 15; i++) {
            fields.append(" a").append(i).append(": story(id: \"x\") { ...whole }");
        }
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), "{" + fields + " } fragment whole on Story { title slug summary state "
                + "version id timeline { edges { cursor node { id title kind occurrence state version notes "
                + "storyId description retractionReason createdAt updatedAt } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("fields"));
        assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }

    /**
     * A 40,000-character slug went to event-service in the URL and came back as "event-service refused
     * the request (414)", naming nothing the client had sent; a long zone was repeated in the error of
     * every event of the page.
     */
    @Test
    void aTextArgumentOverTwoThousandCharactersIsBadInputNamingItBeforeAnyServiceIsCalled() {
        String long40k = "a".repeat(40_000);
        int calls = Newsroom.EVENT_SERVICE.calls();
        Graph.query(TestTokens.viewer(), "query($s: String) { story(slug: $s) { id } }", Map.of("s", long40k))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("slug"))
                .body("errors[0].message", is("slug is 40000 characters long; at most 2000 are accepted"));
        // the same document again (SmallRye has it validated already), and a literal in a fragment
        Graph.query(TestTokens.viewer(), "query($s: String) { story(slug: $s) { id } }", Map.of("s", long40k))
                .body("errors[0].extensions.field", is("slug"));
        Graph.query(TestTokens.viewer(), "{ stories { edges { node { ...zoned } } } } fragment zoned on Story { "
                + "timeline { edges { node { startsAt(zone: \"" + "Europe/London".repeat(200) + "\") { text } } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("zone"));
        assertEquals(calls, Newsroom.EVENT_SERVICE.calls());
    }

    /** A kind given thousands of times went to event-service as many times, in a URL it refused as too long (414). */
    @Test
    void aKindGivenManyTimesIsAskedForOnce() {
        String story = Newsroom.storyOf(2);
        Graph.query(TestTokens.viewer(), "query($id: ID!, $k: [EventKind!]) { timeline(storyId: $id, kinds: $k) { "
                + "edges { node { id } } } }",
                Map.of("id", story, "k", Collections.nCopies(3_000, "MEETING")))
                .statusCode(200)
                .body("errors", nullValue());
        List<StandIn.Request> asked = Newsroom.EVENT_SERVICE.requests()
                .stream().filter(r -> r.path().equals("/stories/" + story + "/timeline")).toList();
        assertEquals("MEETING", asked.get(asked.size() - 1).query().get("kind"));
    }

    /** A long text inside an input object is no argument of its own: the service checks its size. */
    @Test
    void aLongTextInsideAnInputIsTheServicesToCheck() {
        Graph.query(TestTokens.reporter(), "mutation($d: String) { createEntity(input: {kind: PERSON, name: \"Long "
                + "description\", description: $d}) { id } }", Map.of("d", "d".repeat(3_000)))
                .body("errors", nullValue())
                .body("data.createEntity.id", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * A history is one call per record: under a list (or a history's snapshots, or aliases) one
     * query made the calls grow with the rows. Past ten, each history is refused and the rest answered.
     */
    @Test
    void oneQueryReadsAtMostTenHistories() {
        for (int i = 0; i < 15; i++) {
            Newsroom.story("Story with a history " + i);
        }
        long historiesBefore = historyCalls();
        JsonPath answer = Graph.query(TestTokens.viewer(),
                "{ stories(first: 100) { edges { node { title history { revision } } } } }").statusCode(200)
                .extract().jsonPath();
        long historiesAfter = historyCalls();
        int stories = answer.getList("data.stories.edges").size();
        assertTrue(stories >= 15, "stories: " + stories);
        assertEquals(10, historiesAfter - historiesBefore, "history calls");
        assertEquals(stories - 10, answer.getList("errors").size());
        assertEquals(Set.of("BAD_USER_INPUT"),
                Set.copyOf(answer.getList("errors.extensions.code")));
        assertEquals(Set.of("history"),
                Set.copyOf(answer.getList("errors.extensions.field")));
        // every story's title is still there; only the histories past ten are missing
        assertEquals(stories, answer.getList("data.stories.edges.node.title").size());
        assertEquals(10,
                answer.getList("data.stories.edges.node.history").stream().filter(Objects::nonNull).count());
    }

    @Test
    void anOrdinaryQueryPasses() {
        Graph.query(TestTokens.viewer(), "{ me { username } }").body("data.me.username", is("vera.viewer"));
    }

    /** Followed without memory, this cycle overflowed the stack: HTTP 500, no token needed. */
    @Test
    void fragmentsThatSpreadEachOtherAreAnInvalidDocumentNotACrash() {
        Graph.query(null, "query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }").statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("A → B → A"));
    }

    /** 40 fragments each spreading the next twice: valid GraphQL asking for 2^40 fields (a 1 KB request). */
    @Test
    void aChainOfFragmentsThatDoublesFortyTimesIsRefusedAsTooComplex() {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < 40; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F").append(i + 1)
                    .append(" }");
        }
        query.append(" fragment F40 on Query { __typename }");
        Graph.query(null, query.toString()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("fields"));
    }

    /** The field limit counted fields behind ten chained spreads as none. */
    @Test
    void fieldsBehindChainedFragmentsCountAsIfWrittenOut() {
        StringBuilder query = new StringBuilder("query { ...F0 }");
        for (int i = 0; i < 10; i++) {
            query.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" }");
        }
        query.append(" fragment F10 on Query {").append(" me { username }".repeat(150)).append(" __typename }");
        Graph.query(TestTokens.viewer(), query.toString()).statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("301 fields"));
    }

    /** GraphiQL's own introspection (15 levels deep) works, with or without a token: its schema pane needs it. */
    @Test
    void graphiqlsIntrospectionQueryIsAnswered() throws java.io.IOException {
        String introspection = new String(getClass().getResourceAsStream("/graphiql-introspection.graphql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String token : new String[] { null, TestTokens.viewer() }) {
            Graph.query(token, introspection).statusCode(200)
                    .body("errors", nullValue())
                    .body("data.__schema.queryType.name", is("Query"))
                    .body("data.__schema.types.name", org.hamcrest.Matchers.hasItems("Story", "Event", "Quote", "Person"));
        }
    }

    /** Introspection may go deeper than ordinary queries, but not loop through the schema's types. */
    @Test
    void introspectionThatLoopsThroughTheSchemaIsRefused() {
        Graph.query(null, "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    /** The depth allowance is for introspection only: an ordinary query beside it keeps the ordinary limit. */
    @Test
    void anOrdinaryQueryBesideIntrospectionKeepsTheOrdinaryDepthLimit() {
        Graph.query(TestTokens.viewer(), "{ __schema { queryType { name } } story(id: \"x\") { timeline { edges { node { "
                + "relations { event { relations { event { relations { event { relations { event { title } } } } } } } } } } } } }")
                .body("data", nullValue())
                .body("errors[0].message", containsString("at most 10"));
    }

    /**
     * A list below records asks for a page for each record above it, so lists nested in lists
     * multiply: every story's timeline, and every event's quotes, a hundred each, asked for
     * stories × 100 + events × 100 rows. Past 10,000 in one query, the further lists are refused
     * naming first, and quote-service is not asked; the stories and their timelines are answered.
     */
    @Test
    void listsBelowRecordsAskForAtMostTenThousandRowsInOneQuery() {
        String story = Newsroom.story("A story of a hundred events");
        for (int i = 0; i < 100; i++) {
            Newsroom.event(story, "Event " + i, "2025-08-15", null, null, List.of());
        }
        int before = Newsroom.QUOTE_SERVICE.requests().size();
        JsonPath answer = Graph.query(TestTokens.viewer(), """
                { stories(first: 100) { edges { node { title
                    timeline(first: 100) { edges { node { title quotes(first: 100) { totalCount } } } } } } } }""")
                .statusCode(200).extract().jsonPath();
        assertEquals(before, Newsroom.QUOTE_SERVICE.requests().size(),
                "quote-service asked for the events' quotes");
        assertEquals(Set.of("BAD_USER_INPUT"),
                Set.copyOf(answer.getList("errors.extensions.code")));
        assertEquals(Set.of("first"),
                Set.copyOf(answer.getList("errors.extensions.field")));
        assertTrue(answer.getString("errors[0].message")
                .startsWith("lists below records ask for at most 10000 rows in one query"),
                answer.getString("errors[0].message"));
        // the stories and their timelines are there; only the quotes below them are not
        List<Object> events = answer.getList("data.stories.edges.node.timeline.edges.flatten().node.title");
        assertTrue(events.contains("Event 99"), "the hundred events are answered");
    }

    private static long historyCalls() {
        return Newsroom.EVENT_SERVICE.requests().stream().filter(r -> r.path().endsWith("/history")).count();
    }
}
