package org.newsgraph.event.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.time.TimeLimits;
import org.newsgraph.platform.validation.IanaTimeZone;

/** Query parameters as the newsroom writes them; a bad one is 400 naming it. */
final class Params {

    private Params() {
    }

    /** An IANA zone to render in or interpret a range in; null when not given. */
    static String zone(String zone, String field) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        if (!IanaTimeZone.Validator.isIanaZone(zone.strip())) {
            throw NewsgraphException.badInput(field, "'" + zone + "' is not an IANA time zone such as Europe/London");
        }
        return zone.strip();
    }

    /**
     * A range bound: an instant ({@code 2025-08-15T19:30:00Z}), a local date-time or a date read in
     * {@code zone} (UTC when none). A date as {@code to} means the end of that day.
     */
    static Instant bound(String value, String zone, boolean endOfDay, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ZoneId in = ZoneId.of(zone == null ? "UTC" : zone);
        try {
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return TimeLimits.require(java.time.OffsetDateTime.parse(value), field).toInstant();
            }
            if (value.length() == 10 || value.matches("[+-]\\d+-\\d\\d-\\d\\d")) {
                LocalDate date = TimeLimits.require(LocalDate.parse(value), field);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(in).toInstant();
            }
            return TimeLimits.require(LocalDateTime.parse(value), field).atZone(in).toInstant();
        } catch (DateTimeParseException e) {
            throw NewsgraphException.badInput(field, "'" + value
                    + "' is not a date (2025-08-15), a local date-time (2025-08-15T11:30) or an instant");
        }
    }

    static Instant instant(String value, String field) {
        try {
            return TimeLimits.require(Instant.parse(value), field);
        } catch (DateTimeParseException | NullPointerException e) {
            throw NewsgraphException.badInput(field, "'" + value + "' is not an instant such as 2025-08-16T00:00:00Z");
        }
    }
}
