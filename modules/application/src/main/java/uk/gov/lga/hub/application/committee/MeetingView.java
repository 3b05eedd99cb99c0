package uk.gov.lga.hub.application.committee;

import java.time.Instant;
import java.time.LocalDate;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.committee.Considered;

public record MeetingView(
        long id,
        String committee,
        LocalDate metOn,
        Considered considered,
        String resolution,
        String minutesUrl,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static MeetingView of(CommitteeMeeting m) {
        return new MeetingView(
                m.id(),
                m.committee(),
                m.metOn(),
                m.considered(),
                m.resolution(),
                m.minutesUrl(),
                m.updatedBy(),
                m.updatedAt(),
                m.version());
    }
}
