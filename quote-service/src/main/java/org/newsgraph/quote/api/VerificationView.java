package org.newsgraph.quote.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsgraph.quote.VerificationState;

/** The verification verdict, who gave it, when and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationView(VerificationState state, String by, Instant at, String note) {
}
