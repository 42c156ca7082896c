package org.newsgraph.event.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsgraph.event.EventKind;
import org.newsgraph.event.EventRelation;
import org.newsgraph.event.Occurrence;
import org.newsgraph.event.Participant;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.RenderedTime;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * An event as clients read it. {@code time} is exactly what the source said; {@code local} is it
 * rendered in its own zone and {@code rendered} in the zone the reader asked for. {@code startsAt}
 * and {@code endsAt} are instants for timed events only: a date has no instant to show.
 * {@code notes} are for the newsroom and are left out for viewers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(
        UUID id,
        UUID storyId,
        String title,
        String description,
        EventKind kind,
        Occurrence occurrence,
        WorkflowState state,
        String retractionReason,
        ReportedTime time,
        Instant startsAt,
        Instant endsAt,
        RenderedTime local,
        RenderedTime rendered,
        UUID placeId,
        String locationLabel,
        List<Participant> participants,
        List<EventRelation> relations,
        List<Source> sources,
        String notes,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
