package org.newsgraph.event.api;

import java.util.List;
import java.util.UUID;

/** Stories by id, in the order asked; ids unknown or not visible to the caller are {@code missing}. */
public record StoryLookup(List<StoryView> stories, List<UUID> missing) {
}
