package org.newsgraph.event;

public enum EventKind {
    ARRIVAL, GREETING, MEETING, TALKS, MEAL, PRESS_CONFERENCE, STATEMENT, POST, OTHER
}
