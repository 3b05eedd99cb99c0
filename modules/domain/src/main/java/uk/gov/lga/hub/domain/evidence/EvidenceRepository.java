package uk.gov.lga.hub.domain.evidence;

import java.util.List;
import java.util.Optional;

/** Evidence of the council the current transaction is bound to; files are stored with their record. */
public interface EvidenceRepository {

    void addLink(Evidence link);

    void addFile(Evidence file, byte[] content);

    Optional<Evidence> findById(long id);

    /** Every version of every piece of evidence of a challenge, oldest first. */
    List<Evidence> findByChallenge(long challengeId);

    List<Evidence> versionsOf(String lineage);

    Optional<byte[]> contentOf(long evidenceId);
}
