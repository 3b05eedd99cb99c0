package uk.gov.lga.hub.domain.challenge.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeFixtures;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;

class VisitTimetableTest {

    @Test
    void meetingsCountSessionsAndPeopleAddUpAcrossThem() {
        PeerChallenge challenge = ChallengeFixtures.proposed();
        List<VisitSession> sessions = IntStream.range(0, 37)
                .mapToObj(i ->
                        VisitSessionTest.session(challenge, LocalDateTime.of(2024, 1, 16, 9, 0), i % 2 == 0 ? 4 : 2))
                .toList();
        VisitTimetable timetable = VisitTimetable.of(sessions);
        assertEquals(37, timetable.meetings());
        assertEquals(19 * 4 + 18 * 2, timetable.peopleMet());
        assertEquals(
                "Gathered information and views from more than 35 meetings, in addition to further research and"
                        + " reading. Spoke to more than 110 people.",
                timetable.paragraph());
    }

    @Test
    void aRoundCountIsStatedAsMoreThanTheFigureBelowIt() {
        assertEquals("more than 35 meetings", VisitTimetable.figure(40, "meeting", "meetings"));
        assertEquals("more than 100 people", VisitTimetable.figure(101, "person", "people"));
        assertEquals("more than 5 people", VisitTimetable.figure(10, "person", "people"));
    }

    @Test
    void aSmallCountIsStatedExactly() {
        assertEquals("1 person", VisitTimetable.figure(1, "person", "people"));
        assertEquals("9 meetings", VisitTimetable.figure(9, "meeting", "meetings"));
        assertEquals(
                "Gathered information and views from 0 meetings, in addition to further research and reading."
                        + " Spoke to 0 people.",
                new VisitTimetable(0, 0).paragraph());
    }
}
