package org.newsgraph.entity.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ArchiveRequest(@NotNull Long version, @Size(max = 1000) String reason) {
}
