package org.newsgraph.quote.service;

import java.util.List;

import org.newsgraph.platform.source.Source;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.quote.Quote;
import org.newsgraph.quote.api.QuoteView;
import org.newsgraph.quote.api.VerificationView;

/** Turns stored quotes into what clients read. */
public final class QuoteViews {

    private QuoteViews() {
    }

    public static QuoteView of(Quote q) {
        ReportedTime time = q.time();
        return new QuoteView(q.id, q.text, q.kind, q.speakerId, q.speakerLabel, q.putToId, q.putToLabel, q.platform,
                q.storyId, q.eventId, q.language, q.originalText, q.originalLanguage, q.translatedBy, q.context,
                q.tags == null ? List.of() : List.of(q.tags), time, q.timeFromEvent,
                time == null ? null : TimeRules.renderLocal(TimeRules.resolve(time, "time")), q.saidAt,
                q.sources.stream().map(Source::copy).toList(), q.state, q.retractionReason,
                new VerificationView(q.verification.state, q.verification.by, q.verification.at, q.verification.note),
                q.version, q.createdAt, q.updatedAt);
    }
}
