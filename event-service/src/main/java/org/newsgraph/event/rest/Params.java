package org.newsgraph.event.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.newsgraph.event.EventKind;
import org.newsgraph.event.Occurrence;
import org.newsgraph.event.api.TimelineFilter;
import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;
import org.newsgraph.platform.rest.Choices;
import org.newsgraph.platform.rest.Ids;
import org.newsgraph.platform.time.TimeLimits;
import org.newsgraph.platform.time.TimeRules;
import org.newsgraph.platform.workflow.WorkflowState;

/** Query parameters as the newsroom writes them; a bad one is 400 naming it. */
final class Params {

    private Params() {
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
            throw NewsgraphException.badInput(field, Quoted.of(value)
                    + " is not a date (2025-08-15), a local date-time (2025-08-15T11:30) or an instant");
        }
    }

    /** The filters a timeline takes, as the query parameters of /stories/{id}/timeline and /timelines give them. */
    static TimelineFilter timeline(String from, String to, String zone, List<String> kinds, String participantId,
            String occurrence, String state) {
        String readerZone = TimeRules.readerZone(zone, "zone");
        Instant fromInstant = bound(from, readerZone, false, "from");
        Instant toInstant = bound(to, readerZone, true, "to");
        TimeLimits.requireOrdered(fromInstant, toInstant);
        return new TimelineFilter(fromInstant, toInstant,
                Choices.all(EventKind.class, kinds, "kind"), Ids.one(participantId, "participantId"),
                Choices.one(Occurrence.class, occurrence, "occurrence"), Choices.one(WorkflowState.class, state, "state"),
                readerZone);
    }

    static Instant instant(String value, String field) {
        try {
            return TimeLimits.require(Instant.parse(value), field);
        } catch (DateTimeParseException | NullPointerException e) {
            throw NewsgraphException.badInput(field,
                    Quoted.of(value) + " is not an instant such as 2025-08-16T00:00:00Z");
        }
    }
}
