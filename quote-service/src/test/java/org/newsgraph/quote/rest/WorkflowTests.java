package org.newsgraph.quote.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.quote.rest.Api.asEditor;
import static org.newsgraph.quote.rest.Api.asReporter;
import static org.newsgraph.quote.rest.Api.asViewer;
import static org.newsgraph.quote.rest.Api.create;
import static org.newsgraph.quote.rest.Api.move;
import static org.newsgraph.quote.rest.Api.published;
import static org.newsgraph.quote.rest.Api.quote;
import static org.newsgraph.quote.rest.Api.read;
import static org.newsgraph.quote.rest.Api.tag;
import static org.newsgraph.quote.rest.Api.version;
import static org.newsgraph.quote.rest.Api.with;
import static org.newsgraph.quote.rest.Api.without;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.quote.testing.OtherServices;
import org.newsgraph.quote.testing.QuoteTestProfile;

/** The editorial workflow, verification, and who sees what: each role, each step. */
@QuarkusTest
@TestProfile(QuoteTestProfile.class)
class WorkflowTests {

    @BeforeEach
    void servicesUp() {
        OtherServices.reset();
    }

    private static String speaker() {
        return OtherServices.person("Speaker " + tag());
    }

    private static void refusedMove(RequestSpecification as, String id, String to, String reason, int status,
            String code) {
        as.body(with(Map.of("to", to, "version", version(id)), "reason", reason)).post("/quotes/" + id + "/transitions")
                .then().statusCode(status).body("code", is(code));
    }

    @Test
    void aReporterSubmitsAndWithdrawsAndAnEditorPublishesAndRetracts() {
        String id = create(quote("Workflow words", speaker()));
        assertEquals("IN_REVIEW", move(asReporter(), id, "IN_REVIEW", null).getString("state"));
        assertEquals("DRAFT", move(asReporter(), id, "DRAFT", null).getString("state"));
        move(asReporter(), id, "IN_REVIEW", null);
        assertEquals("PUBLISHED", move(asEditor(), id, "PUBLISHED", null).getString("state"));
        var retracted = move(asEditor(), id, "RETRACTED", "The speaker was misidentified");
        assertEquals("RETRACTED", retracted.getString("state"));
        assertEquals("The speaker was misidentified", retracted.getString("retractionReason"));
        // retracted quotes stay readable, shown as retracted
        asViewer().get("/quotes/" + id).then().statusCode(200).body("state", is("RETRACTED"));
    }

    @Test
    void onlyEditorsPublishAndRetract() {
        String id = create(quote("Reporter wants this out", speaker()));
        refusedMove(asReporter(), id, "PUBLISHED", null, 403, "FORBIDDEN");
        move(asEditor(), id, "PUBLISHED", null);
        refusedMove(asReporter(), id, "RETRACTED", "wrong", 403, "FORBIDDEN");
    }

    @Test
    void aRetractionNeedsItsReasonAndAnImpossibleMoveIsBadInput() {
        String id = published(quote("Retract me properly", speaker()));
        refusedMove(asEditor(), id, "RETRACTED", null, 400, "BAD_USER_INPUT");
        refusedMove(asEditor(), id, "DRAFT", null, 400, "BAD_USER_INPUT");
    }

