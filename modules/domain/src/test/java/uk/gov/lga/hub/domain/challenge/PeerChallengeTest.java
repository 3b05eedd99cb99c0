package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class PeerChallengeTest {

    /** Steps whose dates are not what these tests are about: confirmed, as a manager who is sure would. */
    private static final UnusualDates SURE = UnusualDates.confirmedOn(LocalDate.of(2024, 1, 2));

    private final Theme priorities = ChallengeFixtures.PRIORITIES;
    private final Theme finance = ChallengeFixtures.FINANCE;
    private final Council coventry = ChallengeFixtures.COVENTRY;

    private PeerChallenge proposed() {
        return ChallengeFixtures.proposed();
    }

    @Test
    void startsProposedWithEveryCoreThemeInScope() {
        PeerChallenge challenge = proposed();
        assertEquals(ChallengeStatus.PROPOSED, challenge.status());
        assertEquals(List.of(priorities, finance), challenge.scope());
    }

    @Test
    void refusesCoreThemesOfAnotherFramework() {
        Theme oldFinance = Theme.core(
                "financial-planning-and-viability", "Financial planning and viability", ThemeFramework.CPC_PRE_2020, 4);
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> PeerChallenge.propose(
                        coventry,
                        ThemeFramework.CPC_2020,
                        new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
                        List.of(priorities, oldFinance)));
        assertEquals("scope-core-themes", refused.rule());
    }

    @Test
    void addsTheCouncilsFocusAreaToTheScopeOnce() {
        PeerChallenge challenge = proposed();
        Theme transformation = Theme.focusArea("Transformation");
        challenge.addFocusArea(transformation);
        challenge.addFocusArea(transformation);
        assertEquals(3, challenge.scope().size());
        assertEquals("transformation", transformation.code());
    }

    @Test
    void keepsRecommendationsInPrintedOrderWithTheirNumbers() {
        PeerChallenge challenge = proposed();
        challenge.addRecommendation("2.1", "City Centre masterplan", "Work at pace.", List.of(priorities));
        challenge.addRecommendation("2.10", "Workforce Diversity", "Improve diversity.", List.of());
        challenge.addRecommendation("2.2", "One Coventry Plan", "Delivery plan.", List.of(priorities));
        assertEquals(
                List.of("2.1", "2.10", "2.2"),
                challenge.recommendations().stream().map(r -> r.number()).toList());
    }

    @Test
    void aRecommendationAddedAfterARemovalTakesTheLastPlaceNotARemovedOnesNeighbours() throws Exception {
        PeerChallenge challenge = proposed();
        long id = 1;
        for (String number : List.of("2.1", "2.2", "2.3")) {
            identify(challenge.addRecommendation(number, "Title " + number, "Text.", List.of()), id++);
        }
        challenge.removeRecommendation(2);
        challenge.addRecommendation("2.4", "Title 2.4", "Text.", List.of());
        List<Integer> places =
                challenge.recommendations().stream().map(r -> r.listOrder()).toList();
        assertEquals(places.size(), places.stream().distinct().count(), "two recommendations share a place: " + places);
        assertEquals(
                java.util.Collections.max(places),
                challenge.recommendations().stream()
                        .filter(r -> r.number().equals("2.4"))
                        .findFirst()
                        .orElseThrow()
                        .listOrder(),
                "the new one is last");
    }

    /** The id the database would give, for steps that address a recommendation by it. */
    private static void identify(Object entity, long id) throws Exception {
        java.lang.reflect.Field field = uk.gov.lga.hub.domain.shared.Identified.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    @Test
    void refusesTwoRecommendationsWithTheSameNumber() {
        PeerChallenge challenge = proposed();
        challenge.addRecommendation("2.1", "City Centre masterplan", "Work at pace.", List.of());
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> challenge.addRecommendation(" 2.1", "Again", "Again.", List.of()));
        assertEquals("recommendation-number-taken", refused.rule());
    }

    @Test
    void refusesARecommendationThemeOutsideTheScope() {
        PeerChallenge challenge = proposed();
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> challenge.addRecommendation(
                        "2.6", "Transformation programme", "Mobilise.", List.of(Theme.focusArea("Transformation"))));
        assertEquals("recommendation-theme-out-of-scope", refused.rule());
    }

    @Test
    void fixesRecommendationsOnceTheReportIsIssued() {
        PeerChallenge challenge = ChallengeStatusTest.challengeIn(ChallengeStatus.REPORT_ISSUED);
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> challenge.addRecommendation("2.11", "Late", "Too late.", List.of()));
        assertEquals("report-already-issued", refused.rule());
    }

    @Test
    void givesPoliticalGroupsToMemberPeersOnly() {
        PeerChallenge challenge = proposed();
        challenge.addTeamMember("Cllr Eamonn O'Brien", TeamRole.MEMBER_PEER, "Leader", "Bury Council", "Labour", null);
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> challenge.addTeamMember(
                        "Tinu Olowe", TeamRole.OFFICER_PEER, "Director", "Enfield Council", "Labour", null));
        assertEquals("political-group-for-members-only", refused.rule());
        assertEquals(1, challenge.team().size());
    }

    @Test
    void proposesItsProgressReviewTenMonthsOnAndItsSuccessorFiveYearsOn() {
        PeerChallenge challenge = proposed();
        assertEquals(LocalDate.of(2024, 11, 18), challenge.proposedProgressReviewDate());
        assertEquals(LocalDate.of(2029, 1, 18), challenge.nextChallengeDue());
        assertTrue(challenge.progressReview().isEmpty());
    }

    @Test
    void expectsThePositionStatementTwoWeeksBeforeTheVisitByDefault() {
        assertEquals(LocalDate.of(2024, 1, 1), proposed().positionStatementDue());
    }

    @Test
    void asksBeforeAnUnusuallyLongVisitAndOnceConfirmedKeepsSayingSo() {
        PeerChallenge challenge = proposed();
        OnSiteVisit sixDays = new OnSiteVisit(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 9));
        UnconfirmedDates asked = assertThrows(
                UnconfirmedDates.class,
                () -> challenge.reschedule(sixDays, null, UnusualDates.askingOn(LocalDate.of(2024, 1, 2))));
        assertTrue(asked.reasons().get(0).contains("6 days"), asked.getMessage());
        assertEquals(LocalDate.of(2024, 1, 15), challenge.visit().startDate(), "unchanged until confirmed");
        List<String> warnings = challenge.reschedule(sixDays, null, UnusualDates.confirmedOn(LocalDate.of(2024, 1, 2)));
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("6 days"), warnings.get(0));
        assertEquals(LocalDate.of(2024, 2, 19), challenge.positionStatementDue());
    }

    @Test
    void refusesAPositionStatementDueAfterTheVisitStarts() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> proposed()
                        .reschedule(
                                new OnSiteVisit(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 7)),
                                LocalDate.of(2024, 3, 5),
                                UnusualDates.confirmedOn(LocalDate.of(2024, 1, 2))));
        assertEquals("position-statement-after-visit-start", refused.rule());
    }

    @Test
    void plainMovesGoThroughMoveButMovesThatNeedDetailsAreSentToTheirOwnStep() {
        PeerChallenge challenge = proposed();
        challenge.move(ChallengeStatus.SCHEDULED);
        challenge.move(ChallengeStatus.ON_SITE);
        challenge.move(ChallengeStatus.REPORT_DRAFTING);
        DomainRuleViolation needsDetails =
                assertThrows(DomainRuleViolation.class, () -> challenge.move(ChallengeStatus.REPORT_ISSUED));
        assertEquals("move-needs-details", needsDetails.rule());
        assertThrows(IllegalStatusMove.class, () -> challenge.move(ChallengeStatus.CLOSED));
    }

    @Test
    void issuingTheReportFixesItAndProposesTheProgressReviewTenMonthsOn() {
        PeerChallenge challenge = drafting();
        DomainRuleViolation empty =
                assertThrows(DomainRuleViolation.class, () -> challenge.issueReport(LocalDate.of(2024, 3, 1)));
        assertEquals("report-without-recommendations", empty.rule());
        challenge.addRecommendation("2.1", "City Centre masterplan", "Work at pace.", List.of(priorities));
        challenge.writeReport(
                "Coventry is an ambitious place.", java.util.Map.of(priorities.code(), "Clear priorities."));
        challenge.issueReport(LocalDate.of(2024, 3, 1));
        assertEquals(ChallengeStatus.REPORT_ISSUED, challenge.status());
        assertEquals(
                LocalDate.of(2024, 11, 18),
                challenge.progressReview().orElseThrow().plannedDate());
        assertEquals(
                "report-already-issued",
                assertThrows(DomainRuleViolation.class, () -> challenge.writeReport("Changed", java.util.Map.of()))
                        .rule());
    }

    @Test
    void publishingTheReportRecordsWhereAndFreezesWhatWasPublished() {
        PeerChallenge challenge = issued();
        Publication report = challenge.publish(
                PublicationKind.FEEDBACK_REPORT,
                LocalDate.of(2024, 6, 3),
                "https://www.coventry.gov.uk/peer-challenge",
                "{\"summary\":\"as published\"}",
                "pcm",
                java.time.Instant.parse("2024-06-03T10:00:00Z"));
        assertEquals(ChallengeStatus.PUBLISHED, challenge.status());
        assertEquals("{\"summary\":\"as published\"}", report.frozenContent());
        assertEquals(
                "already-published",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> challenge.publish(
                                        PublicationKind.FEEDBACK_REPORT,
                                        LocalDate.of(2024, 6, 4),
                                        "https://example.org/x",
                                        "{}",
                                        "pcm",
                                        java.time.Instant.now()))
                        .rule());
        assertEquals(
                "publication-url-invalid",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> challenge.publish(
                                        PublicationKind.ACTION_PLAN,
                                        LocalDate.of(2024, 6, 4),
                                        "not a web address",
                                        "{}",
                                        "pcm",
                                        java.time.Instant.now()))
                        .rule());
        challenge.publish(
                PublicationKind.ACTION_PLAN,
                LocalDate.of(2024, 6, 11),
                "https://www.coventry.gov.uk/plan",
                null,
                "pcm",
                java.time.Instant.now());
        assertEquals(ChallengeStatus.PUBLISHED, challenge.status(), "the action plan moves nothing");
    }

    @Test
    void theProgressReviewIsNeverScheduledBeyondTwelveMonths() {
        PeerChallenge challenge = issued();
        challenge.publish(
                PublicationKind.FEEDBACK_REPORT,
                LocalDate.of(2024, 6, 3),
                "https://example.org/r",
                "{}",
                "pcm",
                java.time.Instant.now());
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> challenge.scheduleProgressReview(LocalDate.of(2025, 1, 20), SURE));
        assertEquals("progress-review-beyond-twelve-months", refused.rule());
        assertTrue(refused.getMessage().contains("18 January 2025"), refused.getMessage());
        challenge.scheduleProgressReview(LocalDate.of(2024, 11, 25), SURE);
        assertEquals(ChallengeStatus.PROGRESS_REVIEW_SCHEDULED, challenge.status());
    }

    @Test
    void recordsTheProgressReviewWithARatingPerRecommendation() {
        PeerChallenge challenge = issued();
        challenge.publish(
                PublicationKind.FEEDBACK_REPORT,
                LocalDate.of(2024, 6, 3),
                "https://example.org/r",
                "{}",
                "pcm",
                java.time.Instant.now());
        challenge.scheduleProgressReview(LocalDate.of(2024, 11, 18), SURE);
        assertEquals(
                "progress-review-attendees-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> challenge.recordProgressReview(
                                        LocalDate.of(2024, 11, 19), List.of(), null, java.util.Map.of()))
                        .rule());
        challenge.recordProgressReview(
                LocalDate.of(2024, 11, 19),
                List.of("Pam Smith", "Eamon Lally"),
                "Impressed by the progress.",
                java.util.Map.of());
        assertEquals(ChallengeStatus.PROGRESS_REVIEW_HELD, challenge.status());
        assertEquals(
                List.of("Pam Smith", "Eamon Lally"),
                challenge.progressReview().orElseThrow().attendees());
        assertEquals(
                LocalDate.of(2024, 11, 19),
                challenge.progressReview().orElseThrow().heldDate());
    }

    @Test
    void givesAPeerOnTheTeamReadAccessToThisChallengeOnly() {
        PeerChallenge challenge = proposed();
        challenge.addTeamMember("Pam Smith", TeamRole.LEAD_PEER, "CEX", "Newcastle City Council", null, "pam.smith");
        assertTrue(challenge.grantsReadTo("pam.smith"));
        assertEquals(false, challenge.grantsReadTo("someone.else"));
        assertEquals(false, proposed().grantsReadTo("pam.smith"));
    }

    private PeerChallenge drafting() {
        return ChallengeFixtures.drafting();
    }

    private PeerChallenge issued() {
        return ChallengeFixtures.issued();
    }
}
