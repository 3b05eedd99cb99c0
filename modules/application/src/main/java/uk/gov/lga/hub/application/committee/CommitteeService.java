package uk.gov.lga.hub.application.committee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import uk.gov.lga.hub.application.actionplan.ActionPlans;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.committee.CommitteeMeeting;
import uk.gov.lga.hub.domain.committee.CommitteeMeetingRepository;

/** The committee meetings that considered a challenge's report, action plan or progress review. */
@ApplicationScoped
public class CommitteeService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ActionPlans plans;

    @Inject
    CommitteeMeetingRepository meetings;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<MeetingView> meetings(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(
                tenant,
                () -> meetings.findByChallenge(challengeId).stream()
                        .map(MeetingView::of)
                        .toList());
    }

    public MeetingView add(Caller caller, long challengeId, MeetingCommand m) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            CommitteeMeeting meeting = new CommitteeMeeting(
                    plans.challenge(challengeId),
                    m.committee(),
                    m.metOn(),
                    m.considered(),
                    m.resolution(),
                    m.minutesUrl(),
                    tenant.actor(),
                    clock.instant());
            meetings.add(meeting);
            meetings.flush();
            audit.record(tenant, "meeting.added", subject(meeting), null, MeetingView.of(meeting));
            return MeetingView.of(meeting);
        });
    }

    public MeetingView revise(Caller caller, long challengeId, long meetingId, MeetingCommand m) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            CommitteeMeeting meeting = find(challengeId, meetingId);
            StaleRecord.requireCurrent(m.version(), meeting.version(), "this meeting", () -> MeetingView.of(meeting));
            MeetingView before = MeetingView.of(meeting);
            meeting.revise(
                    m.committee(),
                    m.metOn(),
                    m.considered(),
                    m.resolution(),
                    m.minutesUrl(),
                    tenant.actor(),
                    clock.instant());
            meetings.flush();
            audit.record(tenant, "meeting.revised", subject(meeting), before, MeetingView.of(meeting));
            return MeetingView.of(meeting);
        });
    }

    /** A meeting recorded by mistake can go; the audit trail keeps what it said. */
    public void remove(Caller caller, long challengeId, long meetingId) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        scope.call(tenant, () -> {
            CommitteeMeeting meeting = find(challengeId, meetingId);
            MeetingView before = MeetingView.of(meeting);
            meetings.remove(meeting);
            meetings.flush();
            audit.record(tenant, "meeting.removed", subject(meeting), before, null);
            return null;
        });
    }

    private CommitteeMeeting find(long challengeId, long meetingId) {
        return meetings.findById(meetingId)
                .filter(m -> m.challenge().id() == challengeId)
                .orElseThrow(() -> new NotFound("There is no meeting " + meetingId + " for this challenge."));
    }

    private static String subject(CommitteeMeeting meeting) {
        return meeting.committee() + " meeting (challenge "
                + meeting.challenge().id() + ")";
    }
}
