package org.newsgraph.event.rest;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.newsgraph.platform.testing.TestTokens;

/** Requests as the newsroom's users make them, and bodies for stories and events. */
final class Api {

    static final String ANCHORAGE = "America/Anchorage";

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

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new draft story; returns its id. */
    static String story() {
        String t = tag();
        return asReporter().body(Map.of("title", "Alaska summit " + t, "slug", "alaska-summit-" + t))
                .post("/stories").then().statusCode(201).extract().path("id");
    }

    /** A new story, published so that viewers see it. */
    static String publishedStory() {
        String id = story();
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/stories/" + id + "/transitions").then()
                .statusCode(200);
        return id;
    }

    static Map<String, Object> time(String date, String time, String zone) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("date", date);
        t.put("time", time);
        t.put("zone", zone);
        t.put("precision", time == null ? "DAY" : "MINUTE");
        return t;
    }

    static Map<String, Object> approximately(Map<String, Object> time) {
        Map<String, Object> t = new LinkedHashMap<>(time);
        t.put("approximate", true);
        return t;
    }

    static Map<String, Object> event(String storyId, String title, String kind, Map<String, Object> time) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("storyId", storyId);
        body.put("title", title);
        body.put("kind", kind);
        body.put("time", time);
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> participant(UUID entityId, String role) {
        return Map.of("entityId", entityId.toString(), "role", role);
    }

    static List<Map<String, Object>> participants(Object... idsAndRoles) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < idsAndRoles.length; i += 2) {
            list.add(participant((UUID) idsAndRoles[i], (String) idsAndRoles[i + 1]));
        }
        return list;
    }

    /** Creates an event as a reporter (a draft) and returns its id. */
    static String create(Map<String, Object> event) {
        return asReporter().body(event).post("/events").then().statusCode(201).extract().path("id");
    }

    /** Creates an event and publishes it (editor), so that viewers see it. */
    static String published(Map<String, Object> event) {
        String id = create(event);
        asEditor().body(Map.of("to", "PUBLISHED", "version", 0)).post("/events/" + id + "/transitions").then()
                .statusCode(200);
        return id;
    }

    static JsonPath read(String id) {
        return asReporter().get("/events/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Titles of a story's timeline as the given user sees it, all pages. */
    static List<String> timelineTitles(String token, String storyId, Map<String, ?> query) {
        List<String> titles = new java.util.ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = as(token).queryParams(query).queryParam("first", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/stories/" + storyId + "/timeline").then().statusCode(200).extract()
                    .jsonPath();
            titles.addAll(page.getList("edges.node.title", String.class));
            after = page.getBoolean("pageInfo.hasNextPage") ? page.getString("pageInfo.endCursor") : null;
        } while (after != null);
        return titles;
    }
}
