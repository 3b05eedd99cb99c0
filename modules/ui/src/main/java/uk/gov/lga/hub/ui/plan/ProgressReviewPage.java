package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.gov.lga.hub.application.review.SelfAssessmentCommand;
import uk.gov.lga.hub.application.review.TwoSidedReview;
import uk.gov.lga.hub.application.review.TwoSidedReviewService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * The progress review from both sides: the peers' rating of each recommendation beside the council's own, with the
 * gap highlighted; the council's editors record their own ratings here until the review report is published.
 * Each recommendation has a form of its own, so a refusal keeps what was typed at that recommendation.
 */
@Named
@RequestScoped
public class ProgressReviewPage {

    @Inject
    TwoSidedReviewService reviews;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private TwoSidedReview review;

    public void load() throws IOException {
        PageLoad.orNotFound(this::getReview);
    }

    public String save() {
        Long recommendation = FieldInput.numberParameter("recommendation");
        long target = recommendation == null ? -1 : recommendation;
        String rag = FieldInput.textParameter("rag");
        return FormStep.run(
                errors,
                rule -> (rule.contains("rag") ? "rag-" : "narrative-") + target,
                "The council's rating is saved.",
                "/app/plan/progress-review.xhtml?faces-redirect=true&id=" + getId(),
                () -> reviews.assess(
                        caller,
                        getId(),
                        target,
                        new SelfAssessmentCommand(
                                rag == null ? null : ragOf(rag),
                                FieldInput.parameter("narrative"),
                                FieldInput.numberParameter("version"))));
    }

    /** An unknown value is no rating: the domain then says a rating is needed. */
    private static Rag ragOf(String value) {
        try {
            return Rag.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** What the form shows for a recommendation: what was just typed there if it was refused, else what is saved. */
    public String narrative(TwoSidedReview.RecommendationSides line) {
        return posted(line) ? FieldInput.parameter("narrative") : line.councilNarrative();
    }

    public String rag(TwoSidedReview.RecommendationSides line) {
        return posted(line)
                ? FieldInput.parameter("rag")
                : line.councilRag() == null ? "" : line.councilRag().name();
    }

    private boolean posted(TwoSidedReview.RecommendationSides line) {
        return !errors.isEmpty() && line.recommendationId().equals(FieldInput.numberParameter("recommendation"));
    }

    public TwoSidedReview getReview() {
        if (review == null) {
            review = reviews.review(caller, getId() == null ? -1 : getId());
        }
        return review;
    }

    public boolean isEditable() {
        return caller.hasRole(Role.COUNCIL_EDITOR) && getReview().selfAssessmentOpen();
    }

    public Long getId() {
        if (id == null) {
            id = FieldInput.numberParameter("id");
        }
        return id;
    }

    public void setId(Long v) {
        id = v;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
