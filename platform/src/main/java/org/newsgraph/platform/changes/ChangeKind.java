package org.newsgraph.platform.changes;

/** What a published change did to its record. */
public enum ChangeKind {
    CREATED,
    UPDATED,
    /** Moved to another state: in the workflow, or an entity archived or restored. */
    MOVED,
    /** A quote's verification was set. */
    VERIFIED,
    /** An entity was merged into another (the record is the duplicate). */
    MERGED,
    DELETED
}
