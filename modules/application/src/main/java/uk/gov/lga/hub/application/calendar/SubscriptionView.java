package uk.gov.lga.hub.application.calendar;

import java.time.Instant;
import uk.gov.lga.hub.domain.calendar.CalendarSubscription;
import uk.gov.lga.hub.domain.calendar.FeedKind;

/** One of the caller's subscription addresses, without its secret (which is shown once, when it is made). */
public record SubscriptionView(long id, FeedKind feed, String target, Instant createdAt) {

    static SubscriptionView of(CalendarSubscription subscription) {
        return new SubscriptionView(
                subscription.id(), subscription.feed(), subscription.target().orElse(null), subscription.createdAt());
    }
}
