package uk.gov.lga.hub.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.evidence.EvidenceView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.TeamDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.workspace.PeerNote;
import uk.gov.lga.hub.domain.challenge.workspace.PeerNoteRepository;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidenceRepository;
import uk.gov.lga.hub.domain.evidence.EvidenceTarget;
import uk.gov.lga.hub.domain.theme.ThemeRepository;

/**
 * The peer team's workspace. Every call first passes the {@link WorkspaceDoor} (on the team, inside the window);
 * what the council shares is then read bound to that council read-only, and the team's notes in a transaction
 * bound to the team alone, so no council binding ever reaches them. Notes are not written to the council's audit
 * trail: the council reads its trail, and the notes are the team's.
 */
@ApplicationScoped
public class PeerWorkspace {

    /** A new note: a theme code of the challenge and the text. */
    public record NoteCommand(String theme, String text) {}

    @Inject
    WorkspaceDoor door;

    @Inject
    CouncilDataScope councilScope;

    @Inject
    TeamDataScope teamScope;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    ActionPlanRepository statements;

    @Inject
    EvidenceRepository evidence;

    @Inject
    PeerNoteRepository notes;

    @Inject
    ThemeRepository themes;

    @Inject
    Clock clock;

    public WorkspaceView workspace(Caller caller, long challengeId) {
        WorkspaceDoor.Admitted in = door.admit(caller, challengeId);
        return councilScope.call(shared(in), () -> {
            PeerChallenge challenge = challenge(challengeId);
            return new WorkspaceView(
                    challengeId,
                    in.councilName(),
                    in.state(),
                    in.state().writable(),
                    in.opensOn(),
                    in.readOnlyFrom(),
                    in.closesOn(),
                    statements
                            .positionStatementOf(challengeId)
                            .map(s -> s.body())
                            .orElse(null),
                    pack(challengeId).stream().map(EvidenceView::of).toList(),
                    challenge.scope().stream()
                            .map(t -> new WorkspaceView.ThemeChoice(t.code(), t.name()))
                            .toList());
        });
    }

    public EvidenceService.Download document(Caller caller, long challengeId, long evidenceId) {
        WorkspaceDoor.Admitted in = door.admit(caller, challengeId);
        return councilScope.call(shared(in), () -> {
            Evidence found = pack(challengeId).stream()
                    .filter(e -> e.id() == evidenceId)
                    .findFirst()
                    .orElseThrow(() -> new NotFound("There is no document " + evidenceId + " in this pack."));
            byte[] content = evidence.contentOf(evidenceId)
                    .orElseThrow(() -> new NotFound("This document is a link, not a file."));
            return new EvidenceService.Download(EvidenceView.of(found), content);
        });
    }

    public List<NoteView> notes(Caller caller, long challengeId) {
        door.admit(caller, challengeId);
        return teamScope.call(
                challengeId,
                () -> notes.findByChallenge(challengeId).stream()
                        .map(NoteView::of)
                        .toList());
    }

    /** Refused by the domain unless the workspace is open. */
    public NoteView addNote(Caller caller, long challengeId, NoteCommand command) {
        WorkspaceDoor.Admitted in = door.admit(caller, challengeId);
        return teamScope.call(challengeId, () -> {
            String code = command == null ? null : command.theme();
            PeerNote note = new PeerNote(
                    challenge(challengeId),
                    code == null ? null : themes.findByCode(code).orElse(null),
                    in.state(),
                    command == null ? null : command.text(),
                    in.actor(),
                    clock.instant());
            notes.add(note);
            return NoteView.of(note);
        });
    }

    private static Tenant shared(WorkspaceDoor.Admitted in) {
        return Tenant.peerTeamReading(in.councilCode(), in.actor());
    }

    private PeerChallenge challenge(long id) {
        return challenges.findById(id).orElseThrow(() -> new NotFound("There is no peer challenge " + id + "."));
    }

    private List<Evidence> pack(long challengeId) {
        return evidence.findByChallenge(challengeId).stream()
                .filter(e -> e.attachedTo() == EvidenceTarget.DOCUMENT_PACK)
                .toList();
    }
}
