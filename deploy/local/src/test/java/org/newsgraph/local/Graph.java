package org.newsgraph.local;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
        return raw(token, body);
    }

    /** Without a token. */
    static ValidatableResponse anonymous(String query, Map<String, Object> variables) {
        return asToken(null, query, variables);
    }

    /** Any body (a JSON-serialisable object, or a string sent as it is), with a token or none. */
    static ValidatableResponse raw(String token, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post(url()).then().log().ifValidationFails();
    }
}
