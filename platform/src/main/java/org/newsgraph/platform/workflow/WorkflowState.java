package org.newsgraph.platform.workflow;

/** Where an event, quote or story is in the newsroom's workflow. */
public enum WorkflowState {
    DRAFT, IN_REVIEW, PUBLISHED, RETRACTED;

    /** Viewers see only what has been published, and what was published and then retracted. */
    public boolean isPublic() {
        return this == PUBLISHED || this == RETRACTED;
    }
}
