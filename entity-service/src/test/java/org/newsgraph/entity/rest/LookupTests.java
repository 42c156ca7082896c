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
}
