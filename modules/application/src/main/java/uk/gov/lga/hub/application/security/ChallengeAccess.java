package uk.gov.lga.hub.application.security;

import uk.gov.lga.hub.domain.challenge.PeerChallenge;

/** Who may read one challenge: whoever may read its council's records, and the peers on its own team. */
public final class ChallengeAccess {

    private ChallengeAccess() {}

    public static void requireRead(Caller caller, PeerChallenge challenge) {
        boolean peerOnTeam = caller.hasRole(Role.PEER) && challenge.grantsReadTo(caller.username());
        if (!peerOnTeam && !CouncilAccess.canReadDetail(caller, challenge.council())) {
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
