package uk.gov.lga.hub.application.revision;

import java.util.Optional;

/**
 * How often what an answer is made of has been written (the V20 migration's counters), each read in one statement.
 * Implemented by the persistence module.
 */
public interface ReadRevisions {

    /** The challenge's shared records: who may read them and their revision; empty when there is no such challenge. */
    Optional<ChallengeRevision> challenge(long challengeId, String username);

    /**
     * The revisions of the challenge's shared and council-owned records in one word, read in a statement bound to
     * the council named (behind the wall: empty when that is not the challenge's council).
     */
    Optional<String> plan(long challengeId, String councilCode);
}
