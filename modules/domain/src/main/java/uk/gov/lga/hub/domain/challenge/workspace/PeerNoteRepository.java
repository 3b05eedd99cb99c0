package uk.gov.lga.hub.domain.challenge.workspace;

import java.util.List;

/** The notes of the challenge whose team the current transaction is bound to (no other's are readable). */
public interface PeerNoteRepository {

    void add(PeerNote note);

    /** Oldest first. */
    List<PeerNote> findByChallenge(long challengeId);
}
