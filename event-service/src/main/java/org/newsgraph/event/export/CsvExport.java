package org.newsgraph.event.export;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.event.api.EventView;

/**
 * A story's events as CSV (RFC 4180): one row per event, local time and zone as given, instants in UTC.
 * Newsrooms open it in a spreadsheet, so a cell that a spreadsheet would run as a formula is neutralised.
 */
public final class CsvExport {

    static final List<String> HEADER = List.of("id", "title", "kind", "occurrence", "state", "local_date",
            "local_time", "zone", "precision", "approximate", "duration", "starts_at_utc", "ends_at_utc", "display",
            "place_id", "location", "participants", "sources");

    private CsvExport() {
    }

    public static String of(List<EventView> events) {
        StringBuilder csv = new StringBuilder(row(HEADER.stream()));
        for (EventView e : events) {
            csv.append(row(Stream.of(e.id(), e.title(), e.kind(), e.occurrence(), e.state(), e.time().date(),
                    e.time().time(), e.time().zone(), e.time().precision(), e.time().approximate(),
                    e.time().duration(), e.startsAt(), e.endsAt(), e.local().text(), e.placeId(), e.locationLabel(),
                    e.participants().stream().map(p -> p.role + ":" + p.entityId).collect(Collectors.joining(" ")),
                    e.sources().stream().map(s -> s.publication + (s.url == null ? "" : " <" + s.url + ">"))
                            .collect(Collectors.joining("; ")))));
        }
        return csv.toString();
    }

    private static String row(Stream<?> cells) {
        return cells.map(c -> cell(c == null ? "" : Objects.toString(c))).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String raw) {
        String value = neutralised(raw);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /**
     * A title like {@code =HYPERLINK(...)} or {@code @SUM(...)} would be run by Excel or LibreOffice
     * as a formula (OWASP "CSV injection"): such a cell starts with an apostrophe, which the
     * spreadsheet shows as text and does not display.
     */
    static String neutralised(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
