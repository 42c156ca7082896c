package org.newsgraph.platform.changes;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Implemented by a service whose records belong to stories and refer to entities (event-service:
 * participants and places; quote-service: speakers): for each record of a story that the caller
 * may see, the entities it refers to. A service without one answers no references.
 */
public interface StoryReferences {

    Map<UUID, List<UUID>> of(UUID storyId);
}
