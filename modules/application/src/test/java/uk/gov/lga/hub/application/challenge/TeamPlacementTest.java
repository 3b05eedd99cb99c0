package uk.gov.lga.hub.application.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerView;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.peer.ConflictOfInterest;
import uk.gov.lga.hub.domain.peer.ConflictsOfInterest;
import uk.gov.lga.hub.domain.peer.OverrideWithoutReason;
import uk.gov.lga.hub.domain.peer.PeerKind;

/** A team's peers from the directory: first-time peers join it, conflicts need a reason, and the trail keeps both. */
class TeamPlacementTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ChallengeManagement management = demo.hub.service(ChallengeManagement.class);
    private final PeerDirectory directory = demo.hub.service(PeerDirectory.class);

    private PeerView enlisted(String name, String homeCouncil) {
        return directory.add(
                MANAGER,
                new PeerDirectory.PeerDetails(
                        name,
                        PeerKind.OFFICER_PEER,
                        null,
                        "Somewhere",
                        homeCouncil,
                        "Head of Policy",
                        List.of(),
                        null,
                        null));
    }

    @Test
    void onlyLgaStaffReadOrChangeTheDirectory() {
        expect.refusedAsDenied(() -> directory.list(COVENTRY_EDITOR));
        expect.refusedAsDenied(() -> directory.list(WEST_MIDLANDS_ADVISER));
        expect.refusedAsDenied(() -> enlistedBy(WEST_MIDLANDS_ADVISER));
        assertEquals(List.of(), directory.list(MANAGER));
    }

    private void enlistedBy(uk.gov.lga.hub.application.security.Caller caller) {
        directory.add(
                caller,
                new PeerDirectory.PeerDetails(
                        "A", PeerKind.OFFICER_PEER, null, "B", null, null, List.of(), null, null));
    }

    @Test
    void aPeerPickedFromTheDirectoryJoinsAsTheDirectoryHasThemAndTheirHistoryShowsTheChallenge() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        PeerView dana = enlisted("Dana", null);
        ChallengeDetail detail = management.addTeamMember(MANAGER, challenge.id(), null, picked(dana.id(), null));
        ChallengeDetail.TeamMember member = detail.team().get(0);
        assertEquals("Dana", member.name());
        assertEquals(TeamRole.OFFICER_PEER, member.role());
        assertEquals("Head of Policy", member.position());
        assertEquals(
                List.of(challenge.id()),
                directory.peer(MANAGER, dana.id()).challenges().stream()
                        .map(p -> p.challengeId())
                        .toList());
    }

    @Test
    void aFirstTimePeerTypedInJoinsTheDirectory() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        management.addTeamMember(
                MANAGER,
                challenge.id(),
                null,
                ChallengeManagement.TeamMemberDetails.typedIn(
                        "Finn", TeamRole.MEMBER_PEER, "Leader", "Elsewhere", "Independent", null));
        PeerView finn = directory.list(MANAGER).get(0);
        assertEquals("Finn", finn.name());
        assertEquals(PeerKind.MEMBER_PEER, finn.kind());
        assertEquals("Independent", finn.politicalGroup());
    }

    @Test
    void aPeerFromTheCouncilIsRefusedWithTheReasonAndTheFlagIsInTheTrail() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        PeerView cora = enlisted("Cora", Demo.COVENTRY);
        ConflictsOfInterest flagged = assertThrows(
                ConflictsOfInterest.class,
                () -> management.addTeamMember(MANAGER, challenge.id(), null, picked(cora.id(), null)));
        assertEquals(
                List.of(ConflictOfInterest.Reason.OWN_COUNCIL),
                flagged.conflicts().stream().map(ConflictOfInterest::reason).toList());
        assertEquals(0, challenge.team().size());
        AuditEvent flag = expect.oneEntry(Demo.COVENTRY, "pc-manager", "challenge.peer-conflict-flagged");
        assertTrue(flag.after().contains("OWN_COUNCIL") && flag.after().contains("Cora"), flag.after());
    }

    @Test
    void anOverrideNeedsAReasonAndWithOneThePeerJoinsAndTheOverrideIsInTheTrail() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        PeerView cora = enlisted("Cora", Demo.COVENTRY);
        assertThrows(
                OverrideWithoutReason.class,
                () -> management.addTeamMember(MANAGER, challenge.id(), null, picked(cora.id(), " ")));
        ChallengeDetail joined =
                management.addTeamMember(MANAGER, challenge.id(), null, picked(cora.id(), "The only expert"));
        assertEquals("Cora", joined.team().get(0).name());
        assertEquals(
                List.of("challenge.peer-conflict-overridden", "challenge.team-member-added"),
                demo.hub.audit().stream().map(AuditEvent::action).toList(),
                "the override and the step, in the step's transaction");
        AuditEvent overridden = demo.hub.audit().get(0);
        assertEquals(Demo.COVENTRY, overridden.councilCode());
        assertEquals("pc-manager", overridden.actor());
        assertTrue(
                overridden.after().contains("The only expert")
                        && overridden.after().contains("OWN_COUNCIL"),
                overridden.after());
    }

    private static ChallengeManagement.TeamMemberDetails picked(long peerId, String overrideReason) {
        return new ChallengeManagement.TeamMemberDetails(
                null,
                null,
                null,
                null,
                null,
                null,
                peerId,
                overrideReason == null ? null : new ChallengeManagement.ConflictOverride(overrideReason));
    }
}
