package uk.gov.lga.hub.persistence.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.committee.CommitteeMeetingRepository;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaCommitteeMeetingRepository implements CommitteeMeetingRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void add(CommitteeMeeting meeting) {
        em.persist(meeting);
    }

    @Override
    public Optional<CommitteeMeeting> findById(long id) {
        return Optional.ofNullable(em.find(CommitteeMeeting.class, id));
    }

    @Override
    public List<CommitteeMeeting> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select m from CommitteeMeeting m where m.challenge.id = :id order by m.metOn, m.id",
                        CommitteeMeeting.class)
                .setParameter("id", challengeId)
                .getResultList();
    }

    @Override
    public void remove(CommitteeMeeting meeting) {
        em.remove(meeting);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
