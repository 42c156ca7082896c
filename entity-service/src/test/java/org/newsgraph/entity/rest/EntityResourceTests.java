package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.entity.rest.Api.alias;
import static org.newsgraph.entity.rest.Api.asEditor;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;
import static org.newsgraph.entity.rest.Api.create;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.read;
import static org.newsgraph.entity.rest.Api.tag;
import static org.newsgraph.entity.rest.Api.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/** Creating, reading, editing and listing each kind of record; versions and history. */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class EntityResourceTests {

    @Test
    void aPersonIsCreatedWithAliasesInTheirLanguagesAndReadBack() {
        Map<String, Object> body = Api.person("Vladimir Putin", alias("Владимир Путин", "ru"));
        body.put("description", "President of Russia");
        body.put("wikidataId", "Q7747" + tag().replaceAll("[^0-9]", "1").substring(0, 3));
        body.put("person", Map.of("nationality", "RU", "birthDate", "1952-10-07"));

        String id = asReporter().body(body).post("/entities").then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("kind", is("PERSON"))
                .body("name", is("Vladimir Putin"))
                .body("aliases[0].name", is("Владимир Путин"))
                .body("aliases[0].language", is("ru"))
                .body("person.nationality", is("RU"))
                .body("person.birthDate", is("1952-10-07"))
                .body("version", is(0))
                .extract().path("id");

        JsonPath read = read(id);
        assertEquals("Vladimir Putin", read.getString("name"));
        assertEquals("President of Russia", read.getString("description"));
        assertEquals(body.get("wikidataId"), read.getString("wikidataId"));
        assertFalse(read.getBoolean("archived"));
    }

    @Test
    void anOrganisationKeepsItsKind() {
        String id = create(Api.organisation("Ministry of Foreign Affairs of Russia " + tag(), "MINISTRY"));
        asViewer().get("/entities/" + id).then().statusCode(200)
                .body("kind", is("ORGANISATION"))
                .body("organisation.organisationKind", is("MINISTRY"));
    }

    @Test
    void anOrganisationWithoutAKindIsOther() {
        String id = create(Api.body("ORGANISATION", "Some committee " + tag()));
        asViewer().get("/entities/" + id).then().body("organisation.organisationKind", is("OTHER"));
    }

    @Test
    void aPlaceKeepsItsCoordinatesAndTimeZone() {
        String id = create(Api.place("Joint Base Elmendorf-Richardson " + tag(), "America/Anchorage"));
        asViewer().get("/entities/" + id).then().statusCode(200)
                .body("kind", is("PLACE"))
                .body("place.timeZone", is("America/Anchorage"))
                .body("place.country", is("US"))
                .body("place.latitude", equalTo(61.1743f))
                .body("place.longitude", equalTo(-149.9962f));
    }

    @Test
    void aDelegationHasAnOrganisationAHeadAndMembersWithRoles() {
        String government = create(Api.organisation("US Government " + tag(), "GOVERNMENT"));
        String president = createPerson("Donald Trump " + tag());
        String secretary = createPerson("Marco Rubio " + tag());
        String envoy = createPerson("Steve Witkoff " + tag());

        String id = create(Api.delegation("US delegation " + tag(), government, president,
                president, "President", secretary, "Secretary of State", envoy, "Special envoy"));

        asViewer().get("/entities/" + id).then().statusCode(200)
                .body("kind", is("DELEGATION"))
                .body("delegation.organisationId", is(government))
                .body("delegation.headId", is(president))
                .body("delegation.members.personId", contains(president, secretary, envoy))
                .body("delegation.members.role", contains("President", "Secretary of State", "Special envoy"));
    }

    @Test
    void anEditNamesItsVersionAndBumpsIt() {
        String id = createPerson("Sergei Lavrov " + tag());
        Map<String, Object> edit = with(Api.person("Sergey Lavrov", alias("Sergei Lavrov", null)), "version", 0);

        asReporter().body(edit).put("/entities/" + id).then().statusCode(200)
                .body("name", is("Sergey Lavrov"))
                .body("aliases[0].name", is("Sergei Lavrov"))
                .body("version", is(1));
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentVersionAndWritesNothing() {
        String id = createPerson("Yuri Ushakov " + tag());
        asReporter().body(with(Api.person("Yuri Ushakov (first edit)", null), "version", 0))
                .put("/entities/" + id).then().statusCode(200);

        asEditor().body(with(Api.person("Yuri Ushakov (second edit)", null), "version", 0))
                .put("/entities/" + id).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("CONFLICT"))
                .body("currentVersion", is(1));

        JsonPath read = read(id);
        assertEquals("Yuri Ushakov (first edit)", read.getString("name"));
        assertEquals(1, read.getLong("version"));
    }

    @Test
    void anEditWithoutAVersionIsBadInput() {
        String id = createPerson("Kirill Dmitriev " + tag());
        asReporter().body(Api.person("Kirill Dmitriev", null)).put("/entities/" + id).then()
                .statusCode(400).body("code", is("BAD_USER_INPUT")).body("field", is("version"));
    }

    @Test
    void theKindOfARecordCannotChange() {
        String id = createPerson("Anchorage " + tag());
        asReporter().body(with(Api.place("Anchorage", "America/Anchorage"), "version", 0))
                .put("/entities/" + id).then()
                .statusCode(400).body("field", is("kind"));
        assertEquals("PERSON", read(id).getString("kind"));
    }

    @Test
    void anUnknownIdIsNotFound() {
        asViewer().get("/entities/" + java.util.UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json").body("code", is("NOT_FOUND"));
    }

    @Test
    void historyKeepsEveryChangeWithTheUserWhoMadeIt() {
        String id = Api.as(TestTokens.of("rita.reporter", "reporter")).body(Api.person("Pete Hegseth " + tag(), null))
                .post("/entities").then().statusCode(201).extract().path("id");
        Api.as(TestTokens.of("ed.editor", "editor"))
                .body(with(Api.person("Pete Hegseth", null), "version", 0, "description", "Secretary of Defense"))
                .put("/entities/" + id).then().statusCode(200);

        asViewer().get("/entities/" + id + "/history").then().statusCode(200)
                .body("size()", is(2))
                .body("[0].kind", is("CREATED"))
                .body("[0].user", is("rita.reporter"))
                .body("[0].snapshot.version", is(0))
                .body("[0].at", notNullValue())
                .body("[1].kind", is("UPDATED"))
                .body("[1].user", is("ed.editor"))
                .body("[1].snapshot.name", is("Pete Hegseth"))
                .body("[1].snapshot.description", is("Secretary of Defense"))
                .body("[1].snapshot.version", is(1));
    }

    @Test
    void listsAreOrderedByNameAndPagedWithCursors() {
        String prefix = "Aaa list " + tag() + " ";
        for (String suffix : List.of("c", "a", "b")) {
            create(Api.place(prefix + suffix, "America/Anchorage"));
        }
        List<String> names = new ArrayList<>();
        String after = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            var request = asViewer().queryParam("kind", "PLACE").queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/entities").then().statusCode(200).extract().jsonPath();
            names.addAll(page.getList("edges.node.name", String.class));
            assertTrue(page.getList("edges.node.kind", String.class).stream().allMatch("PLACE"::equals));
            more = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            pages++;
        }
        List<String> ours = names.stream().filter(n -> n.startsWith(prefix)).toList();
        assertEquals(List.of(prefix + "a", prefix + "b", prefix + "c"), ours);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "the whole list comes back in name order across pages");
        assertTrue(pages >= 2);
    }

    @Test
    void aCursorThatIsNotOursIsBadInput() {
        asViewer().queryParam("after", "not-a-cursor").get("/entities").then()
                .statusCode(400).body("field", is("after"));
        asViewer().queryParam("first", 0).get("/entities").then()
                .statusCode(400).body("field", is("first"));
    }

    @Test
    void aPersonShowsTheirCurrentTitles() {
        String person = createPerson("Marco Rubio " + tag());
        String department = create(Api.organisation("Department of State " + tag(), "MINISTRY"));
        String senate = create(Api.organisation("US Senate " + tag(), "GOVERNMENT"));
        asReporter().body(Map.of("personId", person, "organisationId", department, "title", "Secretary of State",
                "validFrom", "2025-01-21")).post("/affiliations").then().statusCode(201);
        asReporter().body(Map.of("personId", person, "organisationId", senate, "title", "Senator",
                "validFrom", "2011-01-03", "validTo", "2025-01-20")).post("/affiliations").then().statusCode(201);

        asViewer().get("/entities/" + person).then().statusCode(200)
                .body("currentAffiliations.size()", is(1))
                .body("currentAffiliations[0].title", is("Secretary of State"))
                .body("currentAffiliations[0].organisationId", is(department));
        asViewer().get("/entities/" + department).then().body("currentAffiliations", nullValue());
    }

    @Test
    void twoRecordsCannotShareAWikidataId() {
        String qid = "Q9" + Math.abs(tag().hashCode());
        create(with(Api.person("Volodymyr Zelenskyy " + tag(), null), "wikidataId", qid));
        asReporter().body(with(Api.person("Zelensky " + tag(), null), "wikidataId", qid)).post("/entities").then()
                .statusCode(400).body("field", is("wikidataId"));
    }

    @Test
    void anOpenApiDocumentDescribesTheApi() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", hasItem("/entities/{id}/merge"));
    }

    @Test
    void healthSaysTheDatabaseIsReady() {
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        asViewer().get("/entities").then().statusCode(200);
        String metrics = io.restassured.RestAssured.given().get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "request metrics are exported");
    }
}
