package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.read;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.with;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** Recording each kind of quote, reading it back, editing it with versions. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class QuoteResourceTests {

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
    }

    @Test
    void theStandInsAreTheServicesQuoteServiceCalls() {
        assertEquals(OtherServices.ENTITIES.url(),
                ConfigProvider.getConfig().getValue("quarkus.rest-client.entity-service.url", String.class));
    }

    @Test
    void aDirectQuoteIsRecordedAsAnUnverifiedDraftAndReadBack() {
        String trump = OtherServices.person("Donald Trump " + tag(), "US", "President of the United States");
        String story = OtherServices.story("Alaska summit " + tag());
        String event = OtherServices.event(story, "Joint press conference");
        Map<String, Object> body = with(quote("There's no deal until there's a deal", trump),
                "eventId", event, "context", "\u201cThere\u2019s no deal until there\u2019s a deal,\u201d he added.",
                "tags", List.of("summit", "ukraine"));

        String id = asReporter().body(body).post("/quotes").then().log().ifValidationFails()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("text", is("There's no deal until there's a deal"))
                .body("kind", is("DIRECT"))
                .body("speakerId", is(trump))
                .body("eventId", is(event))
                .body("storyId", is(story))
                .body("state", is("DRAFT"))
                .body("verification.state", is("UNVERIFIED"))
                .body("sources[0].publication", is("The Independent"))
                .body("sources[0].retrievedAt", notNullValue())
                .body("tags", contains("summit", "ukraine"))
                .body("version", is(0))
                .extract().path("id");

        JsonPath read = read(id);
        assertEquals("There's no deal until there's a deal", read.getString("text"));
        // no time of its own: it was said when its event happened
        assertEquals("2025-08-15", read.getString("time.date"));
        assertEquals("11:30:00", read.getString("time.time"));
        assertEquals("America/Anchorage", read.getString("time.zone"));
        assertEquals(true, read.getBoolean("timeFromEvent"));
        assertEquals("2025-08-15T19:30:00Z", read.getString("saidAt"));
        assertEquals("AKDT", read.getString("localTime.abbreviation"));
    }

    @Test
    void eachKindKeepsWhatMakesItThatKind() {
        String putin = OtherServices.person("Vladimir Putin " + tag(), "RU", "President of Russia");
        String trump = OtherServices.person("Donald Trump " + tag(), "US", "President of the United States");
        String ministry = OtherServices.entity("ORGANISATION", "Ministry of Foreign Affairs " + tag());

        asReporter().body(with(quote("constructive atmosphere of mutual respect", putin), "kind", "FRAGMENT"))
                .post("/quotes").then().statusCode(201).body("kind", is("FRAGMENT"));
        asReporter().body(with(quote("Putin said the talks had been useful", putin), "kind", "PARAPHRASE"))
                .post("/quotes").then().statusCode(201).body("kind", is("PARAPHRASE"));
        asReporter().body(with(quote("HIGH STAKES!!!", trump), "kind", "POST", "platform", "Truth Social"))
                .post("/quotes").then().statusCode(201).body("kind", is("POST")).body("platform", is("Truth Social"));
        asReporter().body(with(quote("Will you commit to not killing any more civilians?", null), "kind", "QUESTION",
                "speakerId", null, "speakerLabel", "reporters", "putToId", putin)).post("/quotes").then()
                .statusCode(201).body("kind", is("QUESTION")).body("speakerLabel", is("reporters"))
                .body("speakerId", nullValue()).body("putToId", is(putin));
        asReporter().body(with(quote("The talks were held in a constructive manner", ministry), "kind", "STATEMENT"))
                .post("/quotes").then().statusCode(201).body("kind", is("STATEMENT")).body("speakerId", is(ministry));
    }

    @Test
    void aTranslatedQuoteKeepsTheOriginalAndWhoTranslatedIt() {
        String putin = OtherServices.person("Vladimir Putin " + tag(), "RU", "President of Russia");
        String id = create(with(quote("Our talks were held in a constructive atmosphere of mutual respect", putin),
                "originalText", "\u041d\u0430\u0448\u0438 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0448\u043b\u0438 \u0432 \u043a\u043e\u043d\u0441\u0442\u0440\u0443\u043a\u0442\u0438\u0432\u043d\u043e\u0439 \u0430\u0442\u043c\u043e\u0441\u0444\u0435\u0440\u0435",
                "originalLanguage", "ru", "translatedBy", "Kremlin interpreter"));
        JsonPath read = read(id);
        assertEquals("ru", read.getString("originalLanguage"));
        assertEquals("Kremlin interpreter", read.getString("translatedBy"));
        assertEquals("en", read.getString("language"));
        assertEquals(true, read.getString("originalText").startsWith("\u041d\u0430\u0448\u0438"));
    }

    @Test
    void aQuoteWithItsOwnTimeKeepsItAndTheEventsIsNotTaken() {
        String trump = OtherServices.person("Donald Trump " + tag());
        String story = OtherServices.story("Alaska " + tag());
        String event = OtherServices.event(story, "Arrival", "2025-08-15", "10:20", "America/Anchorage", true, false);
        String id = create(with(quote("Great to be in Alaska", trump), "eventId", event, "time",
                Map.of("date", "2025-08-15", "time", "10:25", "zone", "America/Anchorage", "precision", "MINUTE",
                        "approximate", true)));
        JsonPath read = read(id);
        assertEquals("10:25:00", read.getString("time.time"));
        assertEquals(false, read.getBoolean("timeFromEvent"));
        assertEquals(true, read.getBoolean("time.approximate"));
        assertEquals("2025-08-15T18:25:00Z", read.getString("saidAt"));
        assertEquals(story, read.getString("storyId"), "the story is the event's");
    }

    @Test
    void aQuoteWithoutTimeOrEventIsDatedByItsSource() {
        String id = create(quote("We will see", OtherServices.person("Someone " + tag())));
        assertEquals("2025-08-15T23:10:00Z", read(id).getString("saidAt"));
        org.junit.jupiter.api.Assertions.assertNull(read(id).getMap("time"));
    }

    @Test
    void aMergedSpeakerIsStoredAsTheSurvivor() {
        String duplicate = OtherServices.person("V. Putin " + tag());
        String survivor = OtherServices.person("Vladimir Putin " + tag());
        OtherServices.merge(duplicate, survivor);
        asReporter().body(quote("We have reached an understanding", duplicate)).post("/quotes").then()
                .statusCode(201).body("speakerId", is(survivor));
    }

    @Test
    void afterAMergeTheQuotesThatNamedTheDuplicateNameTheSurvivorAsTheEditorsEdit() {
        String duplicate = OtherServices.person("S. Lavrov " + tag());
        String survivor = OtherServices.person("Sergey Lavrov " + tag());
        String said = create(quote("We have no plans to meet", duplicate));
        String asked = create(with(quote("Will you meet the minister?", null), "kind", "QUESTION", "speakerId", null,
                "speakerLabel", "reporters", "putToId", duplicate));
        String unrelated = create(quote("Nothing to add", survivor));
        String prefix = "/quotes/references/merged?entityIds=";

        asEditor().post(prefix + duplicate).then().statusCode(200).body("records", is(0));
        assertEquals(duplicate, read(said).getString("speakerId"), "nothing moves before entity-service says merged");

        OtherServices.merge(duplicate, survivor);
        asReporter().post(prefix + duplicate).then().statusCode(403).body("code", is("FORBIDDEN"));
        assertEquals(duplicate, read(said).getString("speakerId"));
        asEditor().post(prefix + duplicate).then().statusCode(200).body("records", is(2));
        assertEquals(survivor, read(said).getString("speakerId"));
        assertEquals(1, read(said).getInt("version"));
        assertEquals(survivor, read(asked).getString("putToId"));
        assertEquals(0, read(unrelated).getInt("version"));
        asViewer().get("/quotes/" + said + "/history").then().statusCode(404);
        asReporter().get("/quotes/" + said + "/history").then().statusCode(200)
                .body("snapshot.speakerId", is(List.of(duplicate, survivor)));
        asEditor().post(prefix + duplicate).then().statusCode(200).body("records", is(0));
        asReporter().get("/quotes?speakerIds=" + survivor).then().statusCode(200)
                .body("groups[0].totalCount", is(2));
    }

    @Test
    void anEditNeedsTheCurrentVersionAndAStaleOneIsRefusedWithIt() {
        String speaker = OtherServices.person("Speaker " + tag());
        String id = create(quote("First wording", speaker));
        asReporter().body(with(quote("Second wording", speaker), "version", 0)).put("/quotes/" + id).then()
                .statusCode(200).body("text", is("Second wording")).body("version", is(1));
        asReporter().body(with(quote("Third wording", speaker), "version", 0)).put("/quotes/" + id).then()
                .statusCode(409).contentType("application/problem+json").body("code", is("CONFLICT"))
                .body("currentVersion", is(1));
        assertEquals("Second wording", read(id).getString("text"));
    }

    @Test
    void anEditThatKeepsTheSameReferencesDoesNotAskTheOtherServicesAgain() {
        String speaker = OtherServices.person("Speaker " + tag());
        String story = OtherServices.story("Story " + tag());
        String id = create(with(quote("Unchanged references", speaker), "storyId", story));
        OtherServices.reset();
        asReporter().body(with(quote("Unchanged references, new words", speaker), "storyId", story, "version", 0))
                .put("/quotes/" + id).then().statusCode(200);
        assertEquals(0, OtherServices.ENTITIES.requests().size() + OtherServices.EVENTS.requests().size());
    }

    @Test
    void historyKeepsEveryChangeWithWhoMadeIt() {
        String speaker = OtherServices.person("Speaker " + tag());
        String id = create(quote("Before", speaker));
        Api.as(org.newsgraph.platform.testing.TestTokens.of("ed.editor", "editor"))
                .body(with(quote("After", speaker), "version", 0)).put("/quotes/" + id).then().statusCode(200);
        asReporter().get("/quotes/" + id + "/history").then().statusCode(200)
                .body("kind", contains("CREATED", "UPDATED"))
                .body("user", contains("rita.reporter", "ed.editor"))
                .body("snapshot.text", contains("Before", "After"));
    }

    @Test
    void onlyAnAdminDeletesForGood() {
        String id = create(quote("To be deleted", OtherServices.person("Speaker " + tag())));
        asEditor().delete("/quotes/" + id).then().statusCode(403).body("code", is("FORBIDDEN"));
        Api.asAdmin().delete("/quotes/" + id).then().statusCode(204);
        asReporter().get("/quotes/" + id).then().statusCode(404).body("code", is("NOT_FOUND"));
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        io.restassured.RestAssured.given().get("/quotes/search").then().statusCode(401)
                .body("code", is("UNAUTHENTICATED"));
        Api.as(org.newsgraph.platform.testing.TestTokens.expired("rita.reporter", "reporter"))
                .get("/quotes/search").then().statusCode(401);
        asViewer().body(quote("A viewer may not record quotes", null)).post("/quotes").then().statusCode(403)
                .body("code", is("FORBIDDEN"));
    }
}
