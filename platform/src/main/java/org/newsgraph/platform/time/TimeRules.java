package org.newsgraph.platform.time;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.newsgraph.platform.error.NewsgraphException;
import org.newsgraph.platform.error.Quoted;
import org.newsgraph.platform.validation.IanaTimeZone;

/**
 * The newsroom's time rules (DESIGN.md, "Time"), pure and framework-free: check a reported
 * time, derive its instants, and render it in a reader's zone.
 *
 * <ul>
 * <li>A local time inside a daylight-saving gap does not exist: refused, never shifted.</li>
 * <li>A local time in the repeated hour is ambiguous: refused unless {@code offset} picks one.</li>
 * <li>A date-precision time is a date: it is never converted through UTC, so it stays the same
 * date for a reader in any zone.</li>
 * </ul>
 */
public final class TimeRules {

    private static final DateTimeFormatter TEXT_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TEXT_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TEXT_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private TimeRules() {
    }

    /**
     * Checks a reported time and derives its instants; 400 naming {@code field + ".<part>"} for
     * the first thing wrong (e.g. {@code time.zone}, {@code time.time}).
     */
    public static ResolvedTime resolve(ReportedTime t, String field) {
        if (t == null) {
            throw NewsgraphException.badInput(field, field + " is required");
        }
        if (t.zone() == null || t.zone().isBlank()) {
            throw NewsgraphException.badInput(field + ".zone", "zone is required: the IANA zone of the place");
        }
        if (!IanaTimeZone.Validator.isIanaZone(t.zone())) {
            throw NewsgraphException.badInput(field + ".zone", Quoted.of(t.zone())
                    + " is not an IANA time zone such as America/Anchorage");
        }
        ZoneId zone = ZoneId.of(t.zone());
        if (t.precision() == null) {
            throw NewsgraphException.badInput(field + ".precision", "precision is required");
        }
        if (t.date() == null) {
            throw NewsgraphException.badInput(field + ".date", "date is required");
        }
        TimeLimits.require(t.date(), field + ".date");
        TimeLimits.require(t.endDate(), field + ".endDate");
        Precision precision = t.precision();
        if (precision.hasTime() && t.time() == null) {
            throw NewsgraphException.badInput(field + ".time", "a " + precision + "-precision time needs its time");
        }
        if (!precision.hasTime() && t.time() != null) {
            throw NewsgraphException.badInput(field + ".time", "a " + precision
                    + "-precision time is a date: leave time out or use MINUTE or HOUR precision");
        }
        if (precision == Precision.HOUR && (t.time().getMinute() != 0 || t.time().getSecond() != 0)) {
            throw NewsgraphException.badInput(field + ".time", "an HOUR-precision time is a whole hour");
        }
        if (precision == Precision.MONTH && t.date().getDayOfMonth() != 1) {
            throw NewsgraphException.badInput(field + ".date", "a MONTH-precision date is the 1st of its month");
        }
        if (precision == Precision.YEAR && t.date().getDayOfYear() != 1) {
            throw NewsgraphException.badInput(field + ".date", "a YEAR-precision date is 1 January");
        }
        if (!precision.hasTime() && t.offset() != null) {
            throw NewsgraphException.badInput(field + ".offset", "a date has no offset");
        }

        Instant start;
        Instant spanEnd;
        if (precision.hasTime()) {
            start = instantOf(t.date(), t.time(), zone, t.offset(), field + ".time", field + ".offset");
            spanEnd = start;
        } else {
            start = t.date().atStartOfDay(zone).toInstant();
            spanEnd = nextPeriod(t.date(), precision).atStartOfDay(zone).toInstant();
        }

        Instant end = null;
        if (t.duration() != null && (t.endDate() != null || t.endTime() != null)) {
            throw NewsgraphException.badInput(field + ".duration", "give an end or a duration, not both");
        }
        if (t.duration() != null) {
            if (t.duration().isNegative() || t.duration().isZero()) {
                throw NewsgraphException.badInput(field + ".duration", "a duration must be positive");
            }
            end = ending(start, t.duration(), field + ".duration");
        } else if (t.endDate() != null || t.endTime() != null) {
            if (precision.hasTime() != (t.endTime() != null)) {
                throw NewsgraphException.badInput(field + ".endTime", precision.hasTime()
                        ? "a timed event ends at a time: give endTime" : "a date ends on a date: leave endTime out");
            }
            LocalDate endDate = t.endDate() != null ? t.endDate() : t.date();
            end = precision.hasTime()
                    ? instantOf(endDate, t.endTime(), zone, null, field + ".endTime", field + ".endTime")
                    : nextPeriod(endDate, Precision.DAY).atStartOfDay(zone).toInstant();
            if (!end.isAfter(start)) {
                throw NewsgraphException.badInput(precision.hasTime() ? field + ".endTime" : field + ".endDate",
                        "the end must come after the start");
            }
        }
        if (end != null && !precision.hasTime()) {
            spanEnd = end.isAfter(spanEnd) ? end : spanEnd;
        } else if (end != null) {
            spanEnd = end;
        }
        Instant sortKey = precision.hasTime() ? start
                : nextPeriod(t.date(), precision).atStartOfDay(zone).toInstant().minusNanos(1);
        return new ResolvedTime(t, start, end, spanEnd, sortKey);
    }

