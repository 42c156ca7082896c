package org.newsgraph.quote.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.move;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.ChangeStream;
import org.newsgraph.platform.testing.TestTokens;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** The change stream (platform's /changes) as quote-service publishes quotes. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class ChangeStreamTests {

    /** How long a test waits for a change to arrive; how fast it arrives is measured elsewhere. */
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
    }

    @Test
    void aQuoteIsAnnouncedWithItsSpeakerAndVerdictAndReachesViewersWhenPublished() {
        String story = OtherServices.story("Alaska summit " + tag());
        String lavrov = OtherServices.person("Sergei Lavrov " + tag());
        try (ChangeStream reporter = open(TestTokens.reporter(), "storyId=" + story);
                ChangeStream viewer = open(TestTokens.viewer(), "storyId=" + story)) {
            String id = create(with(quote("We never make forecasts in advance", lavrov), "storyId", story));
            assertEquals(Map.of("recordType", "QUOTE", "id", id, "kind", "CREATED", "state", "DRAFT",
                    "references", List.of(lavrov)), select(reporter.next(DEADLINE), "recordType", "id", "kind", "state",
                            "references"));

            asEditor().body(Map.of("state", "VERIFIED", "note", "on the Kremlin's video", "version", 0))
                    .post("/quotes/" + id + "/verification").then().statusCode(200);
            assertEquals(Map.of("kind", "VERIFIED", "version", 1, "user", "ed.editor"),
                    select(reporter.next(DEADLINE), "kind", "version", "user"));

            move(asEditor(), id, "PUBLISHED", null);
            Map<String, Object> published = reporter.next(DEADLINE);
            assertEquals("MOVED", select(published, "kind").get("kind"));
            // the viewer's first change is the publication, as a new record
            assertEquals(Map.of("id", id, "kind", "CREATED", "state", "PUBLISHED", "seq", published.get("seq")),
                    select(viewer.next(DEADLINE), "id", "kind", "state", "seq"));
        }
    }

    @Test
    void thePositionListsTheSpeakersOfEachQuoteOfTheStoryTheCallerMaySee() {
        String story = OtherServices.story("Alaska summit " + tag());
        String lavrov = OtherServices.person("Sergei Lavrov " + tag());
        String draft = create(with(quote("Draft words", lavrov), "storyId", story));

        asReporter().queryParam("storyId", story).get("/changes/position").then().statusCode(200)
                .body("references." + draft, is(List.of(lavrov)));
        asViewer().queryParam("storyId", story).get("/changes/position").then().statusCode(200)
                .body("references.size()", is(0));
    }

    private ChangeStream open(String token, String query) {
        ChangeStream stream = ChangeStream.open(base.toString(), token, query);
        assertEquals(200, stream.status());
        return stream;
    }

    private static Map<String, Object> select(Map<String, Object> change, String... keys) {
        assertNotNull(change, "a change arrived");
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String key : keys) {
            selected.put(key, change.get(key));
        }
        return selected;
    }

    @Test
    void aHundredReadersAskingWhereTheStreamStandsAtOnceAreAnsweredByAFewReads() throws Exception {
        String story = OtherServices.story("Breaking " + tag());
        create(with(quote("It has begun", OtherServices.person("Someone " + tag())), "storyId", story));
        long before = asReporter().get("/changes/position").then().statusCode(200).extract().jsonPath().getLong("seq");
        double readsBefore = headReads();

        int readers = 100;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Long>> answers = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return asViewer().queryParam("storyId", story).get("/changes/position").then().statusCode(200)
                            .extract().jsonPath().getLong("seq");
                }));
            }
            go.countDown();
            for (Future<Long> answer : answers) {
                long seq = answer.get(60, TimeUnit.SECONDS);
                assertTrue(seq >= before, "no reader is told a place before the last change");
            }
        } finally {
            pool.shutdownNow();
        }
        double reads = headReads() - readsBefore;
        assertTrue(reads >= 1 && reads < readers,
                readers + " readers at once made " + reads + " reads of the feed's last number");
    }

    private static double headReads() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("newsgraph_changes_head_reads_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
