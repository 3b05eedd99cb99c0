package uk.gov.lga.hub.application.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.fakes.InMemoryThemeRepository;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.challenge.UnconfirmedDates;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The manager's steps, at the level of their public behaviour: who may take them, staleness, the audit trail. */
class ChallengeManagementTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ChallengeManagement management = demo.hub.service(ChallengeManagement.class);

    private static ChallengeManagement.Schedule autumnVisit() {
        return new ChallengeManagement.Schedule(
                LocalDate.of(2024, 11, 4), LocalDate.of(2024, 11, 7), null, List.of("Transformation"), null);
    }

    @Test
    void aVisitInThePastIsProposedOnlyOnceTheManagerConfirmsItAndNothingIsLeftBeforeThat() {
        ChallengeManagement.Schedule lastYear = new ChallengeManagement.Schedule(
                LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 9), null, null, null);
        int audited = demo.hub.audit().size();
        UnconfirmedDates asked =
                assertThrows(UnconfirmedDates.class, () -> management.propose(MANAGER, Demo.COVENTRY, lastYear));
        assertTrue(asked.reasons().get(0).contains("in the past"), asked.getMessage());
        assertEquals(audited, demo.hub.audit().size(), "nothing proposed, nothing audited");

        ChallengeManagement.Schedule sure = new ChallengeManagement.Schedule(
                LocalDate.of(2023, 11, 6), LocalDate.of(2023, 11, 9), null, null, true);
        assertEquals(
                ChallengeStatus.PROPOSED,
                management.propose(MANAGER, Demo.COVENTRY, sure).status());
    }

    @Test
    void aManagerProposesAChallengeWhichIsAuditedInTheCouncilsTrail() {
        ChallengeDetail proposed = management.propose(MANAGER, Demo.COVENTRY, autumnVisit());

        assertEquals(ChallengeStatus.PROPOSED, proposed.status());
        assertEquals(Demo.COVENTRY, proposed.council().code());
        assertTrue(proposed.scope().stream().anyMatch(t -> t.name().equals("Transformation")), "focus area in scope");
        assertEquals(List.of(Demo.COVENTRY), demo.hub.scope.councilsEntered());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "pc-manager", "challenge.proposed");
        assertTrue(entry.subject().startsWith("peer challenge " + proposed.id()), entry.subject());
        assertNull(entry.before());
        assertTrue(entry.after().contains("PROPOSED"), entry.after());
    }

    @Test
    void councilUsersAndAdvisersMayNotRunChallenges() {
        expect.refusedAsDenied(() -> management.propose(COVENTRY_EDITOR, Demo.COVENTRY, autumnVisit()));
        expect.refusedAsDenied(() -> management.propose(WEST_MIDLANDS_ADVISER, Demo.COVENTRY, autumnVisit()));
        PeerChallenge drafting = demo.proposedAtCoventry();
        expect.refusedAsDenied(
                () -> management.move(COVENTRY_EDITOR, drafting.id(), drafting.version(), ChallengeStatus.SCHEDULED));
        assertEquals(3, demo.hub.challenges().size(), "nothing was proposed");
    }

    @Test
    void aStepBasedOnTheCurrentVersionIsTakenAndAuditedWithBeforeAndAfter() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        long read = challenge.version();

        ChallengeDetail moved = management.move(LGA_ADMIN, challenge.id(), read, ChallengeStatus.SCHEDULED);

        assertEquals(ChallengeStatus.SCHEDULED, moved.status());
        assertEquals(read + 1, moved.version());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "lga-admin", "challenge.moved");
        assertTrue(entry.before().contains("PROPOSED") && entry.after().contains("SCHEDULED"), entry.after());
    }

    @Test
    void aChangeToAPartOfTheChallengeStillMovesItsVersionOn() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        long read = challenge.version();

        ChallengeDetail added = management.addTeamMember(
                MANAGER,
                challenge.id(),
                read,
                ChallengeManagement.TeamMemberDetails.typedIn(
                        "Sam Peer", TeamRole.MEMBER_PEER, "Leader", "Elsewhere", null, "peer-sam"));

        assertEquals(read + 1, added.version());
        assertEquals(1, added.team().size());
        assertTrue(added.team().get(0).id() > 0, "the new member has an id");
    }

    @Test
    void aStepBasedOnAnOldVersionIsRefusedWithTheCurrentChallengeAndChangesNothing() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        long read = challenge.version();
        management.move(MANAGER, challenge.id(), read, ChallengeStatus.SCHEDULED);

        ChallengeDetail current = expect.refusedAsStale(
                ChallengeDetail.class,
                () -> management.move(LGA_ADMIN, challenge.id(), read, ChallengeStatus.POSTPONED));

        assertEquals(ChallengeStatus.SCHEDULED, current.status());
        assertEquals(ChallengeStatus.SCHEDULED, challenge.status());
        assertEquals(read + 1, challenge.version());
    }

    @Test
    void aStepTheDomainRefusesWritesNoAuditEntryAndLeavesTheVersion() {
        PeerChallenge challenge = demo.proposedAtCoventry();
        long read = challenge.version();

        assertThrows(
                DomainRuleViolation.class,
                () -> management.issueReport(MANAGER, challenge.id(), read, LocalDate.of(2024, 12, 1)));

        assertEquals(ChallengeStatus.PROPOSED, challenge.status());
        assertEquals(read, challenge.version());
        expect.nothingAudited();
    }

    @Test
    void anImportedReportBecomesAChallengeReadyToIssueInOneStep() {
        ChallengeDetail imported = management.importChallenge(
                MANAGER,
                Demo.GATESHEAD,
                new ChallengeManagement.ImportedChallenge(
                        autumnVisit(),
                        List.of(),
                        new ChallengeManagement.ReportText("Gateshead has strong partnerships.", null),
                        List.of(new ChallengeManagement.RecommendationText(
                                "1", "Housing", "Build more homes.", List.of(InMemoryThemeRepository.PRIORITIES)))));

        assertEquals(ChallengeStatus.REPORT_DRAFTING, imported.status());
        assertEquals(1, imported.recommendations().size());
        expect.oneEntry(Demo.GATESHEAD, "pc-manager", "challenge.imported");
    }

    @Test
    void anImportWithARecommendationOnAnUnknownThemeLeavesNothingBehind() {
        assertThrows(
                DomainRuleViolation.class,
                () -> management.importChallenge(
                        MANAGER,
                        Demo.GATESHEAD,
                        new ChallengeManagement.ImportedChallenge(
                                autumnVisit(),
                                List.of(),
                                null,
                                List.of(new ChallengeManagement.RecommendationText(
                                        "1", "Housing", "Build.", List.of("no-such-theme"))))));

        assertEquals(2, demo.hub.challenges().size());
        expect.nothingAudited();
    }

    @Test
    void aRecordedPublicationFreezesTheReportForThePublic() {
        PeerChallenge issued = demo.coventryChallenge;

        management.publish(
                MANAGER,
                issued.id(),
                issued.version(),
                new ChallengeManagement.PublicationRecord(
                        PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 2), "https://coventry.gov.uk/cpc"));

        PublicReports.Listing listing =
                demo.hub.service(PublicReports.class).all().get(0);
        assertEquals(Demo.COVENTRY, listing.councilCode());
        assertTrue(demo.hub
                .service(PublicReports.class)
                .report(listing.id())
                .content()
                .toString()
                .contains("Coventry City Council is an ambitious place."));
        expect.oneEntry(Demo.COVENTRY, "pc-manager", "challenge.publication-recorded");
    }

    @Test
    void anUnknownChallengeIsNotFound() {
        expect.refusedAsNotFound(() -> management.move(MANAGER, 999_999L, 1L, ChallengeStatus.SCHEDULED));
    }

    @Test
    void aFeedbackReportAndItsProgressReviewReportLinkToEachOtherOncePublished() {
        long id = demo.coventryChallenge.id();
        PublicReports reports = demo.hub.service(PublicReports.class);
        management.publish(
                MANAGER,
                id,
                null,
                new ChallengeManagement.PublicationRecord(
                        PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 4, 2), "https://coventry.gov.uk/cpc"));
        long feedback = reports.all().get(0).id();
        assertNull(reports.report(feedback).related(), "no progress review report yet");

        management.scheduleProgressReview(MANAGER, id, null, LocalDate.of(2024, 11, 12), true);
        management.recordProgressReview(
                MANAGER,
                id,
                null,
                new ChallengeManagement.ProgressReviewRecord(
                        LocalDate.of(2024, 11, 12), List.of("Pam Smith"), "Good progress.", List.of()));
        management.publish(
                MANAGER,
                id,
                null,
                new ChallengeManagement.PublicationRecord(
                        PublicationKind.PROGRESS_REVIEW_REPORT,
                        LocalDate.of(2025, 1, 10),
                        "https://coventry.gov.uk/cpc-review"));
        long review = reports.all().stream()
                .filter(r -> r.kind() == PublicationKind.PROGRESS_REVIEW_REPORT)
                .findFirst()
                .orElseThrow()
                .id();

        assertEquals(review, reports.report(feedback).related().id());
        assertEquals(feedback, reports.report(review).related().id());
    }
}
