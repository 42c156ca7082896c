package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.is;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.asReporter;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.published;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** One call for many parents: what the gateway uses to resolve joins without a call per row. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class BatchTests {

    @Test
    void eventsByIdComeInTheOrderAskedWithUnknownOnesMissing() {
        String story = Api.publishedStory();
        String a = published(event(story, "A", "OTHER", time("2025-08-15", "10:00", ANCHORAGE)));
        String b = published(event(story, "B", "OTHER", time("2025-08-15", "09:00", ANCHORAGE)));
        String unknown = UUID.randomUUID().toString();
        asViewer().queryParam("ids", String.join(",", b, unknown, a)).queryParam("zone", "UTC")
                .get("/events/lookup").then().statusCode(200)
                .body("events.id", is(List.of(b, a)))
                .body("events[0].rendered.time", is("17:00:00"))
                .body("missing", is(List.of(unknown)));
    }

    @Test
    void aPageOfTheTimelineOfEachOfManyStoriesInOneCall() {
        String first = Api.publishedStory();
        String second = Api.publishedStory();
        String empty = Api.publishedStory();
        published(event(first, "First late", "OTHER", time("2025-08-15", "12:00", ANCHORAGE)));
        published(event(second, "Second early", "OTHER", time("2025-08-15", "08:00", ANCHORAGE)));
        published(event(first, "First early", "OTHER", time("2025-08-15", "09:00", ANCHORAGE)));
        published(event(first, "First latest", "MEETING", time("2025-08-15", "13:00", ANCHORAGE)));
        asViewer().queryParam("storyIds", String.join(",", second, first, empty)).queryParam("first", 2)
                .get("/timelines").then().statusCode(200)
                .body("timelines.id", is(List.of(second, first, empty)))
                .body("timelines[0].edges.node.title", is(List.of("Second early")))
                .body("timelines[0].pageInfo.hasNextPage", is(false))
                .body("timelines[1].edges.node.title", is(List.of("First early", "First late")))
                .body("timelines[1].pageInfo.hasNextPage", is(true))
                .body("timelines[2].edges.size()", is(0));
        String next = asViewer().queryParam("storyIds", first).queryParam("first", 2)
                .get("/timelines").then().extract().path("timelines[0].pageInfo.endCursor");
        asViewer().queryParam("storyIds", first).queryParam("after", next).get("/timelines").then()
                .body("timelines[0].edges.node.title", is(List.of("First latest")));
        asViewer().queryParam("storyIds", first + "," + second).queryParam("kind", "MEETING").get("/timelines").then()
                .body("timelines[0].edges.node.title", is(List.of("First latest")))
                .body("timelines[1].edges.size()", is(0));
    }

    @Test
    void aPageOfTheEventsOfEachOfManyParticipantsInOneCall() {
        String story = Api.publishedStory();
        UUID lavrov = EntityServiceStandIn.person("Sergey Lavrov");
        UUID rubio = EntityServiceStandIn.person("Marco Rubio");
        UUID other = EntityServiceStandIn.person("Other");
        published(with(event(story, "Lavrov arrives", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE)),
                "participants", Api.participants(lavrov, "PARTICIPANT")));
        published(with(event(story, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)),
                "participants", Api.participants(lavrov, "PARTICIPANT", rubio, "PARTICIPANT")));
        published(with(event(story, "Elsewhere", "OTHER", time("2025-08-15", "11:40", ANCHORAGE)),
                "participants", Api.participants(other, "PARTICIPANT")));
        asViewer().queryParam("participantIds", lavrov + "," + rubio).get("/timelines").then().statusCode(200)
                .body("timelines[0].edges.node.title", is(List.of("Lavrov arrives", "Talks")))
                .body("timelines[1].edges.node.title", is(List.of("Talks")));
    }

    @Test
    void aPageOfTheEventsHeldAtEachOfManyPlacesInOneCallDraftsOnlyForTheNewsroom() {
        String story = Api.publishedStory();
        UUID base = EntityServiceStandIn.place("Joint Base Elmendorf-Richardson");
        UUID hotel = EntityServiceStandIn.place("Hotel Captain Cook");
        UUID nowhere = EntityServiceStandIn.place("Named by no event");
        published(with(event(story, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)), "placeId", base.toString()));
        published(with(event(story, "Arrival", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE)), "placeId", base.toString()));
        published(with(event(story, "Breakfast", "MEETING", time("2025-08-15", "08:00", ANCHORAGE)), "placeId", hotel.toString()));
        Api.create(with(event(story, "Planned press conference", "PRESS_CONFERENCE", time("2025-08-15", "15:00", ANCHORAGE)),
                "placeId", base.toString()));
        asViewer().queryParam("placeIds", String.join(",", base.toString(), nowhere.toString(), hotel.toString()))
                .get("/timelines").then().statusCode(200)
                .body("timelines.id", is(List.of(base.toString(), nowhere.toString(), hotel.toString())))
                .body("timelines[0].edges.node.title", is(List.of("Arrival", "Talks")))
                .body("timelines[1].edges.size()", is(0))
                .body("timelines[2].edges.node.title", is(List.of("Breakfast")));
        asReporter().queryParam("placeIds", base.toString()).get("/timelines").then().statusCode(200)
                .body("timelines[0].edges.node.title", is(List.of("Arrival", "Talks", "Planned press conference")));
        asViewer().queryParam("placeIds", base.toString()).queryParam("storyIds", story).get("/timelines").then()
                .statusCode(400).body("field", is("storyIds"));
        asViewer().queryParam("placeIds", "nope").get("/timelines").then().statusCode(400).body("field", is("placeIds"));
    }

    @Test
    void storiesByIdInOneCall() {
        String visible = Api.publishedStory();
        String draft = Api.story();
        asViewer().queryParam("ids", draft + "," + visible).get("/stories/lookup").then().statusCode(200)
                .body("stories.id", is(List.of(visible)))
                .body("missing", is(List.of(draft)));
        asReporter().queryParam("ids", draft + "," + visible).get("/stories/lookup").then()
                .body("stories.id", is(List.of(draft, visible)));
    }

    @Test
    void aBatchNeedsItsIds() {
        asViewer().get("/timelines").then().statusCode(400).body("field", is("storyIds"));
        asViewer().queryParam("ids", "nope").get("/events/lookup").then().statusCode(400).body("field", is("ids"));
    }

    @Test
    void whichEventsStillNameAnEntityDraftsToo() {
        String story = Api.story();
        UUID lavrov = EntityServiceStandIn.person("Sergey Lavrov");
        UUID base = EntityServiceStandIn.place("Elmendorf-Richardson");
        UUID nobody = EntityServiceStandIn.person("Named nowhere");
        String arrival = Api.create(with(event(story, "Lavrov arrives", "ARRIVAL", time("2025-08-15", "10:54", ANCHORAGE)),
                "participants", Api.participants(lavrov, "PARTICIPANT"), "placeId", base.toString()));
        String talks = Api.create(with(event(story, "Talks", "TALKS", time("2025-08-15", "11:30", ANCHORAGE)),
                "participants", Api.participants(lavrov, "PARTICIPANT")));

        Api.asReporter().queryParam("entityIds", lavrov + "," + base + "," + nobody).get("/events/references").then()
                .statusCode(200)
                .body("referrers.id", is(List.of(lavrov.toString(), base.toString())))
                .body("referrers[0].count", is(2))
                .body("referrers[0].examples", org.hamcrest.Matchers.containsInAnyOrder(arrival, talks))
                .body("referrers[1].examples", is(List.of(arrival)));
        asViewer().queryParam("entityIds", lavrov.toString()).get("/events/references").then().statusCode(403);
        Api.asReporter().get("/events/references").then().statusCode(400).body("field", is("entityIds"));
    }
}
