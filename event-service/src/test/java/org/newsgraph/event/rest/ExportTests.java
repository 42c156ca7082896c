package org.newsgraph.event.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.event.rest.Api.ANCHORAGE;
import static org.newsgraph.event.rest.Api.approximately;
import static org.newsgraph.event.rest.Api.asViewer;
import static org.newsgraph.event.rest.Api.create;
import static org.newsgraph.event.rest.Api.event;
import static org.newsgraph.event.rest.Api.published;
import static org.newsgraph.event.rest.Api.time;
import static org.newsgraph.event.rest.Api.with;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A published story as TimelineJS JSON, CSV and iCalendar; drafts stay out. */
@QuarkusTest
@TestProfile(EventServiceTestProfile.class)
class ExportTests {

    static String story;

    @BeforeEach
    void story() {
        if (story != null) {
            return;
        }
        story = Api.publishedStory();
        Map<String, Object> breakfast = approximately(time("2025-08-15", "11:30", ANCHORAGE));
        breakfast.put("duration", "PT1H");
        published(event(story, "Working breakfast, with a comma", "MEAL", breakfast));
        published(event(story, "Summit day", "OTHER", time("2025-08-15", null, ANCHORAGE)));
        create(event(story, "Unpublished draft", "OTHER", time("2025-08-15", "09:00", ANCHORAGE)));
    }

    @Test
    void timelineJsGetsLocalTimesWithTheZoneInTheDisplayDate() {
        asViewer().get("/stories/" + story + "/export/timelinejs").then().statusCode(200)
                .body("events.size()", is(2))
                .body("events[0].start_date.year", is(2025))
                .body("events[0].start_date.month", is(8))
                .body("events[0].start_date.day", is(15))
                .body("events[0].start_date.hour", is(11))
                .body("events[0].start_date.minute", is(30))
                .body("events[0].start_date.display_date", is("about 11:30 AKDT, 15 August 2025 to 12:30 AKDT"))
                .body("events[0].end_date.hour", is(12))
                .body("events[1].start_date.hour", org.hamcrest.Matchers.nullValue())
                .body("events[1].start_date.display_date", is("15 August 2025"))
                .body("events.text.headline", not(org.hamcrest.Matchers.hasItem("Unpublished draft")));
    }

    @Test
    void csvHasOneQuotedRowPerPublishedEvent() {
        String csv = Api.asViewer().accept("text/csv").get("/stories/" + story + "/export/csv").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<String> rows = List.of(csv.split("\r\n"));
        assertEquals(3, rows.size(), "a header and two events");
        assertTrue(rows.get(0).startsWith("id,title,kind,occurrence"));
        assertTrue(rows.get(1).contains(",\"Working breakfast, with a comma\",MEAL,"));
        assertTrue(rows.get(1).contains(",2025-08-15,11:30,America/Anchorage,MINUTE,true,PT1H,2025-08-15T19:30:00Z,"));
        assertTrue(rows.get(2).contains(",Summit day,OTHER,"));
    }

    @Test
    void iCalendarKeepsTheLocalTimeWithItsZoneAndDatesAsDates() {
        String ics = Api.asViewer().accept("text/calendar").get("/stories/" + story + "/export/ics").then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/Anchorage\r\n"));
        assertTrue(ics.contains("TZNAME:AKDT"));
        assertTrue(ics.contains("DTSTART;TZID=America/Anchorage:20250815T113000\r\n"));
        assertTrue(ics.contains("DTEND;TZID=America/Anchorage:20250815T123000\r\n"));
        assertTrue(ics.contains("SUMMARY:Working breakfast\\, with a comma\r\n"));
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20250815\r\nDTEND;VALUE=DATE:20250816\r\n"));
        assertTrue(!ics.contains("Unpublished draft"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
        String hostile = Api.publishedStory();
        published(with(event(hostile, "=HYPERLINK(\"http://evil.example\",\"Summit\")", "OTHER",
                time("2025-08-15", "10:00", ANCHORAGE)), "locationLabel", "@SUM(1+1)", "description", "-2+3"));
        published(event(hostile, "+cmd|' /C calc'!A0", "OTHER", time("2025-08-15", "11:00", ANCHORAGE)));
        published(with(event(hostile, "Tabbed", "OTHER", time("2025-08-15", "12:00", ANCHORAGE)),
                "locationLabel", "\tAnchorage"));

        String csv = asViewer().accept("text/csv").get("/stories/" + hostile + "/export/csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Summit\"\")\",OTHER,"), csv);
        assertTrue(csv.contains(",'@SUM(1+1),"), csv);
        assertTrue(csv.contains(",'+cmd|' /C calc'!A0,OTHER,"), csv);
        assertTrue(csv.contains(",'\tAnchorage,"), csv);
        for (String row : csv.split("\r\n")) {
            for (String cell : row.split(",")) {
                String unquoted = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertTrue(unquoted.isEmpty() || "=+-@\t\r".indexOf(unquoted.charAt(0)) < 0, "cell " + cell);
            }
        }
    }

    @Test
    void iCalendarTextCannotBreakOutOfItsProperty() {
        String hostile = Api.publishedStory();
        published(with(event(hostile, "Summit\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Forged", "OTHER",
                time("2025-08-15", "10:00", ANCHORAGE)), "description", "line one\r\nline two\nline three\rATTACH:x"));

        String ics = asViewer().accept("text/calendar").get("/stories/" + hostile + "/export/ics").then()
                .statusCode(200).extract().asString();
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Summit\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Forged\r\n"), unfolded);
        assertTrue(unfolded.contains("DESCRIPTION:line one\\nline two\\nline three\\nATTACH:x\r\n"), unfolded);
        assertEquals(1, unfolded.lines().filter("BEGIN:VEVENT"::equals).count(), "one event, none forged");
        assertTrue(!unfolded.replace("\r\n", "").contains("\r") && !unfolded.replace("\r\n", "").contains("\n"),
                "no bare CR or LF");
    }

    @Test
    void timelineJsTextIsHtmlEscaped() {
        String hostile = Api.publishedStory();
        published(with(event(hostile, "<img src=x onerror=alert(1)>", "OTHER", time("2025-08-15", "10:00", ANCHORAGE)),
                "description", "Trump & Putin said \"<b>hi</b>\" 'there'"));

        asViewer().get("/stories/" + hostile + "/export/timelinejs").then().statusCode(200)
                .body("events[0].text.headline", is("&lt;img src=x onerror=alert(1)&gt;"))
                .body("events[0].text.text", is("Trump &amp; Putin said &quot;&lt;b&gt;hi&lt;/b&gt;&quot; &#39;there&#39;"));
    }

    @Test
    void aDraftStoryCannotBeExportedByAViewer() {
        String draft = Api.story();
        asViewer().accept("text/calendar").get("/stories/" + draft + "/export/ics").then().statusCode(404);
    }
}
