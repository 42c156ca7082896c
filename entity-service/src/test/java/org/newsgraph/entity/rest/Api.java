package org.newsgraph.entity.rest;

import static io.restassured.RestAssured.given;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.newsgraph.platform.testing.TestTokens;

/** Requests as the newsroom's users make them, and bodies for the records they send. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification asReporter() {
        return as(TestTokens.reporter());
    }

    static RequestSpecification asEditor() {
        return as(TestTokens.editor());
    }

    static RequestSpecification asViewer() {
        return as(TestTokens.viewer());
    }

    /** A short random tag that keeps one test's records apart from another's in a shared database. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> person(String name, Map<String, Object> alias) {
        Map<String, Object> body = body("PERSON", name);
        if (alias != null) {
            body.put("aliases", List.of(alias));
        }
        return body;
    }

    static Map<String, Object> body(String kind, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        return body;
    }

    static Map<String, Object> alias(String name, String language) {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("name", name);
        alias.put("language", language);
        return alias;
    }

    /** A person's title at an organisation, from and to a day ("2024-12-01"; null for an open end). */
    static Map<String, Object> affiliation(String person, String organisation, String title, String from,
            String to) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personId", person);
        body.put("organisationId", organisation);
        body.put("title", title);
        body.put("validFrom", from);
        body.put("validTo", to);
        return body;
    }

    static Map<String, Object> place(String name, String zone) {
        Map<String, Object> body = body("PLACE", name);
        body.put("place", Map.of("country", "US", "latitude", 61.1743, "longitude", -149.9962, "timeZone", zone));
        return body;
    }

    static Map<String, Object> organisation(String name, String kind) {
        Map<String, Object> body = body("ORGANISATION", name);
        body.put("organisation", Map.of("organisationKind", kind));
        return body;
    }

    static Map<String, Object> delegation(String name, String organisationId, String headId, String... memberIdsAndRoles) {
        Map<String, Object> body = body("DELEGATION", name);
        List<Map<String, Object>> members = new java.util.ArrayList<>();
        for (int i = 0; i < memberIdsAndRoles.length; i += 2) {
            members.add(Map.of("personId", memberIdsAndRoles[i], "role", memberIdsAndRoles[i + 1]));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("organisationId", organisationId);
        details.put("headId", headId);
        details.put("members", members);
        body.put("delegation", details);
        return body;
    }

    /** Creates a record as a reporter and returns its id. */
    static String create(Map<String, Object> body) {
        return asReporter().body(body).post("/entities").then().statusCode(201).extract().path("id");
    }

    static String createPerson(String name) {
        return create(person(name, null));
    }

    static JsonPath read(String id) {
        return asViewer().get("/entities/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long version(String id) {
        return read(id).getLong("version");
    }

    /** Ids of the records a search returns, best first. */
    static List<String> search(String q, String kind) {
        RequestSpecification request = asViewer().queryParam("q", q).queryParam("first", 100);
        if (kind != null) {
            request.queryParam("kind", kind);
        }
        return request.get("/entities/search").then().statusCode(200).extract().jsonPath()
                .getList("edges.node.id", String.class);
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    static List<String> ids(String... ids) {
        return Arrays.asList(ids);
    }
}
