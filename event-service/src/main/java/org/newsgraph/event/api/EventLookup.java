package org.newsgraph.event.api;

import java.util.List;
import java.util.UUID;

/** Events by id, in the order asked; ids unknown or not visible to the caller are {@code missing}. */
public record EventLookup(List<EventView> events, List<UUID> missing) {
}
