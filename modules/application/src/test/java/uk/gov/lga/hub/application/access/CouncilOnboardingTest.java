package uk.gov.lga.hub.application.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** Onboarding councils and their users (CouncilOnboarding), and advisers' regions (RegionAdvisers). */
class CouncilOnboardingTest {

    private static final String NEWCASTLE = "E08000021";
    private static final IdentityProvisioning.Person PERSON =
            new IdentityProvisioning.Person("sam@example.org", "Sam", "Editor", null);

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final CouncilOnboarding onboarding = demo.hub.service(CouncilOnboarding.class);
    private final RegionAdvisers advisers = demo.hub.service(RegionAdvisers.class);

    private static CouncilOnboarding.NewCouncil newcastle(String name) {
        return new CouncilOnboarding.NewCouncil(NEWCASTLE, name, CouncilType.METROPOLITAN_DISTRICT, "north-east");
    }

    @Test
    void anAdministratorOnboardsACouncilInItsOwnTrailAndItsIdentityGroup() {
        CouncilOnboarding.Onboarded done = onboarding.onboard(LGA_ADMIN, newcastle("Newcastle City Council"));

        assertTrue(done.created());
        assertTrue(demo.hub.councils().stream().anyMatch(c -> c.code().equals(NEWCASTLE)));
        assertEquals(List.of("ensureCouncil " + NEWCASTLE), demo.hub.identity.calls());
        AuditEvent entry = expect.oneEntry(NEWCASTLE, "lga-admin", "council.onboarded");
        assertTrue(entry.after().contains("Newcastle City Council"), entry.after());
    }

    @Test
    void onboardingTheSameCouncilAgainCompletesItsIdentityGroupWithoutASecondEntry() {
        onboarding.onboard(LGA_ADMIN, newcastle("Newcastle City Council"));

        CouncilOnboarding.Onboarded again = onboarding.onboard(LGA_ADMIN, newcastle("Newcastle City Council"));

        assertFalse(again.created());
        assertEquals(2, demo.hub.identity.calls().size());
        assertEquals(1, demo.hub.audit().size());
    }

