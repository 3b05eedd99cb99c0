package uk.gov.lga.hub.application.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.domain.challenge.PublicationRules;

/** The LGA's publication clocks, from configuration (defaults: the LGA's current rules). */
@ApplicationScoped
public class PublicationClocks {

    @Inject
    @ConfigProperty(name = "hub.publication.report-months", defaultValue = "3")
    int reportMonths;

    @Inject
    @ConfigProperty(name = "hub.publication.action-plan-months", defaultValue = "3")
    int actionPlanMonths;

    @Inject
    @ConfigProperty(name = "hub.publication.action-plan-latest-months", defaultValue = "5")
    int actionPlanLatestMonths;

    @Inject
    @ConfigProperty(name = "hub.publication.progress-review-report-months", defaultValue = "12")
    int progressReviewReportMonths;

    @Produces
    PublicationRules rules() {
        return new PublicationRules(reportMonths, actionPlanMonths, actionPlanLatestMonths, progressReviewReportMonths);
    }
}
