package uk.gov.lga.hub.application.security;

import java.util.function.Predicate;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.region.Region;

/** Who may read one challenge: whoever may read its council's records, and the peers on its own team. */
public final class ChallengeAccess {

    private ChallengeAccess() {}

    public static void requireRead(Caller caller, PeerChallenge challenge) {
        requireRead(caller, challenge.council().code(), challenge.council().region(), challenge::grantsReadTo);
    }

    /** The same rule from the challenge's facts alone: its council, that council's region and who is on its team. */
    public static void requireRead(Caller caller, String councilCode, Region region, Predicate<String> onTeam) {
        boolean peerOnTeam = caller.hasRole(Role.PEER) && onTeam.test(caller.username());
        if (!peerOnTeam && !CouncilAccess.canReadDetail(caller, councilCode, region)) {
            throw new NotVisible();
        }
    }

    /** Running a challenge is the job of the LGA's peer challenge managers (and its administrators). */
    public static void requireManager(Caller caller) {
        if (!caller.isLgaStaff()) {
            throw new AccessDenied("Only the LGA's peer challenge managers run challenges.");
        }
    }
}
