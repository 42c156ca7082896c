package org.newsgraph.event;

/** How an entity took part; ABSENT is someone talked about but not there (excluded or absent). */
public enum ParticipantRole {
    PARTICIPANT, HOST, SPEAKER, ORGANISER, ABSENT
}
