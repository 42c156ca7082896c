package org.newsgraph.gateway.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.newsgraph.gateway.error.HttpErrors;

/**
 * The shape of a message a client sends on a GraphQL WebSocket, checked before SmallRye's protocol
 * handlers read it. They take a well-formed message for granted: an unknown {@code type}, a
 * {@code subscribe} without {@code id} or {@code payload}, or {@code variables} that are no object
 * threw on the event loop (an ERROR line with a stack trace per message) and left the client
 * waiting for an answer that never came. A message that breaks the protocol closes the socket
 * with 4400 and the reason, as graphql-transport-ws prescribes. A document that does not parse is
 * answered as over HTTP ({@code GRAPHQL_PARSE_FAILED}; SmallRye's answer carried no code).
 */
final class Messages {

    /** The types a client may send, by subprotocol. */
    private static final Map<String, Set<String>> CLIENT_TYPES = Map.of(
            "graphql-transport-ws", Set.of("connection_init", "ping", "pong", "subscribe", "complete"),
            "graphql-ws", Set.of("connection_init", "start", "stop", "connection_terminate"));

    private Messages() {
    }

    /** Whether the message is a well-formed {@code connection_init}. */
    static boolean initialises(String subprotocol, String text) {
        return problem(subprotocol, text) == null && "connection_init".equals(new JsonObject(text).getValue("type"));
    }

    /** What is wrong with the message, as a close reason; null if it is well formed. */
    static String problem(String subprotocol, String text) {
        JsonObject message;
        try {
            message = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            return "Invalid message received: not a JSON object";
        }
        Object type = message.getValue("type");
        if (!(type instanceof String name) || !CLIENT_TYPES.getOrDefault(subprotocol, Set.of()).contains(name)) {
            return "Invalid message received: type must be one of " + String.join(", ",
                    CLIENT_TYPES.getOrDefault(subprotocol, Set.of()).stream().sorted().toList());
        }
        if (!isObjectOrAbsent(message.getValue("payload"))) {
            return "Invalid message received: payload must be an object";
        }
        switch (name) {
            case "subscribe", "start", "complete", "stop" -> {
                if (!(message.getValue("id") instanceof String id) || id.isEmpty()) {
                    return "Invalid message received: " + name + " needs an id (a string)";
                }
            }
            default -> {
                return null;
            }
        }
        if (name.equals("subscribe") || name.equals("start")) {
            if (!(message.getValue("payload") instanceof JsonObject payload)) {
                return "Invalid message received: " + name + " needs a payload with a query";
            }
            if (!(payload.getValue("query") instanceof String)) {
                return "Invalid message received: payload.query must be a string holding a GraphQL document";
            }
            Object operationName = payload.getValue("operationName");
            if (operationName != null && !(operationName instanceof String)) {
                return "Invalid message received: payload.operationName must be a string or null";
            }
            for (String member : new String[] { "variables", "extensions" }) {
                if (!isObjectOrAbsent(payload.getValue(member))) {
                    return "Invalid message received: payload." + member + " must be an object or null";
                }
            }
        }
        return null;
    }

    /**
     * The error message answering a well-formed subscribe (or start) whose document does not parse,
     * or is over the parser's token limit; null if it parses.
     */
    static String unparsed(String text) {
        JsonObject message = new JsonObject(text);
        if (!(message.getValue("payload") instanceof JsonObject payload)
                || !(payload.getValue("query") instanceof String query)) {
            return null;
        }
        Map<String, Object> error = new LinkedHashMap<>();
        try {
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultParserOptions()).build());
            return null;
        } catch (ParseCancelledException e) {
            error.put("message", e.getMessage());
            error.put("extensions", Map.of("code", "BAD_USER_INPUT", "field", "query"));
        } catch (InvalidSyntaxException e) {
            error.putAll(HttpErrors.parseFailure(e.toInvalidSyntaxError()));
        }
        return new JsonObject().put("id", message.getValue("id")).put("type", "error")
                .put("payload", new JsonArray().add(new JsonObject(error))).encode();
    }

    private static boolean isObjectOrAbsent(Object value) {
        return value == null || value instanceof JsonObject;
    }
}
