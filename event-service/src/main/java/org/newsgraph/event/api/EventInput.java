package org.newsgraph.event.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsgraph.event.EventKind;
import org.newsgraph.event.EventRelation;
import org.newsgraph.event.Occurrence;
import org.newsgraph.event.Participant;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.ReportedTime;

/**
 * An event to create or edit. {@code time} is what the source said (see ReportedTime);
 * {@code occurrence} defaults to OCCURRED. An edit names the {@code version} it was based on;
 * the story an event belongs to cannot change.
 */
public record EventInput(
        @NotNull UUID storyId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description,
        @NotNull EventKind kind,
        Occurrence occurrence,
        @NotNull ReportedTime time,
        UUID placeId,
        @Size(max = 300) String locationLabel,
        @Size(max = 200) List<@Valid @NotNull Participant> participants,
        @Size(max = 50) List<@Valid @NotNull EventRelation> relations,
        @Size(max = 50) List<@Valid @NotNull Source> sources,
        @Size(max = 5000) String notes,
        Long version) {
}
