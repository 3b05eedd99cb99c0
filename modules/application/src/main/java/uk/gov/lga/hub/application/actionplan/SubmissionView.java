package uk.gov.lga.hub.application.actionplan;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import uk.gov.lga.hub.domain.actionplan.Submission;

/** A submitted version of the action plan, with the plan exactly as it was submitted. */
public record SubmissionView(ActionPlanView.SubmissionSummary summary, ActionPlanView plan) {

    private static final Jsonb JSON = JsonbBuilder.create();

    static String freeze(ActionPlanView plan) {
        return JSON.toJson(plan);
    }

    static SubmissionView of(Submission submission) {
        return new SubmissionView(
                ActionPlanView.SubmissionSummary.of(submission),
                JSON.fromJson(submission.snapshot(), ActionPlanView.class));
    }
}
