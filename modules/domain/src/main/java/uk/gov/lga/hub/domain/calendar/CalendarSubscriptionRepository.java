package uk.gov.lga.hub.domain.calendar;

import java.util.List;
import java.util.Optional;

/** Calendar subscriptions: each user's own, never a council's data. */
public interface CalendarSubscriptionRepository {

    void add(CalendarSubscription subscription);

    Optional<CalendarSubscription> findByTokenHash(String tokenHash);

    Optional<CalendarSubscription> findById(long id);

    /** The user's subscriptions, oldest first. */
    List<CalendarSubscription> findByUsername(String username);

    void remove(CalendarSubscription subscription);
}
