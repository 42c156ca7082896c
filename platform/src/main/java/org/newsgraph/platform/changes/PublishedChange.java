package org.newsgraph.platform.changes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A committed change as a service's change stream serves it: its sequence number (the position to
 * resume from), the record, what happened, who did it and when. It carries no content: a client
 * that wants the record reads it, with its own rights (so notes and drafts never travel here).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublishedChange(long seq, RecordType recordType, UUID id, UUID storyId, long version, ChangeKind kind,
        String state, String user, Instant at, List<UUID> references) {

    public PublishedChange withKind(ChangeKind other) {
        return new PublishedChange(seq, recordType, id, storyId, version, other, state, user, at, references);
    }
}
