package org.newsgraph.platform.error;

/**
 * The stable error codes every service and the gateway use. The same words appear as
 * {@code code} in problem+json bodies and as {@code extensions.code} in GraphQL errors.
 */
public enum ErrorCode {
    BAD_USER_INPUT(400, "Bad user input"),
    UNAUTHENTICATED(401, "Unauthenticated"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    UNAVAILABLE(503, "Unavailable"),
    /** Our own fault, never the client's: the problem carries an id that the log line carries too. */
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
