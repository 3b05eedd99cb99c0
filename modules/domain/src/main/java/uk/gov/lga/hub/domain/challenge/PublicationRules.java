package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The LGA's publication clocks, in months after the last on-site day: the feedback report and the action plan
 * within three, the action plan at the latest within five, the progress review report within twelve.
 * Configurable because the LGA changes them; {@link #LGA_CURRENT} is today's.
 */
public record PublicationRules(
        int reportMonths, int actionPlanMonths, int actionPlanLatestMonths, int progressReviewReportMonths) {

    public static final PublicationRules LGA_CURRENT = new PublicationRules(3, 3, 5, 12);

    public PublicationRules {
        DomainRuleViolation.require(
                reportMonths > 0
                        && actionPlanMonths > 0
                        && progressReviewReportMonths > 0
                        && actionPlanLatestMonths >= actionPlanMonths,
                "publication-rules-invalid",
                "Publication deadlines must be positive, and the action plan's latest date not before its target.");
    }

    /**
     * Each publication clock of a challenge as it stands on the given day, from plain facts (so dashboards can
     * compute them without loading the challenge): none before the visit ends or for a cancelled challenge.
     */
    public List<Deadline> deadlines(
            ChallengeStatus status, LocalDate visitEnd, Map<PublicationKind, LocalDate> published, LocalDate today) {
        if (status == ChallengeStatus.CANCELLED
                || !status.reportIssued() && status != ChallengeStatus.CLOSED && today.isBefore(visitEnd)) {
            return List.of();
        }
        boolean closed = status == ChallengeStatus.CLOSED;
        return List.of(
                Deadline.of(
                        PublicationKind.FEEDBACK_REPORT,
                        visitEnd.plusMonths(reportMonths),
                        visitEnd.plusMonths(reportMonths),
                        published.get(PublicationKind.FEEDBACK_REPORT),
                        closed,
                        today),
                Deadline.of(
                        PublicationKind.ACTION_PLAN,
                        visitEnd.plusMonths(actionPlanMonths),
                        visitEnd.plusMonths(actionPlanLatestMonths),
                        published.get(PublicationKind.ACTION_PLAN),
                        closed,
                        today),
                Deadline.of(
                        PublicationKind.PROGRESS_REVIEW_REPORT,
                        visitEnd.plusMonths(progressReviewReportMonths),
                        visitEnd.plusMonths(progressReviewReportMonths),
                        published.get(PublicationKind.PROGRESS_REVIEW_REPORT),
                        closed,
                        today));
    }
}
