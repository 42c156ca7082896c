package org.newsgraph.quote.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.ReportedTime;

/**
 * Clock times in running text ("at approximately 10.20am local time", "8.30pm BST",
 * "20:30 Moscow time") turned into the time model where the zone can be told: from an
 * abbreviation or a city, or for "local time" and a time without a zone from the zone the reporter
 * gives. The date is the publication's date in that zone, or the day before when the time was still
 * to come at publication (a report tells what has happened), so no date, no time.
 */
public final class TimeMentions {

    /** One time mention: the words, where they are, and the time when its zone and date are known. */
    public record Mention(String text, int start, int end, ReportedTime time) {
    }

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("BST", "Europe/London"), Map.entry("GMT", "UTC"), Map.entry("UTC", "UTC"),
            Map.entry("CET", "Europe/Paris"), Map.entry("CEST", "Europe/Paris"),
            Map.entry("EET", "Europe/Kyiv"), Map.entry("EEST", "Europe/Kyiv"), Map.entry("MSK", "Europe/Moscow"),
            Map.entry("EST", "America/New_York"), Map.entry("EDT", "America/New_York"),
            Map.entry("CST", "America/Chicago"), Map.entry("CDT", "America/Chicago"),
            Map.entry("MST", "America/Denver"), Map.entry("MDT", "America/Denver"),
            Map.entry("PST", "America/Los_Angeles"), Map.entry("PDT", "America/Los_Angeles"),
            Map.entry("AKST", "America/Anchorage"), Map.entry("AKDT", "America/Anchorage"),
            Map.entry("HST", "Pacific/Honolulu"), Map.entry("JST", "Asia/Tokyo"));

    private static final Map<String, String> CITIES = Map.ofEntries(
            Map.entry("London", "Europe/London"), Map.entry("Moscow", "Europe/Moscow"),
            Map.entry("Kyiv", "Europe/Kyiv"), Map.entry("Kiev", "Europe/Kyiv"), Map.entry("Paris", "Europe/Paris"),
            Map.entry("Berlin", "Europe/Berlin"), Map.entry("Brussels", "Europe/Brussels"),
            Map.entry("Washington", "America/New_York"), Map.entry("Beijing", "Asia/Shanghai"),
            Map.entry("Tokyo", "Asia/Tokyo"), Map.entry("Anchorage", "America/Anchorage"));

    private static final String QUALIFIER = "(?:(approximately|about|around|roughly|some|shortly after|shortly before"
            + "|just after|just before|after|before|at|by|from|until)\\s+)*";
    private static final String ZONE = "(?:\\s+(local time|[A-Z]{2,4}\\b|(?:" + String.join("|", CITIES.keySet())
            + ") time))?";
    /** 10.20am, 10:20 a.m., 8pm, with an optional zone. */
    private static final Pattern TWELVE_HOUR = Pattern.compile("(?i:" + QUALIFIER + ")\\b(\\d{1,2})(?:[.:](\\d{2}))?"
            + "\\s*([ap])\\.?m\\b\\.?" + ZONE);
    /** 20:30 BST: a 24-hour time only with a zone, so that scores and ratios are not read as times. */
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(?i:" + QUALIFIER + ")\\b([01]?\\d|2[0-3]):(\\d{2})"
            + "(?:\\s+(local time|[A-Z]{2,4}\\b|(?:" + String.join("|", CITIES.keySet()) + ") time))");

    /** "at noon", "around midnight". */
    private static final Pattern NOON = Pattern.compile("(?i:" + QUALIFIER + ")\\b(noon|midday|midnight)\\b" + ZONE);

    private TimeMentions() {
    }

    /**
     * The time mentions in {@code text} from {@code start} to {@code end}.
     *
     * @param localZone   the IANA zone "local time" means (the place of the story), or null
     * @param publishedAt when the report was published, to date its times; or null
     */
    public static List<Mention> find(String text, int start, int end, String localZone, Instant publishedAt) {
        List<Mention> mentions = new ArrayList<>();
        String part = text.substring(start, end);
        for (Pattern pattern : List.of(TWELVE_HOUR, TWENTY_FOUR_HOUR, NOON)) {
            Matcher m = pattern.matcher(part);
            while (m.find()) {
                boolean twelve = pattern == TWELVE_HOUR;
                boolean noon = pattern == NOON;
                String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase();
                int hour = noon ? (m.group(2).equalsIgnoreCase("midnight") ? 0 : 12) : Integer.parseInt(m.group(2));
                String minutes = noon ? null : m.group(3);
                String zoneWords = noon ? m.group(3) : twelve ? m.group(5) : m.group(4);
                if (twelve) {
                    if (hour < 1 || hour > 12) {
                        continue;
                    }
                    boolean pm = m.group(4).equalsIgnoreCase("p");
                    hour = hour % 12 + (pm ? 12 : 0);
                }
                int minute = minutes == null ? 0 : Integer.parseInt(minutes);
                if (minute > 59) {
                    continue;
                }
                boolean approximate = qualifier.matches(".*(approximately|about|around|roughly|some|shortly|just).*");
                String zone = zoneOf(zoneWords, localZone);
                ReportedTime time = null;
                if (zone != null && publishedAt != null) {
                    try {
                        // the day the report means: its own day in that zone, or the day before when that
                        // time had not yet come when it was published ("8.30pm BST" in a piece out at 00:10 BST)
                        LocalDate date = LocalDate.ofInstant(publishedAt, ZoneId.of(zone));
                        if (date.atTime(hour, minute).atZone(ZoneId.of(zone)).toInstant().isAfter(publishedAt)) {
                            date = date.minusDays(1);
                        }
                        Precision precision = minutes == null ? Precision.HOUR : Precision.MINUTE;
                        time = new ReportedTime(date, LocalTime.of(hour, minute), zone, precision, approximate, null,
                                null, null, null);
                    } catch (DateTimeException e) {
                        time = null;
                    }
                }
                String words = m.group().strip();
                int at = start + m.start() + (m.group().length() - m.group().stripLeading().length());
                mentions.add(new Mention(words, at, at + words.length(), time));
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        return mentions;
    }

    private static String zoneOf(String words, String localZone) {
        if (words == null) {
            // a bare "4 p.m." in a report is the time where the story happens
            return localZone;
        }
        if (words.equalsIgnoreCase("local time")) {
            return localZone;
        }
        if (words.endsWith(" time")) {
            return CITIES.get(words.substring(0, words.length() - 5));
        }
        return ABBREVIATIONS.get(words);
    }
}
