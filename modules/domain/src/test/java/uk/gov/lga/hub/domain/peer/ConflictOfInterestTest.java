package uk.gov.lga.hub.domain.peer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.OnSiteVisit;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.theme.Theme;
import uk.gov.lga.hub.domain.theme.ThemeFramework;

class ConflictOfInterestTest {

    private static final Theme PRIORITIES =
            Theme.core("local-priorities-and-outcomes", "Local priorities and outcomes", ThemeFramework.CPC_2020, 1);
    private static final Council COVENTRY =
            new Council("E08000026", "Coventry City Council", CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS);
    private static final Council SOLIHULL = new Council(
            "E08000029",
            "Solihull Metropolitan Borough Council",
            CouncilType.METROPOLITAN_DISTRICT,
            Region.WEST_MIDLANDS);
    private static final Council GATESHEAD =
            new Council("E08000037", "Gateshead Council", CouncilType.METROPOLITAN_DISTRICT, Region.NORTH_EAST);

    private static PeerChallenge challengeAt(Council council, LocalDate start) {
        return PeerChallenge.propose(
                council, ThemeFramework.CPC_2020, new OnSiteVisit(start, start.plusDays(3)), List.of(PRIORITIES));
    }

    private static final PeerChallenge CHALLENGE = challengeAt(COVENTRY, LocalDate.of(2026, 3, 2));

    private static Peer peer(String name, String organisation, String homeCouncil) {
        return Peer.enlist(
                new Peer.Details(
                        name, PeerKind.OFFICER_PEER, null, organisation, homeCouncil, null, null, null, List.of()),
                "pcm",
                Instant.EPOCH);
    }

    private static List<ConflictOfInterest.Reason> reasons(
            Peer peer, Optional<Council> home, Optional<PeerChallenge> last) {
        return ConflictOfInterest.between(peer, home, CHALLENGE, last).stream()
                .map(ConflictOfInterest::reason)
                .toList();
    }

    @Test
    void aPeerWhoseHomeCouncilCodeIsTheCouncilUnderChallengeIsFlaggedOnceForTheirOwnCouncil() {
        Peer peer = peer("Ann Able", "Coventry (Place directorate)", "E08000026");
        List<ConflictOfInterest> found =
                ConflictOfInterest.between(peer, Optional.of(COVENTRY), CHALLENGE, Optional.empty());
        assertEquals(
                List.of(ConflictOfInterest.Reason.OWN_COUNCIL),
                found.stream().map(ConflictOfInterest::reason).toList());
        assertTrue(found.get(0).detail().contains("Coventry City Council"), found.toString());
    }

    @Test
    void withoutACodeTheOrganisationsNameIsMatchedIgnoringCaseAndSpaces() {
        assertEquals(
                List.of(ConflictOfInterest.Reason.OWN_COUNCIL),
                reasons(peer("Ann Able", "  coventry city   COUNCIL ", null), Optional.empty(), Optional.empty()));
    }

    @Test
    void aCodeRecordedForAnotherCouncilWinsOverASimilarName() {
        assertEquals(
                List.of(),
                reasons(
                        peer("Ann Able", "Coventry City Council", "E08000037"),
                        Optional.of(GATESHEAD),
                        Optional.empty()));
    }

    @Test
    void aPeerFromAnotherCouncilOfTheSameRegionIsFlaggedForTheRegion() {
        List<ConflictOfInterest> found = ConflictOfInterest.between(
                peer("Sol Hull", "Solihull MBC", "E08000029"), Optional.of(SOLIHULL), CHALLENGE, Optional.empty());
        assertEquals(
                List.of(ConflictOfInterest.Reason.SAME_REGION),
                found.stream().map(ConflictOfInterest::reason).toList());
        assertTrue(found.get(0).detail().contains("Solihull Metropolitan Borough Council"), found.toString());
    }

    @Test
    void aPeerFromAnotherRegionOrNoCouncilIsClear() {
        assertEquals(
                List.of(),
                reasons(peer("Gail Head", "Gateshead", "E08000037"), Optional.of(GATESHEAD), Optional.empty()));
        assertEquals(List.of(), reasons(peer("Lee Gay", "LGA", null), Optional.empty(), Optional.empty()));
    }

    @Test
    void aPeerWhoServedOnTheCouncilsLastChallengeIsFlagged() {
        PeerChallenge last = challengeAt(COVENTRY, LocalDate.of(2020, 2, 3));
        last.addTeamMember("Lee Gay", TeamRole.OFFICER_PEER, null, "LGA", null, null);
        assertEquals(
                List.of(ConflictOfInterest.Reason.LAST_CHALLENGE),
                reasons(peer("Lee Gay", "LGA", null), Optional.empty(), Optional.of(last)));
        assertEquals(List.of(), reasons(peer("Kay Other", "LGA", null), Optional.empty(), Optional.of(last)));
    }

