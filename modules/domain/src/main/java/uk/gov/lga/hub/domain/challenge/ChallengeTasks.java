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
public record ChallengeTasks(List<ChallengeTask> tasks) {

    /** The parts of running a challenge, in the order they are done. */
    public enum TaskPart {
        VISIT_AND_SCOPE,
        PEER_TEAM,
        REPORT,
        ISSUE,
        PUBLICATIONS,
        PROGRESS_REVIEW
    }

    public enum TaskState {
        CANNOT_START_YET,
        NOT_STARTED,
        IN_PROGRESS,
        COMPLETED,
        /** The challenge was cancelled or closed before this part. */
        NOT_NEEDED
    }

    public enum TaskActor {
        MANAGER,
        COUNCIL
    }

    /** @param deadline the date the part should be done by, where there is one */
    public record ChallengeTask(TaskPart part, TaskState state, LocalDate deadline, TaskActor whoActs) {

        public boolean open() {
            return state == TaskState.NOT_STARTED || state == TaskState.IN_PROGRESS;
        }
    }

    /** A team that can run a challenge: a lead peer, a member peer and the LGA's manager, with officer peers. */
    private static final Set<TeamRole> CORE_ROLES = EnumSet.allOf(TeamRole.class);

    public static ChallengeTasks of(PeerChallenge challenge, List<Deadline> deadlines) {
        ChallengeStatus status = challenge.status();
        List<ChallengeTask> tasks = List.of(
                new ChallengeTask(
                        TaskPart.VISIT_AND_SCOPE,
                        visit(status),
                        challenge.visit().startDate(),
                        TaskActor.MANAGER),
                new ChallengeTask(
                        TaskPart.PEER_TEAM, team(challenge), challenge.visit().startDate(), TaskActor.MANAGER),
                new ChallengeTask(TaskPart.REPORT, report(challenge), null, TaskActor.MANAGER),
                new ChallengeTask(TaskPart.ISSUE, issue(challenge), null, TaskActor.MANAGER),
                new ChallengeTask(
                        TaskPart.PUBLICATIONS, publications(challenge), publicationsDue(deadlines), TaskActor.COUNCIL),
                new ChallengeTask(
                        TaskPart.PROGRESS_REVIEW,
                        progressReview(challenge),
                        challenge.progressReview().isPresent() ? ProgressReview.latestDate(challenge.visit()) : null,
                        status == ChallengeStatus.PROGRESS_REVIEW_HELD ? TaskActor.COUNCIL : TaskActor.MANAGER));
        return new ChallengeTasks(
                tasks.stream().map(t -> finishedBefore(status, t)).toList());
    }

    /** The first part that can be worked on now; none while waiting for the visit, or once finished. */
    public Optional<ChallengeTask> next() {
        return tasks.stream().filter(ChallengeTask::open).findFirst();
    }

    public ChallengeTask of(TaskPart part) {
        return tasks.stream().filter(t -> t.part() == part).findFirst().orElseThrow();
    }

    /** Only ever cancelled before the visit, so a cancelled challenge's visit and team never happened. */
    private static boolean beforeVisit(ChallengeStatus status) {
        return status.visitAhead() || status == ChallengeStatus.CANCELLED;
    }

    private static TaskState visit(ChallengeStatus status) {
        return status == ChallengeStatus.SCHEDULED || !beforeVisit(status)
                ? TaskState.COMPLETED
                : TaskState.IN_PROGRESS;
    }

    /** The team that went on site is the team; before that it is complete once every role is filled. */
    private static TaskState team(PeerChallenge challenge) {
        if (!beforeVisit(challenge.status())) {
            return TaskState.COMPLETED;
        }
        Set<TeamRole> filled = EnumSet.noneOf(TeamRole.class);
        challenge.team().forEach(m -> filled.add(m.role()));
        return filled.containsAll(CORE_ROLES)
                ? TaskState.COMPLETED
                : filled.isEmpty() ? TaskState.NOT_STARTED : TaskState.IN_PROGRESS;
    }

    private static boolean written(PeerChallenge challenge) {
        String summary = challenge.report().executiveSummary();
        return summary != null
                && !summary.isBlank()
                && !challenge.recommendations().isEmpty();
    }

    private static TaskState report(PeerChallenge challenge) {
        ChallengeStatus status = challenge.status();
        boolean begun = challenge.report().executiveSummary() != null
                || !challenge.report().themeFeedback().isEmpty()
                || !challenge.recommendations().isEmpty();
        if (status.reportIssued()) {
            return TaskState.COMPLETED;
        }
        if (begun) {
            return written(challenge) ? TaskState.COMPLETED : TaskState.IN_PROGRESS;
        }
        return status.visitAhead() ? TaskState.CANNOT_START_YET : TaskState.NOT_STARTED;
    }

    private static TaskState issue(PeerChallenge challenge) {
        if (challenge.status().reportIssued()) {
            return TaskState.COMPLETED;
        }
        return challenge.allowedSteps().contains(ChallengeStep.ISSUE_REPORT) && written(challenge)
                ? TaskState.NOT_STARTED
                : TaskState.CANNOT_START_YET;
    }

    private static TaskState publications(PeerChallenge challenge) {
        if (!challenge.status().reportIssued()) {
            return TaskState.CANNOT_START_YET;
        }
        boolean report = challenge.publication(PublicationKind.FEEDBACK_REPORT).isPresent();
        boolean plan = challenge.publication(PublicationKind.ACTION_PLAN).isPresent();
        return report && plan ? TaskState.COMPLETED : report || plan ? TaskState.IN_PROGRESS : TaskState.NOT_STARTED;
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

    private static TaskState progressReview(PeerChallenge challenge) {
        ChallengeStatus status = challenge.status();
        if (challenge.publication(PublicationKind.PROGRESS_REVIEW_REPORT).isPresent()) {
            return TaskState.COMPLETED;
        }
        if (status == ChallengeStatus.PROGRESS_REVIEW_SCHEDULED || status == ChallengeStatus.PROGRESS_REVIEW_HELD) {
            return TaskState.IN_PROGRESS;
        }
        return status.progressReviewSchedulable() ? TaskState.NOT_STARTED : TaskState.CANNOT_START_YET;
    }

    /** Once a challenge is cancelled or closed, what was not done is no longer needed. */
    private static ChallengeTask finishedBefore(ChallengeStatus status, ChallengeTask task) {
        return status.finished() && task.state() != TaskState.COMPLETED
                ? new ChallengeTask(task.part(), TaskState.NOT_NEEDED, null, task.whoActs())
                : task;
    }
}
