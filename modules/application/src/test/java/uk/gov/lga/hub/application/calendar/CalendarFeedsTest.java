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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.fakes.InMemoryHub;
import uk.gov.lga.hub.domain.calendar.FeedKind;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.response.PlanAction;

class CalendarFeedsTest {

    static final URI ROOT = URI.create("https://hub.example/");

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final CalendarFeeds feeds = demo.hub.service(CalendarFeeds.class);
    private final long coventry = demo.coventryChallenge.id();

    private ParsedFeed council(uk.gov.lga.hub.application.security.Caller caller, String code) {
        return ParsedFeed.of(feeds.read(caller, FeedKind.COUNCIL, code, ROOT));
    }

    @Test
    void aCouncilsFeedHoldsTheVisitItsDeadlinesAsTheDomainStatesThemTheReviewAndItsActionsDueDates() {
        PlanAction action = demo.action(demo.respond(demo.coventryRecommendation(0), "We accept."), "Draft the plan");

        ParsedFeed feed = council(COVENTRY_VIEWER, Demo.COVENTRY);

        ParsedFeed.Event visit = feed.event("challenge-" + coventry + "-visit@peer-challenge-hub");
        assertEquals(LocalDate.of(2024, 1, 15), visit.start());
        assertEquals(LocalDate.of(2024, 1, 19), visit.end(), "the day after the last on-site day");
        assertTrue(visit.allDay());
        List<Deadline> deadlines = demo.coventryChallenge.deadlines(
                PublicationRules.LGA_CURRENT, LocalDate.ofInstant(InMemoryHub.NOW, java.time.ZoneOffset.UTC));
        assertEquals(3, deadlines.size());
        for (Deadline deadline : deadlines) {
            String uid = "challenge-" + coventry + "-"
                    + deadline.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + "-due@peer-challenge-hub";
            assertEquals(deadline.due(), feed.event(uid).start(), uid);
            assertTrue(feed.event(uid).allDay(), uid);
        }
        assertEquals(
                demo.coventryChallenge.progressReview().orElseThrow().plannedDate(),
                feed.event("challenge-" + coventry + "-progress-review@peer-challenge-hub")
                        .start());
        ParsedFeed.Event due = feed.event("action-" + action.id() + "-due@peer-challenge-hub");
        assertEquals(LocalDate.of(2024, 9, 30), due.start());
        assertTrue(due.summary().contains("Draft the plan"), due.summary());
        assertEquals(6, feed.events().size());
    }

    @Test
    void theCouncilsUsersAreLinkedToThePlanAndLgaStaffToTheChallengesTaskList() {
        assertEquals(
                "https://hub.example/app/plan/index.xhtml?id=" + coventry,
                council(COVENTRY_VIEWER, Demo.COVENTRY).event(visitOf(coventry)).url());
        ParsedFeed.Event staff = council(MANAGER, Demo.COVENTRY).event(visitOf(coventry));
        assertEquals("https://hub.example/app/challenges/challenge.xhtml?id=" + coventry, staff.url());
        assertTrue(staff.description().contains(staff.url()), "the description carries the link too");
    }

    @Test
    void theSameDataGivesTheSameUidsSoAnUpdateReplacesEachEvent() {
        Set<String> before = council(COVENTRY_VIEWER, Demo.COVENTRY).events().keySet();
        demo.coventryChallenge.scheduleProgressReview(
                LocalDate.of(2024, 11, 4),
                uk.gov.lga.hub.domain.challenge.UnusualDates.confirmedOn(LocalDate.of(2024, 5, 20)));

        ParsedFeed after = council(COVENTRY_VIEWER, Demo.COVENTRY);
        assertEquals(before, after.events().keySet());
        assertEquals(
                LocalDate.of(2024, 11, 4),
                after.event("challenge-" + coventry + "-progress-review@peer-challenge-hub")
                        .start());
    }

    @Test
    void whoeverMayNotReadTheCouncilIsToldThereIsNothingThereBeforeItsDataIsRead() {
        expect.refusedAsNotVisible(() -> council(GATESHEAD_EDITOR, Demo.COVENTRY));
        expect.refusedAsNotVisible(() -> council(NORTH_EAST_ADVISER, Demo.COVENTRY));
        expect.refusedAsNotVisible(() -> council(COVENTRY_EDITOR, Demo.GATESHEAD));
        expect.refusedAsNotFound(() -> council(LGA_ADMIN, "E99999999"));
        assertEquals(List.of(), demo.hub.scope.councilsEntered());
    }

    @Test
    void aRegionsFeedHoldsItsCouncilsOnlyForItsAdviserAndLgaStaff() {
        Set<String> uids = ParsedFeed.of(feeds.read(WEST_MIDLANDS_ADVISER, FeedKind.REGION, "west-midlands", ROOT))
                .events()
                .keySet();
        assertTrue(uids.contains(visitOf(coventry)));
        assertFalse(uids.contains(visitOf(demo.gatesheadChallenge.id())));
        assertTrue(ParsedFeed.of(feeds.read(LGA_ADMIN, FeedKind.REGION, "north-east", ROOT))
                .events()
                .containsKey(visitOf(demo.gatesheadChallenge.id())));

        expect.refusedAsDenied(() -> feeds.read(NORTH_EAST_ADVISER, FeedKind.REGION, "west-midlands", ROOT));
        expect.refusedAsDenied(() -> feeds.read(COVENTRY_EDITOR, FeedKind.REGION, "west-midlands", ROOT));
        expect.refusedAsNotFound(() -> feeds.read(LGA_ADMIN, FeedKind.REGION, "atlantis", ROOT));
        assertEquals(List.of(Demo.COVENTRY, Demo.GATESHEAD), demo.hub.scope.councilsEntered());
    }

    @Test
    void aManagersFeedHoldsOnlyTheChallengesOnWhoseTeamTheyAreTheManager() {
        PeerChallenge managed = demo.proposedAtCoventry();
        managed.addTeamMember("Pat Manager", TeamRole.PEER_CHALLENGE_MANAGER, null, "LGA", null, MANAGER.username());
        demo.hub.flush();

        Set<String> uids = ParsedFeed.of(feeds.read(MANAGER, FeedKind.MANAGED, null, ROOT))
                .events()
                .keySet();
        assertEquals(Set.of(visitOf(managed.id())), uids);
        assertEquals(
                0,
                ParsedFeed.of(feeds.read(LGA_ADMIN, FeedKind.MANAGED, null, ROOT))
                        .events()
                        .size());
        expect.refusedAsDenied(() -> feeds.read(WEST_MIDLANDS_ADVISER, FeedKind.MANAGED, null, ROOT));
        expect.refusedAsDenied(() -> feeds.read(COVENTRY_EDITOR, FeedKind.MANAGED, null, ROOT));
    }

    @Test
    void noFeedCarriesAnotherCouncilsActions() {
        demo.action(demo.respond(demo.gatesheadRecommendation(0), "Gateshead's."), "GATESHEAD ONLY");

        String coventryFeed = feeds.read(COVENTRY_VIEWER, FeedKind.COUNCIL, Demo.COVENTRY, ROOT)
                + feeds.read(WEST_MIDLANDS_ADVISER, FeedKind.REGION, "west-midlands", ROOT);
        assertFalse(coventryFeed.contains("GATESHEAD ONLY"));
        assertFalse(coventryFeed.contains("Gateshead"));
        assertEquals(
                Set.of(Demo.COVENTRY), demo.hub.scope.councilsEntered().stream().collect(Collectors.toSet()));
    }

    static String visitOf(long challengeId) {
        return "challenge-" + challengeId + "-visit@peer-challenge-hub";
    }
}
