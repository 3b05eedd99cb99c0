package uk.gov.lga.hub.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.IssuedChallenges;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.UnusualDates;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

class SelfAssessmentTest {

    private static final String COVENTRY = "E08000026";
    private static final Instant LATER = Instant.parse("2024-11-01T09:00:00Z");

    @Test
    void theWindowRunsFromTheReportsIssueUntilTheReviewReportIsPublished() {
        Set<ChallengeStatus> open = EnumSet.of(
                ChallengeStatus.REPORT_ISSUED,
                ChallengeStatus.PUBLISHED,
                ChallengeStatus.PROGRESS_REVIEW_SCHEDULED,
                ChallengeStatus.PROGRESS_REVIEW_HELD);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            assertEquals(open.contains(status), status.selfAssessmentOpen(), status.name());
        }
    }

    @Test
    void aCouncilRecordsAndRevisesItsOwnRatingWhileTheReviewIsAhead() {
        PeerChallenge challenge = IssuedChallenges.coventry2024();
        SelfAssessment own = rate(challenge, Rag.GREEN);
        own.revise(Rag.AMBER, "  The vision is adopted; delivery has started. ", "coventry-editor", LATER);
        assertEquals(Rag.AMBER, own.rag());
        assertEquals("The vision is adopted; delivery has started.", own.narrative());
        assertEquals("coventry-editor", own.updatedBy());
    }

    @Test
    void onceTheReviewReportIsPublishedTheCouncilsViewIsFixed() {
        PeerChallenge challenge = IssuedChallenges.coventry2024();
        SelfAssessment own = rate(challenge, Rag.GREEN);
        publishProgressReview(challenge);
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> own.revise(Rag.RED, "Changed our mind.", "coventry-editor", LATER));
        assertEquals("self-assessment-closed", refused.rule());
        assertEquals(Rag.GREEN, own.rag());
        assertEquals(
                "self-assessment-closed",
                assertThrows(DomainRuleViolation.class, () -> rate(challenge, Rag.GREEN))
                        .rule());
    }

    @Test
    void beforeTheReportIsIssuedThereIsNothingToRate() {
        PeerChallenge proposed = IssuedChallenges.proposed();
        proposed.move(ChallengeStatus.SCHEDULED);
        proposed.move(ChallengeStatus.ON_SITE);
        proposed.move(ChallengeStatus.REPORT_DRAFTING);
        proposed.addRecommendation(
                "1", "Finance", "Balance the budget.", List.of(proposed.scope().get(0)));
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> SelfAssessment.of(
                        proposed.recommendations().get(0), COVENTRY, Rag.AMBER, "Started.", "editor", LATER));
        assertEquals("self-assessment-before-report", refused.rule());
    }

    @Test
    void theNarrativeIsRequiredAndShort() {
        PeerChallenge challenge = IssuedChallenges.coventry2024();
        assertEquals(
                "self-assessment-narrative-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> SelfAssessment.of(
                                        challenge.recommendations().get(0), COVENTRY, Rag.AMBER, " ", "editor", LATER))
                        .rule());
        String tooLong = "x".repeat(SelfAssessment.NARRATIVE_MAX + 1);
        assertEquals(
                "self-assessment-narrative-too-long",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> SelfAssessment.of(
                                        challenge.recommendations().get(0),
                                        COVENTRY,
                                        Rag.AMBER,
                                        tooLong,
                                        "editor",
                                        LATER))
                        .rule());
        assertEquals(
                "self-assessment-rag-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> SelfAssessment.of(
                                        challenge.recommendations().get(0),
                                        COVENTRY,
                                        null,
                                        "Started.",
                                        "editor",
                                        LATER))
                        .rule());
    }

    @Test
    void aCouncilCannotRateAnotherCouncilsRecommendation() {
        PeerChallenge challenge = IssuedChallenges.coventry2024();
        assertEquals(
                "self-assessment-of-another-council",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> SelfAssessment.of(
                                        challenge.recommendations().get(0),
                                        "E08000025",
                                        Rag.GREEN,
                                        "Done.",
                                        "editor",
                                        LATER))
                        .rule());
    }

    private static SelfAssessment rate(PeerChallenge challenge, Rag rag) {
        return SelfAssessment.of(
                challenge.recommendations().get(0), COVENTRY, rag, "The vision is adopted.", "coventry-editor", LATER);
    }

    private static void publishProgressReview(PeerChallenge challenge) {
        LocalDate review = LocalDate.of(2024, 11, 15);
        challenge.publish(
                PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 3, 20), "https://example.org/r", "{}", "m", LATER);
        challenge.scheduleProgressReview(review, UnusualDates.confirmedOn(LocalDate.of(2024, 4, 1)));
        challenge.recordProgressReview(review, List.of("Peer One"), "Good progress.", Map.of());
        challenge.publish(
                PublicationKind.PROGRESS_REVIEW_REPORT,
                LocalDate.of(2024, 12, 1),
                "https://example.org/p",
                "{}",
                "m",
                LATER);
    }
}
