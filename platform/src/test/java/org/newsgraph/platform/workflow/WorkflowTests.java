package org.newsgraph.platform.workflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.platform.workflow.WorkflowState.DRAFT;
import static org.newsgraph.platform.workflow.WorkflowState.IN_REVIEW;
import static org.newsgraph.platform.workflow.WorkflowState.PUBLISHED;
import static org.newsgraph.platform.workflow.WorkflowState.RETRACTED;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.security.Roles;

class WorkflowTests {

    private static Predicate<String> as(String role) {
        return r -> Roles.withIncluded(role).contains(r);
    }

    private static ErrorCode refused(WorkflowState from, WorkflowState to, String role, String reason) {
        return assertThrows(NewsgraphException.class, () -> Workflow.checkMove(from, to, as(role), reason)).code();
    }

    @Test
    void aReporterSubmitsAndWithdrawsButDoesNotPublish() {
        assertDoesNotThrow(() -> Workflow.checkMove(DRAFT, IN_REVIEW, as(Roles.REPORTER), null));
        assertDoesNotThrow(() -> Workflow.checkMove(IN_REVIEW, DRAFT, as(Roles.REPORTER), null));
        assertEquals(ErrorCode.FORBIDDEN, refused(IN_REVIEW, PUBLISHED, Roles.REPORTER, null));
        assertEquals(ErrorCode.FORBIDDEN, refused(DRAFT, IN_REVIEW, Roles.VIEWER, null));
    }

    @Test
    void anEditorPublishesAndRetractsWithAReason() {
        assertDoesNotThrow(() -> Workflow.checkMove(IN_REVIEW, PUBLISHED, as(Roles.EDITOR), null));
        assertDoesNotThrow(() -> Workflow.checkMove(PUBLISHED, RETRACTED, as(Roles.EDITOR), "misattributed"));
        NewsgraphException noReason = assertThrows(NewsgraphException.class,
                () -> Workflow.checkMove(PUBLISHED, RETRACTED, as(Roles.EDITOR), " "));
        assertEquals("reason", noReason.field());
    }

    @Test
    void movesTheWorkflowDoesNotHaveAreBadInputNamingTo() {
        // not a conflict: the caller's version is current, so nobody changed the record under them
        assertEquals(ErrorCode.BAD_USER_INPUT, refused(RETRACTED, PUBLISHED, Roles.ADMIN, null));
        assertEquals(ErrorCode.BAD_USER_INPUT, refused(DRAFT, RETRACTED, Roles.ADMIN, "x"));
        assertEquals("to", assertThrows(NewsgraphException.class,
                () -> Workflow.checkMove(PUBLISHED, DRAFT, as(Roles.ADMIN), null)).field());
    }

    @Test
    void draftsAreInvisibleToViewersAndPublishedRecordsAreForEditorsToEdit() {
        assertFalse(Workflow.isVisible(DRAFT, as(Roles.VIEWER)));
        assertFalse(Workflow.isVisible(IN_REVIEW, as(Roles.VIEWER)));
        assertTrue(Workflow.isVisible(RETRACTED, as(Roles.VIEWER)));
        assertTrue(Workflow.isVisible(DRAFT, as(Roles.REPORTER)));
        assertEquals(ErrorCode.FORBIDDEN, assertThrows(NewsgraphException.class,
                () -> Workflow.checkEdit(PUBLISHED, as(Roles.REPORTER))).code());
        assertDoesNotThrow(() -> Workflow.checkEdit(PUBLISHED, as(Roles.EDITOR)));
        assertDoesNotThrow(() -> Workflow.checkEdit(DRAFT, as(Roles.REPORTER)));
    }

    @Test
    void aViewerSeesTheHistoryFromPublicationOnTheNewsroomSeesAll() {
        List<Change<WorkflowState>> changes = List.of(
                new Change<>(1, Instant.EPOCH, "rita", Change.Kind.CREATED, DRAFT),
                new Change<>(2, Instant.EPOCH, "rita", Change.Kind.UPDATED, IN_REVIEW),
                new Change<>(3, Instant.EPOCH, "ed", Change.Kind.UPDATED, PUBLISHED),
                new Change<>(4, Instant.EPOCH, "ed", Change.Kind.UPDATED, RETRACTED));
        assertEquals(List.of(3L, 4L), Workflow.visibleHistory(changes, Function.identity(), as(Roles.VIEWER))
                .stream().map(Change::revision).toList());
        assertEquals(4, Workflow.visibleHistory(changes, Function.identity(), as(Roles.REPORTER)).size());
    }

    @Test
    void whatPublishingRequiresHoldsWhileTheRecordIsPublicAndABreachIsBadInputAtItsField() {
        List<Workflow.Unmet> noSource = List.of(new Workflow.Unmet("sources", "needs a source"));
        assertDoesNotThrow(() -> Workflow.requirePublishable(DRAFT, noSource));
        assertDoesNotThrow(() -> Workflow.requirePublishable(PUBLISHED, List.of()));
        NewsgraphException published = assertThrows(NewsgraphException.class,
                () -> Workflow.requirePublishable(PUBLISHED, noSource));
        assertEquals(ErrorCode.BAD_USER_INPUT, published.code());
        assertEquals("sources", published.field());
        assertEquals(null, published.currentVersion(), "a broken rule is not a stale version");
        assertEquals("sources", assertThrows(NewsgraphException.class,
                () -> Workflow.requirePublishable(RETRACTED, noSource)).field());
    }
}
