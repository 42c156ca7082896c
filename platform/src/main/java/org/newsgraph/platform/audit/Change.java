package org.newsgraph.platform.audit;

import java.time.Instant;

/**
 * One entry in a record's history: the revision, when and by whom, what kind of change, and
 * the record as it was right after it.
 */
public record Change<T>(long revision, Instant at, String user, Kind kind, T snapshot) {

    public enum Kind {
        CREATED, UPDATED, DELETED
    }
}
