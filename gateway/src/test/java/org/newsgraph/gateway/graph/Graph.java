package org.newsgraph.gateway.graph;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** GraphQL requests as clients send them. */
final class Graph {

    private Graph() {
    }

    static ValidatableResponse query(String token, String query) {
        return query(token, query, Map.of());
    }

    static ValidatableResponse query(String token, String query, Map<String, Object> variables) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (token != null) {
            request.auth().oauth2(token);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return request.body(body).post("/graphql").then().log().ifValidationFails();
    }

    /** The sum of the gateway's downstream-call counter over every service and endpoint. */
    static double downstreamCalls() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("newsgraph_gateway_downstream_calls_total{")) {
                // `name{labels} value`, possibly followed by an exemplar (`# {trace_id=…} 1.0 <timestamp>`)
                total += Double.parseDouble(line.substring(line.indexOf("} ") + 2).trim().split("\\s+")[0]);
            }
        }
        return total;
    }
}
