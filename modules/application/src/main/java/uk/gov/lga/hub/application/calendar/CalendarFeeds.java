package uk.gov.lga.hub.application.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;

/**
 * Calendar feeds (RFC 5545) of councils' challenges: one council's, a region's, a manager's own. Each council's
 * events are read inside that council's {@link CouncilDataScope}, as the caller, after {@link FeedAccess} said yes.
 * A cancelled challenge has no events, so calendar apps drop them on their next refresh.
 */
@ApplicationScoped
public class CalendarFeeds {

    @Inject
    FeedAccess access;

    @Inject
    CouncilDataScope scope;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    PlanActionRepository actions;

    @Inject
    PublicationRules rules;

    @Inject
    CalendarSubscriptions subscriptions;

    @Inject
    Clock clock;

    /** The feed as text/calendar; {@code appRoot} is where the UI's pages are, for each event's link. */
    public String read(Caller caller, FeedKind feed, String target, URI appRoot) {
        List<Council> councils = access.councilsOf(caller, feed, target);
        CalendarLinks links = new CalendarLinks(appRoot, caller.isLgaStaff());
        Predicate<PeerChallenge> included =
                feed == FeedKind.MANAGED ? c -> FeedAccess.managedBy(c, caller.username()) : c -> true;
        List<CalendarEvent> events = new ArrayList<>();
        // A region's feed spans all its councils (about 35 when the register is loaded), most without a challenge
        // at a time: only those with one are read, each in a transaction of its own behind the wall.
        Set<String> withChallenges = feed == FeedKind.REGION ? challenges.councilsWithChallenges() : null;
        for (Council council : councils) {
            if (withChallenges != null && !withChallenges.contains(council.code())) {
                continue;
            }
            events.addAll(eventsOf(Tenant.readerOf(caller, council), included, links));
        }
        return IcsCalendar.write(name(feed, councils, target), events, clock.instant());
    }

    /** The feed behind a subscription address, read as its subscriber; unknown or revoked: not found. */
    public String subscribed(String token, URI appRoot) {
        CalendarSubscriptions.Subscribed holder =
                subscriptions.holderOf(token).orElseThrow(() -> new NotFound("No subscription address"));
        return read(holder.caller(), holder.feed(), holder.target(), appRoot);
    }

    private List<CalendarEvent> eventsOf(Tenant tenant, Predicate<PeerChallenge> included, CalendarLinks links) {
        LocalDate today = LocalDate.now(clock);
        return scope.call(tenant, () -> {
            List<PeerChallenge> shown = challenges
                    .findByCouncilCode(tenant.councilCode().value())
                    .stream()
                    .filter(c -> c.status() != ChallengeStatus.CANCELLED)
                    .filter(included)
                    .toList();
            // One read for every challenge's actions, not one per challenge.
            Map<Long, List<PlanAction>> actionsOf =
                    actions
                            .findByChallenges(
                                    shown.stream().map(PeerChallenge::id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(a ->
                                    a.response().recommendation().challenge().id()));
            return shown.stream()
                    .flatMap(
                            c -> ChallengeEvents.of(
                                    c, c.deadlines(rules, today), actionsOf.getOrDefault(c.id(), List.of()), links)
                                    .stream())
                    .toList();
        });
    }

    private static String name(FeedKind feed, List<Council> councils, String target) {
        return switch (feed) {
            case COUNCIL -> councils.get(0).name() + ": peer challenge dates";
            case REGION -> FeedAccess.regionOf(target).displayName() + ": peer challenge dates";
            case MANAGED -> "My peer challenges";
        };
    }
}
