package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.tag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;
import org.newsgraph.platform.testing.StandIn;

/** Pasting an article gives candidates and stores nothing; accepting candidates stores drafts citing it. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class ExtractionResourceTests {

    static String trump;
    static String putin;

    @Inject
    Database database;

    @BeforeEach
    void peopleEntityServiceKnows() {
        OtherServices.reset();
        if (trump == null) {
            trump = OtherServices.person("Donald Trump", "US", "President of the United States");
            putin = OtherServices.person("Vladimir Putin", "RU", "President of Russia");
        }
    }

    @AfterEach
    void servicesUpAgain() {
        OtherServices.reset();
    }

    static String article() throws IOException {
        try (InputStream in = ExtractionResourceTests.class.getResourceAsStream("/articles/alaska-summit.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, Object> request(String text) {
        return Map.of("text", text, "publication", "The Independent",
                "url", "https://www.example.com/alaska-summit", "publishedAt", "2025-08-15T23:10:00Z",
                "localZone", "America/Anchorage", "language", "en");
    }

    private static Map<String, Object> candidate(JsonPath result, String text) {
        List<Map<String, Object>> items = result.getList("candidates");
        return items.stream().filter(i -> text.equals(((Map<?, ?>) i.get("candidate")).get("text"))).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + text));
    }

    @Test
    void theReferenceArticleGivesCandidatesWithSpeakersFromEntityServiceAndStoresNothing() throws IOException {
        String before = database.footprint();
        JsonPath result = asReporter().body(request(article())).post("/quotes/extract").then().log()
                .ifValidationFails().statusCode(200).extract().jsonPath();
        assertEquals(before, database.footprint(), "extraction stores nothing");

        Map<String, Object> post = candidate(result, "HIGH STAKES!!!");
        assertEquals("POST", ((Map<?, ?>) post.get("candidate")).get("kind"));
        assertEquals(trump, ((Map<?, ?>) ((Map<?, ?>) post.get("candidate")).get("speaker")).get("id"));
        Map<?, ?> draft = (Map<?, ?>) post.get("draft");
        assertEquals("Truth Social", draft.get("platform"));
        assertEquals(trump, draft.get("speakerId"));
        assertEquals("The Independent", ((Map<?, ?>) ((List<?>) draft.get("sources")).get(0)).get("publication"));

        Map<?, ?> fragment = (Map<?, ?>) candidate(result, "constructive atmosphere of mutual respect").get("candidate");
        assertEquals("FRAGMENT", fragment.get("kind"));
        assertEquals(putin, ((Map<?, ?>) fragment.get("speaker")).get("id"));

        Map<?, ?> question = (Map<?, ?>) candidate(result,
                "Will you commit to not killing any more civilians?").get("candidate");
        assertEquals("reporters", ((Map<?, ?>) question.get("speaker")).get("label"));
        assertEquals(putin, ((Map<?, ?>) question.get("putTo")).get("id"));

        assertTrue(result.getList("times.text", String.class).contains("at approximately 10.20am local time"));
        // one search per name, as the reporter
        assertTrue(OtherServices.ENTITIES.requests("/entities/search").stream()
                .anyMatch(r -> "Donald Trump".equals(r.query().get("q"))));
    }

    @Test
    void withEntityServiceDownTheCandidatesStillComeWithANote() throws IOException {
        OtherServices.ENTITIES.mode(StandIn.Mode.FAILING);
        JsonPath result = asReporter().body(request(article())).post("/quotes/extract").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(10, result.getList("candidates").size());
        assertTrue(result.getString("notes[0]").contains("entity-service"));
        assertEquals(1, OtherServices.ENTITIES.requests("/entities/search").size() <= 2 ? 1 : 0,
                "it gives up after the first failed search instead of trying every name");
    }

    @Test
    void aRoleDescribedInsteadOfANameIsResolvedThroughAffiliationsInOneCall() {
        String ruiz = OtherServices.person("Alejandro Ruiz Vidal", "ES", "Prime Minister of Spain");
        OtherServices.person("Giulia Ferri", "IT", "Prime Minister of Italy");
        String text = "The Spanish prime minister backed the housing minister on Thursday evening. \u201cThe law is"
                + " fair, and the law will stay,\u201d the prime minister told reporters. The Spanish foreign minister"
                + " and the Italian prime minister said nothing.";
        JsonPath result = asReporter().body(request(text)).post("/quotes/extract").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(ruiz, result.getString("candidates[0].candidate.speaker.id"));
        assertEquals("TITLE", result.getString("candidates[0].candidate.speaker.basis"));
        assertEquals(1, OtherServices.ENTITIES.requests("/affiliations/holders").size(),
                "every role of the article in one call");
    }

    @Test
    void anArticleWithoutQuotesSaysSo() {
        asReporter().body(request("The ministers met for two hours. No statement was issued.")).post("/quotes/extract")
                .then().statusCode(200).body("candidates.size()", is(0)).body("notes[0]", org.hamcrest.Matchers
                        .containsString("no quotation marks"));
    }

    @Test
    void viewersCannotExtractOrAccept() {
        asViewer().body(request("\u201cHello there, everyone,\u201d he said.")).post("/quotes/extract").then()
                .statusCode(403);
        asViewer().body(Map.of("source", Api.source(), "quotes", List.of(Api.quote("Hi", trump)))).post("/quotes/accept")
                .then().statusCode(403);
    }

    @Test
    void acceptedCandidatesBecomeDraftsCitingTheArticle() throws IOException {
        String story = OtherServices.story("Alaska summit " + tag());
        JsonPath result = asReporter().body(request(article())).post("/quotes/extract").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> post = new java.util.LinkedHashMap<>((Map<String, Object>) candidate(result,
                "HIGH STAKES!!!").get("draft"));
        Map<String, Object> fragment = new java.util.LinkedHashMap<>((Map<String, Object>) candidate(result,
                "constructive atmosphere of mutual respect").get("draft"));
        fragment.put("tags", List.of("summit"));
        post.remove("sources");
        fragment.remove("sources");
        Map<String, Object> source = Map.of("publication", "The Independent",
                "url", "https://www.example.com/alaska-summit", "publishedAt", "2025-08-15T23:10:00Z");

        OtherServices.reset();
        asReporter().body(Map.of("source", source, "storyId", story, "quotes", List.of(post, fragment)))
                .post("/quotes/accept").then().log().ifValidationFails().statusCode(201)
                .body("state", everyItem(is("DRAFT")))
                .body("text", contains("HIGH STAKES!!!", "constructive atmosphere of mutual respect"))
                .body("speakerId", contains(trump, putin))
                .body("storyId", everyItem(is(story)))
                .body("sources.publication", everyItem(contains("The Independent")))
                .body("tags", hasItem(contains("summit")));
        assertEquals(1, OtherServices.ENTITIES.requests("/entities/lookup").size());
    }

    @Test
    void aBadCandidateRefusesTheWholeBatchNamingIt() {
        String before = database.footprint();
        Map<String, Object> good = Api.quote("Good one", trump);
        Map<String, Object> bad = Api.quote("Bad one", UUID.randomUUID().toString());
        asReporter().body(Map.of("source", Api.source(), "quotes", List.of(good, bad))).post("/quotes/accept").then()
                .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("quotes[1].speakerId"));
        asReporter().body(Map.of("source", Api.source(), "quotes", List.of(good,
                Api.with(good, "kind", "POST")))).post("/quotes/accept").then()
                .statusCode(400).body("field", is("quotes[1].platform"));
        assertEquals(before, database.footprint());
    }
}