    /**
     * A reader's zone as a client gave it (an IANA name, surrounding spaces dropped), or null when none
     * was given; 400 naming {@code field} for anything else.
     */
    public static String readerZone(String zone, String field) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        if (!IanaTimeZone.Validator.isIanaZone(zone.strip())) {
            throw notAReaderZone(zone, field);
        }
        return zone.strip();
    }

    private static NewsgraphException notAReaderZone(String zone, String field) {
        return NewsgraphException.badInput(field, Quoted.of(zone) + " is not an IANA time zone such as Europe/London");
    }

    /** The reported time shown to a reader in {@code readerZone} (IANA; 400 naming {@code field} otherwise). */
    public static RenderedTime render(ResolvedTime resolved, String readerZone, String field) {
        if (readerZone == null || !IanaTimeZone.Validator.isIanaZone(readerZone)) {
            throw notAReaderZone(readerZone, field);
        }
        ReportedTime t = resolved.reported();
        ZoneId zone = ZoneId.of(readerZone);
        if (!t.precision().hasTime()) {
            // a date is a date: never converted through UTC, it reads the same in every zone
            LocalDate endDate = t.endDate();
            // a day that ends on itself is that day ("16 August 2025", not "… to 16 August 2025")
            boolean endsLater = endDate != null && !(t.precision() == Precision.DAY && endDate.equals(t.date()));
            return new RenderedTime(readerZone, t.date(), null, null, null, t.precision(), t.approximate(),
                    endDate, null, (t.approximate() ? "around " : "") + dateText(t.date(), t.precision())
                            + (endsLater ? " to " + dateText(endDate, Precision.DAY) : ""));
        }
        ZonedDateTime local = resolved.start().atZone(zone);
        ZonedDateTime end = resolved.end() == null ? null : resolved.end().atZone(zone);
        String abbreviation = abbreviation(local);
        String text = (t.approximate() ? "about " : "") + TEXT_TIME.format(local) + " " + abbreviation + ", "
                + TEXT_DATE.format(local)
                + (end == null ? "" : " to " + TEXT_TIME.format(end) + " " + abbreviation(end)
                        + (end.toLocalDate().equals(local.toLocalDate()) ? "" : ", " + TEXT_DATE.format(end)));
        return new RenderedTime(readerZone, local.toLocalDate(), local.toLocalTime(), local.getOffset().getId(),
                abbreviation, t.precision(), t.approximate(),
                end == null ? null : end.toLocalDate(), end == null ? null : end.toLocalTime(), text);
    }

    /** The reported time in its own zone, as the source gave it. */
    public static RenderedTime renderLocal(ResolvedTime resolved) {
        return render(resolved, resolved.reported().zone(), "zone");
    }

    /** The zone's short name at that moment ("AKDT", "BST", "UTC"), or its offset where it has none. */
    public static String abbreviation(ZonedDateTime at) {
        String specific = ZONE_NAME.format(at);
        String chosen = specific != null && !specific.isBlank() ? specific
                : at.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return chosen.startsWith("GMT") && !"GMT".equals(chosen) || chosen.contains("/") ? at.getOffset().getId()
                : chosen;
    }

    private static Instant instantOf(LocalDate date, LocalTime time, ZoneId zone, String offset, String timeField,
            String offsetField) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
        if (valid.isEmpty()) {
            throw NewsgraphException.badInput(timeField, local + " does not exist in " + zone
                    + ": the clocks went forward over it");
        }
        if (offset != null) {
            ZoneOffset chosen;
            try {
                chosen = ZoneOffset.of(offset);
            } catch (DateTimeException e) {
                throw NewsgraphException.badInput(offsetField,
                        Quoted.of(offset) + " is not a UTC offset such as -08:00");
            }
            if (!valid.contains(chosen)) {
                throw NewsgraphException.badInput(offsetField, local + " in " + zone + " has offset "
                        + (valid.size() == 1 ? valid.get(0) : valid) + ", not " + offset);
            }
            return local.toInstant(chosen);
        }
        if (valid.size() > 1) {
            throw NewsgraphException.badInput(offsetField, local + " happens twice in " + zone
                    + " (the clocks went back): give offset " + valid.get(0) + " or " + valid.get(1));
        }
        return local.toInstant(valid.get(0));
    }

    /** start + duration, or 400 naming {@code field} if that ends past the years Newsgraph keeps. */
    private static Instant ending(Instant start, Duration duration, String field) {
        try {
            return TimeLimits.require(start.plus(duration), field);
        } catch (ArithmeticException | DateTimeException e) {
            throw NewsgraphException.badInput(field, "a duration of " + duration + " ends past the dates Newsgraph keeps");
        }
    }

    private static LocalDate nextPeriod(LocalDate date, Precision precision) {
        return switch (precision) {
            case MONTH -> date.plusMonths(1);
            case YEAR -> date.plusYears(1);
            default -> date.plusDays(1);
        };
    }

    private static String dateText(LocalDate date, Precision precision) {
        return switch (precision) {
            case MONTH -> TEXT_MONTH.format(date);
            case YEAR -> Integer.toString(date.getYear());
            default -> TEXT_DATE.format(date);
        };
    }

    /** Duration in whole minutes, for exports that want a number. */
    public static long minutes(Duration duration) {
        return duration.toMinutes();
    }
}
