package uk.gov.lga.hub.domain.challenge;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * The LGA's publication clocks, in months after the last on-site day: the feedback report and the action plan
 * within three, the action plan at the latest within five, the progress review report within twelve.
 * Configurable because the LGA changes them; {@link #LGA_CURRENT} is today's.
 */
public record PublicationRules(int reportMonths, int actionPlanMonths, int actionPlanLatestMonths,
                               int progressReviewReportMonths) {

    public static final PublicationRules LGA_CURRENT = new PublicationRules(3, 3, 5, 12);

    public PublicationRules {
        DomainRuleViolation.require(reportMonths > 0 && actionPlanMonths > 0 && progressReviewReportMonths > 0
                        && actionPlanLatestMonths >= actionPlanMonths, "publication-rules-invalid",
                "Publication deadlines must be positive, and the action plan's latest date not before its target.");
    }
}
