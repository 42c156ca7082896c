package org.newsgraph.event.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.platform.time.ReportedTime;
import org.newsgraph.platform.time.TimeRules;

/**
 * A story's events as iCalendar (RFC 5545). Timed events keep their local time with its zone
 * ({@code DTSTART;TZID=America/Anchorage:20250815T113000}) and each zone gets a VTIMEZONE built
 * from the JDK's tz rules; dates are {@code VALUE=DATE}, so a calendar never moves them to
 * another day.
 */
public final class ICalendarExport {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarExport() {
    }

    public static String of(StoryView story, List<EventView> events) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Newsgraph//event-service//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("X-WR-CALNAME:" + escape(story.title()));
        Map<String, int[]> years = new TreeMap<>();
        for (EventView e : events) {
            if (e.time().precision().hasTime()) {
                int year = e.time().date().getYear();
                years.merge(e.time().zone(), new int[] { year, year },
                        (a, b) -> new int[] { Math.min(a[0], b[0]), Math.max(a[1], b[1]) });
            }
        }
        years.forEach((zone, span) -> lines.addAll(timezone(ZoneId.of(zone), span[0], span[1])));
        for (EventView e : events) {
            lines.addAll(event(e));
        }
        lines.add("END:VCALENDAR");
        return lines.stream().map(ICalendarExport::fold).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<String> event(EventView e) {
        ReportedTime t = e.time();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + e.id() + "@newsgraph");
        lines.add("DTSTAMP:" + UTC.format(e.updatedAt() == null ? Instant.EPOCH : e.updatedAt()));
        if (t.precision().hasTime()) {
            lines.add("DTSTART;TZID=" + t.zone() + ":" + LOCAL.format(LocalDateTime.of(t.date(), t.time())));
            if (e.endsAt() != null) {
                lines.add("DTEND;TZID=" + t.zone() + ":"
                        + LOCAL.format(LocalDateTime.ofInstant(e.endsAt(), ZoneId.of(t.zone()))));
            }
        } else {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(t.date()));
            LocalDate end = t.endDate() != null ? t.endDate().plusDays(1) : switch (t.precision()) {
                case MONTH -> t.date().plusMonths(1);
                case YEAR -> t.date().plusYears(1);
                default -> t.date().plusDays(1);
            };
            lines.add("DTEND;VALUE=DATE:" + DATE.format(end));
        }
        lines.add("SUMMARY:" + escape(e.title()));
        String description = (e.description() == null ? "" : e.description())
                + (t.approximate() ? (e.description() == null ? "" : "\n") + "Time approximate: " + e.local().text()
                        : "");
        if (!description.isEmpty()) {
            lines.add("DESCRIPTION:" + escape(description));
        }
        if (e.locationLabel() != null) {
            lines.add("LOCATION:" + escape(e.locationLabel()));
        }
        lines.add("CATEGORIES:" + e.kind());
        if (e.state() != null && e.state().name().equals("RETRACTED")) {
            lines.add("STATUS:CANCELLED");
        }
        lines.add("END:VEVENT");
        return lines;
    }

    /** A VTIMEZONE with the zone's offset changes from the year before the first event to the last event's year. */
    static List<String> timezone(ZoneId zone, int fromYear, int toYear) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        Instant start = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition previous = rules.previousTransition(start);
        if (previous != null) {
            transitions.add(previous);
        }
        for (ZoneOffsetTransition next = rules.nextTransition(start); next != null
                && next.getInstant().isBefore(end); next = rules.nextTransition(next.getInstant())) {
            transitions.add(next);
        }
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(start);
            lines.add("BEGIN:STANDARD");
            lines.add("DTSTART:19700101T000000");
            lines.add("TZOFFSETFROM:" + offset(offset));
            lines.add("TZOFFSETTO:" + offset(offset));
            lines.add("TZNAME:" + TimeRules.abbreviation(start.atZone(zone)));
            lines.add("END:STANDARD");
        }
        for (ZoneOffsetTransition transition : transitions) {
            String kind = rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
            lines.add("BEGIN:" + kind);
            lines.add("DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
            lines.add("TZOFFSETFROM:" + offset(transition.getOffsetBefore()));
            lines.add("TZOFFSETTO:" + offset(transition.getOffsetAfter()));
            lines.add("TZNAME:" + TimeRules.abbreviation(transition.getInstant().atZone(zone)));
            lines.add("END:" + kind);
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /**
     * TEXT as RFC 5545 (3.3.11) writes it: backslash, semicolon and comma escaped, every line break
     * (CRLF, LF or a lone CR) as {@code \n}; other control characters are not allowed in TEXT and
     * are dropped, so that no title can start a property or a component of its own.
     */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n")
                .replace('\r', '\n').replace("\n", "\\n").replaceAll("[\\p{Cntrl}&&[^\t]]", "");
    }

    /** Lines longer than 75 octets continue on the next line after a space. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            return line;
        }
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length();) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append("\r\n ");
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
