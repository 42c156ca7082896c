package org.newsgraph.quote.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsgraph.quote.VerificationState;

/** An editor's verdict on a quote, with why, based on {@code version}. */
public record VerificationRequest(@NotNull VerificationState state, @NotBlank @Size(max = 2000) String note,
        @NotNull Long version) {
}
