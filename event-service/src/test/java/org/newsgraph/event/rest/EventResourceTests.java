package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asEditor;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.participants;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Events with their participants, place, relations and sources; versions and history. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class EventResourceTests {

    @Inject
    Database database;

    @Test
    void anEventKeepsWhoTookPartWhereAndFromWhichSource() {
        String story = Api.story();
        UUID trump = EntityServiceStandIn.person("Donald Trump");
        UUID putin = EntityServiceStandIn.person("Vladimir Putin");
        UUID zelenskyy = EntityServiceStandIn.person("Volodymyr Zelenskyy");
        UUID base = EntityServiceStandIn.place("Joint Base Elmendorf-Richardson");
        Map<String, Object> greeting = with(event(story, "Trump greets Putin on the tarmac", "GREETING",
                time("2025-08-15", "11:00", ANCHORAGE)),
                "placeId", base.toString(),
                "locationLabel", "on the tarmac",
                "participants", participants(trump, "HOST", putin, "PARTICIPANT", zelenskyy, "ABSENT"),
                "sources", List.of(Map.of("publication", "The Example Times", "url", "https://example.org/summit",
                        "publishedAt", "2025-08-15T22:00:00Z", "retrievedAt", "2025-08-16T08:00:00Z")),
                "notes", "check the exact minute against pool footage");

        int callsBefore = EntityServiceStandIn.calls();
        String id = asReporter().body(greeting).post("/events").then().statusCode(201)
                .body("state", is("DRAFT"))
                .body("occurrence", is("OCCURRED"))
                .body("version", is(0))
                .extract().path("id");
        assertEquals(callsBefore + 1, EntityServiceStandIn.calls(), "one batch call checks every reference");
        org.junit.jupiter.api.Assertions.assertTrue(EntityServiceStandIn.lastAuthorization().startsWith("Bearer ey"),
                "the caller's token is forwarded");

        asReporter().get("/events/" + id).then().statusCode(200)
                .body("placeId", is(base.toString()))
                .body("locationLabel", is("on the tarmac"))
                .body("participants.entityId", is(List.of(trump.toString(), putin.toString(), zelenskyy.toString())))
                .body("participants.role", is(List.of("HOST", "PARTICIPANT", "ABSENT")))
                .body("sources[0].publication", is("The Example Times"))
                .body("sources[0].url", is("https://example.org/summit"))
                .body("notes", is("check the exact minute against pool footage"));
    }

    @Test
    void theCallersOwnTokenIsForwarded() {
        String token = TestTokens.of("rita.reporter", "reporter");
        String story = Api.story();
        UUID person = EntityServiceStandIn.person("Someone");
        Api.as(token).body(with(event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE)),
                "participants", participants(person, "SPEAKER"))).post("/events").then().statusCode(201);
        assertEquals("Bearer " + token, EntityServiceStandIn.lastAuthorization());
    }

    @Test
    void aMergedParticipantIsStoredAsItsSurvivor() {
        String story = Api.story();
        UUID survivor = EntityServiceStandIn.person("Volodymyr Zelenskyy");
        UUID duplicate = EntityServiceStandIn.person("Vladimir Zelensky");
        EntityServiceStandIn.merge(duplicate, survivor);
        String id = create(with(event(story, "Zelenskyy not invited", "OTHER", time("2025-08-15", null, ANCHORAGE)),
                "participants", participants(duplicate, "ABSENT")));
        asReporter().get("/events/" + id).then().body("participants[0].entityId", is(survivor.toString()));
    }

    @Test
    void afterAMergeTheEventsThatNamedTheDuplicateNameTheSurvivorOnce() {
        String story = Api.story();
        UUID survivor = EntityServiceStandIn.person("Sergey Lavrov");
        UUID duplicate = EntityServiceStandIn.person("S. Lavrov");
        UUID other = EntityServiceStandIn.person("Marco Rubio");
        UUID place = EntityServiceStandIn.place("Anchorage");
        UUID samePlace = EntityServiceStandIn.place("Anchorage, Alaska");
        String both = create(with(event(story, "Talks", "MEETING", time("2025-08-15", null, ANCHORAGE)),
                "participants", participants(duplicate, "PARTICIPANT", survivor, "HOST", other, "PARTICIPANT")));
        String alone = create(with(event(story, "Arrival", "ARRIVAL", time("2025-08-15", null, ANCHORAGE)),
                "participants", participants(duplicate, "SPEAKER"), "placeId", samePlace.toString()));
        String prefix = "/events/references/merged?entityIds=";

        EntityServiceStandIn.merge(duplicate, survivor);
        EntityServiceStandIn.merge(samePlace, place);
        asReporter().post(prefix + duplicate).then().statusCode(403).body("code", is("FORBIDDEN"));
        asEditor().post(prefix + duplicate + "," + samePlace + "," + other).then().statusCode(200)
                .body("records", is(2));
        asReporter().get("/events/" + both).then().statusCode(200).body("version", is(1))
                .body("participants.entityId", is(List.of(survivor.toString(), other.toString())))
                .body("participants.role", is(List.of("HOST", "PARTICIPANT")));
        asReporter().get("/events/" + alone).then().statusCode(200)
                .body("participants.entityId", is(List.of(survivor.toString())))
                .body("participants.role", is(List.of("SPEAKER")))
                .body("placeId", is(place.toString()));
        asEditor().post(prefix + duplicate).then().statusCode(200).body("records", is(0));
    }

    @Test
    void unknownOrWrongKindReferencesAreBadInputAndStoreNothing() {
        String story = Api.story();
        UUID known = EntityServiceStandIn.person("Known");
        UUID place = EntityServiceStandIn.place("Anchorage");
        UUID unknown = UUID.randomUUID();
        Map<String, Object> base = event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE));
        String before = database.footprint();
        asReporter().body(with(base, "participants", participants(known, "HOST", unknown, "PARTICIPANT")))
                .post("/events").then().statusCode(400).body("code", is("BAD_USER_INPUT"))
                .body("field", is("participants[1].entityId"))
                .body("detail", org.hamcrest.Matchers.containsString(unknown.toString()));
        asReporter().body(with(base, "participants", participants(place, "HOST"))).post("/events").then()
                .statusCode(400).body("field", is("participants[0].entityId"));
        asReporter().body(with(base, "placeId", known.toString())).post("/events").then()
                .statusCode(400).body("field", is("placeId"));
        asReporter().body(with(base, "placeId", unknown.toString())).post("/events").then()
                .statusCode(400).body("field", is("placeId"));
        assertEquals(before, database.footprint());
    }

    @Test
    void theThreeOnThreeReplacedThePlannedOneOnOne() {
        String story = Api.story();
        String planned = create(with(event(story, "One-on-one talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)),
                "occurrence", "CHANGED"));
        String held = create(with(event(story, "Three-on-three talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)),
                "relations", List.of(Map.of("type", "REPLACES", "eventId", planned))));
        asReporter().get("/events/" + held).then()
                .body("relations[0].type", is("REPLACES"))
                .body("relations[0].eventId", is(planned));
        asReporter().get("/events/" + planned).then().body("occurrence", is("CHANGED"));

        String otherStory = Api.story();
        asReporter().body(with(event(otherStory, "x", "OTHER", time("2025-08-15", null, ANCHORAGE)),
                "relations", List.of(Map.of("type", "FOLLOWS", "eventId", planned)))).post("/events").then()
                .statusCode(400).body("field", is("relations[0].eventId"));
    }

    @Test
    void anEditNamesItsVersionAndAStaleOneIsAConflictThatWritesNothing() {
        String story = Api.story();
        Map<String, Object> body = event(story, "Press conference", "PRESS_CONFERENCE",
                time("2025-08-15", "15:00", ANCHORAGE));
        String id = create(body);
        asReporter().body(with(body, "title", "Joint press conference", "version", 0)).put("/events/" + id).then()
                .statusCode(200).body("version", is(1)).body("title", is("Joint press conference"));
        asEditor().body(with(body, "title", "Stale edit", "version", 0)).put("/events/" + id).then()
                .statusCode(409).body("code", is("CONFLICT")).body("currentVersion", is(1));
        assertEquals("Joint press conference", Api.read(id).getString("title"));
        asReporter().body(body).put("/events/" + id).then().statusCode(400).body("field", is("version"));
    }

    @Test
    void historyShowsEveryChangeWithItsUser() {
        String story = Api.story();
        Map<String, Object> body = event(story, "Arrival", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE));
        String id = Api.as(TestTokens.of("rita.reporter", "reporter")).body(body).post("/events").then()
                .statusCode(201).extract().path("id");
        Api.as(TestTokens.of("ed.editor", "editor")).body(with(body, "title", "Putin arrives", "version", 0))
                .put("/events/" + id).then().statusCode(200);
        asReporter().get("/events/" + id + "/history").then().statusCode(200)
                .body("user", is(List.of("rita.reporter", "ed.editor")))
                .body("kind", is(List.of("CREATED", "UPDATED")))
                .body("[1].snapshot.title", is("Putin arrives"))
                .body("[1].snapshot.time.time", notNullValue());
    }

    @Test
    void notesAreForTheNewsroomNotForViewers() {
        String story = Api.publishedStory();
        String id = Api.published(with(event(story, "Statement", "STATEMENT", time("2025-08-15", null, ANCHORAGE)),
                "notes", "source unsure"));
        asViewer().get("/events/" + id).then().statusCode(200).body("notes", nullValue());
        asReporter().get("/events/" + id).then().body("notes", is("source unsure"));
    }

    @Test
    void anEventCannotMoveToAnotherStory() {
        String story = Api.story();
        Map<String, Object> body = event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE));
        String id = create(body);
        asReporter().body(with(body, "storyId", Api.story(), "version", 0)).put("/events/" + id).then()
                .statusCode(400).body("field", is("storyId"));
    }

    @Test
    void deletingForGoodIsForAdminsAndRefusedWhileRelatedTo() {
        String story = Api.story();
        String planned = create(event(story, "Plan", "TALKS", time("2025-08-15", null, ANCHORAGE)));
        String held = create(with(event(story, "Held", "TALKS", time("2025-08-15", null, ANCHORAGE)),
                "relations", List.of(Map.of("type", "REPLACES", "eventId", planned))));
        asEditor().delete("/events/" + planned).then().statusCode(403);
        Api.as(TestTokens.admin()).delete("/events/" + planned).then().statusCode(409);
        Api.as(TestTokens.admin()).delete("/events/" + held).then().statusCode(204);
        Api.as(TestTokens.admin()).delete("/events/" + planned).then().statusCode(204);
        asReporter().get("/events/" + planned).then().statusCode(404);
    }
}
