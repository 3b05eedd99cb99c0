package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * A council's action plan for one challenge, as a GOV.UK task list: each recommendation with where it stands.
 * Editors submit it, confirming first; the peer challenge manager decides on the submitted version's own page
 * ({@link SubmissionPage}). Also backs the printable view.
 */
@Named
@RequestScoped
public class PlanPage {

    @Inject
    ActionPlanService plans;

    @Inject
    Caller caller;

    /** The step the confirmation asks about. */
    static final String SUBMIT = "SUBMIT";

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private Long id;
    private ActionPlanView plan;

    /** On a first visit: the plan in the address, or 404 (also for another council's plan). */
    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getPlan();
        });
    }

    public ActionPlanView getPlan() {
        if (plan == null) {
            plan = plans.plan(caller, getId() == null ? -1 : getId());
        }
        return plan;
    }

    /**
     * "Submit": the first press says what submitting does and asks again; only the confirmation's own post
     * (see {@link Confirmation}) sends the plan.
     */
    public String submit() {
        if (!confirmation.confirms(SUBMIT, null)) {
            getPlan(); // another council's id is refused here, as the submission itself would be
            confirmation.ask(SUBMIT, null);
            return null;
        }
        return FormStep.run(
                errors,
                "submit-plan",
                "Version " + getPlan().workingVersion() + " of the action plan is submitted to the LGA.",
                here(),
                () -> plans.submit(caller, getId()));
    }

    private String here() {
        return "/app/plan/index.xhtml?faces-redirect=true&id=" + getId();
    }

    /** Where one recommendation stands, in the words of the task list. */
    public String state(ActionPlanView.Entry entry) {
        if (!entry.answered()) {
            return "Not started";
        }
        if (entry.actions().isEmpty()) {
            return "Response recorded";
        }
        return entry.actions().stream().allMatch(a -> !a.status().isOpen()) ? "Actions done" : "In progress";
    }

    public String stateTag(ActionPlanView.Entry entry) {
        return switch (state(entry)) {
            case "Not started" -> "govuk-tag--grey";
            case "Actions done" -> "govuk-tag--green";
            default -> "govuk-tag--blue";
        };
    }

    public String actionsSummary(ActionPlanView.Entry entry) {
        long done = entry.actions().stream()
                .filter(a -> a.status() == ActionStatus.COMPLETE)
                .count();
        long overdue = entry.actions().stream()
                .filter(ActionPlanView.ActionView::overdue)
                .count();
        return entry.actions().isEmpty()
                ? "No actions yet"
                : done + " of " + entry.actions().size() + " actions complete"
                        + (overdue == 0 ? "" : ", " + overdue + " overdue");
    }

    public long getAnswered() {
        return getPlan().recommendations().stream()
                .filter(ActionPlanView.Entry::answered)
                .count();
    }

    public boolean isEditor() {
        return caller.hasRole(Role.COUNCIL_EDITOR);
    }

    public boolean isSubmittable() {
        return isEditor() && getPlan().status() != ActionPlanStatus.SUBMITTED;
    }

    /** A manager is sent to the submitted version to read it before deciding. */
    public boolean isDecidable() {
        return caller.hasRole(Role.PEER_CHALLENGE_MANAGER) && getPlan().status() == ActionPlanStatus.SUBMITTED;
    }

    /** Whether the page asks to confirm the submission; a refusal goes back to the plan with the reason. */
    public boolean isConfirmingSubmit() {
        return confirmation.asking(SUBMIT, null) && errors.isEmpty() && isSubmittable();
    }

    public Long getId() {
        if (id == null) {
            id = FieldInput.numberParameter("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FormErrors getErrors() {
        return errors;
    }
}
