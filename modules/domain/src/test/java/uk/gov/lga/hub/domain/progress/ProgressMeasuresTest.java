package uk.gov.lga.hub.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

/** Each measure on small hand-built data with known answers. */
class ProgressMeasuresTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 12, 1);
    private static final PublicationRules RULES = PublicationRules.LGA_CURRENT;
    private static final ChallengeStatus OPEN = ChallengeStatus.PUBLISHED;

    private static ChallengeFacts coventry(
            ChallengeStatus status, LocalDate planned, LocalDate held, Map<PublicationKind, LocalDate> published) {
        return new ChallengeFacts(
                1,
                "E08000026",
                "Coventry City Council",
                CouncilType.METROPOLITAN_DISTRICT,
                Region.WEST_MIDLANDS,
                LocalDate.of(2024, 1, 15),
                LocalDate.of(2024, 1, 18),
                status,
                planned,
                held,
                published);
    }

    private static RecommendationFigures rec(
            long id,
            List<String> themes,
            int notStarted,
            int inProgress,
            int complete,
            int dropped,
            int red,
            int amber,
            int green,
            int overdue,
            LocalDate lastUpdate) {
        return new RecommendationFigures(
                id,
                1,
                themes,
                true,
                notStarted + inProgress + complete + dropped,
                notStarted,
                inProgress,
                complete,
                dropped,
                red,
                amber,
                green,
                overdue,
                lastUpdate);
    }

    private final List<RecommendationFigures> figures = List.of(
            rec(11, List.of("finance"), 1, 1, 2, 0, 0, 1, 2, 1, LocalDate.of(2024, 11, 1)),
            rec(12, List.of("finance", "governance"), 0, 0, 1, 1, 1, 0, 0, 0, LocalDate.of(2024, 11, 21)),
            RecommendationFigures.unanswered(13, 1, List.of("governance")));

    @Test
    void countsRecommendationsResponsesAndActionsByStatusAndRag() {
        ChallengeMeasures m =
                ChallengeMeasures.of(coventry(ChallengeStatus.PUBLISHED, null, null, Map.of()), figures, RULES, TODAY);
        ActionCounts c = m.counts();
        assertEquals(3, c.recommendations());
        assertEquals(2, c.responded());
        assertEquals(6, c.actions());
        assertEquals(List.of(1, 1, 3, 1), List.of(c.notStarted(), c.inProgress(), c.complete(), c.dropped()));
        assertEquals(List.of(1, 1, 2, 2), List.of(c.red(), c.amber(), c.green(), c.unrated()));
        assertEquals(1, c.overdue());
        assertEquals(0.6, m.shareComplete(), 1e-9, "3 complete of the 5 not dropped");
        assertEquals(10L, m.daysSinceLastUpdate(), "the latest update was on 21 November");
    }

    @Test
    void aChallengeWithNoActionsHasNoShareCompleteAndNoLastUpdate() {
        ChallengeMeasures m = ChallengeMeasures.of(
                coventry(ChallengeStatus.REPORT_ISSUED, null, null, Map.of()),
                List.of(RecommendationFigures.unanswered(13, 1, List.of())),
                RULES,
                TODAY);
        assertNull(m.shareComplete(), "no actions is not 0% complete");
        assertNull(m.daysSinceLastUpdate());
        assertEquals(0, m.counts().responded());
    }

    @Test
    void theProgressReviewIsScheduledHeldOrOverdueAfterTwelveMonths() {
        assertEquals(
                ReviewStanding.NOT_SCHEDULED, ReviewStanding.of(OPEN, LocalDate.of(2024, 1, 18), null, null, TODAY));
        assertEquals(
                ReviewStanding.SCHEDULED,
                ReviewStanding.of(OPEN, LocalDate.of(2024, 1, 18), LocalDate.of(2024, 11, 18), null, TODAY));
        assertEquals(
                ReviewStanding.HELD,
                ReviewStanding.of(OPEN, LocalDate.of(2024, 1, 18), null, LocalDate.of(2024, 11, 18), TODAY));
        assertEquals(
                ReviewStanding.NOT_SCHEDULED,
                ReviewStanding.of(OPEN, LocalDate.of(2024, 1, 18), null, null, LocalDate.of(2025, 1, 18)),
                "on the last allowed day it is not yet overdue");
        assertEquals(
                ReviewStanding.OVERDUE,
                ReviewStanding.of(
                        OPEN, LocalDate.of(2024, 1, 18), LocalDate.of(2024, 12, 1), null, LocalDate.of(2025, 1, 19)));
    }

    @Test
    void aClosedOrCancelledChallengeNeverOwesAProgressReview() {
        LocalDate visitEnd = LocalDate.of(2018, 10, 12);
        for (ChallengeStatus ended : List.of(ChallengeStatus.CLOSED, ChallengeStatus.CANCELLED)) {
            assertEquals(
                    ReviewStanding.NOT_SCHEDULED,
                    ReviewStanding.of(ended, visitEnd, null, null, TODAY),
                    ended + " six years on is not overdue");
        }
        assertEquals(ReviewStanding.OVERDUE, ReviewStanding.of(OPEN, visitEnd, null, null, TODAY));
        ChallengeMeasures closed2018 = ChallengeMeasures.of(
                new ChallengeFacts(
                        2,
                        "E08000026",
                        "Coventry City Council",
                        CouncilType.METROPOLITAN_DISTRICT,
                        Region.WEST_MIDLANDS,
                        LocalDate.of(2018, 10, 9),
                        visitEnd,
                        ChallengeStatus.CLOSED,
                        null,
                        null,
                        Map.of()),
                List.of(),
                RULES,
                TODAY);
        assertEquals(ReviewStanding.NOT_SCHEDULED, closed2018.progressReview());
        assertEquals(
                0,
                RollUp.of("West Midlands", List.of(closed2018))
                        .progressReviews()
                        .get(ReviewStanding.OVERDUE));
    }

    @Test
    void aDeadlineMetOnItsLastDayIsMetAndOneDayLaterIsOneDayLate() {
        ChallengeMeasures onTime = ChallengeMeasures.of(
                coventry(
                        ChallengeStatus.PUBLISHED,
                        null,
                        null,
                        Map.of(PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 18))),
                figures,
                RULES,
                TODAY);
        Deadline report = onTime.deadlines().get(0);
        assertEquals(Deadline.Status.MET, report.status());
        assertEquals(0, report.daysLate());
        ChallengeMeasures late = ChallengeMeasures.of(
                coventry(
                        ChallengeStatus.PUBLISHED,
                        null,
                        null,
                        Map.of(PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 19))),
                figures,
                RULES,
                TODAY);
        assertEquals(Deadline.Status.MET_LATE, late.deadlines().get(0).status());
        assertEquals(1, late.deadlines().get(0).daysLate());
    }

    @Test
    void aCouncilThatNeverHadAChallengeIsNeverAndHasNoDates() {
        FiveYearCycle.Position never = FiveYearCycle.position(List.of(), TODAY);
        assertEquals(FiveYearCycle.Standing.NEVER, never.standing());
        assertNull(never.lastVisitEnd());
        assertNull(never.nextDue());
    }

    @Test
    void theCycleCountsVisitsThatTookPlaceAndNotCancelledOrPlannedOnes() {
        FiveYearCycle.Position p = FiveYearCycle.position(
                List.of(
                        new FiveYearCycle.Visit(
                                ChallengeStatus.CLOSED, LocalDate.of(2018, 10, 9), LocalDate.of(2018, 10, 12)),
                        new FiveYearCycle.Visit(
                                ChallengeStatus.CANCELLED, LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 4)),
                        new FiveYearCycle.Visit(
                                ChallengeStatus.PROGRESS_REVIEW_PUBLISHED,
                                LocalDate.of(2024, 1, 15),
                                LocalDate.of(2024, 1, 18))),
                TODAY);
        assertEquals(LocalDate.of(2029, 1, 18), p.nextDue());
        assertEquals(FiveYearCycle.Standing.NOT_DUE, p.standing());
    }

    @Test
    void aRollUpAddsChallengesAndCountsCouncilsOnce() {
        ChallengeMeasures a = ChallengeMeasures.of(
                coventry(
                        ChallengeStatus.PUBLISHED,
                        null,
                        null,
                        Map.of(PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 28))),
                figures,
                RULES,
                TODAY);
        ChallengeMeasures b = ChallengeMeasures.of(
                coventry(ChallengeStatus.PROGRESS_REVIEW_HELD, null, LocalDate.of(2024, 11, 18), Map.of()),
                figures.subList(0, 1),
                RULES,
                TODAY);
        RollUp region = RollUp.of("West Midlands", List.of(a, b));
        assertEquals(2, region.challenges());
        assertEquals(1, region.councils());
        assertEquals(10, region.counts().actions());
        assertEquals(5.0 / 9, region.shareComplete(), 1e-9);
        assertEquals(1, region.progressReviews().get(ReviewStanding.HELD));
        assertEquals(1, region.progressReviews().get(ReviewStanding.NOT_SCHEDULED));
        assertEquals(1, region.deadlinesMetLate());
        assertEquals(10.0, region.averageDaysLate(), 1e-9);
    }

    @Test
    void themesAreRankedByTheRecommendationsTheyDrewAndCarryTheirCompletionAndName() {
        List<ThemeLine> themes =
                ThemeLine.of(figures, Map.of("finance", "Financial planning", "governance", "Governance and culture"));
        assertEquals(
                List.of("finance", "governance"),
                themes.stream().map(ThemeLine::theme).toList());
        assertEquals(
                List.of("Financial planning", "Governance and culture"),
                themes.stream().map(ThemeLine::name).toList());
        assertEquals(2, themes.get(0).counts().recommendations());
        assertEquals(0.6, themes.get(0).shareComplete(), 1e-9);
        assertEquals(1.0, themes.get(1).shareComplete(), 1e-9, "governance: 1 complete, 1 dropped");
    }
}
