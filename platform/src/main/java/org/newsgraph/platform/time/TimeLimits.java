package org.newsgraph.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;

/**
 * The dates and instants Newsgraph keeps: years 1 to 9999, as ISO 8601 writes them with four
 * digits and as PostgreSQL, iCalendar and the JDK's date arithmetic all hold them. A date
 * outside is a client's mistake (400 naming its field), never a database error.
 */
public final class TimeLimits {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    public static final Instant EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minusNanos(1);

    private TimeLimits() {
    }

    /** Whether a date, date-time or instant lies within the years Newsgraph keeps; other values pass. */
    public static boolean contains(Object value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
        }
        if (value instanceof LocalDate date) {
            return inYears(date.getYear());
        }
        if (value instanceof LocalDateTime dateTime) {
            return inYears(dateTime.getYear());
        }
        if (value instanceof OffsetDateTime dateTime) {
            return contains(dateTime.toInstant());
        }
        if (value instanceof ZonedDateTime dateTime) {
            return contains(dateTime.toInstant());
        }
        return true;
    }

    /** The value itself, or 400 naming {@code field} if it lies outside the years Newsgraph keeps. */
    public static <T> T require(T value, String field) {
        if (value != null && !contains(value)) {
            throw NewsgraphException.badInput(field, outside(value));
        }
        return value;
    }

    /**
     * A filter's {@code from} and {@code to} (either may be left open): 400 naming {@code to} unless it
     * comes after {@code from}; a range that holds no moment is a mistake, not an empty answer.
     */
    public static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw NewsgraphException.badInput("to", "to must come after from");
        }
    }

    /** The message for a value outside the range. */
    public static String outside(Object value) {
        return Quoted.of(value) + " is outside the dates Newsgraph keeps (years " + FIRST_YEAR + " to " + LAST_YEAR
                + ")";
    }

    private static boolean inYears(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
