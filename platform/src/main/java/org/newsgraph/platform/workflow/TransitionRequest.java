package org.newsgraph.platform.workflow;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Move a record to {@code to}, based on {@code version}; a retraction needs its {@code reason}. */
public record TransitionRequest(@NotNull WorkflowState to, @NotNull Long version, @Size(max = 2000) String reason) {
}
