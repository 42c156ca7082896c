package org.newsgraph.quote.api;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.quote.QuoteKind;

/**
 * A quote as reporters send it, to create (no version) or edit (with the version the edit is
 * based on). Give a {@code speakerId} (an entity) or a {@code speakerLabel} ("reporters") when
 * the source names nobody. {@code time} is left out to take the event's time.
 */
public record QuoteInput(
        @NotBlank @Size(max = 5000) String text,
        @NotNull QuoteKind kind,
        UUID speakerId,
        @Size(max = 200) String speakerLabel,
        UUID putToId,
        @Size(max = 200) String putToLabel,
        @Size(max = 100) String platform,
        UUID storyId,
        UUID eventId,
        @Pattern(regexp = LANGUAGE_TAG, message = "must be a language tag such as en or ru") String language,
        @Size(max = 5000) String originalText,
        @Pattern(regexp = LANGUAGE_TAG, message = "must be a language tag such as en or ru") String originalLanguage,
        @Size(max = 200) String translatedBy,
        @Size(max = 5000) String context,
        @Size(max = 20) List<String> tags,
        ReportedTime time,
        @Size(max = 20) List<@NotNull @Valid Source> sources,
        Long version) {

    public static final String LANGUAGE_TAG = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*";
}
