package uk.gov.lga.hub.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.calendar.CalendarSubscription;
import uk.gov.lga.hub.domain.calendar.CalendarSubscriptionRepository;

/** Calendar subscriptions: each user's own, outside the tenant wall like the database table. */
public final class InMemoryCalendarSubscriptionRepository implements CalendarSubscriptionRepository {

    private final List<CalendarSubscription> subscriptions = new ArrayList<>();
    private long nextId = 1;

    @Override
    public void add(CalendarSubscription subscription) {
        // Its own ids: the hub's bookkeeping would give a subscriber without a council the bound council's code.
        EntityGraph.set(subscription, "id", nextId++);
        subscriptions.add(subscription);
    }

    @Override
    public Optional<CalendarSubscription> findByTokenHash(String tokenHash) {
        return subscriptions.stream()
                .filter(s -> tokenHash.equals(EntityGraph.get(s, "tokenHash")))
                .findFirst();
    }

    @Override
    public Optional<CalendarSubscription> findById(long id) {
        return subscriptions.stream().filter(s -> s.id() == id).findFirst();
    }

    @Override
    public List<CalendarSubscription> findByUsername(String username) {
        return subscriptions.stream()
                .filter(s -> s.ownedBy(username))
                .sorted(Comparator.comparing(CalendarSubscription::createdAt))
                .toList();
    }

    @Override
    public void remove(CalendarSubscription subscription) {
        subscriptions.remove(subscription);
    }

    /** What the table holds of each subscription, as text: to show the token itself is never among it. */
    public List<List<Object>> stored() {
        return subscriptions.stream().map(EntityGraph::fingerprint).toList();
    }
}
