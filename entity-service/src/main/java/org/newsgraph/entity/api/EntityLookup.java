package org.newsgraph.entity.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a batch lookup: the records in the order asked (a merged id answers with its
 * survivor, and {@code redirects} maps the asked id to the survivor's), and the ids that match
 * nothing.
 */
public record EntityLookup(List<EntityView> entities, Map<UUID, UUID> redirects, List<UUID> missing) {
}
