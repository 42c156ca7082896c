package org.newsgraph.platform.reference;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A batch lookup's answer, as every service's {@code /…/lookup} gives it: the records found and,
 * for ids merged into another record, where they now point.
 */
public interface Lookup<T extends Lookup.Record> {

    /** What every looked-up record has: its id. */
    interface Record {
        UUID id();
    }

    List<T> found();

    /** Merged ids and their survivors; services without merges have none. */
    default Map<UUID, UUID> redirects() {
        return Map.of();
    }
}
