package uk.gov.lga.hub.persistence.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSession;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSessionRepository;

@ApplicationScoped
public class JpaVisitSessionRepository implements VisitSessionRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void add(VisitSession session) {
        em.persist(session);
    }

    @Override
    public void remove(VisitSession session) {
        em.remove(session);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<VisitSession> findById(long challengeId, long sessionId) {
        return em.createQuery(
                        "select s from VisitSession s where s.id = :id and s.challenge.id = :challenge",
                        VisitSession.class)
                .setParameter("id", sessionId)
                .setParameter("challenge", challengeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<VisitSession> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select s from VisitSession s where s.challenge.id = :id order by s.startsAt, s.id",
                        VisitSession.class)
                .setParameter("id", challengeId)
                .getResultList();
    }
}
