package org.newsgraph.entity.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Merge this record (the duplicate, at {@code version}) into {@code survivorId}. */
public record MergeRequest(@NotNull UUID survivorId, @NotNull Long version) {
}
