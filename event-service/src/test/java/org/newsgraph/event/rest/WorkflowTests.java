package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asEditor;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** DRAFT → IN_REVIEW → PUBLISHED → RETRACTED, who may move what, and who sees drafts. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class WorkflowTests {

    private static io.restassured.response.ValidatableResponse move(String token, String id, String to, long version,
            String reason) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("to", to, "version", version));
        if (reason != null) {
            body.put("reason", reason);
        }
        return Api.as(token).body(body).post("/events/" + id + "/transitions").then();
    }

    @Test
    void aDraftIsInvisibleToViewersUntilAnEditorPublishesIt() {
        String story = Api.publishedStory();
        UUID putin = EntityServiceStandIn.person("Vladimir Putin");
        String id = create(with(event(story, "Putin invites Trump to Moscow", "STATEMENT",
                time("2025-08-15", "15:30", ANCHORAGE)), "participants", Api.participants(putin, "SPEAKER")));

        asViewer().get("/events/" + id).then().statusCode(404).body("code", is("NOT_FOUND"));
        asViewer().get("/stories/" + story + "/timeline").then().statusCode(200)
                .body("edges.node.id", not(hasItem(id)));
        asViewer().queryParam("ids", id).get("/events/lookup").then().body("missing", is(List.of(id)));
        asViewer().queryParam("storyIds", story).get("/timelines").then()
                .body("timelines[0].edges.node.id", not(hasItem(id)));
        asViewer().queryParam("participantIds", putin.toString()).get("/timelines").then()
                .body("timelines[0].edges.node.id", not(hasItem(id)));
        asViewer().queryParam("state", "DRAFT").get("/stories/" + story + "/timeline").then()
                .body("edges.size()", is(0));

        move(TestTokens.reporter(), id, "IN_REVIEW", 0, null).statusCode(200).body("state", is("IN_REVIEW"));
        asViewer().get("/events/" + id).then().statusCode(404);
        move(TestTokens.reporter(), id, "PUBLISHED", 1, null).statusCode(403).body("code", is("FORBIDDEN"));
        move(TestTokens.editor(), id, "PUBLISHED", 1, null).statusCode(200).body("state", is("PUBLISHED"));

        asViewer().get("/events/" + id).then().statusCode(200).body("title", is("Putin invites Trump to Moscow"));
        asViewer().get("/stories/" + story + "/timeline").then().body("edges.node.id", hasItem(id));
        asViewer().queryParam("participantIds", putin.toString()).get("/timelines").then()
                .body("timelines[0].edges.node.id", hasItem(id));
    }

    @Test
    void aRetractionNeedsAReasonAndStaysVisibleAsRetracted() {
        String story = Api.publishedStory();
        String id = Api.published(event(story, "Wrong report", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        move(TestTokens.editor(), id, "RETRACTED", 1, null).statusCode(400).body("field", is("reason"));
        move(TestTokens.reporter(), id, "RETRACTED", 1, "wrong").statusCode(403);
        move(TestTokens.editor(), id, "RETRACTED", 1, "The meeting never took place").statusCode(200);
        asViewer().get("/events/" + id).then().statusCode(200)
                .body("state", is("RETRACTED"))
                .body("retractionReason", is("The meeting never took place"));
        move(TestTokens.editor(), id, "PUBLISHED", 2, null).statusCode(400).body("code", is("BAD_USER_INPUT"))
                .body("field", is("to"));
    }

    @Test
    void aReporterEditsDraftsButOnlyAnEditorEditsWhatIsPublished() {
        String story = Api.publishedStory();
        Map<String, Object> body = event(story, "Published", "OTHER", time("2025-08-15", null, ANCHORAGE));
        String id = Api.published(body);
        asReporter().body(with(body, "title", "Reporter's change", "version", 1)).put("/events/" + id).then()
                .statusCode(403).body("code", is("FORBIDDEN"));
        asEditor().body(with(body, "title", "Editor's change", "version", 1)).put("/events/" + id).then()
                .statusCode(200);
    }

    @Test
    void aTransitionOfAStaleVersionIsAConflict() {
        String story = Api.story();
        String id = create(event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        move(TestTokens.reporter(), id, "IN_REVIEW", 3, null).statusCode(409).body("currentVersion", is(0));
    }

    @Test
    void aDraftStoryAndItsEventsAreInvisibleToViewers() {
        String story = Api.story();
        String id = create(event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        Api.asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/events/" + id + "/transitions").then()
                .statusCode(200);
        asViewer().get("/stories/" + story).then().statusCode(404);
        asViewer().get("/stories/" + story + "/timeline").then().statusCode(404);
        asViewer().get("/events/" + id).then().statusCode(404);
        asViewer().queryParam("ids", story).get("/stories/lookup").then().body("missing", is(List.of(story)));
        asReporter().get("/stories/" + story).then().statusCode(200).body("state", is("DRAFT"));
    }

    @Test
    void aViewerCannotCreateAndAnEditorCannotDeleteForGood() {
        String story = Api.story();
        asViewer().body(event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE))).post("/events").then()
                .statusCode(403).body("code", is("FORBIDDEN"));
        asViewer().body(Map.of("title", "x", "slug", "x-" + Api.tag())).post("/stories").then().statusCode(403);
        asEditor().delete("/stories/" + story).then().statusCode(403);
        Api.as(TestTokens.admin()).delete("/stories/" + story).then().statusCode(204);
    }

    @Test
    void withoutAValidTokenNothingIsAnswered() {
        io.restassured.RestAssured.given().get("/stories").then().statusCode(401).body("code", is("UNAUTHENTICATED"));
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.expired("vera.viewer", "viewer"))
                .get("/stories").then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(TestTokens.signedByAnotherKey("vera.viewer", "viewer"))
                .get("/stories").then().statusCode(401);
    }

    @Test
    void storiesFollowTheSameWorkflow() {
        String story = Api.story();
        asReporter().body(Map.of("to", "IN_REVIEW", "version", 0)).post("/stories/" + story + "/transitions").then()
                .statusCode(200).body("state", is("IN_REVIEW"));
        asEditor().body(Map.of("to", "PUBLISHED", "version", 1)).post("/stories/" + story + "/transitions").then()
                .statusCode(200);
        asViewer().get("/stories/" + story).then().statusCode(200).body("state", is("PUBLISHED"));
        assertEquals(List.of("CREATED", "UPDATED", "UPDATED"),
                asReporter().get("/stories/" + story + "/history").then().extract().jsonPath().getList("kind"));
    }

    @Test
    void aViewerSeesAStorysHistoryOnlyFromItsPublication() {
        String t = Api.tag();
        String story = asReporter().body(Map.of("title", "Working title " + t, "slug", "working-" + t,
                "summary", "draft summary: source unconfirmed")).post("/stories").then().statusCode(201)
                .extract().path("id");
        asReporter().body(Map.of("title", "Alaska summit " + t, "slug", "alaska-" + t, "version", 0))
                .put("/stories/" + story).then().statusCode(200);
        asEditor().body(Map.of("to", "PUBLISHED", "version", 1)).post("/stories/" + story + "/transitions").then()
                .statusCode(200);

        asViewer().get("/stories/" + story + "/history").then().statusCode(200)
                .body("snapshot.state", is(List.of("PUBLISHED")))
                .body("snapshot.title", not(hasItem("Working title " + t)))
                .body("snapshot.summary", not(hasItem("draft summary: source unconfirmed")));
        asReporter().get("/stories/" + story + "/history").then().statusCode(200)
                .body("snapshot.title", hasItem("Working title " + t));
    }

    /**
     * A published event replacing a draft plan named the draft's id to viewers (its relation, in every
     * read of the event): they learnt that an unpublished event existed, and its id.
     */
    @Test
    void aPublishedEventsRelationToADraftIsLeftOutForViewersUntilTheDraftIsPublished() {
        String story = Api.publishedStory();
        String plan = create(event(story, "Planned one-on-one", "MEETING", time("2025-08-15", "11:00", ANCHORAGE)));
        String talks = Api.published(with(event(story, "Three-on-three talks", "TALKS",
                time("2025-08-15", "11:30", ANCHORAGE)), "relations",
                List.of(Map.of("type", "REPLACES", "eventId", plan))));

        asViewer().get("/events/" + talks).then().statusCode(200).body("relations", is(List.of()));
        asViewer().queryParam("ids", talks).get("/events/lookup").then().statusCode(200)
                .body("events[0].relations", is(List.of()));
        asViewer().get("/stories/" + story + "/timeline").then().statusCode(200)
                .body("edges.node.id", is(List.of(talks))).body("edges[0].node.relations", is(List.of()));
        asViewer().queryParam("storyIds", story).get("/timelines").then().statusCode(200)
                .body("timelines[0].edges[0].node.relations", is(List.of()));
        asViewer().get("/events/" + talks + "/history").then().statusCode(200)
                .body("snapshot.relations.flatten()", is(List.of()));
        asViewer().queryParam("at", java.time.Instant.now().plusSeconds(5).toString())
                .get("/stories/" + story + "/as-of").then().statusCode(200)
                .body("timeline.id", is(List.of(talks))).body("timeline[0].relations", is(List.of()));
        asViewer().get("/stories/" + story + "/export/timelinejs").then().statusCode(200)
                .body(not(org.hamcrest.Matchers.containsString(plan)));
        // the newsroom sees the relation
        asReporter().get("/events/" + talks).then().body("relations.eventId", is(List.of(plan)));

        move(TestTokens.editor(), plan, "PUBLISHED", 0, null).statusCode(200);
        asViewer().get("/events/" + talks).then().body("relations.eventId", is(List.of(plan)));
        asViewer().get("/events/" + talks + "/history").then()
                .body("snapshot.relations.flatten().eventId", hasItem(plan));
    }

    @Test
    void aViewerSeesAnEventsHistoryOnlyFromItsPublication() {
        String story = Api.publishedStory();
        Map<String, Object> body = with(event(story, "Rumoured arrival", "ARRIVAL",
                time("2025-08-15", "10:54", ANCHORAGE)), "sources",
                List.of(Map.of("publication", "Unchecked tip", "url", "https://tips.example/1")));
        String id = create(body);
        asReporter().body(with(body, "title", "Putin arrives", "sources",
                List.of(Map.of("publication", "BBC News", "url", "https://www.bbc.co.uk/news/1")), "version", 0))
                .put("/events/" + id).then().statusCode(200);
        move(TestTokens.editor(), id, "PUBLISHED", 1, null).statusCode(200);

        asViewer().get("/events/" + id + "/history").then().statusCode(200)
                .body("snapshot.state", is(List.of("PUBLISHED")))
                .body("snapshot.title", is(List.of("Putin arrives")))
                .body("snapshot.sources.flatten().publication", not(hasItem("Unchecked tip")));
        asReporter().get("/events/" + id + "/history").then().statusCode(200)
                .body("snapshot.title", is(List.of("Rumoured arrival", "Putin arrives", "Putin arrives")));
    }
}
