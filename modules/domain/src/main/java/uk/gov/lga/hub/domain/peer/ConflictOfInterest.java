package uk.gov.lga.hub.domain.peer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.council.Council;

/**
 * Why a peer should perhaps not serve on a challenge: they work for the council under challenge, for a council in
 * its region, or served on its last challenge (a peer challenge manager excepted). A conflict does not forbid the
 * place; it needs a recorded reason.
 */
public record ConflictOfInterest(Reason reason, String detail) {

    public enum Reason {
        OWN_COUNCIL,
        SAME_REGION,
        LAST_CHALLENGE
    }

    /**
     * @param home the council the peer works for, when their organisation is one (found by the code the directory
     *     records, else by its name)
     * @param last the council's last challenge before this one, if any
     */
    public static List<ConflictOfInterest> between(
            Peer peer, Optional<Council> home, PeerChallenge challenge, Optional<PeerChallenge> last) {
        Council council = challenge.council();
        List<ConflictOfInterest> found = new ArrayList<>();
        boolean ownCouncil = peer.homeCouncil()
                .map(council.code()::equals)
                .orElseGet(() -> sameName(peer.organisation(), council.name()));
        if (ownCouncil) {
            found.add(new ConflictOfInterest(
                    Reason.OWN_COUNCIL,
                    peer.name() + " works for " + council.name() + ", the council under challenge."));
        } else if (home.filter(h -> h.region() == council.region()).isPresent()) {
            found.add(new ConflictOfInterest(
                    Reason.SAME_REGION,
                    peer.name() + " works for " + home.get().name() + ", in the same region as " + council.name()
                            + "."));
        }
        // The LGA's own manager often returns to a council (and runs its progress review): continuity, not a conflict.
        if (peer.kind() != PeerKind.PEER_CHALLENGE_MANAGER
                && last.filter(l -> servedOn(peer, l)).isPresent()) {
            found.add(new ConflictOfInterest(
                    Reason.LAST_CHALLENGE,
                    peer.name() + " served on " + council.name() + "'s last challenge (on site from "
                            + last.get().visit().startDate() + ")."));
        }
        return List.copyOf(found);
    }

    /** The council's last challenge before this one: the latest visit before it that was not cancelled. */
    public static Optional<PeerChallenge> lastBefore(PeerChallenge challenge, List<PeerChallenge> ofTheCouncil) {
        return ofTheCouncil.stream()
                .filter(c -> c != challenge && c.status() != ChallengeStatus.CANCELLED)
                .filter(c -> c.visit().startDate().isBefore(challenge.visit().startDate()))
                .max(Comparator.comparing(c -> c.visit().startDate()));
    }

    /**
     * Lets a peer with conflicts join only with a reason. An override is checked whether or not it was needed: one
     * without a reason is refused, so a reason is never silently dropped.
     *
     * @param override absent when the request carried none; its reason as given otherwise
     * @return the reason recorded, or empty when there was no conflict to override
     */
    public static Optional<String> justify(List<ConflictOfInterest> found, Optional<String> override) {
        if (override.isPresent() && override.get().isBlank()) {
            throw new OverrideWithoutReason();
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (override.isEmpty()) {
            throw new ConflictsOfInterest(found);
        }
        return override.map(String::strip);
    }

    private static boolean servedOn(Peer peer, PeerChallenge challenge) {
        return challenge.team().stream()
                .anyMatch(m -> peer.id() != null && peer.id().equals(m.peerId())
                        || m.peerId() == null && sameName(m.name(), peer.name()));
    }

    private static boolean sameName(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
