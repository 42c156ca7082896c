package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.entity.rest.Api.alias;
import static org.newsgraph.entity.rest.Api.as;
import static org.newsgraph.entity.rest.Api.asEditor;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.read;
import static org.newsgraph.entity.rest.Api.search;
import static org.newsgraph.entity.rest.Api.tag;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.StandIn;
import org.newsgraph.platform.testing.TestTokens;

/** Merging duplicates, archiving, and deleting for good. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class MergeArchiveDeleteTests {

    @Inject
    Database database;

    private static io.restassured.response.ValidatableResponse merge(String duplicate, String survivor, long version) {
        return asEditor().body(Map.of("survivorId", survivor, "version", version))
                .post("/entities/" + duplicate + "/merge").then();
    }

    @Test
    void aMergedDuplicateRedirectsAndItsNamesAndAffiliationsMove() {
        String t = tag();
        String survivor = create(Api.person("Volodymyr Zelenskyy " + t, alias("Володимир Зеленський " + t, "uk")));
        String duplicate = create(Api.person("Vladimir Zelensky " + t, alias("Владимир Зеленский " + t, "ru")));
        String office = create(Api.organisation("Office of the President of Ukraine " + t, "GOVERNMENT"));
        String affiliation = asReporter().body(Map.of("personId", duplicate, "organisationId", office,
                "title", "President", "validFrom", "2019-05-20")).post("/affiliations").then().statusCode(201)
                .extract().path("id");

        merge(duplicate, survivor, 0).statusCode(200)
                .body("id", is(survivor))
                .body("aliases.name", hasItem("Vladimir Zelensky " + t))
                .body("aliases.name", hasItem("Владимир Зеленский " + t))
                .body("aliases.name", hasItem("Володимир Зеленський " + t))
                .body("currentAffiliations.title", hasItem("President"));

        JsonPath dup = read(duplicate);
        assertEquals(survivor, dup.getString("mergedInto"), "the duplicate answers with its survivor");
        assertEquals(List.of(), dup.getList("aliases"), "its aliases moved");
        asViewer().get("/affiliations/" + affiliation).then().body("personId", is(survivor));

        List<String> hits = search("Vladimir Zelensky " + t, "PERSON");
        assertTrue(hits.contains(survivor), "the duplicate's name now finds the survivor");
        assertFalse(hits.contains(duplicate), "search shows only the survivor");
        asViewer().queryParam("ids", duplicate).get("/entities/lookup").then()
                .body("entities[0].id", is(survivor))
                .body("redirects." + duplicate, is(survivor));
    }

    @Test
    void aMergeMovesDelegationMembershipsToTheSurvivor() {
        String t = tag();
        String kremlin = create(Api.organisation("Kremlin " + t, "GOVERNMENT"));
        String ushakov = createPerson("Yuri Ushakov " + t);
        String duplicate = createPerson("Yury Ushakov " + t);
        String putin = createPerson("Vladimir Putin " + t);
        String delegation = create(Api.delegation("Russian delegation " + t, kremlin, putin,
                putin, "President", duplicate, "Aide"));

        merge(duplicate, ushakov, 0).statusCode(200);
        asViewer().get("/entities/" + delegation).then()
                .body("delegation.members.personId", is(List.of(putin, ushakov)));
    }

    @Test
    void mergingIntoItselfOrIntoAMergedRecordIsRefused() {
        String a = createPerson("Alpha " + tag());
        String b = createPerson("Bravo " + tag());
        String c = createPerson("Charlie " + tag());
        String before = database.footprint();
        merge(a, a, 0).statusCode(400).body("field", is("survivorId"));
        assertEquals(before, database.footprint());

        merge(b, c, 0).statusCode(200);
        before = database.footprint();
        merge(a, b, 0).statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("survivorId"));
        merge(b, a, 1).statusCode(409).body("code", is("CONFLICT"));
        assertEquals(before, database.footprint());
    }

    @Test
    void onlyRecordsOfTheSameKindMerge() {
        String person = createPerson("Anchorage " + tag());
        String place = create(Api.place("Anchorage " + tag(), "America/Anchorage"));
        merge(person, place, 0).statusCode(400).body("field", is("survivorId"));
    }

    @Test
    void aMergeOfAStaleVersionIsAConflict() {
        String duplicate = createPerson("Stale " + tag());
        String survivor = createPerson("Fresh " + tag());
        asReporter().body(Api.with(Api.person("Stale edited", null), "version", 0)).put("/entities/" + duplicate)
                .then().statusCode(200);
        merge(duplicate, survivor, 0).statusCode(409).body("currentVersion", is(1));
        assertEquals(null, read(duplicate).getString("mergedInto"));
    }

    @Test
    void eventServiceAndQuoteServiceAreToldOfAMergeWithTheEditorsToken() {
        String duplicate = createPerson("S. Lavrov " + tag());
        String survivor = createPerson("Sergey Lavrov " + tag());
        merge(duplicate, survivor, 0).statusCode(200).body("id", is(survivor));
        assertTrue(OtherServices.toldMerged(OtherServices.EVENTS).contains(duplicate));
        assertTrue(OtherServices.toldMerged(OtherServices.QUOTES).contains(duplicate));
    }

    @Test
    void aMergeAServiceCouldNotBeToldOfIsKeptAndFinishedByMergingAgain() {
        String duplicate = createPerson("M. Zakharova " + tag());
        String survivor = createPerson("Maria Zakharova " + tag());
        try {
            OtherServices.QUOTES.mode(StandIn.Mode.DOWN);
            merge(duplicate, survivor, 0).statusCode(503).body("code", is("UNAVAILABLE"))
                    .body("detail", containsString("merged, but quote-service could not be reached"))
                    .body("detail", containsString("merge again"));
        } finally {
            OtherServices.allUp();
        }
        assertEquals(survivor, read(duplicate).getString("mergedInto"), "the merge itself is kept");
        String survivorBefore = asViewer().get("/entities/" + survivor).then().statusCode(200).extract().asString();

        // the editor's form still holds the version it merged from: merging again is not a conflict
        merge(duplicate, survivor, 0).statusCode(200).body("id", is(survivor));
        assertTrue(OtherServices.toldMerged(OtherServices.QUOTES).contains(duplicate));
        assertEquals(survivorBefore, asViewer().get("/entities/" + survivor).then().extract().asString(),
                "merging again changes nothing in entity-service");
        String other = createPerson("Someone else " + tag());
        merge(duplicate, other, Api.version(duplicate)).statusCode(409).body("code", is("CONFLICT"));
    }

    @Test
    void anEarlierDuplicateFollowsTheChainToTheLastSurvivor() {
        String first = createPerson("Chain one " + tag());
        String second = createPerson("Chain two " + tag());
        String third = createPerson("Chain three " + tag());
        merge(first, second, 0).statusCode(200);
        OtherServices.QUOTES.forget();
        merge(second, third, Api.version(second)).statusCode(200);
        assertEquals(third, read(first).getString("mergedInto"));
        assertEquals(List.of(first, second).stream().sorted().toList(),
                OtherServices.toldMerged(OtherServices.QUOTES).stream().sorted().toList(),
                "what named the earlier duplicate moves too");
        asViewer().queryParam("ids", first + "," + second).get("/entities/lookup").then()
                .body("entities.id", is(List.of(third, third)));
    }

    @Test
    void anArchivedRecordLeavesListsAndSearchButStaysReadable() {
        String t = tag();
        String id = createPerson("Archived Arkady " + t);
        asEditor().body(Map.of("version", 0, "reason", "not part of the story")).post("/entities/" + id + "/archive")
                .then().statusCode(200).body("archived", is(true)).body("archiveReason", is("not part of the story"));

        read(id);
        asViewer().get("/entities/" + id).then().body("archived", is(true));
        assertFalse(search("Archived Arkady " + t, null).contains(id));
        asViewer().queryParam("kind", "PERSON").queryParam("first", 100).get("/entities").then()
                .body("edges.node.id", not(hasItem(id)));

        asEditor().body(Map.of("version", 1)).post("/entities/" + id + "/restore").then().statusCode(200)
                .body("archived", is(false));
        assertTrue(search("Archived Arkady " + t, null).contains(id));
    }

    @Test
    void deletingForGoodIsRefusedWhileReferredTo() {
        String t = tag();
        String person = createPerson("Referred " + t);
        String organisation = create(Api.organisation("Referring org " + t, "MEDIA"));
        String affiliation = asReporter().body(Map.of("personId", person, "organisationId", organisation,
                "title", "Correspondent")).post("/affiliations").then().statusCode(201).extract().path("id");

        String before = database.footprint();
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(409).body("code", is("CONFLICT"));
        assertEquals(before, database.footprint());

        as(TestTokens.admin()).delete("/affiliations/" + affiliation).then().statusCode(204);
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(204);
        asViewer().get("/entities/" + person).then().statusCode(404);
        asViewer().get("/entities/" + person + "/history").then().statusCode(200)
                .body("kind", is(List.of("CREATED", "DELETED")));
    }

    @Test
    void aSurvivorCannotBeDeletedWhileDuplicatesPointAtIt() {
        String duplicate = createPerson("Dup " + tag());
        String survivor = createPerson("Surv " + tag());
        merge(duplicate, survivor, 0).statusCode(200);
        as(TestTokens.admin()).delete("/entities/" + survivor).then().statusCode(409);
    }

    @Test
    void aRecordThatEventsOrQuotesStillNameIsNotDeleted() {
        String person = createPerson("Named in the story " + tag());
        java.util.UUID event = OtherServices.eventNaming(person);
        java.util.UUID quote = OtherServices.quoteNaming(person);

        String before = database.footprint();
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("CONFLICT"))
                .body("detail", containsString("1 event(s) (e.g. " + event + ")"))
                .body("detail", containsString("1 quote(s) (e.g. " + quote + ")"));
        assertEquals(before, database.footprint());
        asViewer().get("/entities/" + person).then().statusCode(200);

        OtherServices.forget(event);
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(409)
                .body("detail", containsString("1 quote(s)"))
                .body("detail", not(containsString("event")));
        OtherServices.forget(quote);
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(204);
        asViewer().get("/entities/" + person).then().statusCode(404);
    }

    @Test
    void aRecordIsNotDeletedWhileTheServicesThatMightNameItCannotBeAsked() {
        String person = createPerson("Perhaps named " + tag());
        try {
            OtherServices.QUOTES.mode(StandIn.Mode.DOWN);
            String before = database.footprint();
            as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(503)
                    .body("code", is("UNAVAILABLE"));
            assertEquals(before, database.footprint());
            OtherServices.QUOTES.mode(StandIn.Mode.UP);
            OtherServices.EVENTS.mode(StandIn.Mode.HANGING);
            as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(503)
                    .body("code", is("UNAVAILABLE"));
            assertEquals(before, database.footprint());
        } finally {
            OtherServices.allUp();
        }
        as(TestTokens.admin()).delete("/entities/" + person).then().statusCode(204);
    }
}
