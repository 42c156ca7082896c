package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.approximately;
import static org.newsgraph.event.rest.Api.asEditor;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.story;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.timelineTitles;
import static org.newsgraph.event.rest.Api.with;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** A story's timeline: order, filters, pages, and the timeline as it was at a past instant. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class TimelineTests {

    static String story;
    static UUID putin;

    /** The summit day, created once (the server is up by the first test). */
    @BeforeEach
    void summit() {
        if (story != null) {
            return;
        }
        story = Api.story();
        putin = EntityServiceStandIn.person("Vladimir Putin");
        create(event(story, "Summit announced", "STATEMENT", new java.util.HashMap<>(Map.of("date", "2025-08-01",
                "zone", ANCHORAGE, "precision", "MONTH"))));
        create(with(event(story, "Putin lands", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE)),
                "participants", Api.participants(putin, "PARTICIPANT")));
        create(event(story, "Trump lands", "ARRIVAL", approximately(time("2025-08-15", "10:20", ANCHORAGE))));
        create(event(story, "Summit day", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        create(with(event(story, "One-on-one", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)),
                "occurrence", "CHANGED"));
        create(event(story, "Working breakfast", "MEAL", approximately(time("2025-08-15", "11:30", ANCHORAGE))));
        create(with(event(story, "Press conference", "PRESS_CONFERENCE", time("2025-08-15", "15:00", ANCHORAGE)),
                "participants", Api.participants(putin, "SPEAKER")));
        create(event(story, "Reactions in Kyiv", "STATEMENT", time("2025-08-16", "18:00", "Europe/Kyiv")));
    }

    @Test
    void eventsComeInTimeOrderWithCoarserOnesAfterTheirDayAndTiesStable() {
        List<String> titles = timelineTitles(TestTokens.reporter(), story, Map.of());
        assertEquals("Trump lands", titles.get(0));
        assertEquals("Putin lands", titles.get(1));
        assertEquals(List.of("One-on-one", "Working breakfast"), titles.subList(2, 4).stream().sorted().toList(),
                "the two 11:30 events come next");
        assertEquals(List.of("Press conference", "Summit day", "Reactions in Kyiv", "Summit announced"),
                titles.subList(4, 8));
        assertEquals(titles, timelineTitles(TestTokens.reporter(), story, Map.of()), "ties keep their order");
    }

    @Test
    void eventsAtTheSameTimeComeInTheOrderTheirRelationsSayOnEveryPage() {
        String tied = story();
        Map<String, Object> eleven = approximately(time("2025-08-15", "11:00", "America/Anchorage"));
        eleven.put("precision", "HOUR");
        Map<String, String> ids = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (String title : List.of("A", "B", "C", "D")) {
            ids.put(create(event(tied, title, "MEETING", eleven)), title);
        }
        // each follows the one with the next higher id: the order the relations give is the reverse of the ids'
        List<String> byRelation = new java.util.ArrayList<>(ids.keySet());
        for (int i = 1; i < byRelation.size(); i++) {
            String id = byRelation.get(i);
            asReporter().body(with(event(tied, ids.get(id), "MEETING", eleven), "version", 0, "relations",
                    List.of(Map.of("type", i % 2 == 0 ? "FOLLOWS" : "PART_OF", "eventId", byRelation.get(i - 1)))))
                    .put("/events/" + id).then().statusCode(200);
        }
        List<String> expected = byRelation.stream().map(ids::get).toList();
        assertEquals(expected, timelineTitles(TestTokens.reporter(), tied, Map.of()), "paged two at a time");

        // an edit that changes neither time nor relations keeps the order
        String first = byRelation.get(0);
        asReporter().body(with(event(tied, ids.get(first) + "!", "MEETING", eleven), "version", 0))
                .put("/events/" + first).then().statusCode(200);
        assertEquals(ids.get(first) + "!", timelineTitles(TestTokens.reporter(), tied, Map.of()).get(0));
    }

    @Test
    void aRangeIsReadInTheZoneGiven() {
        // 15 August in Anchorage: the Kyiv reaction (07:00 on the 16th in Anchorage) is outside it
        List<String> anchorage = timelineTitles(TestTokens.reporter(), story,
                Map.of("from", "2025-08-15", "to", "2025-08-15", "zone", ANCHORAGE));
        assertEquals(List.of("Trump lands", "Putin lands"), anchorage.subList(0, 2));
        assertEquals(false, anchorage.contains("Reactions in Kyiv"));
        assertEquals(true, anchorage.contains("Summit day"));
        assertEquals(true, anchorage.contains("Summit announced"), "a month overlaps each of its days");

        // from 20:00 London time on the 15th (19:00 UTC): breakfast (19:30 UTC) on, arrivals out
        List<String> evening = timelineTitles(TestTokens.reporter(), story,
                Map.of("from", "2025-08-15T20:00", "zone", "Europe/London"));
        assertEquals(false, evening.contains("Putin lands"));
        assertEquals(true, evening.contains("Working breakfast"));
        assertEquals(true, evening.contains("Reactions in Kyiv"));
    }

    @Test
    void filtersByKindParticipantAndOccurrence() {
        assertEquals(List.of("Trump lands", "Putin lands"),
                timelineTitles(TestTokens.reporter(), story, Map.of("kind", "ARRIVAL")));
        assertEquals(List.of("Putin lands", "Press conference"),
                timelineTitles(TestTokens.reporter(), story, Map.of("participantId", putin.toString())));
        assertEquals(List.of("One-on-one"),
                timelineTitles(TestTokens.reporter(), story, Map.of("occurrence", "CHANGED")));
    }

    @Test
    void timesAreRenderedInTheZoneAsked() {
        asReporter().queryParam("zone", "Europe/London").queryParam("kind", "MEAL")
                .get("/stories/" + story + "/timeline").then().statusCode(200)
                .body("edges[0].node.rendered.text", is("about 20:30 BST, 15 August 2025"));
    }

    @Test
    void badTimelineParametersNameTheirField() {
        asReporter().queryParam("zone", "Narnia/Cair_Paravel").get("/stories/" + story + "/timeline").then()
                .statusCode(400).body("field", is("zone"));
        asReporter().queryParam("from", "15/08/2025").get("/stories/" + story + "/timeline").then()
                .statusCode(400).body("field", is("from"));
        asReporter().queryParam("participantId", "putin").get("/stories/" + story + "/timeline").then()
                .statusCode(400).body("field", is("participantId"));
        asReporter().queryParam("after", "garbage").get("/stories/" + story + "/timeline").then()
                .statusCode(400).body("field", is("after"));
    }

    @Test
    void theTimelineAsItWasAtAPastInstant() throws InterruptedException {
        String s = Api.story();
        Map<String, Object> body = event(s, "Talks planned", "TALKS", time("2025-08-15", "11:30", ANCHORAGE));
        String talks = create(body);
        Thread.sleep(20); // revisions are stamped in milliseconds: let "before" fall between them
        Instant before = Instant.now();
        Thread.sleep(20);
        asReporter().body(with(body, "title", "Talks held three-on-three", "version", 0)).put("/events/" + talks)
                .then().statusCode(200);
        create(event(s, "Press conference", "PRESS_CONFERENCE", time("2025-08-15", "15:00", ANCHORAGE)));

        asReporter().queryParam("at", before.toString()).get("/stories/" + s + "/as-of").then().statusCode(200)
                .body("timeline.title", is(List.of("Talks planned")));
        asReporter().queryParam("at", Instant.now().toString()).get("/stories/" + s + "/as-of").then()
                .body("timeline.title", is(List.of("Talks held three-on-three", "Press conference")));
        asReporter().queryParam("at", "yesterday").get("/stories/" + s + "/as-of").then()
                .statusCode(400).body("field", is("at"));
        asReporter().queryParam("at", "2000-01-01T00:00:00Z").get("/stories/" + s + "/as-of").then()
                .statusCode(404).body("detail", is("there is no version of this story you may read as of "
                        + "2000-01-01T00:00:00Z: it did not exist yet, or was not published then"));
    }

    @Test
    void aViewerSeesOnlyWhatWasPublishedAtThatInstant() throws InterruptedException {
        String s = Api.publishedStory();
        String id = create(event(s, "Draft then published", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        Thread.sleep(20);
        Instant whileDraft = Instant.now();
        Thread.sleep(20);
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/events/" + id + "/transitions").then()
                .statusCode(200);
        asViewer().queryParam("at", whileDraft.toString()).get("/stories/" + s + "/as-of").then().statusCode(200)
                .body("timeline.size()", is(0));
        asViewer().queryParam("at", Instant.now().toString()).get("/stories/" + s + "/as-of").then()
                .body("timeline.title", is(List.of("Draft then published")));
    }

    @Test
    void anEventDeletedForGoodIsGoneFromThePastToo() throws InterruptedException {
        String s = Api.publishedStory();
        String kept = Api.published(event(s, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)));
        String wrong = Api.published(event(s, "Wrongly recorded", "OTHER", time("2025-08-15", "12:00", ANCHORAGE)));
        Thread.sleep(20);
        Instant whilePublished = Instant.now();
        Thread.sleep(20);
        Api.as(TestTokens.admin()).delete("/events/" + wrong).then().statusCode(204);

        asViewer().queryParam("at", whilePublished.toString()).get("/stories/" + s + "/as-of").then().statusCode(200)
                .body("timeline.id", is(List.of(kept)));
        asReporter().queryParam("at", whilePublished.toString()).get("/stories/" + s + "/as-of").then()
                .statusCode(200).body("timeline.title", is(List.of("Talks")));
    }
}
