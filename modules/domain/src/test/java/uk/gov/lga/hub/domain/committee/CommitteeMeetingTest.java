package uk.gov.lga.hub.domain.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.IssuedChallenges;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class CommitteeMeetingTest {

    @Test
    void recordsTheScrutinyMeetingTheSeedsName() {
        CommitteeMeeting meeting = new CommitteeMeeting(
                IssuedChallenges.coventry2024(),
                "Scrutiny Co-ordination Committee",
                LocalDate.of(2025, 3, 6),
                Considered.PROGRESS_REVIEW,
                "Noted the progress review report.",
                "https://edemocracy.coventry.gov.uk/",
                "coventry-editor",
                IssuedChallenges.NOW);
        assertEquals(Considered.PROGRESS_REVIEW, meeting.considered());
        assertEquals("https://edemocracy.coventry.gov.uk/", meeting.minutesUrl());
    }

    @Test
    void noCommitteeConsidersAChallengeBeforeItsVisitEnded() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> new CommitteeMeeting(
                        IssuedChallenges.coventry2024(),
                        "Cabinet",
                        LocalDate.of(2024, 1, 10),
                        Considered.FEEDBACK_REPORT,
                        null,
                        null,
                        "coventry-editor",
                        IssuedChallenges.NOW));
        assertEquals("meeting-before-visit", refused.rule());
    }

    @Test
    void minutesAreAWebAddressNotScript() {
        assertEquals(
                "meeting-minutes-url-invalid",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new CommitteeMeeting(
                                        IssuedChallenges.coventry2024(),
                                        "Cabinet",
                                        LocalDate.of(2024, 6, 11),
                                        Considered.FEEDBACK_REPORT,
                                        null,
                                        "javascript:alert(1)",
                                        "coventry-editor",
                                        IssuedChallenges.NOW))
                        .rule());
    }
}
