package org.newsgraph.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.platform.error.ErrorCode;
import org.newsgraph.platform.error.NewsgraphException;

class TimeRulesTests {

    private static final LocalDate SUMMIT = LocalDate.of(2025, 8, 15);

    private static ResolvedTime resolve(ReportedTime t) {
        return TimeRules.resolve(t, "time");
    }

    private static String refusedField(ReportedTime t) {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> resolve(t));
        assertEquals(ErrorCode.BAD_USER_INPUT, e.code());
        return e.field();
    }

    /** Repeated whole, a long bad zone came back in the error of every event of a page. */
    @Test
    void aRefusedZoneIsRepeatedAtMostSixtyCharactersLong() {
        ResolvedTime breakfast = resolve(ReportedTime.at(SUMMIT, LocalTime.of(11, 30), "America/Anchorage"));
        NewsgraphException refused = assertThrows(NewsgraphException.class,
                () -> TimeRules.render(breakfast, "Europe/London".repeat(3_000), "zone"));
        assertEquals("zone", refused.field());
        assertEquals("'" + "Europe/London".repeat(5).substring(0, 60)
                + "…' is not an IANA time zone such as Europe/London", refused.getMessage());
    }

    /** A reader's zone as the gateway and event-service take it: optional, spaces around it dropped, else 400. */
    @Test
    void aReadersZoneIsOptionalAndAnythingButAnIanaNameIsRefusedNamingTheField() {
        assertEquals(null, TimeRules.readerZone(null, "zone"));
        assertEquals(null, TimeRules.readerZone("  ", "zone"));
        assertEquals("Europe/London", TimeRules.readerZone(" Europe/London ", "zone"));
        NewsgraphException refused = assertThrows(NewsgraphException.class,
                () -> TimeRules.readerZone("Europe/Londn", "zone"));
        assertEquals("zone", refused.field());
        assertEquals("'Europe/Londn' is not an IANA time zone such as Europe/London", refused.getMessage());
    }

    @Test
    void elevenThirtyInAnchorageIsTwentyThirtyInLondonAndNineteenThirtyUtc() {
        ResolvedTime breakfast = resolve(ReportedTime.at(SUMMIT, LocalTime.of(11, 30), "America/Anchorage")
                .approximately());
        assertEquals(Instant.parse("2025-08-15T19:30:00Z"), breakfast.start());

        RenderedTime london = TimeRules.render(breakfast, "Europe/London", "zone");
        assertEquals(LocalTime.of(20, 30), london.time());
        assertEquals(SUMMIT, london.date());
        assertEquals("BST", london.abbreviation());
        assertEquals("+01:00", london.offset());
        assertEquals("about 20:30 BST, 15 August 2025", london.text());

        RenderedTime utc = TimeRules.render(breakfast, "UTC", "zone");
        assertEquals(LocalTime.of(19, 30), utc.time());

        RenderedTime local = TimeRules.renderLocal(breakfast);
        assertEquals(LocalTime.of(11, 30), local.time());
        assertEquals("AKDT", local.abbreviation());
    }

    @Test
    void aDayStaysItsDateInEveryZone() {
        ResolvedTime day = resolve(ReportedTime.onDay(SUMMIT, "America/Anchorage"));
        for (String zone : List.of("America/Los_Angeles", "Pacific/Auckland", "UTC", "Asia/Tokyo", "Pacific/Pago_Pago")) {
            RenderedTime rendered = TimeRules.render(day, zone, "zone");
            assertEquals(SUMMIT, rendered.date(), zone);
            assertNull(rendered.time(), zone);
            assertEquals("15 August 2025", rendered.text());
        }
    }

    @Test
    void daysEndingLaterReadAsARangeAndADayEndingOnItselfAsThatDay() {
        ReportedTime day = ReportedTime.onDay(SUMMIT, "America/Anchorage");
        ReportedTime twoDays = new ReportedTime(SUMMIT, null, "America/Anchorage", Precision.DAY, false, null,
                SUMMIT.plusDays(1), null, null);
        ReportedTime sameDay = new ReportedTime(SUMMIT, null, "America/Anchorage", Precision.DAY, false, null, SUMMIT,
                null, null);
        assertEquals("15 August 2025 to 16 August 2025", TimeRules.render(resolve(twoDays), "UTC", "zone").text());
        assertEquals("15 August 2025", TimeRules.render(resolve(sameDay), "UTC", "zone").text());
        assertEquals(TimeRules.render(resolve(day), "UTC", "zone").text(),
                TimeRules.render(resolve(sameDay), "UTC", "zone").text());
    }

    @Test
    void anApproximateTenTwentySortsBeforeAnExactTenFiftyFourAndTheDayAfterBoth() {
        ResolvedTime exact = resolve(ReportedTime.at(SUMMIT, LocalTime.of(10, 54), "America/Anchorage"));
        ResolvedTime approximate = resolve(ReportedTime.at(SUMMIT, LocalTime.of(10, 20), "America/Anchorage")
                .approximately());
        ResolvedTime day = resolve(ReportedTime.onDay(SUMMIT, "America/Anchorage"));
        ResolvedTime nextMorning = resolve(ReportedTime.at(SUMMIT.plusDays(1), LocalTime.of(0, 5), "America/Anchorage"));
        List<ResolvedTime> timeline = new ArrayList<>(List.of(day, nextMorning, exact, approximate));
        timeline.sort(Comparator.comparing(ResolvedTime::sortKey));
        assertEquals(List.of(approximate, exact, day, nextMorning), timeline);
    }

    @Test
    void aTimeInsideTheDaylightSavingGapIsRefused() {
        // 9 March 2025: Anchorage clocks jumped from 02:00 to 03:00
        assertEquals("time.time", refusedField(ReportedTime.at(LocalDate.of(2025, 3, 9), LocalTime.of(2, 30),
                "America/Anchorage")));
    }

    @Test
    void aTimeInTheRepeatedHourNeedsItsOffset() {
        // 2 November 2025: Anchorage clocks went back from 02:00 to 01:00
        LocalDate fallBack = LocalDate.of(2025, 11, 2);
        ReportedTime ambiguous = ReportedTime.at(fallBack, LocalTime.of(1, 30), "America/Anchorage");
        assertEquals("time.offset", refusedField(ambiguous));
        ResolvedTime first = resolve(new ReportedTime(fallBack, LocalTime.of(1, 30), "America/Anchorage",
                Precision.MINUTE, false, "-08:00", null, null, null));
        ResolvedTime second = resolve(new ReportedTime(fallBack, LocalTime.of(1, 30), "America/Anchorage",
                Precision.MINUTE, false, "-09:00", null, null, null));
        assertEquals(Duration.ofHours(1), Duration.between(first.start(), second.start()));
        assertEquals("time.offset", refusedField(new ReportedTime(fallBack, LocalTime.of(1, 30), "America/Anchorage",
                Precision.MINUTE, false, "+03:00", null, null, null)));
    }

    @Test
    void anUnknownZoneIsRefused() {
        assertEquals("time.zone", refusedField(ReportedTime.at(SUMMIT, LocalTime.NOON, "America/Nowhere")));
        assertEquals("time.zone", refusedField(ReportedTime.at(SUMMIT, LocalTime.NOON, "BST")));
        assertEquals("time.zone", refusedField(ReportedTime.at(SUMMIT, LocalTime.NOON, null)));
        NewsgraphException e = assertThrows(NewsgraphException.class,
                () -> TimeRules.render(resolve(ReportedTime.onDay(SUMMIT, "UTC")), "Mars/Olympus", "zone"));
        assertEquals("zone", e.field());
    }

    @Test
    void precisionAndPartsMustAgree() {
        assertEquals("time.time", refusedField(new ReportedTime(SUMMIT, null, "UTC", Precision.MINUTE, false,
                null, null, null, null)));
        assertEquals("time.time", refusedField(new ReportedTime(SUMMIT, LocalTime.NOON, "UTC", Precision.DAY, false,
                null, null, null, null)));
        assertEquals("time.time", refusedField(new ReportedTime(SUMMIT, LocalTime.of(11, 30), "UTC", Precision.HOUR,
                false, null, null, null, null)));
        assertEquals("time.date", refusedField(new ReportedTime(SUMMIT, null, "UTC", Precision.MONTH, false,
                null, null, null, null)));
        assertEquals("time.precision", refusedField(new ReportedTime(SUMMIT, null, "UTC", null, false,
                null, null, null, null)));
    }

    @Test
    void aDurationGivesTheEnd() {
        ResolvedTime talks = resolve(ReportedTime.at(SUMMIT, LocalTime.of(11, 30), "America/Anchorage")
                .lasting(Duration.ofHours(2).plusMinutes(45)).approximately());
        assertEquals(Instant.parse("2025-08-15T22:15:00Z"), talks.end());
        RenderedTime london = TimeRules.render(talks, "Europe/London", "zone");
        assertEquals(LocalTime.of(23, 15), london.endTime());
        assertEquals("about 20:30 BST, 15 August 2025 to 23:15 BST", london.text());
        assertEquals("time.duration", refusedField(ReportedTime.at(SUMMIT, LocalTime.NOON, "UTC")
                .lasting(Duration.ofMinutes(-5))));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertEquals("time.endTime", refusedField(new ReportedTime(SUMMIT, LocalTime.NOON, "UTC", Precision.MINUTE,
                false, null, null, LocalTime.of(11, 0), null)));
        assertEquals("time.duration", refusedField(new ReportedTime(SUMMIT, LocalTime.NOON, "UTC", Precision.MINUTE,
                false, null, null, LocalTime.of(13, 0), Duration.ofHours(1))));
    }

    @Test
    void aMonthSortsAfterItsDays() {
        ResolvedTime august = resolve(new ReportedTime(LocalDate.of(2025, 8, 1), null, "America/Anchorage",
                Precision.MONTH, false, null, null, null, null));
        ResolvedTime lastDay = resolve(ReportedTime.onDay(LocalDate.of(2025, 8, 31), "America/Anchorage"));
        assertTrue(august.sortKey().isAfter(lastDay.start()));
        assertEquals("August 2025", TimeRules.render(august, "Asia/Tokyo", "zone").text());
    }

    @Test
    void datesAndDurationsPastTheYearsWeKeepAreRefusedNamingTheField() {
        assertEquals("time.date", refusedField(ReportedTime.onDay(LocalDate.of(999_999_999, 12, 31), "UTC")));
        assertEquals("time.date", refusedField(ReportedTime.onDay(LocalDate.of(-5000, 1, 1), "UTC")));
        assertEquals("time.duration", refusedField(ReportedTime.at(SUMMIT, LocalTime.of(11, 30), "America/Anchorage")
                .lasting(Duration.ofHours(100_000_000_000L))));
        assertEquals("time.duration", refusedField(ReportedTime.at(SUMMIT, LocalTime.of(11, 30), "America/Anchorage")
                .lasting(Duration.ofDays(365L * 8000))));
        assertEquals("time.endDate", refusedField(new ReportedTime(SUMMIT, null, "UTC", Precision.DAY, false, null,
                LocalDate.of(10_000, 1, 1), null, null)));
        assertEquals(LocalDate.of(9999, 12, 31), resolve(ReportedTime.onDay(LocalDate.of(9999, 12, 31), "UTC"))
                .reported().date());
    }
}
