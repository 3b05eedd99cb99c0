package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class PeerChallengeTest {

    private final Theme priorities = Theme.core("local-priorities-and-outcomes", "Local priorities and outcomes",
            ThemeFramework.CPC_2020, 1);
    private final Theme finance = Theme.core("financial-planning-and-management", "Financial planning and management",
            ThemeFramework.CPC_2020, 4);
    private final Council coventry = new Council("E08000026", "Coventry City Council",
            CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);

    private PeerChallenge proposed() {
        return PeerChallenge.propose(coventry, ThemeFramework.CPC_2020,
                new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)), List.of(priorities, finance));
    }

    @Test
    void startsProposedWithEveryCoreThemeInScope() {
        PeerChallenge challenge = proposed();
        assertEquals(ChallengeStatus.PROPOSED, challenge.status());
        assertEquals(List.of(priorities, finance), challenge.scope());
    }

    @Test
    void refusesCoreThemesOfAnotherFramework() {
        Theme oldFinance = Theme.core("financial-planning-and-viability", "Financial planning and viability",
                ThemeFramework.CPC_PRE_2020, 4);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> PeerChallenge.propose(coventry,
                ThemeFramework.CPC_2020, new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18)),
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
        assertEquals(List.of("2.1", "2.10", "2.2"), challenge.recommendations().stream().map(r -> r.number()).toList());
    }

    @Test
    void refusesTwoRecommendationsWithTheSameNumber() {
        PeerChallenge challenge = proposed();
        challenge.addRecommendation("2.1", "City Centre masterplan", "Work at pace.", List.of());
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> challenge.addRecommendation(" 2.1", "Again", "Again.", List.of()));
        assertEquals("recommendation-number-taken", refused.rule());
    }

    @Test
    void refusesARecommendationThemeOutsideTheScope() {
        PeerChallenge challenge = proposed();
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> challenge.addRecommendation(
                "2.6", "Transformation programme", "Mobilise.", List.of(Theme.focusArea("Transformation"))));
        assertEquals("recommendation-theme-out-of-scope", refused.rule());
    }

    @Test
    void fixesRecommendationsOnceTheReportIsIssued() {
        PeerChallenge challenge = ChallengeStatusTest.challengeIn(ChallengeStatus.REPORT_ISSUED);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> challenge.addRecommendation("2.11", "Late", "Too late.", List.of()));
        assertEquals("report-already-issued", refused.rule());
    }

    @Test
    void givesPoliticalGroupsToMemberPeersOnly() {
        PeerChallenge challenge = proposed();
        challenge.addTeamMember("Cllr Eamonn O'Brien", TeamRole.MEMBER_PEER, "Leader", "Bury Council", "Labour");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> challenge.addTeamMember(
                "Tinu Olowe", TeamRole.OFFICER_PEER, "Director", "Enfield Council", "Labour"));
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
    void recordsAHeldProgressReviewOnlyAfterPlanningIt() {
        PeerChallenge challenge = proposed();
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> challenge.recordProgressReviewHeld(LocalDate.of(2024, 11, 26)));
        assertEquals("progress-review-not-planned", refused.rule());
        challenge.planProgressReview(LocalDate.of(2024, 11, 18));
        challenge.recordProgressReviewHeld(LocalDate.of(2024, 11, 26));
        assertEquals(LocalDate.of(2024, 11, 26), challenge.progressReview().orElseThrow().heldDate());
    }
}
