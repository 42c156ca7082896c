package org.newsgraph.local;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.GraphFuzz.Operation;
import org.newsgraph.local.GraphFuzz.Request;

/**
 * A generated fuzz run against the running suite: 2,000 documents mutated from real queries and
 * mutations, plus malformed envelopes and odd variables, sent as each demo user and without a
 * token. Whatever was sent: no 5xx, every error carries a code from docs/gateway.md and no
 * extension without a value, no draft or note text in any answer to a viewer or to nobody, and
 * the gateway still answers properly afterwards. Seeded: {@code -Dnewsgraph.fuzz.seed=N} repeats a
 * run ({@code -Dnewsgraph.fuzz.documents=N} to send more).
 */
@ExtendWith(SuiteStack.class)
@Order(Integer.MAX_VALUE - 1)
class GraphFuzzIT {

    private static final long SEED = Long.getLong("newsgraph.fuzz.seed", 20261127L);
    private static final int DOCUMENTS = Integer.getInteger("newsgraph.fuzz.documents", 2000);
    private static final Set<String> CODES = Set.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
            "BAD_USER_INPUT", "UNAVAILABLE", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "INTERNAL");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nothingAClientSendsBreaksTheGatewayOrShowsAViewerADraft() throws Exception {
        Newsdesk desk = Newsdesk.get();
        List<Request> requests = new GraphFuzz(SEED, corpus(desk), List.of(desk.story, desk.event, desk.quote,
                desk.speaker), usersAndNobody()).requests(DOCUMENTS, DOCUMENTS / 8, DOCUMENTS / 8);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            tokens.put(user.username(), Tokens.accessToken(user));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI gateway = URI.create(Graph.url());

        Instant start = Instant.now();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> codes = Collections.synchronizedMap(new java.util.TreeMap<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (Request request : requests) {
                sent.add(senders.submit(() -> {
                    check(request, send(http, gateway, request, tokens), failures, codes);
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdownNow();
        }
        System.out.printf("[fuzz] seed %d: %d requests in %.1f s; error codes seen: %s%n", SEED, requests.size(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0, codes);

        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.size() + " requests (seed " + SEED
                + ") were answered wrongly; the first ones:\n" + String.join("\n\n", failures.subList(0, Math.min(10, failures.size()))));

        // and the gateway still answers, whole, for everyone
        Graph.as(DemoUsers.VIEWER, "query($id: ID!) { story(id: $id) { title timeline { edges { node { title } } } } }",
                Map.of("id", desk.story)).statusCode(200)
                .body("errors", nullValue())
                .body("data.story.title", equalTo("Abuse desk"));
        Graph.as(DemoUsers.REPORTER, "{ me { username } }").statusCode(200).body("data.me.username", equalTo("rita"));
    }

    /** The fuzz starts from real operations: each one, as it is, fits the schema. */
    @Test
    void everyOperationTheFuzzStartsFromIsValid() {
        for (Operation operation : corpus(Newsdesk.get())) {
            List<String> codes = Graph.as(DemoUsers.ADMIN, operation.query(), operation.variables()).statusCode(200)
                    .extract().path("errors.extensions.code");
            assertTrue(codes == null || !codes.contains("GRAPHQL_VALIDATION_FAILED") && !codes.contains("GRAPHQL_PARSE_FAILED"),
                    codes + " for " + operation.query());
        }
    }

    private static HttpResponse<String> send(HttpClient http, URI gateway, Request request, Map<String, String> tokens)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(gateway).timeout(Duration.ofSeconds(30));
        if (request.user() != null) {
            builder.header("Authorization", "Bearer " + tokens.get(request.user()));
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.body()));
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(Request request, HttpResponse<String> response, List<String> failures, Map<String, Integer> codes) {
        List<String> wrong = new ArrayList<>();
        if (response.statusCode() >= 500) {
            wrong.add("HTTP " + response.statusCode());
        }
        String body = response.body();
        boolean reader = request.user() == null || request.user().equals(DemoUsers.VIEWER.username());
        if (reader && (body.contains(Newsdesk.DRAFT_WORD) || body.contains(Newsdesk.NOTE_WORD))) {
            wrong.add("a draft or a note reached " + (request.user() == null ? "nobody" : "a viewer"));
        }
        try {
            JsonNode answer = JSON.readTree(body);
            for (JsonNode error : answer.path("errors")) {
                JsonNode code = error.path("extensions").path("code");
                codes.merge(code.asText("none"), 1, Integer::sum);
                if (!CODES.contains(code.asText())) {
                    wrong.add("an error without a known code: " + error);
                }
                error.path("extensions").fields().forEachRemaining(entry -> {
                    if (entry.getValue().isNull()) {
                        wrong.add("extension " + entry.getKey() + " is null: " + error);
                    }
                });
            }
            if (response.statusCode() >= 400 && answer.path("errors").isEmpty()) {
                wrong.add("HTTP " + response.statusCode() + " without a GraphQL error");
            }
        } catch (IOException e) {
            wrong.add("the answer is not JSON");
        }
        if (!wrong.isEmpty()) {
            String sent = request.body() == null ? "" : request.body();
            failures.add("#" + request.index() + " as " + request.user() + " (" + request.mutation() + "): " + wrong
                    + "\n  sent " + request.method() + " " + request.contentType() + " "
                    + (sent.length() > 400 ? sent.substring(0, 400) + "…" : sent)
                    + "\n  got " + response.statusCode() + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body));
        }
    }

    private static List<String> usersAndNobody() {
        List<String> users = new ArrayList<>();
        users.add(null);
        DemoUsers.ALL.forEach(user -> users.add(user.username()));
        return users;
    }

    /** Real queries and mutations of the schema, on the abuse desk's records and the demo story. */
    private static List<Operation> corpus(Newsdesk desk) {
        Map<String, Object> story = Map.of("id", desk.story);
        Map<String, Object> event = Map.of("id", desk.event);
        Map<String, Object> quote = Map.of("id", desk.quote);
        Map<String, Object> speaker = Map.of("id", desk.speaker);
        return List.of(
                new Operation("{ me { username roles } }", Map.of()),
                new Operation("""
                        query($slug: String) { story(slug: $slug) { id title summary state
                          timeline(first: 20, zone: "Europe/London") { edges { cursor node { id title kind state notes
                            startsAt { text abbreviation } endsAt(zone: "UTC") { text } participants { role entity { id name } }
                            location { label place { name } } quotes(first: 5) { totalCount edges { node { text speaker { name } } } } } }
                            pageInfo { hasNextPage endCursor } } } }""", Map.of("slug", "alaska-summit-2025")),
                new Operation("""
                        query($id: ID!) { story(id: $id) { title summary history { revision user kind snapshot { summary state } }
                          quotes(first: 10) { totalCount edges { cursor node { text state } } } } }""", story),
                new Operation("""
                        query($id: ID!) { event(id: $id, zone: "America/Anchorage") { title notes description state
                          history { revision user kind snapshot { title notes state } } relations { type event { title } }
                          story { title } quotes { edges { node { id text state verification { state note } } } } } }""", event),
                new Operation("""
                        query($id: ID!) { quote(id: $id) { text kind language speaker { name ... on Person { nationality } }
                          putTo { name } event { title } story { title } saidAt(zone: "Europe/Moscow") { text }
                          sources { publication url } history { kind snapshot { text state } } } }""", quote),
                new Operation("""
                        query($q: String) { searchQuotes(query: $q, first: 10) { edges { cursor snippet
                          node { id text state } } pageInfo { endCursor hasNextPage } } }""", Map.of("q", "talk")),
                new Operation("""
                        query($q: String!) { searchEntities(query: $q, first: 5) { edges { cursor node { id name kind
                          ... on Person { quotes { totalCount edges { node { text } } } events { edges { node { title notes } } }
                          affiliations { title organisation { name } } } } } } }""", Map.of("q", "abuse speaker")),
                new Operation("{ stories(first: 10) { edges { cursor node { id title state slug summary } } pageInfo { hasNextPage } } }",
                        Map.of()),
                new Operation("""
                        query($id: ID!) { timeline(storyId: $id, from: "2025-08-15", to: "2025-08-16", kinds: [TALKS, MEETING],
                          zone: "Europe/London") { edges { node { id title state notes } } } }""", story),
                new Operation("""
                        query($id: ID!, $at: DateTime!) { storyAsOf(id: $id, at: $at, zone: "UTC") { asOf story { title summary }
                          timeline { id title state notes } } }""", Map.of("id", desk.story, "at", "2030-01-01T00:00:00Z")),
                new Operation("""
                        query($id: ID!) { entity(id: $id) { id name kind aliases { name } history { kind snapshot { name } }
                          ... on Person { quotes { totalCount } } ... on Delegation { head { name } members { role person { name } } } } }""",
                        speaker),
                new Operation("{ entities(kind: PERSON, first: 20) { edges { node { name } } } }", Map.of()),
                new Operation("{ users { username roles } }", Map.of()),
                new Operation("""
                        mutation($n: String!) { createEntity(input: {kind: PERSON, name: $n, aliases: [{name: "Fuzz Alias",
                          language: "en"}], person: {nationality: "US", birthDate: "1970-01-01"}}) { id name } }""",
                        Map.of("n", "Fuzz Person")),
                new Operation("""
                        mutation($id: ID!) { updateEntity(id: $id, version: 0, input: {kind: PERSON, name: "Fuzz Person"}) { version } }""",
                        Map.of("id", "00000000-0000-0000-0000-000000000001")),
                new Operation("""
                        mutation($story: ID!) { createEvent(input: {storyId: $story, title: "Fuzz event", kind: OTHER,
                          time: {date: "2025-08-15", time: "10:00", zone: "America/Anchorage", precision: MINUTE,
                          approximate: true, duration: "PT2H"}}) { id state } }""", Map.of("story", desk.story)),
                new Operation("""
                        mutation($story: ID!, $who: ID!) { createQuote(input: {text: "Fuzz words", kind: DIRECT, speakerId: $who,
                          storyId: $story, sources: [{publication: "Fuzz Gazette", url: "https://example.org/f"}]}) { id } }""",
                        Map.of("story", desk.story, "who", desk.speaker)),
                new Operation("""
                        mutation($t: String!) { extractQuotes(input: {text: $t, language: "en", localZone: "America/Anchorage"}) {
                          candidates { candidate { text speaker { label } } } times { text } notes } }""",
                        Map.of("t", "\"We are ready,\" Lavrov said at 10.20am local time.")),
                new Operation("mutation($id: ID!) { moveEvent(id: $id, to: IN_REVIEW, version: 0) { state } }",
                        Map.of("id", "00000000-0000-0000-0000-000000000002")),
                new Operation("mutation($id: ID!) { deleteQuote(id: $id) }", Map.of("id", "00000000-0000-0000-0000-000000000003")),
                new Operation("mutation { grantRole(username: \"fuzz-nobody\", role: \"viewer\") { username } }", Map.of()));
    }
}
