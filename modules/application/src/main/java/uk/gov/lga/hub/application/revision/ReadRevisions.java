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
     * Inside a transaction bound to a council: the revisions of the challenge's shared and council-owned records
     * in one word, empty when the transaction is bound to another council than the challenge's (the wall hides it).
     */
    Optional<String> plan(long challengeId);
}
