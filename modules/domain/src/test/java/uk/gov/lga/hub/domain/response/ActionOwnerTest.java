package uk.gov.lga.hub.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ActionOwnerTest {

    private static final ActionOwner.CouncilPeople COVENTRY = username ->
            Optional.ofNullable(Map.of("coventry-viewer", "Val Viewer").get(username));

    @Test
    void aUserOfTheCouncilIsKeptByUserNameAndShownByName() {
        ActionOwner owner = ActionOwner.chosen(OwnerKind.USER, "coventry-viewer", "ignored", "ignored too", COVENTRY);
        assertEquals(OwnerKind.USER, owner.kind());
        assertEquals("coventry-viewer", owner.username());
        assertEquals("Val Viewer", owner.shown());
        assertNull(owner.role());
    }

    @Test
    void aUserOfAnotherCouncilIsRefused() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> ActionOwner.chosen(OwnerKind.USER, "gateshead-editor", null, null, COVENTRY));
        assertEquals("action-owner-not-of-council", refused.rule());
    }

    @Test
    void aUserOwnerNeedsAUserName() {
        assertEquals(
                "action-owner-user-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ActionOwner.chosen(OwnerKind.USER, " ", null, null, COVENTRY))
                        .rule());
    }

    @Test
    void aRoleIsShownAsItIsAndNeedsText() {
        assertEquals(
                "Director of Finance",
                ActionOwner.chosen(OwnerKind.ROLE, null, null, " Director of Finance ", COVENTRY)
                        .shown());
        assertEquals(
                "action-owner-role-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ActionOwner.chosen(OwnerKind.ROLE, null, null, "", COVENTRY))
                        .rule());
    }

    @Test
    void typedTextIsShownMarkedAsTyped() {
        assertEquals(
                "Jane Doe, Director of Housing (as typed)",
                ActionOwner.chosen(OwnerKind.TEXT, null, "Jane Doe", "Director of Housing", COVENTRY)
                        .shown());
        assertEquals(
                "action-owner-text-required",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> ActionOwner.chosen(OwnerKind.TEXT, null, null, null, COVENTRY))
                        .rule());
    }

    @Test
    void withoutAKindANameIsTypedTextAndARoleAloneIsARole() {
        assertEquals(
                OwnerKind.TEXT,
                ActionOwner.chosen(null, null, "Jane Doe", null, COVENTRY).kind());
        assertEquals(
                OwnerKind.ROLE,
                ActionOwner.chosen(null, null, null, "Chief Executive", COVENTRY)
                        .kind());
        assertNull(ActionOwner.chosen(null, null, " ", null, COVENTRY));
    }

    @Test
    void aRestoredUserOwnerKeepsTheNameItWasChosenWith() {
        ActionOwner owner = ActionOwner.restored(OwnerKind.USER, "coventry-viewer", "Val Viewer", null);
        assertEquals("Val Viewer", owner.shown());
        assertEquals(
                OwnerKind.TEXT,
                ActionOwner.restored(null, null, "Jane Doe", "Director").kind());
    }
}
