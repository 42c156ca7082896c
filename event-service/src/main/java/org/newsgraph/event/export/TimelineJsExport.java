package org.newsgraph.event.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsgraph.event.api.EventView;
import org.newsgraph.event.api.StoryView;
import org.newsgraph.platform.time.Precision;
import org.newsgraph.platform.time.RenderedTime;

/**
 * A story in TimelineJS's JSON format. TimelineJS has no time zones: each date is given as the
 * local date and time where it happened, and {@code display_date} says it in words with the
 * zone's abbreviation ("about 10:20 AKDT, 15 August 2025") so that no reader's browser shifts it.
 * TimelineJS renders headlines, texts and display dates as HTML: every text we put in is
 * HTML-escaped, so a title is shown as written and never runs as markup or script.
 */
public final class TimelineJsExport {

    private TimelineJsExport() {
    }

    public static Map<String, Object> of(StoryView story, List<EventView> events) {
        Map<String, Object> timeline = new LinkedHashMap<>();
        timeline.put("title", Map.of("text", text(story.title(), story.summary())));
        timeline.put("events", events.stream().map(TimelineJsExport::event).toList());
        return timeline;
    }

    private static Map<String, Object> event(EventView e) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("unique_id", e.id().toString());
        RenderedTime local = e.local();
        event.put("start_date", date(local.date(), local.time(), local.precision(), local.text()));
        if (local.endDate() != null) {
            event.put("end_date", date(local.endDate(), local.endTime(),
                    local.endTime() == null ? Precision.DAY : Precision.MINUTE, null));
        }
        event.put("text", text(e.title(), e.description()));
        event.put("group", e.kind().name());
        return event;
    }

    private static Map<String, Object> date(LocalDate date, LocalTime time, Precision precision, String display) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", date.getYear());
        if (precision != Precision.YEAR) {
            out.put("month", date.getMonthValue());
        }
        if (precision != Precision.YEAR && precision != Precision.MONTH) {
            out.put("day", date.getDayOfMonth());
        }
        if (time != null) {
            out.put("hour", time.getHour());
            out.put("minute", time.getMinute());
        }
        if (display != null) {
            out.put("display_date", html(display));
        }
        return out;
    }

    private static Map<String, Object> text(String headline, String body) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("headline", html(headline));
        if (body != null) {
            text.put("text", html(body));
        }
        return text;
    }

    static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
