package org.newsgraph.quote.search;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.QuoteKind;
import org.newsgraph.quote.VerificationState;

/**
 * What a search asks for: words ({@code q}, may be empty to list), the language they are in
 * (null: English, Russian or word for word), and filters. {@code states} is already narrowed to
 * what the caller may see.
 */
public record SearchFilter(String q, String language, UUID speakerId, UUID storyId, UUID eventId, QuoteKind kind,
        Set<WorkflowState> states, VerificationState verification, Instant from, Instant to) {

    public boolean hasWords() {
        return q != null && !q.isBlank();
    }
}
