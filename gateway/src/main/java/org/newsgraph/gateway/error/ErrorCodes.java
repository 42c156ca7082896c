package org.newsgraph.gateway.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Every error a client gets carries {@code extensions.code}, one of the codes in docs/gateway.md,
 * and no extension without a value. A refusal keeps its code ({@link GraphError}); a document that
 * does not parse is {@code GRAPHQL_PARSE_FAILED}, one that is not valid for the schema
 * {@code GRAPHQL_VALIDATION_FAILED}, a variable of the wrong type {@code BAD_USER_INPUT}. Anything
 * else is the gateway's own fault: {@code INTERNAL} with an {@code id} that the log line (ERROR,
 * with the stack trace) also carries, and never the exception's name or message. A user's mistake
 * is logged at DEBUG only.
 */
@Singleton
@Unremovable // looked up by GraphQLEngine, which SmallRye creates
public class ErrorCodes extends SimplePerformantInstrumentation {

    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String INTERNAL = "INTERNAL";

    /** The codes a client may see; an error with any other code is treated as the gateway's fault. */
    public static final Set<String> ALL = Set.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "CONFLICT",
            "BAD_USER_INPUT", "UNAVAILABLE", PARSE_FAILED, VALIDATION_FAILED, INTERNAL);

    private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            return fromException(error, unwrap(fetching.getException()));
        }
        Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code instanceof String known && ALL.contains(known)) {
            return rebuild(error, error.getMessage(), error.getExtensions());
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return refusal(error, PARSE_FAILED, null);
        }
        if (error instanceof ValidationError) {
            return refusal(error, VALIDATION_FAILED, null);
        }
        if (error instanceof UnknownOperationException) {
            // several operations and no operationName, or one the document does not have
            return refusal(error, "BAD_USER_INPUT", "operationName");
        }
        if (type == ErrorType.ValidationError) {
            // graphql-java's classification of a variable whose value does not fit its type
            return refusal(error, "BAD_USER_INPUT", "variables");
        }
        if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            return refusal(error, "BAD_USER_INPUT", "query");
        }
        return internal(error, error.getMessage(), null);
    }

    private static GraphQLError fromException(GraphQLError error, Throwable exception) {
        if (exception instanceof GraphError refused) {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", refused.code());
            if (refused.field() != null) {
                extensions.put("field", refused.field());
            }
            if (refused.currentVersion() != null) {
                extensions.put("currentVersion", refused.currentVersion());
            }
            if (refused instanceof GraphError.Refusal) {
                LOG.debugf("refused at %s: %s", error.getPath(), refused.getMessage());
            }
            return rebuild(error, refused.getMessage(), extensions);
        }
        return internal(error, exception.toString(), exception);
    }

    private static GraphQLError refusal(GraphQLError error, String code, String field) {
        LOG.debugf("refused (%s): %s", code, error.getMessage());
        return rebuild(error, error.getMessage(), field == null ? Map.of("code", code) : Map.of("code", code, "field", field));
    }

    /** The gateway's own fault: logged with an id; the client gets the id, not the cause. */
    private static GraphQLError internal(GraphQLError error, String cause, Throwable exception) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(exception, "internal error %s at %s: %s", id, error.getPath(), cause);
        return rebuild(error, "internal error " + id + " (the gateway's fault, not the request's; the id is in its log)",
                Map.of("code", INTERNAL, "id", id));
    }

    private static GraphQLError rebuild(GraphQLError error, String message, Map<String, Object> extensions) {
        Map<String, Object> present = new LinkedHashMap<>();
        extensions.forEach((key, value) -> {
            if (value != null && !key.equals("classification")) {
                present.put(key, value);
            }
        });
        GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError().message(message).extensions(present);
        if (error.getErrorType() != null) {
            builder.errorType(error.getErrorType());
        }
        if (error.getLocations() != null && !error.getLocations().isEmpty()) {
            builder.locations(error.getLocations());
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            builder.path(error.getPath());
        }
        return builder.build();
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable cause = exception;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
