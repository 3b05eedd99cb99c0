package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class DeadlinesTest {

    private static final PublicationRules RULES = PublicationRules.LGA_CURRENT;

    /** A challenge whose visit ended on the given day, with its report issued. */
    private static PeerChallenge issuedAfterVisitEnding(LocalDate end) {
        Theme theme = Theme.core(
                "local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
        PeerChallenge challenge = PeerChallenge.propose(
                new Council(
                        "E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
                ThemeFramework.CPC_2020,
                new OnSiteVisit(end.minusDays(3), end),
                List.of(theme));
        challenge.move(ChallengeStatus.SCHEDULED);
        challenge.move(ChallengeStatus.ON_SITE);
        challenge.move(ChallengeStatus.REPORT_DRAFTING);
        challenge.addRecommendation("1", "One", "Text.", List.of());
        challenge.writeReport("Summary.", Map.of());
        challenge.issueReport(end.plusDays(30));
        return challenge;
    }

    private static Deadline of(PeerChallenge challenge, PublicationKind kind, LocalDate today) {
        return challenge.deadlines(RULES, today).stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theReportIsDueThreeMonthsAfterTheVisitAndIsUpcomingUntilThen() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 1, 18));
        Deadline report = of(challenge, PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 18));
        assertEquals(LocalDate.of(2024, 4, 18), report.due());
        assertEquals(Deadline.Status.UPCOMING, report.status());
        assertEquals(
                Deadline.Status.OVERDUE,
                of(challenge, PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 19))
                        .status());
    }

    @Test
    void aReportPublishedOnTheLastDayMeetsItsDeadline() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 1, 18));
        challenge.publish(
                PublicationKind.FEEDBACK_REPORT,
                LocalDate.of(2024, 4, 18),
                "https://example.org/r",
                "{}",
                "pcm",
                Instant.now());
        Deadline report = of(challenge, PublicationKind.FEEDBACK_REPORT, LocalDate.of(2025, 1, 1));
        assertEquals(Deadline.Status.MET, report.status());
        assertEquals(0, report.daysLate());
    }

    @Test
    void theActionPlanIsPastItsTargetAfterThreeMonthsAndOverdueOnlyAfterFive() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 1, 31));
        Deadline target = of(challenge, PublicationKind.ACTION_PLAN, LocalDate.of(2024, 5, 1));
        assertEquals(LocalDate.of(2024, 4, 30), target.due(), "a month end gives a date that exists");
        assertEquals(LocalDate.of(2024, 6, 30), target.latest());
        assertEquals(Deadline.Status.PAST_TARGET, target.status());
        assertEquals(1, target.daysLate());
        assertEquals(
                Deadline.Status.OVERDUE,
                of(challenge, PublicationKind.ACTION_PLAN, LocalDate.of(2024, 7, 1))
                        .status());
    }

    @Test
    void anActionPlanPublishedLateSaysByHowManyDays() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 1, 18));
        challenge.publish(
                PublicationKind.ACTION_PLAN,
                LocalDate.of(2024, 6, 11),
                "https://example.org/p",
                null,
                "pcm",
                Instant.now());
        Deadline plan = of(challenge, PublicationKind.ACTION_PLAN, LocalDate.of(2025, 1, 1));
        assertEquals(Deadline.Status.MET_LATE, plan.status());
        assertEquals(54, plan.daysLate());
    }

    @Test
    void theProgressReviewReportIsDueTwelveMonthsAfterALeapDayVisitOnTheTwentyEighth() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 2, 29));
        assertEquals(
                LocalDate.of(2025, 2, 28),
                of(challenge, PublicationKind.PROGRESS_REVIEW_REPORT, LocalDate.of(2024, 6, 1))
                        .due());
    }

    @Test
    void theClocksAreConfigurable() {
        PeerChallenge challenge = issuedAfterVisitEnding(LocalDate.of(2024, 1, 18));
        PublicationRules stricter = new PublicationRules(2, 2, 4, 11);
        assertEquals(
                LocalDate.of(2024, 3, 18),
                challenge.deadlines(stricter, LocalDate.of(2024, 2, 1)).get(0).due());
        assertThrows(DomainRuleViolation.class, () -> new PublicationRules(3, 5, 4, 12));
    }

    @Test
    void aProposedChallengeHasNoClocksYet() {
        Theme theme = Theme.core(
                "local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
        PeerChallenge proposed = PeerChallenge.propose(
                new Council(
                        "E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
                ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 14)),
                List.of(theme));
        assertEquals(List.of(), proposed.deadlines(RULES, LocalDate.of(2026, 11, 23)));
    }
}
