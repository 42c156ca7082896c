package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.testing.Refusals;

/** Bad input gets 400 BAD_USER_INPUT naming the field, and writes nothing. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class BadInputTests {

    @Inject
    Database database;

    private void refused(String path, Object body, String field) {
        String before = database.footprint();
        asReporter().body(body).post(path).then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("BAD_USER_INPUT"))
                .body("field", is(field));
        assertEquals(before, database.footprint());
    }

    @Test
    void storiesNeedATitleAndAProperSlug() {
        refused("/stories", Map.of("title", " ", "slug", "ok-" + Api.tag()), "title");
        refused("/stories", Map.of("title", "Alaska", "slug", "Alaska Summit"), "slug");
        String taken = "taken-" + Api.tag();
        asReporter().body(Map.of("title", "First", "slug", taken)).post("/stories").then().statusCode(201);
        refused("/stories", Map.of("title", "Second", "slug", taken), "slug");
        asReporter().body(Map.of("title", "Second", "slug", taken)).post("/stories").then()
                .body("detail", is("slug " + taken + " is already used by the story \"First\""));
    }

    @Test
    void eventsNeedTheirStoryTitleKindAndTime() {
        String story = Api.story();
        Map<String, Object> good = event(story, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE));
        refused("/events", with(good, "title", ""), "title");
        refused("/events", with(good, "kind", null), "kind");
        refused("/events", with(good, "kind", "PICNIC"), "kind");
        refused("/events", with(good, "occurrence", "MAYBE"), "occurrence");
        refused("/events", with(good, "time", null), "time");
        refused("/events", with(good, "storyId", null), "storyId");
        asReporter().body(with(good, "storyId", UUID.randomUUID().toString())).post("/events").then()
                .statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void timesThatDoNotHoldTogether() {
        String story = Api.story();
        refused("/events", event(story, "x", "OTHER", time("2025-08-15", "25:00", ANCHORAGE)), "time.time");
        refused("/events", event(story, "x", "OTHER", time("2025-02-30", null, ANCHORAGE)), "time.date");
        Map<String, Object> dayWithTime = time("2025-08-15", "11:30", ANCHORAGE);
        dayWithTime.put("precision", "DAY");
        refused("/events", event(story, "x", "OTHER", dayWithTime), "time.time");
        Map<String, Object> noPrecision = time("2025-08-15", "11:30", ANCHORAGE);
        noPrecision.remove("precision");
        refused("/events", event(story, "x", "OTHER", noPrecision), "time.precision");
        Map<String, Object> negative = time("2025-08-15", "11:30", ANCHORAGE);
        negative.put("duration", "-PT1H");
        refused("/events", event(story, "x", "OTHER", negative), "time.duration");
        Map<String, Object> endsBefore = time("2025-08-15", "11:30", ANCHORAGE);
        endsBefore.put("endTime", "11:00");
        refused("/events", event(story, "x", "OTHER", endsBefore), "time.endTime");
        Map<String, Object> unknownField = time("2025-08-15", "11:30", ANCHORAGE);
        unknownField.put("timezone", "UTC");
        refused("/events", event(story, "x", "OTHER", unknownField), "time.timezone");
    }

    @Test
    void participantsRelationsAndSources() {
        String story = Api.story();
        UUID person = EntityServiceStandIn.person("Someone");
        Map<String, Object> base = event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE));
        refused("/events", with(base, "participants", List.of(Map.of("entityId", person.toString()))),
                "participants[0].role");
        refused("/events", with(base, "participants", List.of(Map.of("entityId", person.toString(), "role", "GUEST"))),
                "participants[0].role");
        refused("/events", with(base, "participants", Api.participants(person, "HOST", person, "SPEAKER")),
                "participants[1].entityId");
        asReporter().body(with(base, "participants", Api.participants(person, "HOST", person, "SPEAKER")))
                .post("/events").then().body("detail", is("this participant is listed already (participants[0])"));
        refused("/events", with(base, "relations", List.of(Map.of("type", "FOLLOWS", "eventId",
                UUID.randomUUID().toString()))), "relations[0].eventId");
        refused("/events", with(base, "sources", List.of(Map.of("url", "https://example.org"))),
                "sources[0].publication");
        refused("/events", with(base, "sources", List.of(Map.of("publication", "X", "url", "not a url"))),
                "sources[0].url");
    }

    @Test
    void transitionsNeedATargetAndAVersion() {
        String story = Api.story();
        String id = Api.create(event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        refused("/events/" + id + "/transitions", Map.of("version", 0), "to");
        refused("/events/" + id + "/transitions", Map.of("to", "IN_REVIEW"), "version");
        refused("/events/" + id + "/transitions", Map.of("to", "LIVE", "version", 0), "to");
    }

    @Test
    void aBodyThatIsNotJson() {
        refused("/events", "{\"title\": ", "body");
    }

    // ---- input that once crashed the service (issue 9): now each is 400 naming the field -------

    @Test
    void aNulCharacterInTextOrAParameter() {
        String story = Api.story();
        Map<String, Object> good = event(story, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE));
        refused("/events", with(good, "title", "Talks\u0000"), "title");
        refused("/events", with(good, "sources", List.of(Map.of("publication", "BBC\u0000News"))),
                "sources[0].publication");
        refused("/stories", Map.of("title", "Alaska\u0000", "slug", "ok-" + Api.tag()), "title");
        Refusals.badInput(Api.asViewer().queryParam("slug", "\u0000").get("/stories"), "slug");
        Refusals.badInput(Api.asViewer().queryParam("zone", "Europe/London\u0000").get("/stories/" + story), "zone");
    }

    @Test
    void timesOutOfRange() {
        String story = Api.story();
        refused("/events", event(story, "Far", "OTHER", time("+999999999-12-31", null, ANCHORAGE)), "time.date");
        refused("/events", event(story, "Far", "OTHER", time("-10000-01-01", "10:00", ANCHORAGE)), "time.date");
        Map<String, Object> forAges = time("2025-08-15", "11:30", ANCHORAGE);
        forAges.put("duration", "PT100000000000H");
        refused("/events", event(story, "Long", "OTHER", forAges), "time.duration");
        Map<String, Object> untilForever = time("2025-08-15", null, ANCHORAGE);
        untilForever.put("endDate", "+999999999-12-31");
        refused("/events", event(story, "Long", "OTHER", untilForever), "time.endDate");
        refused("/events", with(event(story, "Cited", "OTHER", time("2025-08-15", null, ANCHORAGE)), "sources",
                List.of(Map.of("publication", "BBC", "publishedAt", "+300000-01-01T00:00:00Z"))),
                "sources[0].publishedAt");

        String published = Api.publishedStory();
        Refusals.badInput(Api.asViewer().queryParam("from", "+300000-01-01T00:00:00Z")
                .get("/stories/" + published + "/timeline"), "from");
        Refusals.badInput(Api.asViewer().queryParam("to", "+999999999-12-31")
                .get("/stories/" + published + "/timeline"), "to");
        Refusals.badInput(Api.asViewer().queryParam("from", "-999999999-01-01T00:00")
                .get("/stories/" + published + "/timeline"), "from");
        Refusals.badInput(Api.asViewer().queryParam("at", "+300000-01-01T00:00:00Z")
                .get("/stories/" + published + "/as-of"), "at");
        Refusals.badInput(Api.asViewer().queryParam("at", "-300000-01-01T00:00:00Z")
                .get("/stories/" + published + "/as-of"), "at");
    }

    @Test
    void anIdThatIsNotOneIsRefusedNamingWhereItWasGiven() {
        Refusals.badInput(Api.asViewer().get("/stories/not-an-id/timeline"), "id")
                .body("detail", is("'not-an-id' is not an id"));
        Refusals.badInput(Api.asViewer().get("/events/not-an-id"), "id");
        refused("/events/not-an-id/transitions", Map.of("to", "PUBLISHED", "version", 0), "id");
        Map<String, Object> good = event(Api.story(), "x", "OTHER", time("2025-08-15", null, ANCHORAGE));
        refused("/events", with(good, "storyId", "not-an-id"), "storyId");
    }

    @Test
    void aTimelineRangeThatHoldsNoMomentIsRefusedNamingTo() {
        String published = Api.publishedStory();
        Refusals.badInput(Api.asViewer().queryParam("from", "2025-08-16").queryParam("to", "2025-08-15")
                .get("/stories/" + published + "/timeline"), "to").body("detail", is("to must come after from"));
        Refusals.badInput(Api.asViewer().queryParam("from", "2025-08-15T12:00").queryParam("to", "2025-08-15T12:00")
                .queryParam("zone", "Europe/London").get("/stories/" + published + "/timeline"), "to");
        // one day, from its start to its end
        Api.asViewer().queryParam("from", "2025-08-15").queryParam("to", "2025-08-15")
                .get("/stories/" + published + "/timeline").then().statusCode(200);
    }

    @Test
    void aTamperedCursor() {
        String published = Api.publishedStory();
        Refusals.badInput(Api.asViewer().queryParam("after",
                Cursor.encode("+300000-01-01T00:00:00Z", UUID.randomUUID().toString())).get("/stories"), "after");
        Refusals.badInput(Api.asViewer().queryParam("after",
                Cursor.encode("+300000-01-01T00:00:00Z", "0", UUID.randomUUID().toString()))
                .get("/stories/" + published + "/timeline"), "after");
    }

    @Test
    void aNullInAListOrAFilterThatIsNotOne() {
        String story = Api.story();
        Map<String, Object> base = event(story, "x", "OTHER", time("2025-08-15", null, ANCHORAGE));
        refused("/events", with(base, "sources", java.util.Arrays.asList((Object) null)), "sources[0]");
        refused("/events", with(base, "participants", java.util.Arrays.asList((Object) null)), "participants[0]");

        String published = Api.publishedStory();
        Refusals.badInput(Api.asViewer().queryParam("kind", "TALKS", "PICNIC")
                .get("/stories/" + published + "/timeline"), "kind");
        Refusals.badInput(Api.asViewer().queryParam("occurrence", "MAYBE")
                .get("/stories/" + published + "/timeline"), "occurrence");
        Refusals.badInput(Api.asViewer().queryParam("state", "LIVE")
                .get("/stories/" + published + "/timeline"), "state");
    }

    @Test
    void aClientsMistakesAreNeverLoggedAsErrors() {
        String story = Api.publishedStory();
        try (org.newsgraph.platform.testing.LogCapture log = org.newsgraph.platform.testing.LogCapture.start()) {
            Refusals.badInput(Api.asViewer().queryParam("zone", "Mars/Olympus")
                    .get("/stories/" + story + "/timeline"), "zone");
            Refusals.badInput(Api.asViewer().queryParam("zone", "BST").queryParam("at", "2025-08-16T00:00:00Z")
                    .get("/stories/" + story + "/as-of"), "zone");
            refused("/events", event(story, "x", "OTHER", time("2025-08-15", "10:00", "Mars/Olympus")), "time.zone");
            refused("/events", event(story, "x\u0000", "OTHER", time("2025-08-15", "10:00", ANCHORAGE)), "title");
            Refusals.badInput(Api.asViewer().queryParam("from", "+300000-01-01T00:00:00Z")
                    .get("/stories/" + story + "/timeline"), "from");
            Refusals.badInput(Api.asViewer().queryParam("kind", "PICNIC")
                    .get("/stories/" + story + "/timeline"), "kind");
            assertEquals(List.of(), log.errorsAndStackTraces());
        }
    }
}