    @Test
    void onboardingACodeAlreadyUsedByAnotherCouncilIsRefused() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> onboarding.onboard(
                        LGA_ADMIN,
                        new CouncilOnboarding.NewCouncil(
                                Demo.COVENTRY, "Not Coventry", CouncilType.DISTRICT, "london")));

        assertTrue(refused.getMessage().contains("Coventry City Council"), refused.getMessage());
        assertTrue(demo.hub.identity.calls().isEmpty());
        expect.nothingAudited();
    }

    @Test
    void whenTheIdentityProviderFailsNothingIsWrittenHere() {
        demo.hub.identity.failFromNowOn();

        assertThrows(
                IdentityProviderFailure.class,
                () -> onboarding.onboard(LGA_ADMIN, newcastle("Newcastle City Council")));

        assertTrue(demo.hub.councils().stream().noneMatch(c -> c.code().equals(NEWCASTLE)));
        expect.nothingAudited();
    }

    @Test
    void onlyAnAdministratorManagesCouncilsAndTheirUsers() {
        expect.refusedAsDenied(() -> onboarding.onboard(MANAGER, newcastle("Newcastle City Council")));
        expect.refusedAsDenied(() -> onboarding.grant(
                COVENTRY_EDITOR, Demo.COVENTRY, "friend", IdentityProvisioning.CouncilRole.COUNCIL_EDITOR, PERSON));
        expect.refusedAsDenied(() -> onboarding.members(MANAGER, Demo.COVENTRY));
        assertTrue(demo.hub.identity.calls().isEmpty());
    }

    @Test
    void grantingAndRevokingAccessAreEachAuditedAndPassedToTheIdentityProvider() {
        onboarding.grant(LGA_ADMIN, Demo.COVENTRY, "sam", IdentityProvisioning.CouncilRole.COUNCIL_EDITOR, PERSON);
        onboarding.revoke(LGA_ADMIN, Demo.COVENTRY, "sam");

        assertEquals(
                List.of("grant " + Demo.COVENTRY + " sam council-editor", "revoke " + Demo.COVENTRY + " sam"),
                demo.hub.identity.calls());
        assertEquals(
                List.of("access.granted", "access.revoked"),
                demo.hub.audit().stream().map(AuditEvent::action).toList());
        assertEquals("\"council-editor\"", demo.hub.audit().get(0).after());
        assertEquals(
                List.of(Demo.COVENTRY),
                demo.hub.audit().stream()
                        .map(AuditEvent::councilCode)
                        .distinct()
                        .toList());
    }

    @Test
    void accessToACouncilNotYetOnboardedIsNotFound() {
        expect.refusedAsNotFound(() ->
                onboarding.grant(LGA_ADMIN, NEWCASTLE, "sam", IdentityProvisioning.CouncilRole.COUNCIL_VIEWER, PERSON));
        assertTrue(demo.hub.identity.calls().isEmpty());
    }

    @Test
    void onlyAnAdministratorGivesAnAdviserTheirRegion() {
        advisers.assign(LGA_ADMIN, "north-east", "ne-adviser-2", PERSON);

        assertEquals(List.of("assignRegion north-east ne-adviser-2"), demo.hub.identity.calls());
        expect.refusedAsDenied(() -> advisers.assign(MANAGER, "north-east", "x", PERSON));
        expect.refusedAsDenied(() -> advisers.remove(MANAGER, "north-east", "ne-adviser-2"));
        assertThrows(DomainRuleViolation.class, () -> advisers.assign(LGA_ADMIN, "atlantis", "x", PERSON));
        assertEquals(1, demo.hub.identity.calls().size());
    }

    @Test
    void theMemberListSaysWhoEachPersonIsAndTheirRole() {
        IdentityProvisioning.Person sam =
                IdentityProvisioning.Person.withFirstPassword("sam@example.org", "Sam", "Viewer", "First-Passw0rd");
        assertTrue(onboarding.grant(
                LGA_ADMIN, Demo.GATESHEAD, "sam", IdentityProvisioning.CouncilRole.COUNCIL_EDITOR, sam));

        boolean createdAgain = onboarding.grant(
                LGA_ADMIN, Demo.GATESHEAD, "sam", IdentityProvisioning.CouncilRole.COUNCIL_VIEWER, sam);

        assertFalse(createdAgain, "the second grant finds the account and only changes the role");

        assertEquals(
                List.of(new IdentityProvisioning.Member("sam", "council-viewer", "sam@example.org", "Sam", "Viewer")),
                onboarding.members(LGA_ADMIN, Demo.GATESHEAD));
    }

    @Test
    void aFirstPasswordIsTemporaryAndNeverShownWithThePerson() {
        IdentityProvisioning.Person person =
                IdentityProvisioning.Person.withFirstPassword("sam@example.org", "Sam", "Viewer", "First-Passw0rd");

        assertTrue(person.temporaryPassword());
        assertFalse(person.toString().contains("First-Passw0rd"), person.toString());
        assertFalse(PERSON.temporaryPassword());
    }

    @Test
    void anAdministratorListsARegionsAdvisersAndNobodyElseMay() {
        advisers.assign(LGA_ADMIN, "north-east", "ne-adviser-2", PERSON);

        assertEquals(
                List.of(new IdentityProvisioning.Member(
                        "ne-adviser-2", "principal-adviser", "sam@example.org", "Sam", "Editor")),
                advisers.advisers(LGA_ADMIN, "north-east"));
        advisers.remove(LGA_ADMIN, "north-east", "ne-adviser-2");
        assertEquals(List.of(), advisers.advisers(LGA_ADMIN, "north-east"));

        expect.refusedAsDenied(() -> advisers.advisers(MANAGER, "north-east"));
        expect.refusedAsDenied(() -> advisers.advisers(NORTH_EAST_ADVISER, "north-east"));
        assertThrows(DomainRuleViolation.class, () -> advisers.advisers(LGA_ADMIN, "atlantis"));
    }

    @Test
    void councilUsersCannotListOrChangeWhoHasAccessToTheirOwnCouncil() {
        expect.refusedAsDenied(() -> onboarding.members(GATESHEAD_EDITOR, Demo.GATESHEAD));
        expect.refusedAsDenied(() -> onboarding.revoke(GATESHEAD_EDITOR, Demo.GATESHEAD, "gateshead-viewer"));
        expect.refusedAsDenied(() -> advisers.remove(NORTH_EAST_ADVISER, "north-east", "ne-adviser"));
        assertTrue(demo.hub.identity.calls().isEmpty());
    }
}
