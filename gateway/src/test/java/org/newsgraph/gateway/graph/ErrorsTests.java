package org.newsgraph.gateway.graph;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.newsgraph.platform.testing.TestTokens;

/**
 * Whatever a client sends, the answer is a GraphQL error with a code it can switch on, never a 5xx:
 * malformed envelopes and oversized bodies are refused before GraphQL reads them (4xx), documents
 * that do not parse or do not fit the schema get the codes Apollo clients know.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
class ErrorsTests {

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void variablesThatAreNotAnObjectAreBadInputNamingThem() {
        post("{\"query\": \"{ me { username } }\", \"variables\": \"x\"}").statusCode(400)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("variables"));
        post("{\"query\": \"{ me { username } }\", \"variables\": [1]}").statusCode(400)
                .body("errors[0].extensions.field", is("variables"));
    }

    @Test
    void anOperationNameThatIsNotAStringIsBadInputNamingIt() {
        post("{\"query\": \"{ me { username } }\", \"operationName\": 7}").statusCode(400)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("operationName"));
    }

    @Test
    void aQueryThatIsNotAStringOrMissingIsBadInputNamingIt() {
        post("{\"query\": 7}").statusCode(400).body("errors[0].extensions.field", is("query"));
        post("{\"variables\": {}}").statusCode(400).body("errors[0].extensions.field", is("query"));
        post("{\"query\": \"{ me { username } }\", \"extensions\": true}").statusCode(400)
                .body("errors[0].extensions.field", is("extensions"));
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsBadInput() {
        for (String body : List.of("", "not json", "[{\"query\": \"{ me { username } }\"}]", "\"{ me { username } }\"",
                "{\"query\": \"{ me { username } }\"", "null", "{\"query\": \"{ me { username } }\"} {}")) {
            post(body).statusCode(400)
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", is("body"));
        }
    }

    @Test
    void aMethodOtherThanPostIsRefusedWithACode() {
        given().queryParam("query", "{ me { username } }").get("/graphql").then().statusCode(405)
                .header("Allow", containsString("POST"))
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("method"));
    }

    @Test
    void nullOperationNameAndVariablesAreAccepted() {
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.viewer())
                .body("{\"query\": \"{ me { username } }\", \"operationName\": null, \"variables\": null, \"extensions\": null}")
                .post("/graphql").then().statusCode(200).body("data.me.username", is("vera.viewer"));
    }

    @Test
    void aQueryWrittenWithRawLineBreaksIsStillAccepted() {
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.viewer())
                .body("{\"query\": \"{\n\tme { username }\n}\"}")
                .post("/graphql").then().statusCode(200).body("data.me.username", is("vera.viewer"));
    }

    @Test
    void aRequestOverTwoMegabytesIsRefusedBeforeItIsRead() {
        String padding = " ".repeat(2 * 1024 * 1024);
        post("{\"query\": \"{ me { username } }" + padding + "\"}").statusCode(413)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("body"));
    }

    /** Sent in chunks, without a Content-Length to look at first: the body reader stops at the limit. */
    @Test
    void aChunkedRequestOverTwoMegabytesIsRefusedToo() throws IOException, InterruptedException {
        byte[] body = ("{\"query\": \"{ me { username } }" + " ".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"BAD_USER_INPUT\""), response.body());
    }

    @Test
    void aDocumentThatDoesNotParseIsGraphqlParseFailed() {
        Graph.query(TestTokens.viewer(), "{ me { username ").statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations", notNullValue());
        assertNoNullExtensions(Graph.query(null, "query {"));
    }

    @Test
    void aDocumentThatDoesNotFitTheSchemaIsGraphqlValidationFailed() {
        Graph.query(TestTokens.viewer(), "{ me { salary } }").statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("salary"));
        Graph.query(TestTokens.viewer(), "{ event { title } }")
                .body("errors.extensions.code", everyItem(is("GRAPHQL_VALIDATION_FAILED")));
        assertNoNullExtensions(Graph.query(null, "{ nothing }"));
    }

    /** graphql-java checks a variable's value against its argument's type: a validation failure naming the argument. */
    @Test
    void aVariableOfTheWrongTypeIsAValidationFailure() {
        Graph.query(TestTokens.viewer(), "query($first: Int) { stories(first: $first) { edges { cursor } } }",
                Map.of("first", "many")).statusCode(200)
                .body("data.stories", nullValue())
                .body("errors[0].extensions.code", is("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("first"));
    }

    @Test
    void aQueryOverTheParsersTokenLimitIsRefusedAsTooLong() {
        Graph.query(TestTokens.viewer(), "{" + " a".repeat(6000) + " }").statusCode(200)
                .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", is("query"));
    }

    @Test
    void aRefusalCarriesItsCodeAndNoExtensionWithoutAValue() {
        assertNoNullExtensions(Graph.query(null, "{ me { username } }")
                .body("errors[0].extensions.code", is("UNAUTHENTICATED"))
                .body("errors[0].extensions.field", nullValue())
                .body("errors[0].extensions.containsKey('field')", is(false)));
    }

    /** A joined list's cursor is a position; one before the start or past any end is not one it gave out. */
    @Test
    void aJoinedListsCursorWithANegativeOrEndlessPositionIsBadInputNotACrash() {
        String story = Newsroom.storyOf(2);
        Object event = Newsroom.EVENTS.values().stream().filter(e -> story.equals(e.get("storyId"))).findFirst()
                .orElseThrow().get("id");
        for (String position : List.of("at:-5", "at:2147483647")) {
            String after = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(position.getBytes(StandardCharsets.UTF_8));
            Graph.query(TestTokens.viewer(), "query($id: ID!, $after: String) { event(id: $id) { quotes(after: $after) "
                    + "{ edges { cursor } } } }", Map.of("id", event, "after", after)).statusCode(200)
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].extensions.field", is("after"));
        }
    }

    private ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql").then().log().ifValidationFails();
    }

    static void assertNoNullExtensions(ValidatableResponse response) {
        List<Map<String, Object>> errors = response.extract().path("errors");
        assertTrue(errors != null && !errors.isEmpty(), "an error was expected");
        for (Map<String, Object> error : errors) {
            @SuppressWarnings("unchecked")
            Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
            assertTrue(extensions != null && extensions.get("code") != null, "no code: " + error);
            extensions.forEach((key, value) -> assertTrue(value != null, key + " is null in " + error));
        }
    }
}
