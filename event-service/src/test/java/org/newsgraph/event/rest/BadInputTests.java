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
}