    @Test
    void aQuoteWithoutASourceOrSpeakerCannotBePublished() {
        String unsourced = create(without(quote("No source for this", speaker()), "sources"));
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/quotes/" + unsourced + "/transitions").then()
                .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("sources"))
                .body("detail", containsString("source"));
        String nobody = create(with(quote("Nobody said this", null), "speakerId", null));
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/quotes/" + nobody + "/transitions").then()
                .statusCode(400).body("field", is("speakerId")).body("detail", containsString("speaker"));
        asReporter().get("/quotes/" + unsourced).then().body("state", is("DRAFT"));
    }

    @Test
    void aStaleTransitionIsRefused() {
        String id = create(quote("Stale move", speaker()));
        asEditor().body(Map.of("to", "PUBLISHED", "version", 7)).post("/quotes/" + id + "/transitions").then()
                .statusCode(409).body("currentVersion", is(0));
    }

    @Test
    void aPublishedQuoteIsEditedByEditorsOnly() {
        String speaker = speaker();
        String id = published(quote("Published words", speaker));
        long version = version(id);
        asReporter().body(with(quote("Reporter edit", speaker), "version", version)).put("/quotes/" + id).then()
                .statusCode(403).body("code", is("FORBIDDEN"));
        asEditor().body(with(quote("Editor edit", speaker), "version", version)).put("/quotes/" + id).then()
                .statusCode(200).body("text", is("Editor edit"));
    }

    @Test
    void onlyEditorsVerifyAndEveryVerdictStaysInTheHistory() {
        String id = published(quote("Verify me", speaker()));
        asReporter().body(Map.of("state", "VERIFIED", "note", "I checked", "version", version(id)))
                .post("/quotes/" + id + "/verification").then().statusCode(403).body("code", is("FORBIDDEN"));
        asEditor().body(Map.of("state", "VERIFIED", "note", "Matches the Kremlin transcript", "version", version(id)))
                .post("/quotes/" + id + "/verification").then().statusCode(200)
                .body("verification.state", is("VERIFIED"))
                .body("verification.by", is("ed.editor"))
                .body("verification.at", notNullValue())
                .body("verification.note", is("Matches the Kremlin transcript"));
        asEditor().body(Map.of("state", "DISPUTED", "note", "The video has a different wording",
                "version", version(id))).post("/quotes/" + id + "/verification").then().statusCode(200);
        asEditor().body(Map.of("state", "FALSE", "note", "He never said it", "version", version(id)))
                .post("/quotes/" + id + "/verification").then().statusCode(200).body("verification.state", is("FALSE"));

        List<String> verdicts = asViewer().get("/quotes/" + id + "/history").then().statusCode(200).extract()
                .jsonPath().getList("snapshot.verification.state", String.class);
        assertEquals(List.of("UNVERIFIED", "VERIFIED", "DISPUTED", "FALSE"), verdicts);
        asViewer().get("/quotes/" + id + "/history").then()
                .body("snapshot.verification.note", hasItem("The video has a different wording"))
                .body("user", hasItem("ed.editor"));
    }

    @Test
    void aVerdictNeedsItsReasonAndTheCurrentVersion() {
        String id = create(quote("Verify me too", speaker()));
        asEditor().body(Map.of("state", "VERIFIED", "note", " ", "version", 0))
                .post("/quotes/" + id + "/verification").then().statusCode(400).body("field", is("note"));
        asEditor().body(Map.of("state", "VERIFIED", "note", "ok", "version", 3))
                .post("/quotes/" + id + "/verification").then().statusCode(409).body("currentVersion", is(0));
    }

    @Test
    void viewersNeverSeeDraftsAnywhere() {
        String speaker = speaker();
        String story = OtherServices.story("Story " + tag());
        String word = "draftword" + tag().replaceAll("[0-9]", "x");
        String draft = create(with(quote("A secret " + word + " draft", speaker), "storyId", story));
        String inReview = create(with(quote("A reviewed " + word + " one", speaker), "storyId", story));
        move(asReporter(), inReview, "IN_REVIEW", null);
        String published = published(with(quote("A public " + word + " one", speaker), "storyId", story));

        // by id and history
        asViewer().get("/quotes/" + draft).then().statusCode(404).body("code", is("NOT_FOUND"));
        asViewer().get("/quotes/" + inReview).then().statusCode(404);
        asViewer().get("/quotes/" + draft + "/history").then().statusCode(404);
        asReporter().get("/quotes/" + draft).then().statusCode(200);
        // batch lookup
        asViewer().queryParam("ids", draft + "," + published).get("/quotes/lookup").then().statusCode(200)
                .body("quotes.id", contains(published)).body("missing", contains(draft));
        // lists and counts
        asViewer().queryParam("speakerIds", speaker).get("/quotes").then().statusCode(200)
                .body("groups[0].totalCount", is(1)).body("groups[0].quotes.id", contains(published));
        asReporter().queryParam("speakerIds", speaker).get("/quotes").then()
                .body("groups[0].totalCount", is(3));
        asViewer().queryParam("storyIds", story).get("/quotes").then().body("groups[0].totalCount", is(1));
        // search, also when asking for drafts by state
        asViewer().queryParam("q", word).get("/quotes/search").then().statusCode(200)
                .body("edges.node.quote.id", contains(published));
        asViewer().queryParam("q", word).queryParam("state", "DRAFT").get("/quotes/search").then()
                .body("edges", empty());
        asReporter().queryParam("q", word).get("/quotes/search").then().body("edges.size()", is(3));
    }

    @Test
    void aViewerSeesOnlyThePublicRevisionsOfAPublishedQuote() {
        String speaker = speaker();
        String id = create(quote("Draft wording nobody outside should see", speaker));
        asReporter().body(with(quote("Final wording", speaker), "version", 0)).put("/quotes/" + id).then()
                .statusCode(200);
        move(asEditor(), id, "PUBLISHED", null);
        asViewer().get("/quotes/" + id + "/history").then().statusCode(200)
                .body("snapshot.text", contains("Final wording"))
                .body("snapshot.text", not(hasItem("Draft wording nobody outside should see")));
    }

    @Test
    void aQuoteInsideADraftStoryOrEventStaysUnderItsEmbargo() {
        String speaker = speaker();
        String word = "embargoword" + tag().replaceAll("[0-9]", "x");
        String draftStory = OtherServices.story("Draft story " + tag(), true);
        String inDraftStory = create(with(quote("Said in a " + word + " draft story", speaker), "storyId", draftStory));
        String publicStory = OtherServices.story("Public story " + tag());
        String draftEvent = OtherServices.event(publicStory, "Draft event", "2025-08-15", "11:30", "America/Anchorage",
                false, true);
        String atDraftEvent = create(with(quote("Said at a " + word + " draft event", speaker), "eventId", draftEvent));

        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/quotes/" + inDraftStory + "/transitions")
                .then().statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("storyId"))
                .body("detail", containsString("publish the story first"));
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/quotes/" + atDraftEvent + "/transitions")
                .then().statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("eventId"));

        // hidden from viewers by id, in lookups, counts and search
        asViewer().get("/quotes/" + inDraftStory).then().statusCode(404);
        asViewer().get("/quotes/" + atDraftEvent).then().statusCode(404);
        asViewer().queryParam("ids", inDraftStory + "," + atDraftEvent).get("/quotes/lookup").then()
                .body("quotes", empty());
        asViewer().queryParam("storyIds", draftStory).get("/quotes").then().body("groups[0].totalCount", is(0));
        asViewer().queryParam("eventIds", draftEvent).get("/quotes").then().body("groups[0].totalCount", is(0));
        asViewer().queryParam("speakerIds", speaker).get("/quotes").then().body("groups[0].totalCount", is(0));
        asViewer().queryParam("q", word).get("/quotes/search").then().body("edges", empty());

        // once the story and the event are published, so may their quotes be
        OtherServices.publish(draftStory);
        OtherServices.publish(draftEvent);
        move(asEditor(), inDraftStory, "PUBLISHED", null);
        move(asEditor(), atDraftEvent, "PUBLISHED", null);
        asViewer().queryParam("q", word).get("/quotes/search").then().body("edges.size()", is(2));
    }

    @Test
    void anEditCannotTakeFromAPublishedQuoteWhatPublishingRequired() {
        String speaker = speaker();
        String story = OtherServices.story("Story " + tag());
        String id = published(with(quote("Published with its source", speaker), "storyId", story));
        String draftEvent = OtherServices.event(story, "Draft event", "2025-08-15", "11:30", "America/Anchorage",
                false, true);
        Map<String, Object> edit = with(quote("Published with its source", speaker), "storyId", story, "version", 1);

        asEditor().body(with(edit, "sources", List.of())).put("/quotes/" + id).then().statusCode(400)
                .body("code", is("BAD_USER_INPUT")).body("field", is("sources"));
        asEditor().body(with(edit, "speakerId", null)).put("/quotes/" + id).then().statusCode(400)
                .body("field", is("speakerId"));
        asEditor().body(with(edit, "eventId", draftEvent)).put("/quotes/" + id).then().statusCode(400)
                .body("field", is("eventId"));
        read(id).getList("sources").forEach(source -> assertEquals("The Independent", ((Map<?, ?>) source)
                .get("publication")));
        assertEquals(1, version(id));
        asEditor().body(with(edit, "text", "Published with its source, reworded")).put("/quotes/" + id).then()
                .statusCode(200);

        // a retracted quote is still public: it keeps them too
        move(asEditor(), id, "RETRACTED", "Misattributed");
        asEditor().body(with(edit, "sources", List.of(), "version", version(id))).put("/quotes/" + id).then()
                .statusCode(400).body("field", is("sources"));
    }
}
