package org.newsgraph.platform.time;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reported time shown in a reader's zone. A timed event gets the reader's local date, time,
 * UTC offset and zone abbreviation ("20:30 BST"); a date-only event keeps the date the source gave
 * in every zone, with no time.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RenderedTime(
        String zone,
        LocalDate date,
        LocalTime time,
        String offset,
        String abbreviation,
        Precision precision,
        boolean approximate,
        LocalDate endDate,
        LocalTime endTime,
        String text) {
}
