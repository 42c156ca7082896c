package org.newsgraph.event.api;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.newsgraph.event.EventKind;
import org.newsgraph.event.Occurrence;
import org.newsgraph.platform.workflow.WorkflowState;

/**
 * Which events of a story's timeline to show: those overlapping [from, to), of these kinds, with
 * this participant, occurrence and state (each optional), rendered in {@code zone}.
 */
public record TimelineFilter(Instant from, Instant to, Set<EventKind> kinds, UUID participantId,
        Occurrence occurrence, WorkflowState state, String zone) {
}
