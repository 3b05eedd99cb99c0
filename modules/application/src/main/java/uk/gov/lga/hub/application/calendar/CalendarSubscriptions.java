package uk.gov.lga.hub.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.calendar.CalendarSubscription;
import uk.gov.lga.hub.domain.calendar.CalendarSubscriptionRepository;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.region.Region;

/**
 * Secret subscription addresses for calendar apps, which cannot sign in. Anyone signed in may make one for a feed
 * they may read now; it keeps who they are and the claims they had, and the feed is read as them, through the
 * same checks, each time it is polled. Each user sees and revokes only their own.
 */
@ApplicationScoped
@Transactional
public class CalendarSubscriptions {

    @Inject
    CalendarSubscriptionRepository subscriptions;

    @Inject
    FeedAccess access;

    @Inject
    Clock clock;

    public NewSubscription subscribe(Caller caller, FeedChoice choice) {
        String target = choice.target();
        access.councilsOf(caller, choice.feed(), target);
        String token = SubscriptionTokens.newToken();
        CalendarSubscription subscription = new CalendarSubscription(
                SubscriptionTokens.hash(token),
                new CalendarSubscription.Subscriber(
                        caller.username(),
                        caller.roles(),
                        caller.councilCode().map(c -> c.value()).orElse(null),
                        caller.region().map(Region::code).orElse(null)),
                choice.feed(),
                target,
                clock.instant());
        subscriptions.add(subscription);
        return new NewSubscription(SubscriptionView.of(subscription), token);
    }

    public List<SubscriptionView> mine(Caller caller) {
        return subscriptions.findByUsername(caller.username()).stream()
                .map(SubscriptionView::of)
                .toList();
    }

    /** Someone else's subscription is answered as one that is not there. */
    public void revoke(Caller caller, long id) {
        CalendarSubscription subscription = subscriptions
                .findById(id)
                .filter(s -> s.ownedBy(caller.username()))
                .orElseThrow(() -> new NotFound("No subscription " + id));
        subscriptions.remove(subscription);
    }

    /**
     * Every address of a user whose access was taken away: their claims are kept with each address, so it would
     * otherwise go on reading what the old claims allowed.
     */
    public int revokeAllOf(String username) {
        List<CalendarSubscription> theirs = subscriptions.findByUsername(username);
        theirs.forEach(subscriptions::remove);
        return theirs.size();
    }

    /** Who the address reads as, and which feed: empty for a token that is unknown, revoked or malformed. */
    public Optional<Subscribed> holderOf(String token) {
        if (!SubscriptionTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return subscriptions.findByTokenHash(SubscriptionTokens.hash(token)).map(Subscribed::of);
    }

    /** The subscriber as a caller, with the claims they subscribed with, and the feed they chose. */
    public record Subscribed(Caller caller, FeedKind feed, String target) {

        static Subscribed of(CalendarSubscription subscription) {
            CalendarSubscription.Subscriber who = subscription.subscriber();
            return new Subscribed(
                    new Caller(
                            who.username(),
                            who.roles(),
                            Caller.councilOf(who.councilCode()),
                            Optional.ofNullable(who.regionCode()).flatMap(Subscribed::regionOf)),
                    subscription.feed(),
                    subscription.target().orElse(null));
        }

        private static Optional<Region> regionOf(String code) {
            try {
                return Optional.of(Region.fromCode(code));
            } catch (RuntimeException unknown) {
                return Optional.empty();
            }
        }
    }
}
