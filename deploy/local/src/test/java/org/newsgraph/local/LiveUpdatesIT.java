package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.LiveSocket.Message;
import org.newsgraph.local.LiveSocket.Subscriber;

/**
 * Live updates through the gateway on the real stack: {@code subscription storyChanges} over
 * graphql-transport-ws with real Keycloak tokens in connection_init. Every wait is a generous
 * deadline; how fast changes arrive is measured by LiveUpdatesBenchmark, not asserted here.
 */
@ExtendWith(SuiteStack.class)
class LiveUpdatesIT {

    private static final String EVENT = """
            mutation($story: ID!, $title: String!) { createEvent(input: {storyId: $story, title: $title, kind: ARRIVAL,
              time: {date: "2025-08-15", time: "10:20", zone: "America/Anchorage", precision: MINUTE},
              notes: "the pool report says 10:22"}) { id } }""";

    @Test
    void aReportersDraftReachesTheEditorNeverTheViewerAndItsPublicationReachesBoth() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String cursor = changeCursor(editor, story);
        try (LiveSocket editorSocket = LiveSocket.connected(editor);
                LiveSocket viewerSocket = LiveSocket.connected(Tokens.accessToken(DemoUsers.VIEWER))) {
            String editors = editorSocket.subscribe(story, cursor);
            String viewers = viewerSocket.subscribe(story, cursor);

            String event = ok(Tokens.accessToken(DemoUsers.REPORTER), EVENT,
                    Map.of("story", story, "title", "Trump lands at Elmendorf")).getString("data.createEvent.id");
            Map<String, Object> draft = editorSocket.nextChange(editors);
            assertEquals(List.of("CREATED", "EVENT", event, 0, "DRAFT", "rita"), fields(draft));

            ok(editor, "mutation($id: ID!) { moveEvent(id: $id, to: PUBLISHED, version: 0) { state } }",
                    Map.of("id", event));
            assertEquals(List.of("MOVED", "EVENT", event, 1, "PUBLISHED", "ed"), fields(editorSocket.nextChange(editors)));
            // the viewer's first change is the publication, as a new record: the draft never reached them
            assertEquals(List.of("CREATED", "EVENT", event, 1, "PUBLISHED", "ed"),
                    fields(viewerSocket.nextChange(viewers)));
        }
    }

    @Test
    void aRefusedWriteAnnouncesNothing() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        try (LiveSocket socket = LiveSocket.connected(editor)) {
            String subscription = socket.subscribe(story, changeCursor(editor, story));
            // a stale version and a retraction without its reason: both refused, nothing written
            Graph.asToken(editor, "mutation($id: ID!) { updateStory(id: $id, version: 0, input: {title: \"Stale\","
                    + " slug: \"stale-" + tag() + "\"}) { id } }", Map.of("id", story))
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("CONFLICT"));
            Graph.asToken(editor, "mutation($id: ID!) { moveStory(id: $id, to: RETRACTED, version: 1) { id } }",
                    Map.of("id", story)).body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"));
            ok(editor, "mutation($id: ID!) { moveStory(id: $id, to: RETRACTED, version: 1, reason: \"wrong summit\")"
                    + " { state } }", Map.of("id", story));

            assertEquals(List.of("MOVED", "STORY", story, 2, "RETRACTED", "ed"), fields(socket.nextChange(subscription)),
                    "the first change announced is the one that was made");
        }
    }

    @Test
    void reconnectingWithTheLastCursorReplaysExactlyTheMissedChangesNoneTwice() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String last;
        try (LiveSocket socket = LiveSocket.connected(editor)) {
            String subscription = socket.subscribe(story, changeCursor(editor, story));
            rename(editor, story, 1);
            last = (String) socket.nextChange(subscription).get("cursor");
        }
        // while the client is away
        for (int version = 2; version <= 4; version++) {
            rename(editor, story, version);
        }
        try (LiveSocket socket = LiveSocket.connected(editor)) {
            String subscription = socket.subscribe(story, last);
            List<Integer> versions = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                versions.add((Integer) socket.nextChange(subscription).get("version"));
            }
            assertEquals(List.of(3, 4, 5), versions, "the three missed renames, in order");
            rename(editor, story, 5);
            assertEquals(6, socket.nextChange(subscription).get("version"), "then the next one, not a repeat");
        }
    }

    @Test
    void aHundredSubscribersOnOneStoryReceiveEveryOneOfTwoHundredChanges() {
        int subscribers = 100;
        int changes = 200;
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String cursor = changeCursor(editor, story);
        // a newsroom's readers: each of the four users follows the story in 25 tabs (one user may follow 50)
        List<String> readers = DemoUsers.ALL.stream().map(Tokens::accessToken).toList();
        List<Subscriber> all = Subscriber.open(subscribers, readers, story, cursor);
        try {
            for (int version = 1; version <= changes; version++) {
                rename(editor, story, version);
            }
            List<Integer> expected = new ArrayList<>();
            for (int version = 2; version <= changes + 1; version++) {
                expected.add(version);
            }
            for (int i = 0; i < subscribers; i++) {
                List<Integer> received = new ArrayList<>();
                for (int n = 0; n < changes; n++) {
                    Message message = all.get(i).next();
                    assertNotNull(message, "subscriber " + i + " got " + received.size() + " changes");
                    assertNotNull(message.change(), "subscriber " + i + ": " + message);
                    received.add((Integer) message.change().get("version"));
                }
                assertEquals(expected, received, "subscriber " + i + " got every change, in order, once");
            }
        } finally {
            Subscriber.closeAll(all);
        }
    }

    @Test
    void oneUserFollowsAtMostFiftyStoriesAtOnceAndTheOthersStillFollowTheirs() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String reporter = Tokens.accessToken(DemoUsers.REPORTER);
        List<LiveSocket> tabs = new ArrayList<>();
        try {
            // fifty tabs of one reporter, each following the story
            List<String> following = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                LiveSocket tab = LiveSocket.connected(reporter);
                tabs.add(tab);
                following.add(tab.subscribe(story, changeCursor(reporter, story)));
            }
            awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 50.0);
            LiveSocket oneMore = LiveSocket.connected(reporter);
            tabs.add(oneMore);
            Message refused = oneMore.next(oneMore.subscribe(story, null), LiveSocket.DEADLINE);
            assertNotNull(refused);
            assertTrue(String.valueOf(refused).contains("BAD_USER_INPUT"), String.valueOf(refused));
            assertTrue(String.valueOf(refused).contains("close a page that follows one"), String.valueOf(refused));

            // everyone else still follows, and so do the reporter's fifty
            LiveSocket viewer = LiveSocket.connected(Tokens.accessToken(DemoUsers.VIEWER));
            tabs.add(viewer);
            String viewers = viewer.subscribe(story, changeCursor(Tokens.accessToken(DemoUsers.VIEWER), story));
            rename(editor, story, 1);
            assertEquals(2, viewer.nextChange(viewers).get("version"));
            assertEquals(2, tabs.get(49).nextChange(following.get(49)).get("version"));

            // a tab closed makes room for another
            tabs.get(0).close();
            awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 50.0);
            LiveSocket again = LiveSocket.connected(reporter);
            tabs.add(again);
            String followed = again.subscribe(story, changeCursor(reporter, story));
            rename(editor, story, 2);
            assertEquals(3, again.nextChange(followed).get("version"));
        } finally {
            tabs.forEach(LiveSocket::close);
        }
        awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 0.0);
    }

    @Test
    void closingASocketCancelsItsStreams() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        List<LiveSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                LiveSocket socket = LiveSocket.connected(editor);
                String subscription = socket.subscribe(story, changeCursor(editor, story));
                sockets.add(socket);
                rename(editor, story, i + 1);
                socket.nextChange(subscription); // it is following
            }
            // each subscription holds one stream of each service
            awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 3.0);
            for (String service : List.of("event-service", "quote-service", "entity-service")) {
                awaitGauge(service, "newsgraph_changes_streams", 3.0);
            }
        } finally {
            sockets.forEach(LiveSocket::close);
        }
        awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 0.0);
        for (String service : List.of("event-service", "quote-service", "entity-service")) {
            awaitGauge(service, "newsgraph_changes_streams", 0.0);
        }
    }

    @Test
    void readersWhoLeaveWhileTheirLiveUpdatesStartLeaveNoErrorLine() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String viewer = Tokens.accessToken(DemoUsers.VIEWER);
        String cursor = changeCursor(viewer, story);
        Map<String, Long> before = ServiceLogs.errorLines();
        // a tab closed right after the story's page opened: the socket closes while the gateway asks
        // where the services' streams stand and opens them (10-58 ms after subscribing; the old gateway
        // logged an ERROR for most of these at once, and more when the unread calls timed out)
        for (int wait = 10; wait < 60; wait += 2) {
            LiveSocket socket = LiveSocket.connected(viewer);
            socket.subscribe(story, cursor);
            ChildProcess.sleep(Duration.ofMillis(wait));
            socket.close();
        }
        // every stream of those subscriptions is closed, in the gateway and in each service
        awaitGauge(Services.GATEWAY, "newsgraph_gateway_subscriptions", 0.0);
        for (String service : List.of("event-service", "quote-service", "entity-service")) {
            awaitGauge(service, "newsgraph_changes_streams", 0.0);
        }
        // a call to a service left unread would be logged once its time limit (3 s) is up
        ChildProcess.sleep(Duration.ofSeconds(5));
        assertEquals(before, ServiceLogs.errorLines(), "a reader who leaves is no ERROR line in any service's log");
    }

    @Test
    void noTokenAForgedTokenAndATokenForAnotherAudienceAreRefusedWith4403() {
        Map<String, Long> before = ServiceLogs.errorLines();
        try (LiveSocket socket = LiveSocket.open(null)) {
            assertEquals(4403, socket.closeCode(LiveSocket.DEADLINE), "no token");
        }
        String genuine = Tokens.accessToken(DemoUsers.EDITOR);
        try (LiveSocket socket = LiveSocket.open(Tokens.signedWithAnotherKey(genuine))) {
            assertEquals(4403, socket.closeCode(LiveSocket.DEADLINE), "a token signed by another key");
        }
        try (LiveSocket socket = LiveSocket.open("not-a-token")) {
            assertEquals(4403, socket.closeCode(LiveSocket.DEADLINE), "something that is not a token");
        }
        // the same user, roles and realm, issued to another client of the realm (not for Newsgraph)
        String adminCli = Tokens.accessToken(SuiteStack.settings().issuer(), "admin-cli", DemoUsers.EDITOR);
        try (LiveSocket socket = LiveSocket.open(adminCli)) {
            assertEquals(4403, socket.closeCode(LiveSocket.DEADLINE), "a token for another audience");
        }
        try (LiveSocket socket = LiveSocket.connected(genuine)) {
            assertNotNull(socket, "the genuine token is accepted");
        }
        // a bad token is the client's mistake: no ERROR line (the gateway wrote one per refusal before)
        assertEquals(before, ServiceLogs.errorLines(), "a refused token is no ERROR line in any service's log");
    }

    /**
     * A message outside the protocol (an unknown type, a subscribe without id or payload, variables
     * that are no object, no JSON object at all) closes the socket with 4400, as graphql-transport-ws
     * prescribes. Before, each threw in SmallRye's handler: an ERROR line with a stack trace in the
     * gateway's log, and no answer to the client, whose socket stayed open.
     */
    @Test
    void aMessageOutsideTheProtocolClosesTheSocketWith4400AndNoErrorLine() {
        String viewer = Tokens.accessToken(DemoUsers.VIEWER);
        Map<String, Long> before = ServiceLogs.errorLines();
        for (String message : List.of("{\"type\": \"foo\"}", "{\"type\": 7}", "[1]",
                "{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ me { username } }\"}}",
                "{\"id\": \"1\", \"type\": \"subscribe\"}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ me { username } }\", "
                        + "\"variables\": \"x\"}}")) {
            try (LiveSocket socket = LiveSocket.connected(viewer)) {
                socket.sendText(message);
                assertEquals(4400, socket.closeCode(LiveSocket.DEADLINE), message);
            }
        }
        try (LiveSocket socket = LiveSocket.connected(viewer)) {
            assertEquals("next", socket.next(socket.operation("{ me { username } }"), LiveSocket.DEADLINE).type(),
                    "a well-formed message is answered");
            // a document that does not parse is answered as over HTTP, with its code
            Message unparsed = socket.next(socket.operation("subscription {"), LiveSocket.DEADLINE);
            assertEquals("error", unparsed.type());
            assertTrue(String.valueOf(unparsed.errors()).contains("GRAPHQL_PARSE_FAILED"), String.valueOf(unparsed.errors()));
        }
        assertEquals(before, ServiceLogs.errorLines(), "a client's broken message is no ERROR line in any service's log");
    }

    /**
     * A socket that never sends connection_init is closed with 4408 (graphql-transport-ws) after
     * newsgraph.live.init-timeout. Before, it stayed open for good, pinged every 10 s: anyone, without
     * a token, could hold as many connections as the gateway had file descriptors.
     */
    @Test
    void aSocketThatNeverSaysWhoItIsIsClosedWith4408() {
        try (LiveSocket socket = LiveSocket.silent()) {
            assertEquals(4408, socket.closeCode(LiveSocket.DEADLINE));
        }
    }

    @Test
    void aViewerCannotFollowADraftStory() {
        String reporter = Tokens.accessToken(DemoUsers.REPORTER);
        String draft = ok(reporter, "mutation($s: String!) { createStory(input: {title: \"Secret plans\", slug: $s})"
                + " { id } }", Map.of("s", "secret-" + tag())).getString("data.createStory.id");
        try (LiveSocket socket = LiveSocket.connected(Tokens.accessToken(DemoUsers.VIEWER))) {
            String subscription = socket.subscribe(draft, null);
            Message refused = socket.next(subscription, LiveSocket.DEADLINE);
            assertNotNull(refused);
            assertTrue(String.valueOf(refused).contains("NOT_FOUND"), String.valueOf(refused));
        }
    }

    @Test
    void aStoryIdThatIsNoIdIsBadInputNamingIt() {
        try (LiveSocket socket = LiveSocket.connected(Tokens.accessToken(DemoUsers.VIEWER))) {
            Message refused = socket.next(socket.subscribe("not-a-story", null), LiveSocket.DEADLINE);
            assertNotNull(refused);
            assertTrue(String.valueOf(refused).contains("BAD_USER_INPUT"), String.valueOf(refused));
            assertTrue(String.valueOf(refused).contains("storyId"), String.valueOf(refused));
            assertTrue(String.valueOf(refused).contains("'not-a-story' is not an id"), String.valueOf(refused));
        }
    }

    /**
     * A token that expires ends its connection (Quarkus closes the socket when the identity
     * expires); the client connects again with a fresh token and its last cursor and gets what
     * it missed. The short-lived tokens come from a client made for this test (30 s lifespan).
     */
    @Test
    void anExpiredTokenEndsTheConnectionAndAFreshTokenResumesFromTheCursor() {
        String editor = Tokens.accessToken(DemoUsers.EDITOR);
        String story = publishedStory(editor);
        String shortLived = shortLivedToken();
        Instant expiry = Instant.ofEpochSecond(((Number) Tokens.claims(shortLived).get("exp")).longValue());
        String last;
        try (LiveSocket socket = LiveSocket.connected(shortLived)) {
            String subscription = socket.subscribe(story, changeCursor(editor, story));
            rename(editor, story, 1);
            last = (String) socket.nextChange(subscription).get("cursor");
            Integer code = socket.closeCode(Duration.between(Instant.now(), expiry).plus(LiveSocket.DEADLINE));
            assertNotNull(code, "the connection ended when the token expired");
            assertNotEquals(1000, code);
        }
        rename(editor, story, 2);
        try (LiveSocket socket = LiveSocket.connected(Tokens.accessToken(DemoUsers.EDITOR))) {
            String subscription = socket.subscribe(story, last);
            assertEquals(3, socket.nextChange(subscription).get("version"), "the change made while it was away");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------

    private static JsonPath ok(String token, String query, Map<String, Object> variables) {
        return Graph.asToken(token, query, variables).statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new story, published by the editor (two changes: created, moved). */
    private static String publishedStory(String editor) {
        String story = ok(editor, "mutation($s: String!) { createStory(input: {title: \"Summit in Alaska\", slug: $s})"
                + " { id } }", Map.of("s", "live-" + tag())).getString("data.createStory.id");
        ok(editor, "mutation($id: ID!) { moveStory(id: $id, to: PUBLISHED, version: 0) { state } }", Map.of("id", story));
        return story;
    }

    private static String changeCursor(String token, String story) {
        return ok(token, "query($id: ID!) { story(id: $id) { changeCursor } }", Map.of("id", story))
                .getString("data.story.changeCursor");
    }

    /** Renames the story, based on {@code version}: one change, to version + 1. */
    private static void rename(String token, String story, int version) {
        ok(token, "mutation($id: ID!, $v: Int!, $t: String!) { updateStory(id: $id, version: $v, input: {title: $t,"
                + " slug: $t}) { version } }", Map.of("id", story, "v", version, "t", "renamed-" + tag()));
    }

    private static List<Object> fields(Map<String, Object> change) {
        return List.of(change.get("kind"), change.get("recordType"), change.get("id"), change.get("version"),
                change.get("state"), change.get("user"));
    }

    private static double gauge(String service, String name) {
        Metrics metrics = Metrics.of(SuiteStack.settings(), service);
        assertTrue(metrics.has(name), name + " in " + service + "'s metrics");
        return metrics.sum(name);
    }

    private static void awaitGauge(String service, String name, double expected) {
        Instant deadline = Instant.now().plus(LiveSocket.DEADLINE);
        double value = gauge(service, name);
        while (value != expected && Instant.now().isBefore(deadline)) {
            ChildProcess.sleep(Duration.ofMillis(200));
            value = gauge(service, name);
        }
        assertEquals(expected, value, name + " in " + service);
    }

    /** A token of the demo editor through a client of the realm whose tokens live 30 seconds (made here). */
    private static String shortLivedToken() {
        String client = "local-stack-it-live-short";
        String admin = Tokens.adminToken();
        int status = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", client, "publicClient", true, "standardFlowEnabled", false,
                        "directAccessGrantsEnabled", true, "attributes", Map.of("access.token.lifespan", "30"),
                        // for Newsgraph like the UI's tokens, so that only the lifespan differs
                        "protocolMappers", List.of(Map.of("name", "audience " + Settings.GATEWAY_CLIENT,
                                "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.client.audience", Settings.GATEWAY_CLIENT,
                                        "access.token.claim", "true")))))
                .post(SuiteStack.settings().keycloakUrl() + "/admin/realms/" + Settings.REALM + "/clients")
                .then().extract().statusCode();
        assertTrue(status == 201 || status == 409, "creating the client answered " + status);
        return Tokens.accessToken(SuiteStack.settings().issuer(), client, DemoUsers.EDITOR);
    }
}
