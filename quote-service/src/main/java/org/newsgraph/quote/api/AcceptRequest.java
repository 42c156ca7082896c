package org.newsgraph.quote.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsgraph.platform.source.Source;

/**
 * Candidates a reporter accepts (as extracted or edited), to be stored as drafts citing
 * {@code source}. {@code storyId} and {@code eventId} apply to every quote that names none.
 */
public record AcceptRequest(
        @NotNull @Valid Source source,
        UUID storyId,
        UUID eventId,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid QuoteInput> quotes) {
}
