package org.newsgraph.gateway.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class MessagesTests {

    private static final String TRANSPORT = "graphql-transport-ws";

    @Test
    void theProtocolsOwnMessagesPass() {
        for (String message : List.of("{\"type\": \"connection_init\", \"payload\": {\"Authorization\": \"Bearer x\"}}",
                "{\"type\": \"ping\"}", "{\"type\": \"pong\", \"payload\": {}}", "{\"id\": \"1\", \"type\": \"complete\"}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ me { username } }\","
                        + " \"variables\": null, \"operationName\": null, \"extensions\": {}}}")) {
            assertNull(Messages.problem(TRANSPORT, message), message);
        }
        assertNull(Messages.problem("graphql-ws", "{\"id\": \"1\", \"type\": \"start\", \"payload\": {\"query\": \"{ a }\"}}"));
        assertTrue(Messages.initialises(TRANSPORT, "{\"type\": \"connection_init\"}"));
        assertFalse(Messages.initialises(TRANSPORT, "{\"type\": \"ping\", \"payload\": {\"connection_init\": 1}}"));
    }

    @Test
    void aBrokenMessageIsNamedInAReasonThatFitsACloseFrame() {
        for (String message : List.of("{not json", "[1]", "7", "{\"type\": \"foo\"}", "{\"type\": 7}", "{}",
                "{\"type\": \"start\", \"id\": \"1\", \"payload\": {\"query\": \"{ a }\"}}",
                "{\"type\": \"ping\", \"payload\": \"x\"}",
                "{\"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\"}}",
                "{\"id\": \"\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\"}}",
                "{\"id\": \"1\", \"type\": \"subscribe\"}", "{\"id\": 1, \"type\": \"complete\"}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": 7}}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\", \"variables\": \"x\"}}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\", \"extensions\": [1]}}",
                "{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ a }\", \"operationName\": 7}}")) {
            String problem = Messages.problem(TRANSPORT, message);
            assertTrue(problem != null && problem.startsWith("Invalid message received"), message + ": " + problem);
            // a close frame's reason holds at most 123 bytes
            assertTrue(problem.getBytes(StandardCharsets.UTF_8).length <= 123, problem);
        }
    }

    @Test
    void aDocumentThatDoesNotParseIsAnsweredWithItsCode() {
        JsonObject answer = new JsonObject(Messages.unparsed(
                "{\"id\": \"7\", \"type\": \"subscribe\", \"payload\": {\"query\": \"subscription {\"}}"));
        assertEquals("7", answer.getString("id"));
        assertEquals("error", answer.getString("type"));
        assertEquals("GRAPHQL_PARSE_FAILED", answer.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                .getString("code"));
        assertNull(Messages.unparsed("{\"id\": \"7\", \"type\": \"subscribe\", \"payload\": {\"query\": \"{ me { username } }\"}}"));
        assertNull(Messages.unparsed("{\"type\": \"ping\"}"));
    }
}
