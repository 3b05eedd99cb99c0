package uk.gov.lga.hub.domain.challenge.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class PeerNoteTest {

    private static final Theme FINANCE = Theme.core(
            "financial-planning-and-management", "Financial planning and management", ThemeFramework.CPC_2020, 4);
    private static final Theme OLD_FRAMEWORK = Theme.core("leadership", "Leadership", ThemeFramework.CPC_PRE_2020, 1);
    private static final PeerChallenge CHALLENGE = PeerChallenge.propose(
            new Council("E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS),
            ThemeFramework.CPC_2020,
            new OnSiteVisit(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
            List.of(FINANCE));
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void aNoteWrittenInTheOpenWorkspaceKeepsItsThemeAuthorAndTime() {
        PeerNote note = new PeerNote(CHALLENGE, FINANCE, WorkspaceState.OPEN, "  Reserves look thin. ", "pat", NOW);
        assertEquals("financial-planning-and-management", note.themeCode());
        assertEquals("Reserves look thin.", note.text());
        assertEquals("pat", note.author());
        assertEquals(NOW, note.writtenAt());
    }

    @Test
    void noNoteIsWrittenOutsideTheOpenWorkspace() {
        for (WorkspaceState state :
                List.of(WorkspaceState.OPENS_LATER, WorkspaceState.READ_ONLY, WorkspaceState.CLOSED)) {
            DomainRuleViolation refused = assertThrows(
                    DomainRuleViolation.class, () -> new PeerNote(CHALLENGE, FINANCE, state, "x", "pat", NOW));
            assertEquals("workspace-read-only", refused.rule(), state.name());
        }
    }

    @Test
    void aNoteNeedsTextAndOneOfTheChallengesThemes() {
        assertEquals(
                "note-text-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new PeerNote(CHALLENGE, FINANCE, WorkspaceState.OPEN, " ", "pat", NOW))
                        .rule());
        assertEquals(
                "note-theme-unknown",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> new PeerNote(CHALLENGE, OLD_FRAMEWORK, WorkspaceState.OPEN, "x", "pat", NOW))
                        .rule());
    }
}
