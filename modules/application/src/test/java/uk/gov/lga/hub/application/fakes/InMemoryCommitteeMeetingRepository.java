package uk.gov.lga.hub.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.committee.CommitteeMeetingRepository;

/** The bound council's committee meetings. */
final class InMemoryCommitteeMeetingRepository implements CommitteeMeetingRepository {

    private final InMemoryHub hub;

    InMemoryCommitteeMeetingRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public void add(CommitteeMeeting meeting) {
        hub.meetings.add(meeting);
        hub.persist(meeting);
    }

    @Override
    public Optional<CommitteeMeeting> findById(long id) {
        return hub.meetings.stream()
                .filter(hub::visible)
                .filter(m -> m.id() == id)
                .findFirst();
    }

    @Override
    public List<CommitteeMeeting> findByChallenge(long challengeId) {
        return hub.meetings.stream()
                .filter(hub::visible)
                .filter(m -> m.challenge().id() == challengeId)
                .sorted(Comparator.comparing(CommitteeMeeting::metOn))
                .toList();
    }

    @Override
    public void remove(CommitteeMeeting meeting) {
        hub.boundCouncil();
        hub.meetings.remove(meeting);
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
