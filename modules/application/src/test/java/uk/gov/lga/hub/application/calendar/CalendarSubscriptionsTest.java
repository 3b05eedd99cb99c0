package uk.gov.lga.hub.application.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.access.CouncilOnboarding;
import uk.gov.lga.hub.application.access.RegionAdvisers;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.fakes.InMemoryHub;
import uk.gov.lga.hub.domain.calendar.CalendarSubscription;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class CalendarSubscriptionsTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final CalendarSubscriptions subscriptions = demo.hub.service(CalendarSubscriptions.class);
    private final CalendarFeeds feeds = demo.hub.service(CalendarFeeds.class);

    private static FeedChoice council(String code) {
        return new FeedChoice(FeedKind.COUNCIL, code, null);
    }

    @Test
    void anAddressReadsTheFeedAsItsSubscriberWithoutSigningIn() {
        NewSubscription made = subscriptions.subscribe(COVENTRY_VIEWER, council(Demo.COVENTRY));

        assertEquals(
                feeds.read(COVENTRY_VIEWER, FeedKind.COUNCIL, Demo.COVENTRY, CalendarFeedsTest.ROOT),
                feeds.subscribed(made.token(), CalendarFeedsTest.ROOT));
        assertEquals(InMemoryHub.NOW, made.subscription().createdAt());
    }

    @Test
    void theTokenIsLongRandomUrlSafeAndOnlyItsHashIsKept() {
        NewSubscription one = subscriptions.subscribe(COVENTRY_VIEWER, council(Demo.COVENTRY));
        NewSubscription two = subscriptions.subscribe(COVENTRY_VIEWER, council(Demo.COVENTRY));

        assertTrue(one.token().matches("[A-Za-z0-9_-]{43}"), "256 bits, Base64url: " + one.token());
        assertFalse(one.token().equals(two.token()));
        String stored = demo.hub.calendarSubscriptions.stored().toString();
        assertFalse(stored.contains(one.token()), stored);
        assertTrue(stored.contains(SubscriptionTokens.hash(one.token())), stored);
    }

    @Test
    void nobodySubscribesToACalendarTheyMayNotRead() {
        expect.refusedAsNotVisible(() -> subscriptions.subscribe(GATESHEAD_EDITOR, council(Demo.COVENTRY)));
        expect.refusedAsDenied(() ->
                subscriptions.subscribe(NORTH_EAST_ADVISER, new FeedChoice(FeedKind.REGION, null, "west-midlands")));
        expect.refusedAsDenied(
                () -> subscriptions.subscribe(COVENTRY_EDITOR, new FeedChoice(FeedKind.MANAGED, null, null)));
        org.junit.jupiter.api.Assertions.assertThrows(
                DomainRuleViolation.class,
                () -> subscriptions.subscribe(COVENTRY_EDITOR, new FeedChoice(null, null, null)));
        assertEquals(List.of(), subscriptions.mine(GATESHEAD_EDITOR));
    }

    @Test
    void anAddressReadsOnlyWhatItsSubscriberMayReadEachTimeItIsPolled() {
        // A subscription kept from before: Gateshead's editor's claims with Coventry's calendar.
        String token = SubscriptionTokens.newToken();
        demo.hub.calendarSubscriptions.add(new CalendarSubscription(
                SubscriptionTokens.hash(token),
                new CalendarSubscription.Subscriber(
                        GATESHEAD_EDITOR.username(), GATESHEAD_EDITOR.roles(), Demo.GATESHEAD, null),
                FeedKind.COUNCIL,
                Demo.COVENTRY,
                InMemoryHub.NOW));

        expect.refusedAsNotVisible(() -> feeds.subscribed(token, CalendarFeedsTest.ROOT));
    }

    @Test
    void eachUserListsAndRevokesOnlyTheirOwnAndARevokedAddressIsNotThere() {
        NewSubscription mine =
                subscriptions.subscribe(WEST_MIDLANDS_ADVISER, new FeedChoice(FeedKind.REGION, null, "west-midlands"));
        subscriptions.subscribe(MANAGER, new FeedChoice(FeedKind.MANAGED, null, null));
        long id = mine.subscription().id();

        assertEquals(List.of(mine.subscription()), subscriptions.mine(WEST_MIDLANDS_ADVISER));
        expect.refusedAsNotFound(() -> subscriptions.revoke(MANAGER, id));
        assertEquals(1, subscriptions.mine(WEST_MIDLANDS_ADVISER).size());

        subscriptions.revoke(WEST_MIDLANDS_ADVISER, id);

        assertEquals(List.of(), subscriptions.mine(WEST_MIDLANDS_ADVISER));
        expect.refusedAsNotFound(() -> feeds.subscribed(mine.token(), CalendarFeedsTest.ROOT));
        expect.refusedAsNotFound(() -> subscriptions.revoke(WEST_MIDLANDS_ADVISER, id));
    }

    @Test
    void takingAwaySomeonesCouncilOrRegionRevokesTheirAddresses() {
        NewSubscription viewers = subscriptions.subscribe(COVENTRY_VIEWER, council(Demo.COVENTRY));
        NewSubscription editors = subscriptions.subscribe(COVENTRY_EDITOR, council(Demo.COVENTRY));
        NewSubscription advisers =
                subscriptions.subscribe(NORTH_EAST_ADVISER, new FeedChoice(FeedKind.REGION, null, "north-east"));

        demo.hub.service(CouncilOnboarding.class).revoke(LGA_ADMIN, Demo.COVENTRY, COVENTRY_VIEWER.username());
        demo.hub.service(RegionAdvisers.class).remove(LGA_ADMIN, "north-east", NORTH_EAST_ADVISER.username());

        expect.refusedAsNotFound(() -> feeds.subscribed(viewers.token(), CalendarFeedsTest.ROOT));
        expect.refusedAsNotFound(() -> feeds.subscribed(advisers.token(), CalendarFeedsTest.ROOT));
        assertEquals(List.of(editors.subscription()), subscriptions.mine(COVENTRY_EDITOR), "others keep theirs");
    }

    @Test
    void anUnknownOrMalformedTokenIsNotThere() {
        expect.refusedAsNotFound(() -> feeds.subscribed(SubscriptionTokens.newToken(), CalendarFeedsTest.ROOT));
        expect.refusedAsNotFound(() -> feeds.subscribed("../../etc", CalendarFeedsTest.ROOT));
        expect.refusedAsNotFound(() -> feeds.subscribed("", CalendarFeedsTest.ROOT));
    }
}
