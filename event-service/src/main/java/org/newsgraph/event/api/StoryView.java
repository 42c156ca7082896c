package org.newsgraph.event.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsgraph.platform.workflow.WorkflowState;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record StoryView(
        UUID id,
        String title,
        String slug,
        String summary,
        WorkflowState state,
        String retractionReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
