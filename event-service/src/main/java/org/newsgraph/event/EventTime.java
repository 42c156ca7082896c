package org.newsgraph.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.time.ResolvedTime;

/**
 * An event's time as stored: what the source said (local date and time, zone, precision,
 * approximate, end or duration) and the instants derived from it when it was written, which
 * timelines sort and filter on.
 */
@Embeddable
public class EventTime {

    @Column(name = "local_date", nullable = false)
    public LocalDate localDate;

    @Column(name = "local_time")
    public LocalTime localTime;

    @Column(name = "zone", nullable = false)
    public String zone;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_precision", nullable = false, length = 10)
    public Precision precision;

    @Column(name = "approximate", nullable = false)
    public boolean approximate;

    @Column(name = "utc_offset")
    public String utcOffset;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "end_time")
    public LocalTime endTime;

    @Column(name = "duration_seconds")
    public Long durationSeconds;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "span_end", nullable = false)
    public Instant spanEnd;

    @Column(name = "sort_key", nullable = false)
    public Instant sortKey;

    /** Finer precision first among events with the same sort key. */
    @Column(name = "precision_rank", nullable = false)
    public int precisionRank;

    public static EventTime of(ResolvedTime resolved) {
        ReportedTime t = resolved.reported();
        EventTime time = new EventTime();
        time.localDate = t.date();
        time.localTime = t.time();
        time.zone = t.zone();
        time.precision = t.precision();
        time.approximate = t.approximate();
        time.utcOffset = t.offset();
        time.endDate = t.endDate();
        time.endTime = t.endTime();
        time.durationSeconds = t.duration() == null ? null : t.duration().getSeconds();
        time.startsAt = resolved.start();
        time.endsAt = resolved.end();
        time.spanEnd = resolved.spanEnd();
        time.sortKey = resolved.sortKey();
        time.precisionRank = t.precision().ordinal();
        return time;
    }

    public ReportedTime reported() {
        return new ReportedTime(localDate, localTime, zone, precision, approximate, utcOffset, endDate, endTime,
                durationSeconds == null ? null : Duration.ofSeconds(durationSeconds));
    }

    public ResolvedTime resolved() {
        return new ResolvedTime(reported(), startsAt, endsAt, spanEnd, sortKey);
    }
}
