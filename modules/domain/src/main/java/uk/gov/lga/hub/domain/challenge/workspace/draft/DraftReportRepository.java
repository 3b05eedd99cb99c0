package uk.gov.lga.hub.domain.challenge.workspace.draft;

import java.util.List;
import java.util.Optional;

/** The draft of the challenge whose team the current transaction is bound to (no other's is readable). */
public interface DraftReportRepository {

    /** None until the team first changes it. */
    Optional<DraftReport> findByChallenge(long challengeId);

    void add(DraftReport draft);

    void record(DraftChange change);

    /** Writes pending changes now, so that a race between two first saves fails here rather than later. */
    void flush();

    /** The draft's trail, newest first; with a section key, that section's saved versions only. */
    List<DraftChange> changes(long challengeId, String sectionKey);
}
