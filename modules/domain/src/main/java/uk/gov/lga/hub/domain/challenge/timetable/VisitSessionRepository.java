package uk.gov.lga.hub.domain.challenge.timetable;

import java.util.List;
import java.util.Optional;

/** The sessions of a challenge's visit. */
public interface VisitSessionRepository {

    void add(VisitSession session);

    void remove(VisitSession session);

    /** Writes pending changes now, so that a new session has its id. */
    void flush();

    Optional<VisitSession> findById(long challengeId, long sessionId);

    /** In time order. */
    List<VisitSession> findByChallenge(long challengeId);
}
