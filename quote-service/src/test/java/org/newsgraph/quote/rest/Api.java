package org.newsgraph.quote.rest;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.newsgraph.platform.testing.TestTokens;

/** Requests as the newsroom's users make them, and bodies for the quotes they send. */
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

    static RequestSpecification asAdmin() {
        return as(TestTokens.admin());
    }

    /** A short random tag that keeps one test's records apart from another's in a shared database. */
    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> source() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("publication", "The Independent");
        source.put("url", "https://www.example.com/news/alaska-summit");
        source.put("publishedAt", "2025-08-15T23:10:00Z");
        return source;
    }

    /** A DIRECT quote by a speaker entity, in English, with one source. */
    static Map<String, Object> quote(String text, String speakerId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("kind", "DIRECT");
        body.put("speakerId", speakerId);
        body.put("language", "en");
        body.put("sources", List.of(source()));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... keysAndValues) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    static Map<String, Object> without(Map<String, Object> body, String... keys) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        for (String key : keys) {
            copy.remove(key);
        }
        return copy;
    }

    /** Creates a quote as a reporter and returns its id. */
    static String create(Map<String, Object> body) {
        return asReporter().body(body).post("/quotes").then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    static JsonPath read(String id) {
        return asReporter().get("/quotes/" + id).then().statusCode(200).extract().jsonPath();
    }

    static long version(String id) {
        return read(id).getLong("version");
    }

    /** Moves a quote to {@code to} as the given user, based on its current version. */
    static JsonPath move(RequestSpecification as, String id, String to, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("version", version(id));
        body.put("reason", reason);
        return as.body(body).post("/quotes/" + id + "/transitions").then().log().ifValidationFails()
                .statusCode(200).extract().jsonPath();
    }

    /** Creates a quote and publishes it as an editor. */
    static String published(Map<String, Object> body) {
        String id = create(body);
        move(asEditor(), id, "PUBLISHED", null);
        return id;
    }
}
