package org.newsgraph.entity.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.entity.rest.Api.as;
import static org.newsgraph.entity.rest.Api.createPerson;
import static org.newsgraph.entity.rest.Api.tag;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/**
 * Every endpoint needs a valid token from the newsroom realm (401 otherwise), and each role may
 * do exactly what DESIGN.md says (403 otherwise, and nothing changes).
 */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class AuthorizationTests {

    @Inject
    Database database;

    private static void unauthenticated(io.restassured.specification.RequestSpecification request) {
        request.get("/entities").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void noTokenIsUnauthenticated() {
        unauthenticated(given());
        given().contentType("application/json").body(Api.person("Nobody", null)).post("/entities").then()
                .statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsUnauthenticated() {
        unauthenticated(given().auth().oauth2(TestTokens.signedByAnotherKey("mallory", "admin")));
    }

    @Test
    void anExpiredTokenIsUnauthenticated() {
        unauthenticated(given().auth().oauth2(TestTokens.expired("vera.viewer", "viewer")));
    }

    @Test
    void aTokenFromAnotherIssuerIsUnauthenticated() {
        unauthenticated(given().auth().oauth2(TestTokens.fromAnotherIssuer("vera.viewer", "viewer")));
    }

    @Test
    void garbageIsUnauthenticated() {
        unauthenticated(given().auth().oauth2("not.a.token"));
    }

    @Test
    void aTokenWithoutANewsroomRoleMayNotRead() {
        as(TestTokens.of("someone", "offline_access")).get("/entities").then()
                .statusCode(403).body("code", is("FORBIDDEN"));
    }

    @Test
    void aViewerReadsButCannotCreate() {
        String id = createPerson("Readable " + tag());
        as(TestTokens.viewer()).get("/entities/" + id).then().statusCode(200);
        as(TestTokens.viewer()).get("/entities/" + id + "/history").then().statusCode(200);
        String before = database.footprint();
        as(TestTokens.viewer()).body(Api.person("Not allowed", null)).post("/entities").then()
                .statusCode(403).contentType("application/problem+json").body("code", is("FORBIDDEN"));
        as(TestTokens.viewer()).body(Api.with(Api.person("Not allowed", null), "version", 0))
                .put("/entities/" + id).then().statusCode(403);
        assertEquals(before, database.footprint());
    }

    @Test
    void aReporterCreatesAndEditsButCannotMergeArchiveOrDelete() {
        String id = createPerson("Reporter's " + tag());
        String other = createPerson("Other " + tag());
        as(TestTokens.reporter()).body(Api.with(Api.person("Reporter's edit", null), "version", 0))
                .put("/entities/" + id).then().statusCode(200);
        String before = database.footprint();
        as(TestTokens.reporter()).body(Map.of("survivorId", other, "version", 1))
                .post("/entities/" + id + "/merge").then().statusCode(403).body("code", is("FORBIDDEN"));
        as(TestTokens.reporter()).body(Map.of("version", 1)).post("/entities/" + id + "/archive").then()
                .statusCode(403);
        as(TestTokens.reporter()).delete("/entities/" + id).then().statusCode(403);
        assertEquals(before, database.footprint());
    }

    @Test
    void anEditorMergesAndArchivesButCannotDeleteForGood() {
        String duplicate = createPerson("Editor dup " + tag());
        String survivor = createPerson("Editor surv " + tag());
        String archived = createPerson("Editor archived " + tag());
        as(TestTokens.editor()).body(Map.of("survivorId", survivor, "version", 0))
                .post("/entities/" + duplicate + "/merge").then().statusCode(200);
        as(TestTokens.editor()).body(Map.of("version", 0)).post("/entities/" + archived + "/archive").then()
                .statusCode(200);
        as(TestTokens.editor()).delete("/entities/" + archived).then().statusCode(403).body("code", is("FORBIDDEN"));
        Api.read(archived);
    }

    @Test
    void anAdminDeletesForGood() {
        String id = createPerson("Deletable " + tag());
        as(TestTokens.admin()).delete("/entities/" + id).then().statusCode(204);
        as(TestTokens.viewer()).get("/entities/" + id).then().statusCode(404);
    }

    @Test
    void healthAndMetricsNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
