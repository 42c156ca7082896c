package org.newsgraph.platform.workflow;

import static org.newsgraph.platform.workflow.WorkflowState.DRAFT;
import static org.newsgraph.platform.workflow.WorkflowState.IN_REVIEW;
import static org.newsgraph.platform.workflow.WorkflowState.PUBLISHED;
import static org.newsgraph.platform.workflow.WorkflowState.RETRACTED;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.newsgraph.platform.audit.Change;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.security.Roles;

/**
 * The editorial workflow every service follows: {@code DRAFT → IN_REVIEW → PUBLISHED}, and a
 * published record can be {@code RETRACTED} (kept, with the reason). Reporters submit drafts for
 * review and take them back; editors publish (from review or straight from a draft), send back
 * and retract.
 */
public final class Workflow {

    /** Each allowed move and the least role that may make it. */
    private static final Map<WorkflowState, Map<WorkflowState, String>> MOVES = Map.of(
            DRAFT, Map.of(IN_REVIEW, Roles.REPORTER, PUBLISHED, Roles.EDITOR),
            IN_REVIEW, Map.of(DRAFT, Roles.REPORTER, PUBLISHED, Roles.EDITOR),
            PUBLISHED, Map.of(RETRACTED, Roles.EDITOR),
            RETRACTED, Map.of());

    private Workflow() {
    }

    /**
     * Checks a move of a record whose version the caller has already checked: 400 naming {@code to}
     * if the workflow has no such move from here, 403 if the caller's role may not make it, 400
     * naming {@code reason} for a retraction without one. None of these is a 409: the caller saw
     * the current state, and sent a move it does not allow (409 is kept for a stale version).
     *
     * @param hasRole tells whether the caller has a role (with the role hierarchy applied)
     */
    public static void checkMove(WorkflowState from, WorkflowState to, java.util.function.Predicate<String> hasRole,
            String reason) {
        String needed = MOVES.get(from).get(to);
        if (needed == null) {
            throw NewsgraphException.badInput("to", "cannot move from " + from + " to " + to
                    + (MOVES.get(from).isEmpty() ? "" : "; from " + from + " it can go to " + MOVES.get(from).keySet()));
        }
        if (!hasRole.test(needed)) {
            throw NewsgraphException.forbidden("moving from " + from + " to " + to + " needs the " + needed + " role");
        }
        if (to == RETRACTED && (reason == null || reason.isBlank())) {
            throw NewsgraphException.badInput("reason", "a retraction needs its reason");
        }
    }

    /** A requirement of publishing that a record does not meet: the field to fix, and what it lacks. */
    public record Unmet(String field, String problem) {
    }

    /**
     * What publishing requires holds for as long as a record is public: call it when a record is
     * published (with the state it moves to) and on every edit of a published or retracted one
     * (with its state). 400 naming the field of the first requirement not met: a broken rule is
     * fixed at that field, not by reloading someone else's version (which a 409 would ask for).
     */
    public static void requirePublishable(WorkflowState state, List<Unmet> unmet) {
        if (state.isPublic() && !unmet.isEmpty()) {
            Unmet first = unmet.get(0);
            throw NewsgraphException.badInput(first.field(), "a " + state + " record " + first.problem());
        }
    }

    /** Reporters edit drafts and records in review; published and retracted ones only editors. */
    public static void checkEdit(WorkflowState state, java.util.function.Predicate<String> hasRole) {
        if (!state.isPublic() || hasRole.test(Roles.EDITOR)) {
            return;
        }
        throw NewsgraphException.forbidden("a " + state + " record can only be edited by an editor");
    }

    /** Whether the caller may see a record in this state at all (viewers: published and retracted only). */
    public static boolean isVisible(WorkflowState state, java.util.function.Predicate<String> hasRole) {
        return state.isPublic() || hasRole.test(Roles.REPORTER);
    }

    /**
     * A record's history as the caller may see it: for viewers only the revisions in which the
     * record was public, so that a draft's earlier wording, sources or title never reach them
     * (the history of a published record starts, for them, when it was published).
     */
    public static <T> List<Change<T>> visibleHistory(List<Change<T>> changes, Function<T, WorkflowState> state,
            Predicate<String> hasRole) {
        return changes.stream()
                .filter(c -> c.snapshot() == null || isVisible(state.apply(c.snapshot()), hasRole))
                .toList();
    }

    /** The states a caller may see, for list and search filters. */
    public static Set<WorkflowState> visibleStates(java.util.function.Predicate<String> hasRole) {
        return hasRole.test(Roles.REPORTER) ? Set.of(WorkflowState.values()) : Set.of(PUBLISHED, RETRACTED);
    }
}
