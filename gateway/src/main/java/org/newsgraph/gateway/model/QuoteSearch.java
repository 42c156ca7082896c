package org.newsgraph.gateway.model;

import org.newsgraph.gateway.model.Enums.QuoteKind;
import org.newsgraph.gateway.model.Enums.VerificationState;
import org.newsgraph.platform.workflow.WorkflowState;

/** What searchQuotes looks for: words (in a language), and filters, each optional. */
public record QuoteSearch(String query, String language, String speakerId, String storyId, String eventId,
        QuoteKind kind, WorkflowState state, VerificationState verification, String from, String to) {
}
