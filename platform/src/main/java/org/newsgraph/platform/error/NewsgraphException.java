package org.newsgraph.platform.error;

/**
 * A refusal that services throw from their domain code; {@link ProblemMappers} turns it into
 * problem+json once, for every service.
 */
public class NewsgraphException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final Long currentVersion;

    public NewsgraphException(ErrorCode code, String message, String field, Long currentVersion, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
        this.currentVersion = currentVersion;
    }

    public NewsgraphException(ErrorCode code, String message) {
        this(code, message, null, null, null);
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    public Problem toProblem() {
        return Problem.of(code, getMessage(), field, currentVersion);
    }

    /** 400: the named input field is wrong; nothing was changed. */
    public static NewsgraphException badInput(String field, String message) {
        return new NewsgraphException(ErrorCode.BAD_USER_INPUT, message, field, null, null);
    }

    /** 404: no record with that id (or the caller may not see it). */
    public static NewsgraphException notFound(String what, Object id) {
        return new NewsgraphException(ErrorCode.NOT_FOUND, what + " " + id + " not found");
    }

    /** 409: the update was based on a stale version, or the record's state forbids it. */
    public static NewsgraphException conflict(String message, Long currentVersion) {
        return new NewsgraphException(ErrorCode.CONFLICT, message, null, currentVersion, null);
    }

    /** 409 for a stale version: names the version the caller should reload. */
    public static NewsgraphException staleVersion(String what, Object id, long given, long current) {
        return conflict(what + " " + id + " was changed by someone else: you sent version " + given
                + ", the current version is " + current, current);
    }

    /**
     * The no-lost-updates rule: an edit names the version it was based on. 400 naming
     * {@code version} if it names none, 409 with the current version if it is stale.
     */
    public static void requireVersion(long current, Long given, String what, Object id) {
        if (given == null) {
            throw badInput("version", "version is required: send the version your edit is based on");
        }
        if (given != current) {
            throw staleVersion(what, id, given, current);
        }
    }

    /** 403: the caller's role does not allow this. */
    public static NewsgraphException forbidden(String message) {
        return new NewsgraphException(ErrorCode.FORBIDDEN, message);
    }

    /** 503: a service this one depends on cannot be reached; nothing was stored. */
    public static NewsgraphException unavailable(String message, Throwable cause) {
        return new NewsgraphException(ErrorCode.UNAVAILABLE, message, null, null, cause);
    }
}
