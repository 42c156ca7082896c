package org.newsgraph.entity.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.entity.rest.Api.asReporter;
import static org.newsgraph.entity.rest.Api.asViewer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.paging.Cursor;
import org.newsgraph.platform.testing.LogCapture;
import org.newsgraph.platform.testing.TestTokens;

/**
 * The platform's safety net as a client and an operator meet it: an unexpected failure is
 * problem+json INTERNAL with an id that the ERROR log line carries too, and names no exception;
 * a client's mistakes are never logged as errors.
 */
@QuarkusTest
@TestProfile(EntityServiceTestProfile.class)
class SafetyNetTests {

    @Test
    void anUnexpectedFailureIsInternalWithAnIdThatIsInTheLog() {
        try (LogCapture log = LogCapture.start()) {
            String body = asViewer().get("/test-only/failing").then().statusCode(500)
                    .contentType("application/problem+json")
                    .body("code", is("INTERNAL"))
                    .body("id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))
                    .body(not(containsString("IllegalState")))
                    .body(not(containsString("secret internal detail")))
                    .extract().asString();
            String id = io.restassured.path.json.JsonPath.from(body).getString("id");
            assertTrue(log.contains(id), "the log line names the id the client got");
        }
    }

    @Test
    void aClientsMistakesAreNeverLoggedAsErrors() {
        String someone = Api.createPerson("Someone " + Api.tag());
        try (LogCapture log = LogCapture.start()) {
            asReporter().body(Api.place("Nowhere " + Api.tag(), "Mars/Olympus")).post("/entities").then()
                    .statusCode(400);
            asReporter().body(Api.person("A\u0000B", null)).post("/entities").then().statusCode(400);
            asReporter().body("{\"kind\": ").post("/entities").then().statusCode(400);
            asReporter().body(Map.of("kind", "PERSON", "name", "X", "nmae", "typo")).post("/entities").then()
                    .statusCode(400);
            asViewer().queryParam("q", "a\u0000b").get("/entities/search").then().statusCode(400);
            asViewer().queryParam("kind", "ROBOT").get("/entities").then().statusCode(400);
            asViewer().queryParam("after", Cursor.encode("position", "-1")).queryParam("q", "x").get("/entities/search")
                    .then().statusCode(400);
            asViewer().get("/entities/" + UUID.randomUUID()).then().statusCode(404);
            asViewer().get("/entities/not-an-id").then().statusCode(400);
            asViewer().body(Api.person("Viewer's try", null)).post("/entities").then().statusCode(403);
            asReporter().body(Api.with(Api.person("Stale", null), "version", 99)).put("/entities/" + someone).then()
                    .statusCode(409);
            io.restassured.RestAssured.given().auth().oauth2(TestTokens.expired("vera.viewer", "viewer"))
                    .get("/entities").then().statusCode(401);
            assertEquals(List.of(), log.errorsAndStackTraces());
        }
    }
}