    @Test
    void thePeerChallengeManagerReturningToTheCouncilIsNoConflict() {
        PeerChallenge last = challengeAt(COVENTRY, LocalDate.of(2020, 2, 3));
        last.addTeamMember("Eamon Lally", TeamRole.PEER_CHALLENGE_MANAGER, null, "LGA", null, "pcm");
        Peer manager = Peer.enlist(
                new Peer.Details(
                        "Eamon Lally",
                        PeerKind.PEER_CHALLENGE_MANAGER,
                        null,
                        "LGA",
                        null,
                        null,
                        null,
                        "pcm",
                        List.of()),
                "pcm",
                Instant.EPOCH);
        assertEquals(List.of(), reasons(manager, Optional.empty(), Optional.of(last)));
    }

    @Test
    void aTeamPlaceLinkedToAnotherDirectoryEntryIsNotTheSamePersonEvenWithTheSameName() {
        PeerChallenge last = challengeAt(COVENTRY, LocalDate.of(2020, 2, 3));
        last.addTeamMember("Lee Gay", TeamRole.OFFICER_PEER, null, "LGA", null, null)
                .linkTo(99);
        assertEquals(List.of(), reasons(peer("Lee Gay", "LGA", null), Optional.empty(), Optional.of(last)));
    }

    @Test
    void reasonsAddUp() {
        PeerChallenge last = challengeAt(COVENTRY, LocalDate.of(2020, 2, 3));
        last.addTeamMember("Sol Hull", TeamRole.OFFICER_PEER, null, "Solihull MBC", null, null);
        assertEquals(
                List.of(ConflictOfInterest.Reason.SAME_REGION, ConflictOfInterest.Reason.LAST_CHALLENGE),
                reasons(peer("Sol Hull", "Solihull MBC", "E08000029"), Optional.of(SOLIHULL), Optional.of(last)));
    }

    @Test
    void theLastChallengeIsTheLatestEarlierVisitThatWasNotCancelled() {
        PeerChallenge old = challengeAt(COVENTRY, LocalDate.of(2016, 1, 4));
        PeerChallenge last = challengeAt(COVENTRY, LocalDate.of(2020, 2, 3));
        PeerChallenge cancelled = challengeAt(COVENTRY, LocalDate.of(2024, 1, 8));
        cancelled.move(ChallengeStatus.CANCELLED);
        PeerChallenge later = challengeAt(COVENTRY, LocalDate.of(2030, 1, 7));
        assertEquals(
                Optional.of(last),
                ConflictOfInterest.lastBefore(CHALLENGE, List.of(later, cancelled, CHALLENGE, last, old)));
        assertEquals(Optional.empty(), ConflictOfInterest.lastBefore(old, List.of(later, CHALLENGE, last, old)));
    }

    @Test
    void conflictsNeedAnOverrideWithAReasonAndAnOverrideAlwaysNeedsOne() {
        List<ConflictOfInterest> found =
                List.of(new ConflictOfInterest(ConflictOfInterest.Reason.OWN_COUNCIL, "Ann works there."));
        ConflictsOfInterest refused =
                assertThrows(ConflictsOfInterest.class, () -> ConflictOfInterest.justify(found, Optional.empty()));
        assertEquals(found, refused.conflicts());
        assertEquals("peer-conflict-of-interest", refused.rule());
        assertThrows(OverrideWithoutReason.class, () -> ConflictOfInterest.justify(found, Optional.of("  ")));
        assertThrows(OverrideWithoutReason.class, () -> ConflictOfInterest.justify(List.of(), Optional.of("")));
        assertEquals(Optional.of("Only expert"), ConflictOfInterest.justify(found, Optional.of(" Only expert ")));
        assertEquals(Optional.empty(), ConflictOfInterest.justify(List.of(), Optional.empty()));
        assertEquals(Optional.empty(), ConflictOfInterest.justify(List.of(), Optional.of("Not needed")));
    }

    @Test
    void theDirectoryRefusesAPoliticalGroupForAnOfficerAndAMalformedCouncilCode() {
        assertThrows(
                DomainRuleViolation.class,
                () -> Peer.enlist(
                        new Peer.Details("A", PeerKind.OFFICER_PEER, "Labour", "X", null, null, null, null, List.of()),
                        "pcm",
                        Instant.EPOCH));
        assertThrows(DomainRuleViolation.class, () -> peer("A", "X", "Coventry"));
    }
}
