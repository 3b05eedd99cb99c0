package uk.gov.lga.hub.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant STAMP = Instant.parse("2024-05-20T10:00:00Z");
    private static final URI PAGE = URI.create("https://hub.example/app/plan/index.xhtml?id=42");

    @Test
    void aVisitOverFourDaysIsOneAllDayEventEndingTheDayAfterItsLastDay() {
        String ics = IcsCalendar.write(
                "Coventry",
                List.of(new CalendarEvent(
                        "challenge-42-visit@peer-challenge-hub",
                        LocalDate.of(2024, 1, 15),
                        LocalDate.of(2024, 1, 18),
                        "Coventry City Council: peer challenge on-site visit",
                        "On site.",
                        PAGE)),
                STAMP);

        ParsedFeed.Event visit = ParsedFeed.of(ics).event("challenge-42-visit@peer-challenge-hub");
        assertEquals(LocalDate.of(2024, 1, 15), visit.start());
        assertEquals(LocalDate.of(2024, 1, 19), visit.end());
        assertTrue(visit.allDay(), "DTSTART and DTEND are DATE values");
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20240115\r\n"), ics);
        assertTrue(ics.contains("DTEND;VALUE=DATE:20240119\r\n"), ics);
        assertEquals(PAGE.toString(), visit.url());
        assertEquals("20240520T100000Z", visit.stamp());
    }

    @Test
    void theCalendarNamesItselfAndLondonAndWritesLinesAsRfc5545Says() {
        String ics = IcsCalendar.write("Coventry City Council: peer challenge dates", List.of(), STAMP);

        ParsedFeed feed = ParsedFeed.of(ics);
        assertEquals("2.0", feed.properties().get("VERSION"));
        assertEquals("Europe/London", feed.properties().get("X-WR-TIMEZONE"));
        assertEquals(
                "Coventry City Council: peer challenge dates", feed.properties().get("X-WR-CALNAME"));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"), "CRLF line ends");
        assertTrue(ics.lines().allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75));
    }

    @Test
    void textWithCommasSemicolonsNewLinesAndLongLinesReadsBackUnchanged() {
        String description = "Status: In progress; owner: Jane, Director.\nOpen: " + PAGE + " "
                + "a long line ".repeat(20) + "– with “quotes” é";
        String ics = IcsCalendar.write(
                "x",
                List.of(CalendarEvent.oneDay(
                        "action-77-due@peer-challenge-hub",
                        LocalDate.of(2024, 9, 30),
                        "Due, soon; ok",
                        description,
                        PAGE)),
                STAMP);

        ParsedFeed.Event action = ParsedFeed.of(ics).event("action-77-due@peer-challenge-hub");
        assertEquals(description, action.description());
        assertEquals("Due, soon; ok", action.summary());
        assertEquals(LocalDate.of(2024, 10, 1), action.end());
    }
}
