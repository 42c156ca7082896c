package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;
import static org.newsgraph.quote.rest.Api.without;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.Refusals;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** Every kind of bad input gets 400 BAD_USER_INPUT naming the field, and writes nothing. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class BadInputTests {

    @Inject
    Database database;

    private String speaker;

    @BeforeEach
    void aSpeaker() {
        OtherServices.reset();
        speaker = OtherServices.person("Speaker " + tag());
    }

    private void refused(Object body, String field) {
        refused(asReporter().body(body), "/quotes", field);
    }

    private void refused(RequestSpecification request, String path, String field) {
        String before = database.footprint();
        request.post(path).then().log().ifValidationFails()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("BAD_USER_INPUT"))
                .body("status", is(400))
                .body("field", is(field));
        assertEquals(before, database.footprint(), "a refused request writes nothing");
    }

    @Test
    void theWordsAndTheKindAreRequired() {
        refused(with(quote("", speaker)), "text");
        refused(with(quote("   ", speaker)), "text");
        refused(without(quote("Words", speaker), "kind"), "kind");
        refused(with(quote("Words", speaker), "kind", "RUMOUR"), "kind");
        refused(with(quote("x".repeat(5001), speaker)), "text");
    }

    @Test
    void aSpeakerIsAnIdOrALabelNotBoth() {
        refused(with(quote("Words", speaker), "speakerLabel", "reporters"), "speakerLabel");
        refused(with(quote("Words", speaker), "speakerId", "putin"), "speakerId");
        refused(with(quote("Words", null), "speakerId", null, "speakerLabel", " "), "speakerLabel");
    }

    @Test
    void aPostNeedsItsPlatformAndOnlyAPostHasOne() {
        refused(with(quote("HIGH STAKES!!!", speaker), "kind", "POST"), "platform");
        refused(with(quote("HIGH STAKES!!!", speaker), "kind", "POST", "platform", " "), "platform");
        refused(with(quote("Words", speaker), "platform", "Truth Social"), "platform");
    }

    @Test
    void onlyAQuestionIsPutToSomeone() {
        refused(with(quote("Words", speaker), "putToLabel", "Putin"), "putToLabel");
        refused(with(quote("Words", speaker), "putToId", speaker), "putToId");
        refused(with(quote("Why?", null), "kind", "QUESTION", "speakerLabel", "reporters", "speakerId", null,
                "putToId", speaker, "putToLabel", "him"), "putToLabel");
    }

    @Test
    void aTranslationNeedsItsOriginal() {
        refused(with(quote("Words", speaker), "translatedBy", "Kremlin interpreter"), "translatedBy");
        refused(with(quote("Words", speaker), "originalLanguage", "ru"), "originalLanguage");
        refused(with(quote("Words", speaker), "language", "English"), "language");
        refused(with(quote("Words", speaker), "originalText", "Слова", "originalLanguage", "Russian"),
                "originalLanguage");
    }

    @Test
    void timesFollowTheTimeRules() {
        refused(with(quote("Words", speaker), "time", Map.of("date", "2025-08-15", "time", "10:20",
                "zone", "BST", "precision", "MINUTE")), "time.zone");
        refused(with(quote("Words", speaker), "time", Map.of("date", "2025-08-15", "zone", "Europe/London",
                "precision", "MINUTE")), "time.time");
        refused(with(quote("Words", speaker), "time", Map.of("date", "2025-03-30", "time", "01:30",
                "zone", "Europe/London", "precision", "MINUTE")), "time.time");
        refused(with(quote("Words", speaker), "time", Map.of("date", "2025-08-15", "time", "25:00",
                "zone", "Europe/London", "precision", "MINUTE")), "time.time");
    }

    @Test
    void sourcesAreCitationsWithAPublicationAndAnHttpAddress() {
        refused(with(quote("Words", speaker), "sources", List.of(Map.of("url", "https://example.com"))),
                "sources[0].publication");
        refused(with(quote("Words", speaker), "sources", List.of(Map.of("publication", "Paper", "url", "ftp://x"))),
                "sources[0].url");
        refused(with(quote("Words", speaker), "sources", List.of(Map.of("publication", "Paper",
                "publishedAt", "yesterday"))), "sources[0].publishedAt");
    }

    @Test
    void tagsAreShortWords() {
        refused(with(quote("Words", speaker), "tags", List.of("ok", " ")), "tags[1]");
        refused(with(quote("Words", speaker), "tags", List.of("x".repeat(51))), "tags[0]");
    }

    @Test
    void anIdThatIsNotOneIsRefusedNamingWhereItWasGiven() {
        asViewer().get("/quotes/not-an-id").then().statusCode(400).body("code", is("BAD_USER_INPUT"))
                .body("field", is("id")).body("detail", is("'not-an-id' is not an id"));
        refused(asEditor().body(Map.of("state", "VERIFIED", "note", "checked", "version", 0)),
                "/quotes/not-an-id/verification", "id");
        refused(with(quote("Words " + tag(), speaker), "eventId", "not-an-id"), "eventId");
    }

    @Test
    void aBodyThatIsNotJsonOrHasUnknownFields() {
        refused(asReporter().body("{\"text\": "), "/quotes", "body");
        refused(with(quote("Words", speaker), "speeker", "typo"), "speeker");
    }

    @Test
    void editsNeedAVersionAndTransitionsAValidTarget() {
        String id = create(quote("Words", speaker));
        String before = database.footprint();
        asReporter().body(quote("New words", speaker)).put("/quotes/" + id).then().statusCode(400)
                .body("field", is("version"));
        asReporter().body(with(quote("", speaker), "version", 0)).put("/quotes/" + id).then().statusCode(400)
                .body("field", is("text"));
        asReporter().body(Map.of("to", "GONE", "version", 0)).post("/quotes/" + id + "/transitions").then()
                .statusCode(400).body("field", is("to"));
        asReporter().body(Map.of("to", "IN_REVIEW")).post("/quotes/" + id + "/transitions").then()
                .statusCode(400).body("field", is("version"));
        asEditor().body(Map.of("state", "MAYBE", "note", "n", "version", 0)).post("/quotes/" + id + "/verification")
                .then().statusCode(400).body("field", is("state"));
        assertEquals(before, database.footprint());
    }

    @Test
    void extractionAndAcceptanceCheckTheirInput() {
        refused(asReporter().body(Map.of("text", " ")), "/quotes/extract", "text");
        refused(asReporter().body(Map.of("text", "\u201cHi there you,\u201d he said.", "localZone", "AKDT")),
                "/quotes/extract", "localZone");
        refused(asReporter().body(Map.of("text", "\u201cHi there you,\u201d he said.", "url", "not a url")),
                "/quotes/extract", "url");
        refused(asReporter().body(Map.of("source", Api.source(), "quotes", List.of())), "/quotes/accept", "quotes");
        refused(asReporter().body(Map.of("quotes", List.of(quote("Words", speaker)))), "/quotes/accept", "source");
        refused(asReporter().body(Map.of("source", Map.of("url", "https://example.com"),
                "quotes", List.of(quote("Words", speaker)))), "/quotes/accept", "source.publication");
        refused(asReporter().body(Map.of("source", Api.source(), "quotes", List.of(quote("", speaker)))),
                "/quotes/accept", "quotes[0].text");
    }

    @Test
    void badSearchesAndBatchCalls() {
        String[][] bad = { { "speakerId", "putin" }, { "storyId", "x" }, { "eventId", "y" }, { "kind", "RUMOUR" },
                { "state", "LOST" }, { "verification", "MAYBE" }, { "from", "last week" }, { "to", "soon" },
                { "first", "500" }, { "after", "nonsense" }, { "language", "German" } };
        for (String[] fieldAndValue : bad) {
            asViewer().queryParam(fieldAndValue[0], fieldAndValue[1]).get("/quotes/search").then()
                    .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is(fieldAndValue[0]));
        }
        asViewer().queryParam("from", "2025-08-15").queryParam("to", "2025-08-01").get("/quotes/search").then()
                .statusCode(400).body("field", is("to"));
        asViewer().queryParam("q", "x".repeat(501)).get("/quotes/search").then().statusCode(400)
                .body("field", is("q"));
        asViewer().get("/quotes").then().statusCode(400).body("field", is("speakerIds"));
        asViewer().queryParam("speakerIds", speaker).queryParam("storyIds", speaker).get("/quotes").then()
                .statusCode(400).body("field", is("speakerIds"));
        asViewer().queryParam("eventIds", "not-an-id").get("/quotes").then().statusCode(400)
                .body("field", is("eventIds")).body("detail", containsString("not-an-id"));
        asViewer().queryParam("speakerIds", speaker).queryParam("first", 101).get("/quotes").then().statusCode(400)
                .body("field", is("first"));
        asViewer().get("/quotes/lookup").then().statusCode(400).body("field", is("ids"));
        String many = String.join(",", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(501)
                .toList());
        asViewer().queryParam("ids", many).get("/quotes/lookup").then().statusCode(400).body("field", is("ids"));
    }

    // ---- input that once crashed the service (issue 9): now each is 400 naming the field -------

    private static void refusedSearch(String field, String value) {
        Refusals.badInput(asViewer().queryParam(field, value).get("/quotes/search"), field);
    }

    @Test
    void aNulCharacterInTextOrAParameter() {
        refused(with(quote("We are \u0000ready", speaker)), "text");
        refused(with(quote("Words", speaker), "tags", List.of("sum\u0000mit")), "tags[0]");
        refused(with(quote("Words", speaker), "sources", List.of(Map.of("publication", "BBC\u0000"))),
                "sources[0].publication");
        refused(asReporter().body(Map.of("text", "\u201cHi\u0000 there,\u201d he said.")), "/quotes/extract", "text");
        refusedSearch("q", "a\u0000b");
        refusedSearch("language", "en\u0000");
    }

    @Test
    void timesOutOfRange() {
        refusedSearch("from", "+300000-01-01T00:00:00Z");
        refusedSearch("to", "+999999999-12-31");
        refusedSearch("from", "-300000-01-01");
        refused(with(quote("Words", speaker), "time", Map.of("date", "+999999999-12-31", "zone", "Europe/London",
                "precision", "DAY")), "time.date");
        refused(with(quote("Words", speaker), "time", Map.of("date", "2025-08-15", "time", "10:20",
                "zone", "Europe/London", "precision", "MINUTE", "duration", "PT100000000000H")), "time.duration");
        refused(with(quote("Words", speaker), "sources", List.of(Map.of("publication", "Paper",
                "publishedAt", "+300000-01-01T00:00:00Z"))), "sources[0].publishedAt");
        refused(asReporter().body(Map.of("text", "\u201cHi there you,\u201d he said.",
                "publishedAt", "-300000-01-01T00:00:00Z")), "/quotes/extract", "publishedAt");
    }

    @Test
    void aNullInAList() {
        refused(with(quote("Words", speaker), "sources", java.util.Arrays.asList((Object) null)), "sources[0]");
        refused(with(quote("Words", speaker), "tags", java.util.Arrays.asList((Object) null)), "tags[0]");
        refused(asReporter().body(Map.of("source", Api.source(), "quotes", java.util.Arrays.asList((Object) null))),
                "/quotes/accept", "quotes[0]");
    }

    @Test
    void anArticleThatIsOneEndlessSentence() {
        refused(asReporter().body(Map.of("text", "at ".repeat(60_000))), "/quotes/extract", "text");
    }

    @Test
    void anArticleOfMoreQuotationsThanADaysLiveBlogHolds() {
        String thousand = "\u201cYes.\u201d ".repeat(1_000);
        asReporter().body(Map.of("text", thousand)).post("/quotes/extract").then().statusCode(200)
                .body("candidates.size()", is(1_000));
        refused(asReporter().body(Map.of("text", thousand + "\u201cNo.\u201d")), "/quotes/extract", "text");
        asReporter().body(Map.of("text", thousand + "\u201cNo.\u201d")).post("/quotes/extract").then()
                .body("detail", containsString("more than 1000 quotations"));
    }

    @Test
    void aClientsMistakesAreNeverLoggedAsErrors() {
        try (org.newsgraph.platform.testing.LogCapture log = org.newsgraph.platform.testing.LogCapture.start()) {
            refused(with(quote("Words", speaker), "time", Map.of("date", "2025-08-15", "time", "10:20",
                    "zone", "BST", "precision", "MINUTE")), "time.zone");
            refused(with(quote("We are \u0000ready", speaker)), "text");
            refusedSearch("from", "+300000-01-01T00:00:00Z");
            refusedSearch("q", "a\u0000b");
            refused(asReporter().body(Map.of("text", "at ".repeat(60_000))), "/quotes/extract", "text");
            refused(asReporter().body(Map.of("text", "\u201cHi there you,\u201d he said.", "localZone", "AKDT")),
                    "/quotes/extract", "localZone");
            assertEquals(List.of(), log.errorsAndStackTraces());
        }
    }
}
