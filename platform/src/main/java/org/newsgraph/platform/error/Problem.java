package org.newsgraph.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}) with Newsgraph's extension
 * members: a stable {@code code}, the offending {@code field} for bad input, the
 * {@code currentVersion} of the record for a conflict, and for an unexpected failure
 * ({@code INTERNAL}) the {@code id} under which it was logged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        ErrorCode code,
        String field,
        Long currentVersion,
        String id) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, String field, Long currentVersion) {
        return new Problem(type(code), code.title(), code.status(), detail, code, field, currentVersion, null);
    }

    /** An unexpected failure, logged under {@code id}: the client learns nothing but the id to report. */
    public static Problem internal(String id) {
        return new Problem(type(ErrorCode.INTERNAL), ErrorCode.INTERNAL.title(), ErrorCode.INTERNAL.status(),
                "Something went wrong on our side; report this id: " + id, ErrorCode.INTERNAL, null, null, id);
    }

    private static String type(ErrorCode code) {
        return "urn:newsgraph:problem:" + code.name().toLowerCase().replace('_', '-');
    }
}
