package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Running a challenge as a task list (the GOV.UK pattern): each part, whether it can start, how far it has got,
 * its deadline and who must act. Read from the challenge as it stands; the overview page and the API show it.
 */
public record ChallengeTasks(List<Task> tasks) {

    /** The parts of running a challenge, in the order they are done. */
    public enum Part {
        VISIT_AND_SCOPE,
        PEER_TEAM,
        REPORT,
        ISSUE,
        PUBLICATIONS,
        PROGRESS_REVIEW
    }

    public enum State {
        CANNOT_START_YET,
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED,
        /** The challenge was cancelled or closed before this part. */
        NOT_NEEDED
    }

    public enum Actor {
        MANAGER,
        COUNCIL
    }

    /** @param deadline the date the part should be done by, where there is one */
    public record Task(Part part, State state, LocalDate deadline, Actor whoActs) {

        public boolean open() {
            return state == State.NOT_STARTED || state == State.IN_PROGRESS;
        }
    }

    /** A team that can run a challenge: a lead peer, a member peer and the LGA's manager, with officer peers. */
    private static final Set<TeamRole> CORE_ROLES = EnumSet.allOf(TeamRole.class);

    public static ChallengeTasks of(PeerChallenge challenge, List<Deadline> deadlines) {
        ChallengeStatus status = challenge.status();
        List<Task> tasks = List.of(
                new Task(Part.VISIT_AND_SCOPE, visit(status), challenge.visit().startDate(), Actor.MANAGER),
                new Task(Part.PEER_TEAM, team(challenge), challenge.visit().startDate(), Actor.MANAGER),
                new Task(Part.REPORT, report(challenge), null, Actor.MANAGER),
                new Task(Part.ISSUE, issue(challenge), null, Actor.MANAGER),
                new Task(Part.PUBLICATIONS, publications(challenge), publicationsDue(deadlines), Actor.COUNCIL),
                new Task(
                        Part.PROGRESS_REVIEW,
                        progressReview(challenge),
                        challenge.progressReview().isPresent() ? ProgressReview.latestDate(challenge.visit()) : null,
                        status == ChallengeStatus.PROGRESS_REVIEW_HELD ? Actor.COUNCIL : Actor.MANAGER));
        return new ChallengeTasks(
                tasks.stream().map(t -> finishedBefore(status, t)).toList());
    }

    /** The first part that can be worked on now; none while waiting for the visit, or once finished. */
    public Optional<Task> next() {
        return tasks.stream().filter(Task::open).findFirst();
    }

    public Task of(Part part) {
        return tasks.stream().filter(t -> t.part() == part).findFirst().orElseThrow();
    }

    /** Only ever cancelled before the visit, so a cancelled challenge's visit and team never happened. */
    private static boolean beforeVisit(ChallengeStatus status) {
        return status.visitAhead() || status == ChallengeStatus.CANCELLED;
    }

    private static State visit(ChallengeStatus status) {
        return status == ChallengeStatus.SCHEDULED || !beforeVisit(status) ? State.COMPLETED : State.IN_PROGRESS;
    }

    /** The team that went on site is the team; before that it is complete once every role is filled. */
    private static State team(PeerChallenge challenge) {
        if (!beforeVisit(challenge.status())) {
            return State.COMPLETED;
        }
        Set<TeamRole> filled = EnumSet.noneOf(TeamRole.class);
        challenge.team().forEach(m -> filled.add(m.role()));
        return filled.containsAll(CORE_ROLES)
                ? State.COMPLETED
                : filled.isEmpty() ? State.NOT_STARTED : State.IN_PROGRESS;
    }

    private static boolean written(PeerChallenge challenge) {
        String summary = challenge.report().executiveSummary();
        return summary != null
                && !summary.isBlank()
                && !challenge.recommendations().isEmpty();
    }

    private static State report(PeerChallenge challenge) {
        ChallengeStatus status = challenge.status();
        boolean begun = challenge.report().executiveSummary() != null
                || !challenge.report().themeFeedback().isEmpty()
                || !challenge.recommendations().isEmpty();
        if (status.reportIssued()) {
            return State.COMPLETED;
        }
        if (begun) {
            return written(challenge) ? State.COMPLETED : State.IN_PROGRESS;
        }
        return status.visitAhead() ? State.CANNOT_START_YET : State.NOT_STARTED;
    }

    private static State issue(PeerChallenge challenge) {
        if (challenge.status().reportIssued()) {
            return State.COMPLETED;
        }
        return challenge.allowedSteps().contains(ChallengeStep.ISSUE_REPORT) && written(challenge)
                ? State.NOT_STARTED
                : State.CANNOT_START_YET;
    }

    private static State publications(PeerChallenge challenge) {
        if (!challenge.status().reportIssued()) {
            return State.CANNOT_START_YET;
        }
        boolean report = challenge.publication(PublicationKind.FEEDBACK_REPORT).isPresent();
        boolean plan = challenge.publication(PublicationKind.ACTION_PLAN).isPresent();
        return report && plan ? State.COMPLETED : report || plan ? State.IN_PROGRESS : State.NOT_STARTED;
    }

    /** The soonest of the feedback report's and the action plan's clocks still running. */
    private static LocalDate publicationsDue(List<Deadline> deadlines) {
        return deadlines.stream()
                .filter(d -> d.kind() != PublicationKind.PROGRESS_REVIEW_REPORT && d.done() == null)
                .map(Deadline::due)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
    }

    private static State progressReview(PeerChallenge challenge) {
        ChallengeStatus status = challenge.status();
        if (challenge.publication(PublicationKind.PROGRESS_REVIEW_REPORT).isPresent()) {
            return State.COMPLETED;
        }
        if (status == ChallengeStatus.PROGRESS_REVIEW_SCHEDULED || status == ChallengeStatus.PROGRESS_REVIEW_HELD) {
            return State.IN_PROGRESS;
        }
        return status.progressReviewSchedulable() ? State.NOT_STARTED : State.CANNOT_START_YET;
    }

    /** Once a challenge is cancelled or closed, what was not done is no longer needed. */
    private static Task finishedBefore(ChallengeStatus status, Task task) {
        return status.finished() && task.state() != State.COMPLETED
                ? new Task(task.part(), State.NOT_NEEDED, null, task.whoActs())
                : task;
    }
}
