package uk.gov.lga.hub.application.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.committee.Considered;

class CommitteeServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final CommitteeService service = demo.hub.service(CommitteeService.class);
    private final long coventry = demo.coventryChallenge.id();

    private static MeetingCommand cabinet(String resolution, Long version) {
        return new MeetingCommand(
                "Cabinet",
                LocalDate.of(2024, 4, 10),
                Considered.FEEDBACK_REPORT,
                resolution,
                "https://coventry.gov.uk/minutes",
                version);
    }

    private MeetingView recorded() {
        return service.add(COVENTRY_EDITOR, coventry, cabinet("Noted.", null));
    }

    @Test
    void anEditorRecordsAMeetingWithOneAuditEntry() {
        MeetingView meeting = recorded();

        assertEquals(1, meeting.version());
        assertEquals(1, service.meetings(LGA_ADMIN, coventry).size());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "meeting.added");
        assertEquals("Cabinet meeting (challenge " + coventry + ")", entry.subject());
        assertTrue(entry.after().contains("Noted."), entry.after());
    }

    @Test
    void aRevisionQuotingTheCurrentVersionIsSavedAndAudited() {
        MeetingView meeting = recorded();

        MeetingView revised = service.revise(COVENTRY_EDITOR, coventry, meeting.id(), cabinet("Agreed.", 1L));

        assertEquals("Agreed.", revised.resolution());
        assertEquals(2, revised.version());
        AuditEvent entry = demo.hub.audit().get(1);
        assertEquals("meeting.revised", entry.action());
        assertTrue(entry.before().contains("Noted.") && entry.after().contains("Agreed."), entry.after());
    }

    @Test
    void aRevisionQuotingAnOldVersionIsRefusedWithTheCurrentMeetingAndChangesNothing() {
        MeetingView meeting = recorded();
        service.revise(COVENTRY_EDITOR, coventry, meeting.id(), cabinet("A colleague's words.", 1L));
        int entries = demo.hub.audit().size();

        MeetingView current = expect.refusedAsStale(
                MeetingView.class, () -> service.revise(COVENTRY_EDITOR, coventry, meeting.id(), cabinet("Mine.", 1L)));

        assertEquals("A colleague's words.", current.resolution());
        assertEquals("A colleague's words.", demo.hub.meetings().get(0).resolution());
        assertEquals(entries, demo.hub.audit().size());
    }

    @Test
    void aRemovedMeetingIsGoneButTheAuditTrailKeepsWhatItSaid() {
        MeetingView meeting = recorded();

        service.remove(COVENTRY_EDITOR, coventry, meeting.id());

        assertTrue(demo.hub.meetings().isEmpty());
        AuditEvent entry = demo.hub.audit().get(1);
        assertEquals("meeting.removed", entry.action());
        assertTrue(entry.before().contains("Noted."), entry.before());
        assertNull(entry.after());
    }

    @Test
    void aMeetingNamedUnderAnotherChallengeIsNotFound() {
        MeetingView meeting = recorded();
        long later = demo.proposedAtCoventry().id();

        expect.refusedAsNotFound(() -> service.remove(COVENTRY_EDITOR, later, meeting.id()));
        assertEquals(1, demo.hub.meetings().size());
    }

    @Test
    void aViewerReadsMeetingsButMayNotChangeThem() {
        MeetingView meeting = recorded();

        assertEquals(1, service.meetings(COVENTRY_VIEWER, coventry).size());
        expect.refusedAsDenied(() -> service.remove(COVENTRY_VIEWER, coventry, meeting.id()));
        expect.refusedAsDenied(() -> service.add(LGA_ADMIN, coventry, cabinet("No.", null)));
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        MeetingView meeting = recorded();

        expect.refusedAsNotVisible(() -> service.revise(GATESHEAD_EDITOR, coventry, meeting.id(), cabinet("x", 1L)));
        expect.refusedAsNotVisible(() -> service.meetings(NORTH_EAST_ADVISER, coventry));
    }
}
