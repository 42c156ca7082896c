package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.entity.rest.Api.alias;
import static org.newsgraph.entity.rest.Api.asEditor;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.tag;
import static org.newsgraph.entity.rest.Api.with;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.testing.Refusals;

/** Every kind of bad input gets 400 BAD_USER_INPUT naming the field, and writes nothing. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class BadInputTests {

    @Inject
    Database database;

    private void refused(Object body, String field) {
        refused(asReporter().body(body), "/entities", field);
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
    void anEmptyName() {
        refused(Api.person("", null), "name");
        refused(Api.person("   ", null), "name");
        refused(Api.body("ORGANISATION", null), "name");
    }

    @Test
    void aWikidataIdThatIsNotOne() {
        refused(with(Api.person("Someone " + tag(), null), "wikidataId", "7747"), "wikidataId");
        refused(with(Api.person("Someone " + tag(), null), "wikidataId", "Q12a"), "wikidataId");
        refused(with(Api.person("Someone " + tag(), null), "wikidataId", "Q0"), "wikidataId");
        // longer than any id Wikidata will give for a long time, and than its unique index's row
        refused(with(Api.person("Someone " + tag(), null), "wikidataId", "Q1" + "2".repeat(12)), "wikidataId");
        refused(with(Api.person("Someone " + tag(), null), "wikidataId", "Q1" + digits(20_000)), "wikidataId");
    }

    private static String digits(int count) {
        Random random = new Random(7);
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    @Test
    void anUnknownTimeZone() {
        refused(Api.place("Olympus Mons " + tag(), "Mars/Olympus"), "place.timeZone");
        refused(Api.place("London " + tag(), "BST"), "place.timeZone");
        refused(Api.place("Somewhere " + tag(), "+02:00"), "place.timeZone");
    }

    @Test
    void aPlaceWithoutItsZone() {
        refused(Api.body("PLACE", "Anchorage " + tag()), "place");
        Map<String, Object> noZone = Api.body("PLACE", "Anchorage " + tag());
        noZone.put("place", Map.of("country", "US"));
        refused(noZone, "place.timeZone");
    }

    @Test
    void coordinatesOutOfRange() {
        Map<String, Object> tooFarNorth = Api.body("PLACE", "Nowhere " + tag());
        tooFarNorth.put("place", Map.of("latitude", 91, "longitude", 0, "timeZone", "UTC"));
        refused(tooFarNorth, "place.latitude");
        Map<String, Object> tooFarWest = Api.body("PLACE", "Nowhere " + tag());
        tooFarWest.put("place", Map.of("latitude", 0, "longitude", -180.5, "timeZone", "UTC"));
        refused(tooFarWest, "place.longitude");
    }

    @Test
    void aDelegationHeadWhoIsNotAMember() {
        String government = create(Api.organisation("Government " + tag(), "GOVERNMENT"));
        String head = createPerson("Head " + tag());
        String member = createPerson("Member " + tag());
        refused(Api.delegation("Delegation " + tag(), government, head, member, "adviser"), "delegation.headId");
    }

    @Test
    void unknownIdsInReferences() {
        String government = create(Api.organisation("Government " + tag(), "GOVERNMENT"));
        String member = createPerson("Member " + tag());
        String unknown = UUID.randomUUID().toString();
        refused(Api.delegation("Delegation " + tag(), unknown, null, member, "adviser"),
                "delegation.organisationId");
        refused(Api.delegation("Delegation " + tag(), government, null, member, "adviser", unknown, "adviser"),
                "delegation.members[1].personId");
        refused(asReporter().body(Map.of("personId", unknown, "organisationId", government, "title", "Envoy")),
                "/affiliations", "personId");
    }

    @Test
    void referencesToTheWrongKind() {
        String government = create(Api.organisation("Government " + tag(), "GOVERNMENT"));
        String place = create(Api.place("Anchorage " + tag(), "America/Anchorage"));
        refused(Api.delegation("Delegation " + tag(), government, null, place, "adviser"),
                "delegation.members[0].personId");
        refused(Api.delegation("Delegation " + tag(), place, null), "delegation.organisationId");
    }

    @Test
    void aMemberListedTwice() {
        String government = create(Api.organisation("Government " + tag(), "GOVERNMENT"));
        String member = createPerson("Member " + tag());
        refused(Api.delegation("Delegation " + tag(), government, null, member, "adviser", member, "envoy"),
                "delegation.members[1].personId");
        asReporter().body(Api.delegation("Delegation " + tag(), government, null, member, "adviser", member, "envoy"))
                .post("/entities").then().body("detail", is("this person is a member already (delegation.members[0])"));
    }

    @Test
    void anAffiliationEndingBeforeItStarts() {
        String person = createPerson("Person " + tag());
        String organisation = create(Api.organisation("Organisation " + tag(), "MEDIA"));
        refused(asReporter().body(Map.of("personId", person, "organisationId", organisation, "title", "Editor",
                "validFrom", "2025-08-15", "validTo", "2025-08-14")), "/affiliations", "validTo");
        refused(asReporter().body(Map.of("personId", person, "organisationId", organisation, "title", " ")),
                "/affiliations", "title");
    }

    @Test
    void aBodyThatIsNotJson() {
        refused(asReporter().body("{\"kind\": \"PERSON\", \"name\": "), "/entities", "body");
        refused(asReporter().body("name=Putin"), "/entities", "body");
    }

    @Test
    void fieldsOfTheWrongShape() {
        refused(Api.body("ROBOT", "R2-D2"), "kind");
        refused(Api.body(null, "Nobody"), "kind");
        refused(with(Api.person("Someone " + tag(), null), "person", Map.of("birthDate", "1952-13-40")),
                "person.birthDate");
        refused(with(Api.person("Someone " + tag(), null), "person", Map.of("nationality", "Russia")),
                "person.nationality");
        refused(Api.person("Someone " + tag(), alias("Путин", "Russian")), "aliases[0].language");
        refused(Api.person("Someone " + tag(), alias("", "ru")), "aliases[0].name");
        refused(with(Api.person("Someone " + tag(), null), "nmae", "typo"), "nmae");
    }

    @Test
    void detailsOfAnotherKind() {
        refused(with(Api.person("Someone " + tag(), null), "place", Map.of("timeZone", "UTC")), "place");
    }

    @Test
    void badIdsAndQueries() {
        asViewer().queryParam("ids", "not-an-id").get("/entities/lookup").then()
                .statusCode(400).body("field", is("ids")).body("detail", containsString("not-an-id"));
        asViewer().get("/entities/lookup").then().statusCode(400).body("field", is("ids"));
        asViewer().queryParam("q", " ").get("/entities/search").then().statusCode(400).body("field", is("q"));
        asViewer().queryParam("ids", List.of(UUID.randomUUID().toString())).queryParam("first", 500)
                .get("/entities").then().statusCode(400).body("field", is("first"));
    }

    @Test
    void anIdThatIsNotOneIsRefusedNamingWhereItWasGiven() {
        asViewer().get("/entities/not-an-id").then().statusCode(400).contentType("application/problem+json")
                .body("code", is("BAD_USER_INPUT")).body("field", is("id"))
                .body("detail", is("'not-an-id' is not an id"));
        refused(asEditor().body(Map.of("version", 0, "reason", "duplicate")), "/entities/not-an-id/archive", "id");
        String duplicate = createPerson("Duplicate " + tag());
        refused(asEditor().body(Map.of("survivorId", "not-an-id", "version", 0)), "/entities/" + duplicate + "/merge",
                "survivorId");
        asEditor().body(Map.of("survivorId", "not-an-id", "version", 0)).post("/entities/" + duplicate + "/merge")
                .then().statusCode(400).body("detail", is("'not-an-id' is not an id"));
        asViewer().get("/entities/" + "x".repeat(500)).then().statusCode(400)
                .body("detail", is("'" + "x".repeat(60) + "…' is not an id"));
    }

    @Test
    void anEditWithBadInputChangesNothing() {
        String id = createPerson("Keeps his name " + tag());
        String before = database.footprint();
        asReporter().body(with(Api.person("", null), "version", 0)).put("/entities/" + id).then()
                .statusCode(400).body("field", is("name"));
        assertEquals(before, database.footprint());
        assertEquals(0, Api.version(id));
    }

    // ---- input that once crashed a service (issue 9): now each is 400 naming the field -------

    @Test
    void aNulCharacterInTextOrAParameter() {
        refused(Api.person("Vladimir\u0000Putin", null), "name");
        refused(Api.person("Someone " + tag(), alias("Путин\u0000", "ru")), "aliases[0].name");
        refused(with(Api.person("Someone " + tag(), null), "description", "a\u0000b"), "description");
        Refusals.badInput(asViewer().queryParam("q", "a\u0000b").get("/entities/search"), "q");
        Refusals.badInput(asViewer().queryParam("ids", "\u0000").get("/entities/lookup"), "ids");
    }

    @Test
    void aTamperedCursor() {
        Refusals.badInput(asViewer().queryParam("q", "putin").queryParam("after", Cursor.encode("position", "-40"))
                .get("/entities/search"), "after");
        Refusals.badInput(asViewer().queryParam("after", Cursor.encode("Put\u0000in", UUID.randomUUID().toString()))
                .get("/entities"), "after");
    }

    @Test
    void aDateOutOfRange() {
        String person = createPerson("Person " + tag());
        String organisation = create(Api.organisation("Organisation " + tag(), "MEDIA"));
        refused(asReporter().body(Map.of("personId", person, "organisationId", organisation, "title", "Editor",
                "validFrom", "+999999999-12-31")), "/affiliations", "validFrom");
        refused(asReporter().body(Map.of("personId", person, "organisationId", organisation, "title", "Editor",
                "validTo", "-5000-01-01")), "/affiliations", "validTo");
        refused(with(Api.person("Someone " + tag(), null), "person", Map.of("birthDate", "-999999999-01-01")),
                "person.birthDate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNullInAList() {
        refused(with(Api.person("Someone " + tag(), null), "aliases", java.util.Arrays.asList((Object) null)),
                "aliases[0]");
        String government = create(Api.organisation("Government " + tag(), "GOVERNMENT"));
        Map<String, Object> delegation = Api.delegation("Delegation " + tag(), government, null);
        ((Map<String, Object>) delegation.get("delegation")).put("members", java.util.Arrays.asList((Object) null));
        refused(delegation, "delegation.members[0]");
    }
}
