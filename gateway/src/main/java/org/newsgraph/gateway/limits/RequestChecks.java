package org.newsgraph.gateway.limits;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsgraph.gateway.error.HttpErrors;

/**
 * Checks a request to {@code /graphql} before SmallRye GraphQL reads it, so that every refusal
 * carries a code (SmallRye answers a wrong envelope with a 500 and a document that does not parse
 * with an error without one):
 * <ul>
 * <li>only POST (and OPTIONS, and the WebSocket upgrade of subscriptions) is answered; other methods get 405;</li>
 * <li>a body over {@code quarkus.http.limits.max-body-size} is refused before it is read (413);</li>
 * <li>the JSON envelope must be an object whose {@code query} is a string, {@code operationName} a
 * string or null, {@code variables} and {@code extensions} objects or null (400
 * {@code BAD_USER_INPUT} naming the member);</li>
 * <li>a query over {@code newsgraph.graphql.max-query-length} characters, or over the parser's
 * token limit, is refused ({@code BAD_USER_INPUT}, field {@code query});</li>
 * <li>a document that does not parse is {@code GRAPHQL_PARSE_FAILED} with its location.</li>
 * </ul>
 */
@ApplicationScoped
public class RequestChecks {

    /** Before Quarkus' own upload limit (order -2), so that the refusal has the GraphQL shape; after authentication. */
    private static final int ORDER = -4;
    private static final String APPLICATION_GRAPHQL = "application/graphql";

    /** How many documents that parsed are remembered (SmallRye keeps up to 2048 parsed and validated). */
    private static final int REMEMBERED = 512;

    /**
     * Documents that parsed lately: a client sends the same few queries again and again with other
     * variables, and parsing each again cost some 4 % of the gateway's CPU time on a timeline query
     * (docs/measurements.md). A document that does not parse is never remembered.
     */
    private final Map<String, Boolean> parsed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** Strict as SmallRye's reader: one JSON value, nothing after it. */
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path")
    String path;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    @ConfigProperty(name = "newsgraph.graphql.max-query-length")
    int maxLength;

    void install(@Observes Router router) {
        router.route(path).order(ORDER).handler(this::checkSize).failureHandler(HttpErrors::failed);
        // Vert.x wants a body handler first on its route; SmallRye's own body handler then finds the body read
        router.route(path).order(ORDER + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBody.asLongValue()))
                .handler(this::checkRequest);
    }

    private void checkSize(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && isOver(length)) {
            context.response().putHeader("Connection", "close");
            HttpErrors.refuse(context, 413, "BAD_USER_INPUT", "body", "the request is " + length.trim()
                    + " bytes long; at most " + maxBody.asLongValue() + " are accepted");
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBody.asLongValue();
        } catch (NumberFormatException e) {
            return false; // the HTTP server refuses a malformed length itself
        }
    }

    private void checkRequest(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.OPTIONS || context.request().getHeader("Upgrade") != null) {
            context.next(); // CORS preflight, subscriptions over a WebSocket
            return;
        }
        if (method != HttpMethod.POST) {
            context.response().putHeader("Allow", "POST, OPTIONS");
            HttpErrors.refuse(context, 405, "BAD_USER_INPUT", "method", "send GraphQL requests with POST, not " + method);
            return;
        }
        // SmallRye turns raw line breaks and tabs into spaces before it reads a body (Java text
        // blocks); the checks read what it will read
        String body = context.body().asString();
        body = body == null ? null : body.replace('\n', ' ').replace('\t', ' ');
        String contentType = context.request().getHeader("Content-Type");
        String query;
        if (contentType != null && contentType.startsWith(APPLICATION_GRAPHQL)) {
            query = body == null ? "" : body;
        } else {
            JsonNode envelope;
            try {
                envelope = envelope(body);
            } catch (Refused refused) {
                HttpErrors.refuse(context, 400, "BAD_USER_INPUT", refused.member, refused.getMessage());
                return;
            }
            query = envelope.get("query").asText();
        }
        if (query.length() > maxLength) {
            HttpErrors.refuse(context, 200, "BAD_USER_INPUT", "query", "the query is " + query.length()
                    + " characters long; at most " + maxLength + " are accepted");
            return;
        }
        if (parsed.get(query) != null) {
            context.next();
            return;
        }
        try {
            // with the options SmallRye parses with (its token limits): nothing that passes here fails there
            Parser.parse(ParserEnvironment.newParserEnvironment().document(query)
                    .parserOptions(ParserOptions.getDefaultParserOptions()).build());
            parsed.put(query, Boolean.TRUE);
        } catch (ParseCancelledException e) {
            HttpErrors.refuse(context, 200, "BAD_USER_INPUT", "query", e.getMessage());
            return;
        } catch (InvalidSyntaxException e) {
            HttpErrors.parseFailed(context, e.toInvalidSyntaxError());
            return;
        }
        context.next();
    }

    /**
     * The JSON envelope of a request, checked member by member.
     *
     * @throws Refused naming the member that is wrong
     */
    private JsonNode envelope(String body) {
        if (body == null || body.isBlank()) {
            throw new Refused("body", "the request has no body; send {\"query\": \"…\"}");
        }
        JsonNode envelope;
        try {
            envelope = json.readTree(body);
        } catch (IOException e) {
            throw new Refused("body", "the request is not JSON");
        }
        if (envelope == null || !envelope.isObject()) {
            throw new Refused("body", "the request must be a JSON object with a query");
        }
        JsonNode query = envelope.get("query");
        if (query == null || !query.isTextual()) {
            throw new Refused("query", "query must be a string holding a GraphQL document");
        }
        JsonNode operationName = envelope.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            throw new Refused("operationName", "operationName must be a string or null");
        }
        for (String member : new String[] { "variables", "extensions" }) {
            JsonNode value = envelope.get(member);
            if (value != null && !value.isNull() && !value.isObject()) {
                throw new Refused(member, member + " must be a JSON object or null");
            }
        }
        return envelope;
    }

    static final class Refused extends RuntimeException {
        final String member;

        Refused(String member, String message) {
            super(message, null, false, false);
            this.member = member;
        }
    }
}
