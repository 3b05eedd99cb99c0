package uk.gov.lga.hub.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/**
 * A secret address a calendar app polls instead of signing in. Only a hash of its token is kept, with the
 * subscriber and the claims they signed in with, so the feed is read as them and through the same checks as the
 * API. Revoking it removes it.
 */
@Entity
@Table(name = "calendar_subscription")
public class CalendarSubscription extends Identified {

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private String username;

    /** The subscriber's realm roles, comma-separated, as their token carried them. */
    @Column(nullable = false, updatable = false)
    private String roles;

    @Column(name = "subscriber_council", updatable = false)
    private String subscriberCouncil;

    @Column(name = "subscriber_region", updatable = false)
    private String subscriberRegion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private FeedKind feed;

    /** The council's or region's code; none for {@link FeedKind#MANAGED}. */
    @Column(name = "feed_target", updatable = false)
    private String target;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CalendarSubscription() {}

    public CalendarSubscription(
            String tokenHash, Subscriber subscriber, FeedKind feed, String target, Instant createdAt) {
        DomainRuleViolation.require(
                (feed == FeedKind.MANAGED) == (target == null),
                "calendar-feed-target",
                "A council's or a region's calendar names its council or region; a manager's names neither.");
        this.tokenHash = tokenHash;
        this.username = DomainRuleViolation.requireText(subscriber.username(), "subscriber-required", "Who subscribes");
        this.roles = String.join(",", new TreeSet<>(subscriber.roles()));
        this.subscriberCouncil = subscriber.councilCode();
        this.subscriberRegion = subscriber.regionCode();
        this.feed = feed;
        this.target = target;
        this.createdAt = createdAt;
    }

    /** Who subscribed, with the claims they had then: user name, roles, council and region codes. */
    public record Subscriber(String username, Set<String> roles, String councilCode, String regionCode) {}

    public Subscriber subscriber() {
        Set<String> claimed = new TreeSet<>(Arrays.asList(roles.split(",")));
        claimed.remove("");
        return new Subscriber(username, Set.copyOf(claimed), subscriberCouncil, subscriberRegion);
    }

    public boolean ownedBy(String user) {
        return username.equals(user);
    }

    public String username() {
        return username;
    }

    public FeedKind feed() {
        return feed;
    }

    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
