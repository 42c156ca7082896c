package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * Each role's allowed and refused calls on entity-service, with real Keycloak tokens of the
 * demo users: a viewer reads but cannot create, a reporter creates and edits but cannot merge,
 * an editor merges and archives but cannot delete for good, an admin can.
 */
@ExtendWith(SuiteStack.class)
class EntityRolesIT {

    @Test
    void viewerReadsButCannotCreate() {
        String id = createPerson(DemoUsers.REPORTER, "Marco Rubio");

        as(DemoUsers.VIEWER).get(entities()).then().statusCode(200);
        as(DemoUsers.VIEWER).get(entities() + "/" + id).then().statusCode(200).body("name", equalTo("Marco Rubio"));
        assertForbidden(as(DemoUsers.VIEWER).body(person("Yuri Ushakov")).post(entities()));
    }

    @Test
    void reporterCreatesAndEditsButCannotMerge() {
        String survivor = createPerson(DemoUsers.REPORTER, "Sergei Lavrov");
        String duplicate = createPerson(DemoUsers.REPORTER, "Sergey Lavrov");

        as(DemoUsers.REPORTER).body(Map.of("kind", "PERSON", "name", "Sergei V. Lavrov", "version", 0))
                .put(entities() + "/" + survivor)
                .then().statusCode(200).body("name", equalTo("Sergei V. Lavrov"));
        assertForbidden(as(DemoUsers.REPORTER).body(Map.of("survivorId", survivor, "version", 0))
                .post(entities() + "/" + duplicate + "/merge"));
        assertForbidden(as(DemoUsers.REPORTER).body(Map.of("version", 0)).post(entities() + "/" + duplicate + "/archive"));
    }

    @Test
    void editorMergesAndArchivesButCannotDeleteForGood() {
        String survivor = createPerson(DemoUsers.REPORTER, "Steve Witkoff");
        String duplicate = createPerson(DemoUsers.REPORTER, "Steven Witkoff");
        String archived = createPerson(DemoUsers.REPORTER, "Kirill Dmitriev");

        as(DemoUsers.EDITOR).body(Map.of("survivorId", survivor, "version", 0))
                .post(entities() + "/" + duplicate + "/merge")
                .then().statusCode(200).body("id", equalTo(survivor));
        as(DemoUsers.EDITOR).get(entities() + "/" + duplicate).then().statusCode(200).body("mergedInto", equalTo(survivor));
        as(DemoUsers.EDITOR).body(Map.of("version", 0)).post(entities() + "/" + archived + "/archive")
                .then().statusCode(200).body("archived", equalTo(true));
        assertForbidden(as(DemoUsers.EDITOR).delete(entities() + "/" + archived));
        as(DemoUsers.EDITOR).get(entities() + "/" + archived).then().statusCode(200);
    }

    @Test
    void adminDeletesForGood() {
        String id = createPerson(DemoUsers.REPORTER, "Anchorage Test Person " + UUID.randomUUID());

        as(DemoUsers.ADMIN).delete(entities() + "/" + id).then().statusCode(204);
        as(DemoUsers.ADMIN).get(entities() + "/" + id).then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    static String createPerson(DemoUser user, String name) {
        return as(user).body(person(name)).post(entities())
                .then().statusCode(201).body("name", equalTo(name))
                .extract().path("id");
    }

    private static Map<String, String> person(String name) {
        return Map.of("kind", "PERSON", "name", name);
    }

    private static io.restassured.specification.RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).when();
    }

    private static String entities() {
        return SuiteStack.settings().serviceUrl("entity-service") + "/entities";
    }

    private static ValidatableResponse assertForbidden(Response response) {
        return response.then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("FORBIDDEN"));
    }
}
