package org.newsgraph.event;

/** What happened compared with what was planned. */
public enum Occurrence {
    PLANNED, OCCURRED, CANCELLED, POSTPONED, CHANGED
}
