package org.newsgraph.gateway.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.platform.workflow.WorkflowState;

@Type("Story")
@Description("A named dossier (\"Alaska summit 2025\") with its timeline of events and its quotes")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Story(
        @NonNull @Id String id,
        @NonNull String title,
        @NonNull String slug,
        String summary,
        @NonNull WorkflowState state,
        String retractionReason,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Node {

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
