package org.newsgraph.event.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarExportTests {

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "Владимир Путин пригласил Дональда Трампа в Москву ".repeat(3);
        String folded = ICalendarExport.fold(line);
        for (String part : folded.split("\r\n")) {
            assertTrue(part.getBytes(StandardCharsets.UTF_8).length <= 75, part);
        }
        assertEquals(line, folded.replace("\r\n ", ""));
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\, b\\; c\\\\ d\\ne", ICalendarExport.escape("a, b; c\\ d\ne"));
    }

    @Test
    void everyLineBreakIsEscapedAndOtherControlCharactersDropped() {
        assertEquals("a\\nb\\nc\\nd\te", ICalendarExport.escape("a\r\nb\rc\nd\te\u0007"));
    }

    @Test
    void aZoneGetsItsDaylightSavingChangesForTheYear() {
        List<String> lines = ICalendarExport.timezone(ZoneId.of("America/Anchorage"), 2025, 2025);
        assertTrue(lines.contains("BEGIN:DAYLIGHT"));
        assertTrue(lines.contains("DTSTART:20250309T020000"), "clocks go forward on 9 March 2025");
        assertTrue(lines.contains("DTSTART:20251102T020000"), "and back on 2 November 2025");
        assertTrue(lines.contains("TZOFFSETTO:-0800"));
        assertTrue(lines.contains("TZOFFSETTO:-0900"));
    }

    @Test
    void aZoneWithoutChangesStillGetsItsOffset() {
        List<String> lines = ICalendarExport.timezone(ZoneId.of("Asia/Tokyo"), 2025, 2025);
        assertTrue(lines.contains("TZOFFSETTO:+0900"));
    }
}
