package org.newsgraph.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.InvalidSyntaxError;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

/**
 * Answers for requests to {@code /graphql} that fail before GraphQL can answer them itself (a
 * malformed request, a token that fails verification, a failure of the gateway outside a field),
 * in the GraphQL error shape with {@code extensions.code}, never an HTML error page. An
 * unexpected failure is {@code INTERNAL} with an id that the log line carries too.
 */
public final class HttpErrors {

    private static final Logger LOG = Logger.getLogger(HttpErrors.class);

    private HttpErrors() {
    }

    /** A refusal of the request as a whole: the given status, the code and the part of the request it is about. */
    public static void refuse(RoutingContext context, int status, String code, String field, String message) {
        LOG.debugf("refused %s %s with %d %s: %s", context.request().method(), context.request().path(), status, code, message);
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        if (field != null) {
            extensions.put("field", field);
        }
        send(context, status, message, extensions);
    }

    /** A document that does not parse: {@code GRAPHQL_PARSE_FAILED}, where it stopped and why. */
    public static void parseFailed(RoutingContext context, InvalidSyntaxError error) {
        LOG.debugf("refused %s: %s", ErrorCodes.PARSE_FAILED, error.getMessage());
        send(context, 200, parseFailure(error));
    }

    /** The GraphQL error of a document that does not parse, over HTTP and over the live socket alike. */
    public static Map<String, Object> parseFailure(InvalidSyntaxError error) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", error.getMessage());
        List<Object> locations = error.getLocations() == null ? List.of()
                : error.getLocations().stream().filter(at -> at.getLine() > 0 && at.getColumn() > 0)
                        .map(at -> (Object) Map.of("line", at.getLine(), "column", at.getColumn())).toList();
        if (!locations.isEmpty()) {
            answer.put("locations", locations);
        }
        answer.put("extensions", Map.of("code", ErrorCodes.PARSE_FAILED));
        return answer;
    }

    /** The failure handler of {@code /graphql}: whatever went wrong, the client gets a GraphQL error with a code. */
    public static void failed(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().ended() || context.response().closed()) {
            // a WebSocket whose connection_init carried a bad token: Quarkus has closed it with 4403
            // already and then fails the upgraded request too; there is no answer left to write
            LOG.debugf(failure, "request to %s failed after its answer was sent", context.request().path());
            return;
        }
        if (context.response().headWritten()) {
            LOG.debugf(failure, "request to %s failed after its answer had begun", context.request().path());
            context.response().end();
            return;
        }
        if (isAuthenticationFailure(failure)) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"newsroom\"");
            refuse(context, 401, "UNAUTHENTICATED", null, "the bearer token is not valid for the newsroom realm");
        } else if (context.statusCode() == 413) {
            refuse(context, 413, "BAD_USER_INPUT", "body", "the request is too large");
        } else if (context.statusCode() >= 400 && context.statusCode() < 500) {
            refuse(context, context.statusCode(), "BAD_USER_INPUT", "body", "the request cannot be read");
        } else {
            String id = UUID.randomUUID().toString();
            LOG.errorf(failure, "internal error %s answering %s %s", id, context.request().method(), context.request().path());
            send(context, 500, "internal error " + id + " (the gateway's fault, not the request's; the id is in its log)",
                    Map.of("code", ErrorCodes.INTERNAL, "id", id));
        }
    }

    private static boolean isAuthenticationFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationFailedException) {
                return true;
            }
        }
        return false;
    }

    private static void send(RoutingContext context, int status, String message, Map<String, Object> extensions) {
        send(context, status, Map.of("message", message, "extensions", extensions));
    }

    private static void send(RoutingContext context, int status, Map<String, Object> error) {
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(error))));
    }
}
