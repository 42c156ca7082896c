package org.newsgraph.platform.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A time exactly as the source gave it: the local date, the local time (for MINUTE and HOUR
 * precision only), the IANA zone of the place, how precise and whether approximate
 * ("approximately 10.20am"), and an optional end or duration ("lasted roughly two hours and
 * 45 minutes"). A MONTH-precision date is the 1st of its month; a YEAR-precision date is 1 January.
 *
 * <p>{@code offset} is given only to choose one of the two instants of an ambiguous local time
 * (the hour repeated when clocks go back), e.g. {@code "-08:00"}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportedTime(
        LocalDate date,
        LocalTime time,
        String zone,
        Precision precision,
        boolean approximate,
        String offset,
        LocalDate endDate,
        LocalTime endTime,
        Duration duration) {

    /** An exact minute in a zone, the common case. */
    public static ReportedTime at(LocalDate date, LocalTime time, String zone) {
        return new ReportedTime(date, time, zone, Precision.MINUTE, false, null, null, null, null);
    }

    public static ReportedTime onDay(LocalDate date, String zone) {
        return new ReportedTime(date, null, zone, Precision.DAY, false, null, null, null, null);
    }

    public ReportedTime approximately() {
        return new ReportedTime(date, time, zone, precision, true, offset, endDate, endTime, duration);
    }

    public ReportedTime lasting(Duration length) {
        return new ReportedTime(date, time, zone, precision, approximate, offset, endDate, endTime, length);
    }
}
