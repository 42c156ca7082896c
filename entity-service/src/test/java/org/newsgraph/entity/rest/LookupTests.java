package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.is;
import static org.newsgraph.entity.rest.Api.asEditor;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.tag;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.paging.Cursor;

/** One call for many records: the gateway's and the other services' way to avoid a call per row. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class LookupTests {

    @Test
    void manyRecordsComeBackInTheOrderAskedWithMergedOnesResolvedAndUnknownOnesListed() {
        String place = create(Api.place("Anchorage " + tag(), "America/Anchorage"));
        String person = createPerson("Trump " + tag());
        String duplicate = createPerson("Trump duplicate " + tag());
        asEditor().body(Map.of("survivorId", person, "version", 0)).post("/entities/" + duplicate + "/merge")
                .then().statusCode(200);
        String unknown = UUID.randomUUID().toString();

        asViewer().queryParam("ids", String.join(",", duplicate, unknown, place, person)).get("/entities/lookup")
                .then().statusCode(200)
                .body("entities.id", is(List.of(person, place, person)))
                .body("entities.kind", is(List.of("PERSON", "PLACE", "PERSON")))
                .body("redirects.size()", is(1))
                .body("redirects." + duplicate, is(person))
                .body("missing", is(List.of(unknown)));
    }

    @Test
    void idsMayAlsoBeRepeatedParameters() {
        String a = createPerson("Repeated A " + tag());
        String b = createPerson("Repeated B " + tag());
        asViewer().queryParam("ids", b).queryParam("ids", a).get("/entities/lookup").then().statusCode(200)
                .body("entities.id", is(List.of(b, a)));
    }

    @Test
    void archivedRecordsAreStillFoundById() {
        String id = createPerson("Archived " + tag());
        asEditor().body(Map.of("version", 0)).post("/entities/" + id + "/archive").then().statusCode(200);
        asViewer().queryParam("ids", id).get("/entities/lookup").then()
                .body("entities[0].archived", is(true)).body("missing.size()", is(0));
    }

    @Test
    void tooManyIdsAreRefused() {
        String ids = String.join(",", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString())
                .limit(501).toList());
        asViewer().queryParam("ids", ids).get("/entities/lookup").then().statusCode(400).body("field", is("ids"));
    }

    @Test
    void aPersonComesWithEachCurrentTitleOnceLatestFirstWhetherLookedUpSearchedListedOrMergedAway() {
        String t = tag();
        Map<String, Object> body = Api.person("Kaja Kallas " + t, null);
        body.put("aliases", List.of(Api.alias("Каја Калас " + t, "sr"), Api.alias("Kaja Kallasová " + t, "cs")));
        String kallas = create(body);
        String duplicate = createPerson("K. Kallas " + t);
        String commission = create(Api.organisation("European Commission " + t, "GOVERNMENT"));
        String party = create(Api.organisation("Reform Party " + t, "PARTY"));
        affiliate(kallas, party, "Party leader", "2018-04-14", "2024-09-08");
        affiliate(kallas, commission, "Vice-President", "2024-12-01", null);
        affiliate(duplicate, commission, "High Representative", "2024-12-01", null);
        affiliate(kallas, party, "Member", "2011-01-01", null);
        affiliate(kallas, party, "Honorary chair", "2099-01-01", null); // not yet
        asEditor().body(Map.of("survivorId", kallas, "version", 0)).post("/entities/" + duplicate + "/merge")
                .then().statusCode(200);
        List<String> current = List.of("High Representative", "Vice-President", "Member");
        List<String> aliases = List.of("Каја Калас " + t, "Kaja Kallasová " + t, "K. Kallas " + t); // merged: its name

        asViewer().queryParam("ids", String.join(",", duplicate, commission)).get("/entities/lookup").then()
                .statusCode(200)
                .body("entities.id", is(List.of(kallas, commission)))
                .body("entities[0].aliases.name", is(aliases))
                .body("entities[0].currentAffiliations.title", is(current))
                .body("entities[1].currentAffiliations", is((Object) null));
        asViewer().queryParam("q", "Kallas " + t).get("/entities/search").then().statusCode(200)
                .body("edges.node.id", is(List.of(kallas)))
                .body("edges[0].node.aliases.name", is(aliases))
                .body("edges[0].node.currentAffiliations.title", is(current));
        asViewer().get("/entities/" + kallas).then().statusCode(200)
                .body("currentAffiliations.title", is(current));
        asViewer().queryParam("kind", "PERSON").queryParam("first", 1)
                .queryParam("after", Cursor.encode("Kaja Kallas " + t, new UUID(0, 0).toString()))
                .get("/entities").then().statusCode(200)
                .body("edges.node.id", is(List.of(kallas)))
                .body("edges[0].node.aliases.name", is(aliases))
                .body("edges[0].node.currentAffiliations.title", is(current));
    }

    private static void affiliate(String person, String organisation, String title, String from, String to) {
        asEditor().body(Api.affiliation(person, organisation, title, from, to)).post("/affiliations").then()
                .statusCode(201);
    }
}
