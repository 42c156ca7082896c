package org.newsgraph.quote.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.RenderedTime;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.workflow.WorkflowState;
import org.newsgraph.quote.QuoteKind;

/**
 * A quote as clients read it. {@code time} is what the source said (or the event's time when
 * {@code timeFromEvent}); {@code localTime} renders it in its own zone; {@code saidAt} is the
 * instant used for date filters and ordering.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuoteView(
        UUID id,
        String text,
        QuoteKind kind,
        UUID speakerId,
        String speakerLabel,
        UUID putToId,
        String putToLabel,
        String platform,
        UUID storyId,
        UUID eventId,
        String language,
        String originalText,
        String originalLanguage,
        String translatedBy,
        String context,
        List<String> tags,
        ReportedTime time,
        boolean timeFromEvent,
        RenderedTime localTime,
        Instant saidAt,
        List<Source> sources,
        WorkflowState state,
        String retractionReason,
        VerificationView verification,
        long version,
        Instant createdAt,
        Instant updatedAt) {
}
