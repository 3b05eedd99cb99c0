package uk.gov.lga.hub.domain.committee;

import java.util.List;
import java.util.Optional;

/** Committee meetings of the council the current transaction is bound to. */
public interface CommitteeMeetingRepository {

    void add(CommitteeMeeting meeting);

    Optional<CommitteeMeeting> findById(long id);

    /** In date order. */
    List<CommitteeMeeting> findByChallenge(long challengeId);

    void remove(CommitteeMeeting meeting);

    void flush();
}
