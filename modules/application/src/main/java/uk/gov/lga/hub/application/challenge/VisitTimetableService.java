package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.timetable.SessionKind;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSession;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSessionRepository;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The visit timetable: read by whoever may read the challenge, kept by its managers like the team is, each change
 * in the council's audit trail.
 */
@ApplicationScoped
public class VisitTimetableService {

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    VisitSessionRepository sessions;

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilDataScope scope;

    @Inject
    AuditLog audit;

    /** Local times at the council. */
    public record SessionDetails(
            SessionKind kind,
            LocalDateTime startsAt,
            LocalDateTime endsAt,
            String place,
            String who,
            Integer peopleMet) {}

    @Transactional
    public TimetableView timetable(Caller caller, long challengeId) {
        ChallengeAccess.requireRead(caller, challenge(challengeId));
        return TimetableView.of(sessions.findByChallenge(challengeId));
    }

    public TimetableView add(Caller caller, long challengeId, SessionDetails d) {
        DomainRuleViolation.require(
                d != null && d.peopleMet() != null,
                "session-people-met-required",
                "Say how many people the team met in the session (0 if none).");
        return change(caller, challengeId, "added", challenge -> {
            VisitSession session =
                    new VisitSession(challenge, d.kind(), d.startsAt(), d.endsAt(), d.place(), d.who(), d.peopleMet());
            sessions.add(session);
            return session;
        });
    }

    public TimetableView remove(Caller caller, long challengeId, long sessionId) {
        return change(caller, challengeId, "removed", challenge -> {
            VisitSession session = sessions.findById(challengeId, sessionId)
                    .orElseThrow(() -> new NotFound("There is no session " + sessionId + " in this timetable."));
            sessions.remove(session);
            return session;
        });
    }

    private interface Step {
        VisitSession apply(PeerChallenge challenge);
    }

    private TimetableView change(Caller caller, long challengeId, String action, Step step) {
        Tenant tenant =
                Tenant.managementOf(caller, councils.ofChallenge(challengeId).code());
        return scope.call(tenant, () -> {
            PeerChallenge challenge = challenge(challengeId);
            VisitSession session = step.apply(challenge);
            sessions.flush();
            TimetableView.Session recorded = TimetableView.Session.of(session);
            boolean added = action.equals("added");
            audit.record(
                    tenant,
                    "challenge.timetable-session-" + action,
                    ChallengeManagement.subject(challenge),
                    added ? null : recorded,
                    added ? recorded : null);
            return TimetableView.of(sessions.findByChallenge(challengeId));
        });
    }

    private PeerChallenge challenge(long id) {
        return challenges.findById(id).orElseThrow(() -> new NotFound("There is no peer challenge " + id + "."));
    }
}
