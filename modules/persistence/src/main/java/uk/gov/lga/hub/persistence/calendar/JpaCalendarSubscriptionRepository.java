package uk.gov.lga.hub.persistence.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.calendar.CalendarSubscription;
import uk.gov.lga.hub.domain.calendar.CalendarSubscriptionRepository;

@ApplicationScoped
public class JpaCalendarSubscriptionRepository implements CalendarSubscriptionRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public void add(CalendarSubscription subscription) {
        em.persist(subscription);
        em.flush();
    }

    @Override
    public Optional<CalendarSubscription> findByTokenHash(String tokenHash) {
        return em.createQuery(
                        "select s from CalendarSubscription s where s.tokenHash = :hash", CalendarSubscription.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<CalendarSubscription> findById(long id) {
        return Optional.ofNullable(em.find(CalendarSubscription.class, id));
    }

    @Override
    public List<CalendarSubscription> findByUsername(String username) {
        return em.createQuery(
                        "select s from CalendarSubscription s where s.username = :username order by s.createdAt, s.id",
                        CalendarSubscription.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public void remove(CalendarSubscription subscription) {
        em.remove(subscription);
    }
}
