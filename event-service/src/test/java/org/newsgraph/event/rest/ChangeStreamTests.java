package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asEditor;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.event.api.StoryInput;
import org.newsgraph.event.service.StoryService;
import org.newsgraph.platform.testing.ChangeStream;
import org.newsgraph.platform.testing.TestTokens;

/** The change stream (platform's /changes) as event-service publishes stories and events. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class ChangeStreamTests {

    /** How long a test waits for a change to arrive; how fast it arrives is measured elsewhere. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    @Inject
    StoryService stories;

    @Inject
    Database database;

    @Test
    void aDraftReachesTheNewsroomAndItsPublicationReachesViewersAsANewRecord() {
        String story = Api.publishedStory();
        try (ChangeStream reporter = open(TestTokens.reporter(), "storyId=" + story);
                ChangeStream viewer = open(TestTokens.viewer(), "storyId=" + story)) {
            UUID putin = EntityServiceStandIn.person("Vladimir Putin");
            String id = Api.create(with(event(story, "Putin invites Trump to Moscow", "STATEMENT",
                    time("2025-08-15", "15:30", ANCHORAGE)), "participants", Api.participants(putin, "SPEAKER"),
                    "notes", "check the Kremlin's transcript"));

            Map<String, Object> created = reporter.next(DEADLINE);
            assertNotNull(created, "the reporter got the draft");
            assertEquals(Map.of("recordType", "EVENT", "id", id, "storyId", story, "kind", "CREATED", "state", "DRAFT",
                    "version", 0, "user", "rita.reporter", "references", List.of(putin.toString())),
                    select(created, "recordType", "id", "storyId", "kind", "state", "version", "user", "references"));

            asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/events/" + id + "/transitions").then()
                    .statusCode(200);

            Map<String, Object> moved = reporter.next(DEADLINE);
            assertEquals(Map.of("kind", "MOVED", "state", "PUBLISHED", "user", "ed.editor"),
                    select(moved, "kind", "state", "user"));
            // the viewer's first change is the publication: the draft's creation never reached them
            Map<String, Object> appeared = viewer.next(DEADLINE);
            assertNotNull(appeared, "the viewer got the publication");
            assertEquals(Map.of("id", id, "kind", "CREATED", "state", "PUBLISHED", "seq", moved.get("seq")),
                    select(appeared, "id", "kind", "state", "seq"));
            assertEquals(false, appeared.containsKey("notes"), "no content travels, so no notes");
        }
    }

    @Test
    void aRolledBackWriteAnnouncesNothing() {
        long before = database.count("change_outbox");
        try (ChangeStream stream = open(TestTokens.reporter(), "")) {
            String t = Api.tag();
            // a write that fails after its change was handed to the outbox
            assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
                stories.create(new StoryInput("Rolled back " + t, "rolled-back-" + t, null, null));
                throw new IllegalStateException("the rest of the write failed");
            }));
            String kept = Api.story();

            Map<String, Object> first = stream.next(DEADLINE);
            assertNotNull(first);
            assertEquals(kept, first.get("id"), "the first change announced is the committed one");
            assertEquals(before + 1, database.count("change_outbox"), "the rolled-back change left no row");
        }
    }

    @Test
    void aStreamResumesAfterTheLastChangeItGaveExactlyOnceEach() {
        String story = Api.story();
        long first;
        try (ChangeStream stream = open(TestTokens.reporter(), "after=0&storyId=" + story)) {
            first = number(stream.next(DEADLINE));
        }
        for (int version = 0; version < 3; version++) {
            asReporter().body(Map.of("title", "Edited " + version, "slug", "edited-" + Api.tag(), "version", version))
                    .put("/stories/" + story).then().statusCode(200);
        }
        try (ChangeStream resumed = open(TestTokens.reporter(), "after=" + first + "&storyId=" + story)) {
            List<Map<String, Object>> missed = resumed.next(3, DEADLINE);
            assertEquals(List.of(1, 2, 3), missed.stream().map(c -> c.get("version")).toList());
            asEditor().body(Map.of("to", "PUBLISHED", "version", 3)).post("/stories/" + story + "/transitions").then()
                    .statusCode(200);
            assertEquals(4, resumed.next(DEADLINE).get("version"), "then live, without a repeat");
        }
    }

    @Test
    void thePositionNamesTheLastChangeAndTheEntitiesEachVisibleEventRefersTo() {
        String story = Api.publishedStory();
        UUID trump = EntityServiceStandIn.person("Donald Trump");
        UUID anchorage = EntityServiceStandIn.place("Anchorage");
        Map<String, Object> body = with(event(story, "Trump lands", "ARRIVAL", time("2025-08-15", "10:20", ANCHORAGE)),
                "participants", Api.participants(trump, "PARTICIPANT"));
        body.put("placeId", anchorage.toString());
        String draft = Api.create(body);

        asReporter().queryParam("storyId", story).get("/changes/position").then().statusCode(200)
                .body("seq", is((int) database.lastChange()))
                .body("references." + draft, is(List.of(trump.toString(), anchorage.toString())));
        asViewer().queryParam("storyId", story).get("/changes/position").then().statusCode(200)
                .body("references.size()", is(0));
    }

    @Test
    void aNumberThatIsNotOneOfOursIsBadInput() {
        stream(TestTokens.reporter()).queryParam("after", "yesterday").get("/changes").then().statusCode(400)
                .body("code", is("BAD_USER_INPUT")).body("field", is("after"));
        stream(TestTokens.reporter()).queryParam("after", Long.MAX_VALUE).get("/changes").then().statusCode(400)
                .body("field", is("after"));
        stream(TestTokens.reporter()).queryParam("storyId", "alaska").get("/changes").then().statusCode(400)
                .body("field", is("storyId"));
        stream("not-a-token").get("/changes").then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    private static io.restassured.specification.RequestSpecification stream(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token).accept("text/event-stream");
    }

    private ChangeStream open(String token, String query) {
        ChangeStream stream = ChangeStream.open(base.toString(), token, query);
        assertEquals(200, stream.status());
        return stream;
    }

    private static long number(Map<String, Object> change) {
        assertNotNull(change);
        return ((Number) change.get("seq")).longValue();
    }

    private static Map<String, Object> select(Map<String, Object> change, String... keys) {
        assertNotNull(change);
        Map<String, Object> selected = new java.util.LinkedHashMap<>();
        for (String key : keys) {
            selected.put(key, change.get(key));
        }
        return selected;
    }
}
