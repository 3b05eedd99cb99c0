package uk.gov.lga.hub.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.TeamDataScope;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSession;
import uk.gov.lga.hub.domain.challenge.timetable.VisitSessionRepository;
import uk.gov.lga.hub.domain.challenge.timetable.VisitTimetable;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftChange;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftReport;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftReportRepository;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftRole;
import uk.gov.lga.hub.domain.challenge.workspace.draft.StaleSection;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The feedback report as the peer team drafts it in its workspace. Every call passes the {@link WorkspaceDoor}
 * (the team inside its window, or an LGA administrator standing in for the manager) and then works in a
 * transaction bound to the team alone, like the notes: no council binding ever reaches the draft. Its changes are
 * audited in its own trail ({@code draft_change}, behind the same wall) rather than the council's, which the
 * council reads; taking it into the report is a change to the council's report, audited there.
 */
@ApplicationScoped
public class TeamDraft {

    /** A section's new text. */
    public record DraftSectionText(String text) {}

    @Inject
    WorkspaceDoor door;

    @Inject
    TeamDataScope teamScope;

    @Inject
    DraftReportRepository drafts;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    VisitSessionRepository sessions;

    @Inject
    ChallengeManagement management;

    @Inject
    Clock clock;

    public DraftView draft(Caller caller, long challengeId) {
        WorkspaceDoor.Admitted in = door.admitToDraft(caller, challengeId);
        DraftRole role = roleOf(caller, in);
        return teamScope.call(challengeId, () -> {
            DraftReport draft = drafts.findByChallenge(challengeId).orElseGet(() -> started(challengeId));
            draft.coverScope();
            return DraftView.of(challengeId, draft, role, in.state());
        });
    }

    /** {@code basedOn} is the section's version the writer read; a later one saved meanwhile is a 409. */
    public DraftView save(Caller caller, long challengeId, String sectionKey, Long basedOn, DraftSectionText body) {
        WorkspaceDoor.Admitted in = door.admitToDraft(caller, challengeId);
        DraftRole role = requireTeam(caller, in, "writes");
        DomainRuleViolation.require(
                basedOn != null,
                "draft-version-required",
                "Say in If-Match which version of the section you read (0 for one never saved).");
        try {
            return teamScope.call(challengeId, () -> {
                DraftReport draft = stored(challengeId);
                DraftChange saved = draft.save(
                        sectionKey,
                        basedOn,
                        body == null ? null : body.text(),
                        role,
                        in.state(),
                        in.actor(),
                        clock.instant());
                drafts.record(saved);
                drafts.flush();
                return DraftView.of(challengeId, draft, role, in.state());
            });
        } catch (StaleSection stale) {
            throw new StaleRecord(stale.getMessage(), DraftView.DraftSectionView.of(stale.current()));
        }
    }

    /** The section's saved versions, newest first, each with its writer and whole text. */
    public List<DraftChangeView> history(Caller caller, long challengeId, String sectionKey) {
        door.admitToDraft(caller, challengeId);
        return teamScope.call(challengeId, () -> {
            DraftReport draft = drafts.findByChallenge(challengeId).orElseGet(() -> started(challengeId));
            if (draft.sections().stream().noneMatch(s -> s.key().equals(sectionKey))) {
                throw new NotFound("This draft has no section " + sectionKey + ".");
            }
            return drafts.changes(challengeId, sectionKey).stream()
                    .map(DraftChangeView::of)
                    .toList();
        });
    }

    public DraftView handOver(Caller caller, long challengeId) {
        WorkspaceDoor.Admitted in = door.admitToDraft(caller, challengeId);
        DraftRole role = requireTeam(caller, in, "hands over");
        return teamScope.call(challengeId, () -> {
            DraftReport draft = stored(challengeId);
            drafts.record(draft.handOver(role, in.state(), in.actor(), clock.instant()));
            return DraftView.of(challengeId, draft, role, in.state());
        });
    }

    public DraftView returnToTeam(Caller caller, long challengeId) {
        WorkspaceDoor.Admitted in = door.admitToDraft(caller, challengeId);
        DraftRole role = requireManaging(caller, in, "returns");
        return teamScope.call(challengeId, () -> {
            DraftReport draft = stored(challengeId);
            drafts.record(draft.returnToTeam(role, in.state(), in.actor(), clock.instant()));
            return DraftView.of(challengeId, draft, role, in.state());
        });
    }

    /**
     * The handed-over draft's words into the challenge's feedback report, through the manager's own report-writing
     * step ({@code basedOn}: the challenge's version, as for writing the report). The report's change lands first,
     * in the council's transaction; the draft's trail records it after.
     */
    public ChallengeDetail takeIntoReport(Caller caller, long challengeId, Long basedOn) {
        WorkspaceDoor.Admitted in = door.admitToDraft(caller, challengeId);
        DraftRole role = requireManaging(caller, in, "takes into the feedback report");
        return teamScope.call(challengeId, () -> {
            DraftReport draft = drafts.findByChallenge(challengeId).orElseGet(() -> started(challengeId));
            DraftChange taken = draft.takeIntoReport(role, in.actor(), clock.instant());
            draft.sections(); // loaded here: the report's transaction below cannot reach the team's rows
            ChallengeDetail report = management.writeReportFromDraft(caller, challengeId, basedOn, draft::wordsOver);
            drafts.record(taken);
            return report;
        });
    }

    /** The draft, saved now if this is its first change. */
    private DraftReport stored(long challengeId) {
        return drafts.findByChallenge(challengeId)
                .map(draft -> {
                    draft.coverScope();
                    return draft;
                })
                .orElseGet(() -> {
                    DraftReport draft = started(challengeId);
                    drafts.add(draft);
                    return draft;
                });
    }

    /** A draft not yet saved: the introduction starts with the timetable's paragraph, when there is a timetable. */
    private DraftReport started(long challengeId) {
        PeerChallenge challenge = challenges
                .findById(challengeId)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
        List<VisitSession> timetable = sessions.findByChallenge(challengeId);
        return DraftReport.startFor(
                challenge,
                timetable.isEmpty() ? null : VisitTimetable.of(timetable).paragraph());
    }

    /** The manager is the peer challenge manager on the team; an administrator is let in only off the team. */
    private static DraftRole roleOf(Caller caller, WorkspaceDoor.Admitted in) {
        if (!in.onTeam()) {
            return DraftRole.ADMINISTRATOR;
        }
        return caller.hasRole(Role.PEER_CHALLENGE_MANAGER) ? DraftRole.MANAGER : DraftRole.PEER;
    }

    private static DraftRole requireTeam(Caller caller, WorkspaceDoor.Admitted in, String what) {
        DraftRole role = roleOf(caller, in);
        if (role == DraftRole.ADMINISTRATOR) {
            throw new AccessDenied("Only the challenge's peer team " + what + " its draft report.");
        }
        return role;
    }

    private static DraftRole requireManaging(Caller caller, WorkspaceDoor.Admitted in, String what) {
        DraftRole role = roleOf(caller, in);
        if (role == DraftRole.PEER) {
            throw new AccessDenied("Only the challenge's peer challenge manager " + what + " the draft report.");
        }
        return role;
    }
}
