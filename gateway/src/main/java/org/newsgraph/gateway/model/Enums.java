package org.newsgraph.gateway.model;

/** The enums of the public schema, in the newsroom's words (the same values the services use). */
public final class Enums {

    private Enums() {
    }

    public enum EntityKind {
        PERSON, ORGANISATION, PLACE, DELEGATION
    }

    public enum OrganisationKind {
        GOVERNMENT, MINISTRY, MILITARY, MEDIA, PARTY, INTERNATIONAL_BODY, OTHER
    }

    public enum EventKind {
        ARRIVAL, GREETING, MEETING, TALKS, MEAL, PRESS_CONFERENCE, STATEMENT, POST, OTHER
    }

    public enum Occurrence {
        PLANNED, OCCURRED, CANCELLED, POSTPONED, CHANGED
    }

    public enum ParticipantRole {
        PARTICIPANT, HOST, SPEAKER, ORGANISER, ABSENT
    }

    public enum RelationType {
        PART_OF, FOLLOWS, REPLACES
    }

    public enum QuoteKind {
        DIRECT, FRAGMENT, PARAPHRASE, POST, QUESTION, STATEMENT
    }

    public enum VerificationState {
        UNVERIFIED, VERIFIED, DISPUTED, FALSE
    }

    public enum SpeakerBasis {
        NAME, ALIAS, SURNAME, TITLE, PRONOUN, LABEL, UNRESOLVED
    }

    /** A record's history has CREATED, UPDATED and DELETED; live changes (storyChanges) say more. */
    public enum ChangeKind {
        CREATED, UPDATED, MOVED, VERIFIED, MERGED, DELETED
    }
}
