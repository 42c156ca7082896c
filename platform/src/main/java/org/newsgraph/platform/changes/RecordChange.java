package org.newsgraph.platform.changes;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A change a write path hands to the {@link Outbox}: which record, of which story, its version and
 * state after the change, whether a viewer could see the record before it and can after it, and
 * the entities the record refers to (participants, places, speakers), so that entity changes can
 * reach the stories that refer to them.
 */
public record RecordChange(RecordType recordType, UUID id, UUID storyId, long version, ChangeKind kind, String state,
        boolean wasPublic, boolean isPublic, List<UUID> references) {

    public RecordChange {
        Objects.requireNonNull(recordType);
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        references = references == null ? List.of() : references.stream().filter(Objects::nonNull).distinct().toList();
    }
}
