package org.newsgraph.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}) with Newsgraph's extension
 * members: a stable {@code code}, the offending {@code field} for bad input and the
 * {@code currentVersion} of the record for a conflict.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        ErrorCode code,
        String field,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ErrorCode code, String detail, String field, Long currentVersion) {
        return new Problem("urn:newsgraph:problem:" + code.name().toLowerCase().replace('_', '-'),
                code.title(), code.status(), detail, code, field, currentVersion);
    }
}
