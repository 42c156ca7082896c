package org.newsgraph.gateway.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.platform.workflow.WorkflowState;

@Type("Story")
@Description("A named dossier (\"Alaska summit 2025\") with its timeline of events and its quotes")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Story(
        @Id String id,
        String title,
        String slug,
        String summary,
        WorkflowState state,
        String retractionReason,
        int version,
        Instant createdAt,
        Instant updatedAt) {
}
