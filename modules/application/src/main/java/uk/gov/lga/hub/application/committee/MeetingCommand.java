package uk.gov.lga.hub.application.committee;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.committee.Considered;

/** A committee meeting as an editor records it; {@code version} is what a change must quote. */
public record MeetingCommand(
        String committee, LocalDate metOn, Considered considered, String resolution, String minutesUrl, Long version) {}
