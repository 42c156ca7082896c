package org.newsgraph.platform.changes;

/** The kinds of record whose changes the services publish. */
public enum RecordType {
    STORY, EVENT, QUOTE, ENTITY
}
