package org.newsgraph.platform.changes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a service's change stream stands ({@code seq}, the last committed change) and, for a
 * story, the entities each of its records the caller may see refers to. Read in that order, so
 * that a stream started after {@code seq} misses no change to those references.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedPosition(long seq, Map<UUID, List<UUID>> references) {
}
