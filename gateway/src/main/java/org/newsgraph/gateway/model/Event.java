package org.newsgraph.gateway.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.platform.workflow.WorkflowState;

@Type("Event")
@Description("Something that happened, or was planned, in a story")
@JsonIgnoreProperties(ignoreUnknown = true)
public record Event(
        @Id String id,
        @Id String storyId,
        String title,
        String description,
        EventKind kind,
        Occurrence occurrence,
        WorkflowState state,
        String retractionReason,
        @Description("What the source said") SourceTime time,
        @Ignore String placeId,
        @Ignore String locationLabel,
        List<Participant> participants,
        List<EventRelation> relations,
        List<Citation> sources,
        @Description("Newsroom notes; null for viewers") String notes,
        int version,
        Instant createdAt,
        Instant updatedAt,
        @Ignore String zone) {

    /** The same event, its times to be shown in {@code readerZone} unless a field asks for another. */
    public Event inZone(String readerZone) {
        return new Event(id, storyId, title, description, kind, occurrence, state, retractionReason, time, placeId,
                locationLabel, participants, relations, sources, notes, version, createdAt, updatedAt, readerZone);
    }
}
