package org.newsgraph.platform.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who sees which change: the newsroom all of them, a viewer only what a viewer may see. */
class LoggedChangeTests {

    private static LoggedChange change(ChangeKind kind, String state, boolean wasPublic, boolean isPublic) {
        return new LoggedChange(new PublishedChange(7, RecordType.EVENT, UUID.randomUUID(), UUID.randomUUID(), 1, kind,
                state, "ed", Instant.parse("2025-08-15T19:30:00Z"), List.of()), wasPublic, isPublic);
    }

    private static Optional<ChangeKind> viewerSees(LoggedChange change) {
        return change.seenBy(false).map(PublishedChange::kind);
    }

    @Test
    void theNewsroomSeesEveryChangeAsItIs() {
        LoggedChange draft = change(ChangeKind.CREATED, "DRAFT", false, false);
        assertEquals(Optional.of(draft.change()), draft.seenBy(true));
    }

    @Test
    void aViewerNeverSeesARecordThatStaysOutOfSight() {
        assertEquals(Optional.empty(), viewerSees(change(ChangeKind.CREATED, "DRAFT", false, false)));
        assertEquals(Optional.empty(), viewerSees(change(ChangeKind.MOVED, "IN_REVIEW", false, false)));
        assertEquals(Optional.empty(), viewerSees(change(ChangeKind.DELETED, "DRAFT", false, false)));
    }

    @Test
    void aViewerSeesAPublicationAsANewRecordAndADisappearanceAsADeletion() {
        assertEquals(Optional.of(ChangeKind.CREATED), viewerSees(change(ChangeKind.MOVED, "PUBLISHED", false, true)));
        assertEquals(Optional.of(ChangeKind.DELETED), viewerSees(change(ChangeKind.DELETED, "PUBLISHED", true, false)));
    }

    @Test
    void aViewerSeesChangesToAPublicRecordAsTheyAre() {
        assertEquals(Optional.of(ChangeKind.MOVED), viewerSees(change(ChangeKind.MOVED, "RETRACTED", true, true)));
        assertEquals(Optional.of(ChangeKind.VERIFIED), viewerSees(change(ChangeKind.VERIFIED, "PUBLISHED", true, true)));
    }
}
