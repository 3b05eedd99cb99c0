package uk.gov.lga.hub.domain.challenge.workspace.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeFixtures;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceState;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;

class DraftReportTest {

    private static final String PRIORITIES = "local-priorities-and-outcomes";
    private static final String FINANCE = "financial-planning-and-management";
    private static final String PARAGRAPH = "Gathered information and views from more than 35 meetings.";
    private static final Instant NOW = Instant.parse("2024-01-18T16:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(600);
    private static final WorkspaceState OPEN = WorkspaceState.OPEN;

    private static DraftReport draft() {
        PeerChallenge challenge = ChallengeFixtures.proposed();
        challenge.addFocusArea(Theme.focusArea("Transformation"));
        return DraftReport.startFor(challenge, PARAGRAPH);
    }

    @Test
    void aDraftHasAnIntroductionFromTheTimetableASectionPerThemeAndTheKeyRecommendations() {
        DraftReport draft = draft();
        assertEquals(
                List.of("introduction", PRIORITIES, FINANCE, "transformation", "key-recommendations"),
                draft.sections().stream().map(DraftSection::key).toList());
        DraftSection introduction = draft.sections().get(0);
        assertEquals(PARAGRAPH, introduction.text());
        assertEquals(0, introduction.version());
        assertEquals(
                "Financial planning and management", draft.sections().get(2).heading());
        assertEquals(
                "",
                DraftReport.startFor(ChallengeFixtures.proposed(), null)
                        .sections()
                        .get(0)
                        .text());
    }

    @Test
    void aFocusAreaAddedLaterGetsItsSectionBeforeTheRecommendations() {
        PeerChallenge challenge = ChallengeFixtures.proposed();
        DraftReport draft = DraftReport.startFor(challenge, null);
        challenge.addFocusArea(Theme.focusArea("Housing"));
        draft.coverScope();
        assertEquals(
                List.of("introduction", PRIORITIES, FINANCE, "housing", "key-recommendations"),
                draft.sections().stream().map(DraftSection::key).toList());
    }

    @Test
    void aSaveOnTheVersionReadMovesTheSectionOnAndIsRecordedWithItsText() {
        DraftReport draft = draft();
        DraftChange change = draft.save(FINANCE, 0, " Reserves are thin. ", DraftRole.PEER, OPEN, "pat", NOW);
        DraftSection finance = draft.sections().get(2);
        assertEquals("Reserves are thin.", finance.text());
        assertEquals(1, finance.version());
        assertEquals("pat", finance.changedBy());
        assertEquals(NOW, finance.changedAt());
        assertEquals(DraftChangeKind.SECTION_SAVED, change.kind());
        assertEquals(FINANCE, change.sectionKey());
        assertEquals(1L, change.version());
        assertEquals("Reserves are thin.", change.text());
        assertEquals("pat", change.actor());
    }

    @Test
    void aSaveOnAnOlderVersionIsAConflictCarryingTheCurrentTextAndItsWriter() {
        DraftReport draft = draft();
        draft.save(FINANCE, 0, "Pat's words", DraftRole.PEER, OPEN, "pat", NOW);
        StaleSection stale = assertThrows(
                StaleSection.class, () -> draft.save(FINANCE, 0, "Sam's words", DraftRole.PEER, OPEN, "sam", LATER));
        assertEquals("Pat's words", stale.current().text());
        assertEquals("pat", stale.current().changedBy());
        assertEquals(1, stale.current().version());
        assertTrue(stale.getMessage().startsWith("pat saved"), stale.getMessage());
        assertEquals("Pat's words", draft.sections().get(2).text());
    }

    @Test
    void onlyTheTeamWritesAndOnlyWhileTheWorkspaceIsOpen() {
        DraftReport draft = draft();
        assertEquals(
                "draft-team-only",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> draft.save(FINANCE, 0, "x", DraftRole.ADMINISTRATOR, OPEN, "admin", NOW))
                        .rule());
        for (WorkspaceState shut :
                List.of(WorkspaceState.OPENS_LATER, WorkspaceState.READ_ONLY, WorkspaceState.CLOSED)) {
            assertEquals(
                    "workspace-read-only",
                    assertThrows(
                                    DomainRuleViolation.class,
                                    () -> draft.save(FINANCE, 0, "x", DraftRole.PEER, shut, "pat", NOW))
                            .rule(),
                    shut.name());
            assertFalse(draft.writableBy(DraftRole.PEER, shut));
        }
        assertEquals(
                "draft-section-unknown",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> draft.save("housing", 0, "x", DraftRole.PEER, OPEN, "pat", NOW))
                        .rule());
        assertEquals(
                "draft-section-too-long",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> draft.save(
                                        FINANCE,
                                        0,
                                        "x".repeat(DraftSection.MAX_TEXT + 1),
                                        DraftRole.PEER,
                                        OPEN,
                                        "pat",
                                        NOW))
                        .rule());
    }

    @Test
    void handingOverFreezesTheDraftForPeersButNotForTheManager() {
        DraftReport draft = draft();
        DraftChange handed = draft.handOver(DraftRole.PEER, OPEN, "pat", NOW);
        assertEquals(DraftChangeKind.HANDED_OVER, handed.kind());
        assertEquals(DraftState.WITH_MANAGER, draft.state());
        assertEquals("pat", draft.handedOverBy());
        assertEquals(
                "draft-handed-over",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> draft.save(FINANCE, 0, "x", DraftRole.PEER, OPEN, "sam", LATER))
                        .rule());
        assertFalse(draft.writableBy(DraftRole.PEER, OPEN));
        assertTrue(draft.writableBy(DraftRole.MANAGER, OPEN));
        draft.save(FINANCE, 0, "Tidied by the manager", DraftRole.MANAGER, OPEN, "pcm", LATER);
        assertEquals(
                "draft-already-handed-over",
                assertThrows(DomainRuleViolation.class, () -> draft.handOver(DraftRole.PEER, OPEN, "sam", LATER))
                        .rule());
    }

    @Test
    void theManagerReturnsAHandedOverDraftToTheTeamWhichWritesAgain() {
        DraftReport draft = draft();
        assertEquals(
                "draft-not-handed-over",
                assertThrows(DomainRuleViolation.class, () -> draft.returnToTeam(DraftRole.MANAGER, OPEN, "pcm", NOW))
                        .rule());
        draft.handOver(DraftRole.PEER, OPEN, "pat", NOW);
        assertEquals(
                "draft-manager-only",
                assertThrows(DomainRuleViolation.class, () -> draft.returnToTeam(DraftRole.PEER, OPEN, "pat", NOW))
                        .rule());
        assertEquals(
                DraftChangeKind.RETURNED_TO_TEAM,
                draft.returnToTeam(DraftRole.ADMINISTRATOR, OPEN, "admin", LATER)
                        .kind());
        assertEquals(DraftState.WITH_TEAM, draft.state());
        draft.save(FINANCE, 0, "Back with us", DraftRole.PEER, OPEN, "sam", LATER);
    }

    @Test
    void onlyAHandedOverDraftIsTakenIntoTheReportAndOnlyByTheManager() {
        DraftReport draft = draft();
        assertEquals(
                "draft-not-handed-over",
                assertThrows(DomainRuleViolation.class, () -> draft.takeIntoReport(DraftRole.MANAGER, "pcm", NOW))
                        .rule());
        draft.handOver(DraftRole.MANAGER, OPEN, "pcm", NOW);
        assertEquals(
                "draft-manager-only",
                assertThrows(DomainRuleViolation.class, () -> draft.takeIntoReport(DraftRole.PEER, "pat", NOW))
                        .rule());
        assertEquals(
                DraftChangeKind.TAKEN_INTO_REPORT,
                draft.takeIntoReport(DraftRole.MANAGER, "pcm", LATER).kind());
    }

    @Test
    void theIntroductionBecomesTheSummaryAndThemesTheirFeedbackWhileBlankSectionsLeaveTheReportAlone() {
        PeerChallenge challenge = ChallengeFixtures.proposed();
        challenge.writeReport("The manager's summary", Map.of(PRIORITIES, "The manager's priorities"));
        DraftReport draft = DraftReport.startFor(challenge, null);
        draft.save(FINANCE, 0, "Reserves are thin.", DraftRole.PEER, OPEN, "pat", NOW);
        draft.save("key-recommendations", 0, "1. Build reserves", DraftRole.PEER, OPEN, "pat", NOW);
        ReportWords words = draft.wordsOver(challenge.report());
        assertEquals("The manager's summary", words.executiveSummary());
        assertEquals(
                Map.of(PRIORITIES, "The manager's priorities", FINANCE, "Reserves are thin."), words.themeFeedback());
        draft.save("introduction", 0, "Coventry is ambitious.", DraftRole.PEER, OPEN, "sam", LATER);
        assertEquals(
                "Coventry is ambitious.", draft.wordsOver(challenge.report()).executiveSummary());
    }
}
