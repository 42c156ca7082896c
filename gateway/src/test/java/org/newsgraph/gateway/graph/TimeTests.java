package org.newsgraph.gateway.graph;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** startsAt(zone:) renders an event's time in any zone; a date stays its date. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class TimeTests {

    @Test
    void elevenThirtyInAnchorageIsTwentyThirtyInLondon() {
        String story = Newsroom.story("Summit");
        String breakfast = Newsroom.event(story, "Breakfast", "2025-08-15", "11:30", null, List.of());
        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { event(id: $id) {
                  local: startsAt { time abbreviation }
                  london: startsAt(zone: "Europe/London") { date time abbreviation instant text }
                  utc: startsAt(zone: "UTC") { time } } }""", Map.of("id", breakfast))
                .body("data.event.local.time", is("11:30:00"))
                .body("data.event.local.abbreviation", is("AKDT"))
                .body("data.event.london.time", is("20:30:00"))
                .body("data.event.london.abbreviation", is("BST"))
                .body("data.event.london.instant", is("2025-08-15T19:30:00Z"))
                .body("data.event.london.text", is("20:30 BST, 15 August 2025"))
                .body("data.event.utc.time", is("19:30:00"));
    }

    @Test
    void aDayStaysItsDateEverywhere() {
        String story = Newsroom.story("Summit");
        String day = Newsroom.event(story, "Summit day", "2025-08-15", null, null, List.of());
        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { event(id: $id) {
                  la: startsAt(zone: "America/Los_Angeles") { date time instant }
                  auckland: startsAt(zone: "Pacific/Auckland") { date time } } }""", Map.of("id", day))
                .body("data.event.la.date", is("2025-08-15"))
                .body("data.event.la.time", nullValue())
                .body("data.event.la.instant", nullValue())
                .body("data.event.auckland.date", is("2025-08-15"));
    }

    @Test
    void theTimelinesZoneIsTheDefaultForItsEvents() {
        String story = Newsroom.story("Summit");
        Newsroom.event(story, "Breakfast", "2025-08-15", "11:30", null, List.of());
        Graph.query(TestTokens.viewer(), """
                query($id: ID!) { story(id: $id) { timeline(zone: "Europe/London") { edges { node {
                  startsAt { time abbreviation } } } } } }""", Map.of("id", story))
                .body("data.story.timeline.edges[0].node.startsAt.time", is("20:30:00"));
    }

    @Test
    void anUnknownZoneIsBadInputNamingZone() {
        String story = Newsroom.story("Summit");
        String e = Newsroom.event(story, "x", "2025-08-15", "11:30", null, List.of());
        Graph.query(TestTokens.viewer(), "query($id: ID!) { event(id: $id) { startsAt(zone: \"Mars/Olympus\") { time } } }",
                Map.of("id", e))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("zone"));
    }
}
