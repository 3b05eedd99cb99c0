package uk.gov.lga.hub.application.challenge;

import java.time.LocalDateTime;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.timetable.SessionKind;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSession;
import uk.gov.lga.hub.domain.challenge.timetable.VisitTimetable;

/**
 * The visit timetable in time order, with the counts and the feedback report's standard paragraph they fill.
 *
 * @param paragraph e.g. "Gathered information and views from more than 35 meetings, ... Spoke to more than 100
 *     people."
 */
public record TimetableView(List<Session> sessions, int meetings, int peopleMet, String paragraph) {

    /** One session; its times are local to the council. */
    public record Session(
            long id,
            SessionKind kind,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String who,
            int peopleMet) {

        static Session of(VisitSession s) {
            return new Session(s.id(), s.kind(), s.startsAt(), s.endsAt(), s.place(), s.who(), s.peopleMet());
        }
    }

    static TimetableView of(List<VisitSession> sessions) {
        VisitTimetable counts = VisitTimetable.of(sessions);
        return new TimetableView(
                sessions.stream().map(Session::of).toList(), counts.meetings(), counts.peopleMet(), counts.paragraph());
    }
}
