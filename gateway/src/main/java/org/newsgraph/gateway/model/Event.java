package org.newsgraph.gateway.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.platform.workflow.WorkflowState;

@Type("Event")
@Description("Something that happened, or was planned, in a story")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(
        @NonNull @Id String id,
        @NonNull @Id String storyId,
        @NonNull String title,
        String description,
        @NonNull EventKind kind,
        @NonNull Occurrence occurrence,
        @NonNull WorkflowState state,
        String retractionReason,
        @NonNull @Description("What the source said") SourceTime time,
        @Ignore String placeId,
        @Ignore String locationLabel,
        @NonNull List<@NonNull Participant> participants,
        @NonNull List<@NonNull EventRelation> relations,
        @NonNull List<@NonNull Citation> sources,
        @Description("Newsroom notes; null for viewers") String notes,
        int version,
        Instant createdAt,
        Instant updatedAt) implements Node {

    public Event {
        participants = participants == null ? List.of() : participants;
        relations = relations == null ? List.of() : relations;
        sources = sources == null ? List.of() : sources;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    @Description("Where it happened")
    public Location getLocation() {
        return placeId == null && locationLabel == null ? null : new Location(placeId, locationLabel);
    }
}
