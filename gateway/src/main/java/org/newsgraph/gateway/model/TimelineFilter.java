package org.newsgraph.gateway.model;

import java.util.LinkedHashSet;
import java.util.List;

import org.newsgraph.gateway.model.Enums.EventKind;
import org.newsgraph.gateway.model.Enums.Occurrence;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * Which events of a timeline to show, each part optional: those overlapping from..to (dates,
 * local date-times read in the reader's zone, or instants), of these kinds, with this participant,
 * occurrence and state. The root timeline and Story.timeline take the same.
 */
public record TimelineFilter(String from, String to, List<EventKind> kinds, String participantId,
        Occurrence occurrence, WorkflowState state) {

    /**
     * Each kind once: the kinds go to event-service in the URL, and a list of one kind repeated
     * thousands of times was refused there as too long (414), naming nothing the client sent.
     */
    public TimelineFilter {
        kinds = kinds == null ? null : List.copyOf(new LinkedHashSet<>(kinds));
    }

    public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null, null, null);
}
