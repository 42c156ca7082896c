package org.newsgraph.platform.reference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a set of ids resolved to: for each id asked, the record it points at now (a merged id gives
 * its survivor, whose id is then the one to store), and the ids no record answers for.
 */
public record Resolved<T extends Lookup.Record>(Map<UUID, T> byId, Set<UUID> missing) {

    public static <T extends Lookup.Record> Resolved<T> none() {
        return new Resolved<>(Map.of(), Set.of());
    }

    /** The record an id resolves to, or null if none does. */
    public T get(UUID id) {
        return byId.get(id);
    }

    public boolean isMissing(UUID id) {
        return missing.contains(id);
    }

    /** The ids asked that were merged into another record, each with the id of the record it points at now. */
    public Map<UUID, UUID> merged() {
        Map<UUID, UUID> merged = new LinkedHashMap<>();
        byId.forEach((asked, record) -> {
            if (!asked.equals(record.id())) {
                merged.put(asked, record.id());
            }
        });
        return merged;
    }
}
