package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.move;
import static org.newsgraph.quote.rest.Api.published;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.version;
import static org.newsgraph.quote.rest.Api.with;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** Full-text search: ranking, language-aware matching, phrases, highlights, filters and paging. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class SearchTests {

    private String speaker;

    @BeforeEach
    void aSpeakerOfOurOwn() {
        OtherServices.reset();
        speaker = OtherServices.person("Speaker " + tag());
    }

    private JsonPath search(Map<String, Object> params) {
        return asViewer().queryParams(params).queryParam("speakerId", speaker).get("/quotes/search").then()
                .log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    private List<String> ids(Map<String, Object> params) {
        return search(params).getList("edges.node.quote.id", String.class);
    }

    @Test
    void wordsOfTheQuoteRankAboveWordsOfItsContextAndTheSnippetMarksThem() {
        String inContext = published(with(quote("We discussed many things at length", speaker),
                "context", "Asked about sanctions, he said: we discussed many things at length."));
        String inWords = published(quote("Sanctions will not work, and everyone knows it", speaker));
        JsonPath result = search(Map.of("q", "sanctions"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(inWords, inContext),
                result.getList("edges.node.quote.id", String.class));
        org.junit.jupiter.api.Assertions.assertTrue(result.getString("edges[0].node.snippet")
                .contains("<mark>Sanctions</mark> will not work"));
        org.junit.jupiter.api.Assertions.assertTrue(result.getString("edges[1].node.snippet")
                .contains("<mark>sanctions</mark>"), "the context's words are shown when only they match");
    }

    @Test
    void englishQuotesAreFoundByOtherFormsOfTheirWords() {
        String id = published(quote("The negotiations were difficult", speaker));
        asViewer().queryParam("q", "negotiating").queryParam("speakerId", speaker).get("/quotes/search").then()
                .body("edges.node.quote.id", contains(id));
    }

    @Test
    void russianQuotesAreStemmedAndUnknownLanguagesMatchWordForWord() {
        String russian = published(with(quote("\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b"
                + " \u043f\u0440\u043e\u0448\u043b\u0438 \u043a\u043e\u043d\u0441\u0442\u0440\u0443\u043a\u0442\u0438\u0432\u043d\u043e",
                speaker), "language", "ru"));
        String ukrainian = published(with(quote("\u041c\u0438 \u043d\u0435 \u0434\u043e\u0437\u0432\u043e\u043b\u0438\u043c\u043e"
                + " \u0446\u044c\u043e\u0433\u043e", speaker), "language", "uk"));
        // "переговоров" is another case of "переговоры"
        org.junit.jupiter.api.Assertions.assertEquals(List.of(russian),
                ids(Map.of("q", "\u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u043e\u0432")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(ukrainian),
                ids(Map.of("q", "\u0434\u043e\u0437\u0432\u043e\u043b\u0438\u043c\u043e")));
    }

    @Test
    void aLanguageParsesTheWordsWithItsOwnStemmer() {
        String german = published(with(quote("Die Verhandlungen waren schwierig", speaker), "language", "de"));
        // "Verhandlung" is the singular: only German stemming joins the two
        org.junit.jupiter.api.Assertions.assertEquals(List.of(german),
                ids(Map.of("q", "Verhandlung", "language", "de")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), ids(Map.of("q", "Verhandlung")));
    }

    @Test
    void aPhraseMatchesOnlyItsWordsInOrder() {
        String phrase = published(quote("Held in a constructive atmosphere of mutual respect", speaker));
        published(quote("Respect was mutual, the atmosphere constructive", speaker));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(phrase), ids(Map.of("q", "\"mutual respect\"")));
        org.junit.jupiter.api.Assertions.assertEquals(2, ids(Map.of("q", "mutual respect")).size());
    }

    @Test
    void filtersNarrowTheResults() {
        String story = OtherServices.story("Story " + tag());
        String event = OtherServices.event(story, "Press conference");
        String other = OtherServices.story("Other " + tag());
        String direct = published(with(quote("Ceasefire now, said one", speaker), "eventId", event));
        String post = published(with(quote("Ceasefire?? NEVER!", speaker), "kind", "POST", "platform", "Telegram",
                "storyId", other, "time", Map.of("date", "2025-08-10", "zone", "Europe/Moscow", "precision", "DAY")));
        String draft = create(with(quote("Ceasefire in draft", speaker), "storyId", story));
        asEditor().body(Map.of("state", "VERIFIED", "note", "Checked", "version", version(direct)))
                .post("/quotes/" + direct + "/verification").then().statusCode(200);

        org.junit.jupiter.api.Assertions.assertEquals(List.of(direct), ids(Map.of("q", "ceasefire", "eventId", event)));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(post), ids(Map.of("q", "ceasefire", "storyId", other)));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(post), ids(Map.of("q", "ceasefire", "kind", "POST")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(direct),
                ids(Map.of("q", "ceasefire", "verification", "VERIFIED")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(post),
                ids(Map.of("q", "ceasefire", "from", "2025-08-01", "to", "2025-08-14")));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(direct),
                ids(Map.of("q", "ceasefire", "from", "2025-08-15T00:00:00Z")));
        asReporter().queryParam("q", "ceasefire").queryParam("speakerId", speaker).queryParam("state", "DRAFT")
                .get("/quotes/search").then().body("edges.node.quote.id", contains(draft));
        asReporter().queryParam("speakerId", speaker).queryParam("storyId", story).get("/quotes/search").then()
                .body("edges.node.quote.id", containsInAnyOrder(direct, draft));
    }

    @Test
    void pagesFollowOneAnotherWithoutRepeats() {
        for (int i = 0; i < 5; i++) {
            published(quote("Peace talk number " + i + " about peace", speaker));
        }
        JsonPath first = search(Map.of("q", "peace", "first", 2));
        org.junit.jupiter.api.Assertions.assertTrue(first.getBoolean("pageInfo.hasNextPage"));
        JsonPath second = search(Map.of("q", "peace", "first", 2, "after", first.getString("pageInfo.endCursor")));
        JsonPath third = search(Map.of("q", "peace", "first", 2, "after", second.getString("pageInfo.endCursor")));
        org.junit.jupiter.api.Assertions.assertFalse(third.getBoolean("pageInfo.hasNextPage"));
        List<String> all = new java.util.ArrayList<>(first.getList("edges.node.quote.id", String.class));
        all.addAll(second.getList("edges.node.quote.id", String.class));
        all.addAll(third.getList("edges.node.quote.id", String.class));
        org.junit.jupiter.api.Assertions.assertEquals(5, all.size());
        org.junit.jupiter.api.Assertions.assertEquals(5, all.stream().distinct().count());
    }

    @Test
    void snippetsAreSafeToShowAsHtml() {
        published(quote("Never trust <script>alert('x')</script> a ceasefire & a promise", speaker));
        String snippet = search(Map.of("q", "ceasefire")).getString("edges[0].node.snippet");
        // PostgreSQL's parser drops markup-like words from headlines; whatever is left is escaped
        org.junit.jupiter.api.Assertions.assertFalse(snippet.contains("<script"), snippet);
        org.junit.jupiter.api.Assertions.assertTrue(snippet.contains("<mark>ceasefire</mark> &amp;"), snippet);
    }

    @Test
    void withoutWordsTheFilteredQuotesComeNewestFirst() {
        String older = published(with(quote("Older", speaker), "time",
                Map.of("date", "2025-08-14", "zone", "America/Anchorage", "precision", "DAY")));
        String newer = published(with(quote("Newer", speaker), "time",
                Map.of("date", "2025-08-15", "time", "10:20", "zone", "America/Anchorage", "precision", "MINUTE")));
        asViewer().queryParam("speakerId", speaker).get("/quotes/search").then()
                .body("edges.node.quote.id", contains(newer, older))
                .body("edges.node.snippet", not(containsString("mark")));
    }

    @Test
    void aRetractedQuoteIsStillFoundAndShownAsRetracted() {
        String id = published(quote("Withdrawn remark about tariffs", speaker));
        move(asEditor(), id, "RETRACTED", "Misattributed");
        asViewer().queryParam("q", "tariffs").queryParam("speakerId", speaker).get("/quotes/search").then()
                .body("edges.node.quote.state", contains("RETRACTED"));
        asViewer().queryParam("q", "nothingmatchesthis").queryParam("speakerId", speaker).get("/quotes/search").then()
                .body("edges", empty());
    }

    @Test
    void withoutWordsThereIsNoSnippet() {
        published(quote("Plain", speaker));
        asViewer().queryParam("speakerId", speaker).get("/quotes/search").then()
                .body("edges[0].node.snippet", is((Object) null));
    }
}
