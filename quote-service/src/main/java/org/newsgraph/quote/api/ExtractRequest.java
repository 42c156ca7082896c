package org.newsgraph.quote.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsgraph.platform.validation.IanaTimeZone;

/**
 * An article's text as a reporter pastes it, with where it was published. {@code localZone} is
 * the IANA zone of the place the story happens, for "local time"; {@code publishedAt} dates the
 * times the article mentions.
 */
public record ExtractRequest(
        @NotBlank @Size(max = 200_000) String text,
        @Size(max = 300) String publication,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url,
        Instant publishedAt,
        @IanaTimeZone String localZone,
        @Pattern(regexp = QuoteInput.LANGUAGE_TAG, message = "must be a language tag such as en or ru") String language) {
}
