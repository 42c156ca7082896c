package org.newsgraph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;
import org.newsgraph.platform.error.Problem;

/**
 * A refusal or failure that reaches the GraphQL client as an error with {@code extensions.code}
 * (one subclass per code, named by {@link ErrorCode}), plus {@code field} for bad input and
 * {@code currentVersion} for a conflict.
 */
public abstract class GraphError extends RuntimeException {

    private final String field;
    private final Long currentVersion;

    protected GraphError(String message, String field, Long currentVersion, Throwable cause) {
        super(message, cause);
        this.field = field;
        this.currentVersion = currentVersion;
    }

    public String field() {
        return field;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    /** The {@code extensions.code} clients get: the {@link ErrorCode} of this class or of the one it extends. */
    public String code() {
        for (Class<?> type = getClass(); type != null; type = type.getSuperclass()) {
            ErrorCode code = type.getAnnotation(ErrorCode.class);
            if (code != null) {
                return code.value();
            }
        }
        throw new IllegalStateException(getClass() + " has no @ErrorCode");
    }

    /** The error a service's problem+json answer (one with a code) stands for. */
    public static GraphError of(Problem problem, String service) {
        String message = problem.detail() != null ? problem.detail() : service + " answered " + problem.status();
        return switch (problem.code()) {
            case BAD_USER_INPUT -> new BadUserInput(message, problem.field());
            case NOT_FOUND -> new NotFound(message);
            case CONFLICT -> new Conflict(message, problem.currentVersion());
            case FORBIDDEN -> new Forbidden(message);
            case UNAUTHENTICATED -> new Unauthenticated(message);
            case UNAVAILABLE -> new Unavailable(message, null);
            // the service's own fault on this one request: its log has the error under this id
            case INTERNAL -> new ServiceFailure(service + " failed on this request (error " + problem.id() + " in its log)");
        };
    }

    /** A refusal: the caller's request was wrong, not the service (does not trip circuit breakers). */
    public abstract static class Refusal extends GraphError {
        protected Refusal(String message, String field, Long currentVersion) {
            super(message, field, currentVersion, null);
        }
    }

    @ErrorCode("BAD_USER_INPUT")
    public static class BadUserInput extends Refusal {
        public BadUserInput(String message, String field) {
            super(message, field, null);
        }
    }

    @ErrorCode("NOT_FOUND")
    public static class NotFound extends Refusal {
        public NotFound(String message) {
            super(message, null, null);
        }
    }

    @ErrorCode("CONFLICT")
    public static class Conflict extends Refusal {
        public Conflict(String message, Long currentVersion) {
            super(message, null, currentVersion);
        }
    }

    @ErrorCode("FORBIDDEN")
    public static class Forbidden extends Refusal {
        public Forbidden(String message) {
            super(message, null, null);
        }
    }

    @ErrorCode("UNAUTHENTICATED")
    public static class Unauthenticated extends Refusal {
        public Unauthenticated(String message) {
            super(message, null, null);
        }
    }

    @ErrorCode("UNAVAILABLE")
    public static class Unavailable extends GraphError {
        public Unavailable(String message, Throwable cause) {
            super(message, null, null, cause);
        }
    }

    /**
     * A service failed on one request (HTTP 500): that request's problem, not the service's health,
     * so it does not open the service's breaker.
     */
    @ErrorCode("UNAVAILABLE")
    public static class ServiceFailure extends Unavailable {
        public ServiceFailure(String message) {
            super(message, null);
        }
    }
}
