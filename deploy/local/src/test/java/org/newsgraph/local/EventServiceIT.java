package org.newsgraph.local;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsgraph.local.DemoUsers.DemoUser;

/**
 * event-service on the real path: its participant and place checks go to the real entity-service
 * with the caller's real Keycloak token, and drafts stay invisible to the viewer.
 */
@ExtendWith(SuiteStack.class)
class EventServiceIT {

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON);
    }

    private static String entities() {
        return SuiteStack.settings().serviceUrl("entity-service") + "/entities";
    }

    private static String events() {
        return SuiteStack.settings().serviceUrl("event-service");
    }

    private static String create(String url, Object body) {
        return as(DemoUsers.REPORTER).body(body).post(url).then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    @Test
    void anEventsParticipantsAndPlaceAreCheckedWithTheRealEntityService() {
        String putin = create(entities(), Map.of("kind", "PERSON", "name", "Vladimir Putin"));
        String duplicate = create(entities(), Map.of("kind", "PERSON", "name", "Wladimir Putin"));
        as(DemoUsers.EDITOR).body(Map.of("survivorId", putin, "version", 0)).post(entities() + "/" + duplicate + "/merge")
                .then().statusCode(200);
        String base = create(entities(), Map.of("kind", "PLACE", "name", "Elmendorf-Richardson",
                "place", Map.of("timeZone", "America/Anchorage")));
        String story = create(events() + "/stories", Map.of("title", "Summit", "slug", "summit-" + UUID.randomUUID()));

        Map<String, Object> event = Map.of("storyId", story, "title", "Putin lands", "kind", "ARRIVAL",
                "time", Map.of("date", "2025-08-15", "time", "10:54", "zone", "America/Anchorage", "precision", "MINUTE"),
                "placeId", base, "participants", List.of(Map.of("entityId", duplicate, "role", "PARTICIPANT")));
        String id = create(events() + "/events", event);
        as(DemoUsers.REPORTER).queryParam("zone", "Europe/London").get(events() + "/events/" + id).then()
                .statusCode(200)
                .body("participants[0].entityId", equalTo(putin))
                .body("placeId", equalTo(base))
                .body("rendered.text", equalTo("19:54 BST, 15 August 2025"));

        Map<String, Object> unknown = Map.of("storyId", story, "title", "Nobody lands", "kind", "ARRIVAL",
                "time", Map.of("date", "2025-08-15", "zone", "America/Anchorage", "precision", "DAY"),
                "participants", List.of(Map.of("entityId", UUID.randomUUID().toString(), "role", "PARTICIPANT")));
        as(DemoUsers.REPORTER).body(unknown).post(events() + "/events").then().statusCode(400)
                .body("code", equalTo("BAD_USER_INPUT")).body("field", equalTo("participants[0].entityId"));

        as(DemoUsers.VIEWER).get(events() + "/events/" + id).then().statusCode(404);
    }
}
