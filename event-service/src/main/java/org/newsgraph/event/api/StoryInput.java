package org.newsgraph.event.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A story to create or edit; an edit names the {@code version} it was based on. */
public record StoryInput(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case words joined by hyphens, such as alaska-summit-2025") String slug,
        @Size(max = 5000) String summary,
        Long version) {
}
