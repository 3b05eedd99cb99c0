package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;

/** The GOV.UK tag colour of a plan's standing with the LGA, the same on every page: {@code #{planTags.of(s)}}. */
@Named("planTags")
@ApplicationScoped
public class PlanStatusTags {

    public String of(ActionPlanStatus status) {
        return switch (status) {
            case ACCEPTED -> "govuk-tag--green";
            case CHANGES_REQUESTED -> "govuk-tag--orange";
            case SUBMITTED -> "govuk-tag--blue";
            case DRAFT -> "govuk-tag--grey";
        };
    }
}
