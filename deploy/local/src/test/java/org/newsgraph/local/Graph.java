package org.newsgraph.local;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.newsgraph.local.DemoUsers.DemoUser;

/** GraphQL through the stack's gateway, as a demo user with a real Keycloak token. */
final class Graph {

    private Graph() {
    }

    static String url() {
        return SuiteStack.settings().serviceUrl(Services.GATEWAY) + "/graphql";
    }

    static ValidatableResponse as(DemoUser user, String query, Map<String, Object> variables) {
        return asToken(Tokens.accessToken(user), query, variables);
    }

    static ValidatableResponse as(DemoUser user, String query) {
        return as(user, query, Map.of());
    }

    static ValidatableResponse asToken(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(url()).then()
                .log().ifValidationFails();
    }
}
