package org.newsgraph.platform.time;

import java.time.Instant;

/**
 * A checked {@link ReportedTime} with the instants derived from it.
 *
 * @param start      the instant it starts: the exact instant for MINUTE/HOUR, the start of its
 *                   day, month or year in its zone for coarser precision (used for ranges only,
 *                   never shown as a time of day)
 * @param end        the instant it ends if an end or duration was given, else null
 * @param spanEnd    the end of the period the time stands for: {@code end}, or for a date the
 *                   start of the next day/month/year, or {@code start} itself for a timed event
 * @param sortKey    where it sorts on a timeline: the instant for timed events; the end of its
 *                   day, month or year for coarser ones, so that "some time on 15 August" sorts
 *                   after the timed events of that day
 */
public record ResolvedTime(ReportedTime reported, Instant start, Instant end, Instant spanEnd, Instant sortKey) {

    public Precision precision() {
        return reported.precision();
    }
}
