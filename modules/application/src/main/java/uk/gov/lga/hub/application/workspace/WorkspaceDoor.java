package uk.gov.lga.hub.application.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.security.AccessDenied;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.ChallengeAccess;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceState;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceWindow;

/**
 * Who may enter a challenge's workspace, and when: a peer or the peer challenge manager on the challenge's own team,
 * while the window (the domain's {@link WorkspaceWindow}) shows it. Whoever may not read the challenge at all is
 * told nothing is there (404); anyone else who knows the challenge (its council, its adviser, other LGA staff) is
 * refused (403); so is the team outside the window, with the dates.
 */
@ApplicationScoped
@Transactional
public class WorkspaceDoor {

    /** The caller let in, with the day's state of the workspace. */
    public record Admitted(
            long challengeId,
            String councilCode,
            String councilName,
            String actor,
            WorkspaceState state,
            LocalDate opensOn,
            LocalDate readOnlyFrom,
            LocalDate closesOn,
            boolean onTeam) {}

    /** A challenge whose team the caller is on, and where its workspace stands today. */
    public record Entry(long challengeId, String councilName, LocalDate visitStart, WorkspaceState state) {}

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.workspace.opens-weeks-before", defaultValue = "6")
    int opensWeeksBefore;

    @Inject
    @ConfigProperty(name = "hub.workspace.closes-months-after", defaultValue = "3")
    int closesMonthsAfter;

    public WorkspaceWindow window() {
        return new WorkspaceWindow(opensWeeksBefore, closesMonthsAfter);
    }

    public Admitted admit(Caller caller, long challengeId) {
        return admit(caller, challengeId, false);
    }

    /**
     * As {@link #admit}, and an LGA administrator too, who stands in for the manager on the team's draft report
     * (reads it, returns it, takes it into the report) whatever the window says: the window is the team's time.
     */
    public Admitted admitToDraft(Caller caller, long challengeId) {
        return admit(caller, challengeId, true);
    }

    private Admitted admit(Caller caller, long challengeId, boolean administratorToo) {
        PeerChallenge challenge = challenges
                .findById(challengeId)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
        ChallengeAccess.requireRead(caller, challenge);
        boolean onTeam = onTeam(caller, challenge);
        boolean administrator =
                !onTeam && administratorToo && caller.hasRole(Role.LGA_ADMIN) && !caller.isCouncilUser();
        if (!onTeam && !administrator) {
            throw new AccessDenied("Only the challenge's peer team uses its workspace.");
        }
        WorkspaceWindow window = window();
        LocalDate today = LocalDate.now(clock);
        WorkspaceState state = window.stateOf(challenge, today);
        LocalDate opensOn = window.opensOn(challenge.visit().startDate());
        LocalDate issued = challenge.report().issuedOn();
        LocalDate closesOn = window.closesOn(issued).orElse(null);
        if (onTeam && state == WorkspaceState.OPENS_LATER) {
            throw new WorkspaceShut("The workspace for this challenge opens on " + opensOn + ".");
        }
        if (onTeam && state == WorkspaceState.CLOSED) {
            throw new WorkspaceShut("The workspace for this challenge closed on " + closesOn + ".");
        }
        return new Admitted(
                challengeId,
                challenge.council().code(),
                challenge.council().name(),
                caller.username(),
                state,
                opensOn,
                issued,
                closesOn,
                onTeam);
    }

    /** The workspaces of the challenges whose team the caller is on, most recent visit first (none for others). */
    public java.util.List<Entry> ofCaller(Caller caller) {
        if (caller.isCouncilUser() || !(caller.hasRole(Role.PEER) || caller.hasRole(Role.PEER_CHALLENGE_MANAGER))) {
            return java.util.List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return challenges.withTeamMember(caller.username()).stream()
                .map(c -> new Entry(c.id(), c.council().name(), c.visit().startDate(), window().stateOf(c, today)))
                .toList();
    }

    /** The team's peers and its manager, by the user name on the team; never a council's own user. */
    static boolean onTeam(Caller caller, PeerChallenge challenge) {
        boolean teamRole = caller.hasRole(Role.PEER) || caller.hasRole(Role.PEER_CHALLENGE_MANAGER);
        return teamRole && !caller.isCouncilUser() && challenge.grantsReadTo(caller.username());
    }
}
