package org.newsgraph.entity;

/** The kinds of "who" a story involves. */
public enum EntityKind {
    PERSON, ORGANISATION, PLACE, DELEGATION
}
