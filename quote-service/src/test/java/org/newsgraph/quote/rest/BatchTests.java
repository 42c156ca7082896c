package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.published;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** The gateway's batch calls: one call for the quotes of many speakers, events or stories, or many ids. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class BatchTests {

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
    }

    private static Map<String, Object> at(Map<String, Object> body, String date) {
        return with(body, "time", Map.of("date", date, "zone", "America/Anchorage", "precision", "DAY"));
    }

    @Test
    void theQuotesOfManySpeakersComeInOneCallNewestFirstInTheOrderAsked() {
        String trump = OtherServices.person("Trump " + tag());
        String putin = OtherServices.person("Putin " + tag());
        String silent = OtherServices.person("Silent " + tag());
        String t1 = published(at(quote("First", trump), "2025-08-14"));
        String t2 = published(at(quote("Second", trump), "2025-08-15"));
        String t3 = published(at(quote("Third", trump), "2025-08-16"));
        String p1 = published(quote("Only one", putin));
        asViewer().queryParam("speakerIds", putin + "," + silent + "," + trump).queryParam("first", 2)
                .get("/quotes").then().statusCode(200)
                .body("groups.id", contains(putin, silent, trump))
                .body("groups.totalCount", contains(1, 0, 3))
                .body("groups[0].quotes.id", contains(p1))
                .body("groups[1].quotes", empty())
                .body("groups[2].quotes.id", contains(t3, t2));
        org.junit.jupiter.api.Assertions.assertNotNull(t1);
    }

    @Test
    void theQuotesOfManyEventsAndStories() {
        String speaker = OtherServices.person("Speaker " + tag());
        String story = OtherServices.story("Story " + tag());
        String e1 = OtherServices.event(story, "One");
        String e2 = OtherServices.event(story, "Two");
        String q1 = published(with(quote("At one", speaker), "eventId", e1));
        String q2 = published(with(quote("At two", speaker), "eventId", e2));
        asViewer().queryParam("eventIds", e1).queryParam("eventIds", e2).get("/quotes").then().statusCode(200)
                .body("groups.id", contains(e1, e2))
                .body("groups[0].quotes.id", contains(q1))
                .body("groups[1].quotes.id", contains(q2));
        asViewer().queryParam("storyIds", story).get("/quotes").then().body("groups[0].totalCount", is(2));
    }

    @Test
    void countsOnlyWithFirstZero() {
        String speaker = OtherServices.person("Speaker " + tag());
        published(quote("Counted", speaker));
        asViewer().queryParam("speakerIds", speaker).queryParam("first", 0).get("/quotes").then()
                .body("groups[0].totalCount", is(1)).body("groups[0].quotes", empty());
    }

    @Test
    void quotesByIdsInTheOrderAskedWithTheMissingListed() {
        String speaker = OtherServices.person("Speaker " + tag());
        String a = published(quote("A", speaker));
        String b = create(quote("B", speaker));
        String unknown = UUID.randomUUID().toString();
        asReporter().queryParam("ids", b + "," + unknown + "," + a + "," + b).get("/quotes/lookup").then()
                .statusCode(200)
                .body("quotes.id", contains(b, a))
                .body("missing", contains(unknown));
    }

    @Test
    void whichQuotesStillNameAnEntityDraftsToo() {
        String putin = OtherServices.person("Putin " + tag());
        String trump = OtherServices.person("Trump " + tag());
        String nobody = OtherServices.person("Nobody " + tag());
        String said = create(quote("A draft by Putin", putin));
        String asked = create(with(quote("Will you meet him?", null), "speakerId", null, "speakerLabel", "reporters",
                "kind", "QUESTION", "putToId", putin));
        String byTrump = published(quote("Trump said it", trump));

        Api.asReporter().queryParam("entityIds", String.join(",", putin, trump, nobody)).get("/quotes/references")
                .then().statusCode(200)
                .body("referrers.id", contains(putin, trump))
                .body("referrers[0].count", is(2))
                .body("referrers[0].examples", org.hamcrest.Matchers.containsInAnyOrder(said, asked))
                .body("referrers[1].examples", contains(byTrump));
        asViewer().queryParam("entityIds", putin).get("/quotes/references").then().statusCode(403);
        Api.asReporter().get("/quotes/references").then().statusCode(400).body("field", is("entityIds"));
    }
}
