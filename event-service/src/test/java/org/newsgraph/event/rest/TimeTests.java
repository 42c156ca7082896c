package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.approximately;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.time;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Times kept as the source gave them, and shown in any zone (DESIGN.md, "Time"). */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class TimeTests {

    @Inject
    Database database;

    @Test
    void elevenThirtyInAnchorageIsTwentyThirtyInLondonAndNineteenThirtyUtc() {
        String story = Api.story();
        String breakfast = create(event(story, "Working breakfast", "MEAL",
                approximately(time("2025-08-15", "11:30", ANCHORAGE))));

        asReporter().queryParam("zone", "Europe/London").get("/events/" + breakfast).then().statusCode(200)
                .body("time.date", is("2025-08-15"))
                .body("time.time", is("11:30:00"))
                .body("time.zone", is(ANCHORAGE))
                .body("time.approximate", is(true))
                .body("startsAt", is("2025-08-15T19:30:00Z"))
                .body("local.time", is("11:30:00"))
                .body("local.abbreviation", is("AKDT"))
                .body("rendered.zone", is("Europe/London"))
                .body("rendered.time", is("20:30:00"))
                .body("rendered.abbreviation", is("BST"))
                .body("rendered.text", is("about 20:30 BST, 15 August 2025"));
        asReporter().queryParam("zone", "UTC").get("/events/" + breakfast).then()
                .body("rendered.time", is("19:30:00"))
                .body("rendered.date", is("2025-08-15"));
    }

    @Test
    void aDayPrecisionEventStaysItsDateInEveryZone() {
        String story = Api.story();
        String day = create(event(story, "Summit day", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        for (String zone : List.of("America/Los_Angeles", "Pacific/Auckland", "UTC")) {
            asReporter().queryParam("zone", zone).get("/events/" + day).then().statusCode(200)
                    .body("rendered.date", is("2025-08-15"))
                    .body("rendered.time", nullValue())
                    .body("startsAt", nullValue());
        }
    }

    @Test
    void anApproximateTenTwentySortsBeforeAnExactTenFiftyFour() {
        String story = Api.story();
        create(event(story, "Putin lands", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE)));
        create(event(story, "Summit day", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        create(event(story, "Trump lands", "ARRIVAL", approximately(time("2025-08-15", "10:20", ANCHORAGE))));
        assertEquals(List.of("Trump lands", "Putin lands", "Summit day"),
                Api.timelineTitles(TestTokens.reporter(), story, Map.of()));
    }

    @Test
    void aTimeInsideTheDaylightSavingGapIsRefused() {
        String story = Api.story();
        String before = database.footprint();
        asReporter().body(event(story, "Never happened", "OTHER", time("2025-03-09", "02:30", ANCHORAGE)))
                .post("/events").then()
                .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("time.time"));
        assertEquals(before, database.footprint());
    }

    @Test
    void anAmbiguousTimeNeedsItsOffset() {
        String story = Api.story();
        asReporter().body(event(story, "Twice", "OTHER", time("2025-11-02", "01:30", ANCHORAGE)))
                .post("/events").then().statusCode(400).body("field", is("time.offset"));
        Map<String, Object> t = time("2025-11-02", "01:30", ANCHORAGE);
        t.put("offset", "-09:00");
        asReporter().body(event(story, "Second time round", "OTHER", t)).post("/events").then().statusCode(201)
                .body("startsAt", is("2025-11-02T10:30:00Z"));
    }

    @Test
    void anUnknownZoneIsRefused() {
        String story = Api.story();
        String before = database.footprint();
        asReporter().body(event(story, "Nowhere", "OTHER", time("2025-08-15", "11:30", "America/Nowhere")))
                .post("/events").then().statusCode(400).body("field", is("time.zone"));
        asReporter().body(event(story, "Abbreviation", "OTHER", time("2025-08-15", "11:30", "AKDT")))
                .post("/events").then().statusCode(400).body("field", is("time.zone"));
        assertEquals(before, database.footprint());
        String real = create(event(story, "Real", "OTHER", time("2025-08-15", "11:30", ANCHORAGE)));
        asReporter().queryParam("zone", "Mars/Olympus").get("/events/" + real).then()
                .statusCode(400).body("field", is("zone"));
    }

    @Test
    void aDurationGivesTheEnd() {
        String story = Api.story();
        Map<String, Object> t = approximately(time("2025-08-15", "11:30", ANCHORAGE));
        t.put("duration", "PT2H45M");
        String talks = create(event(story, "Talks", "TALKS", t));
        asReporter().queryParam("zone", "Europe/London").get("/events/" + talks).then()
                .body("endsAt", is("2025-08-15T22:15:00Z"))
                .body("time.duration", is("PT2H45M"))
                .body("rendered.endTime", is("23:15:00"));
    }
}
