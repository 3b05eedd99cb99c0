package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.DecisionCommand;
import uk.gov.lga.hub.application.actionplan.SubmissionChanges;
import uk.gov.lga.hub.application.actionplan.SubmissionView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;
import uk.gov.lga.hub.domain.actionplan.Decision;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * One submitted version of a council's action plan, as it was submitted, with what changed since the version
 * before. The peer challenge manager decides here, in two steps: choose (with a comment when asking for changes),
 * then confirm having read what will happen.
 */
@Named
@RequestScoped
public class SubmissionPage {

    @Inject
    ActionPlanService plans;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private SubmissionView submission;
    private SubmissionChanges changes;
    private String comment;

    /** The version in the address, or 404 (also for another council's plan). */
    public void load() throws IOException {
        PageLoad.orNotFound(this::getSubmission);
    }

    public SubmissionView getSubmission() {
        if (submission == null) {
            submission = plans.submission(caller, challengeId(), versionNumber());
        }
        return submission;
    }

    /** What changed since the version before (nothing to compare with for the first version). */
    public SubmissionChanges getChanges() {
        if (changes == null) {
            changes = plans.changesIn(caller, challengeId(), versionNumber());
        }
        return changes;
    }

    public boolean isDecidable() {
        return caller.hasRole(Role.PEER_CHALLENGE_MANAGER)
                && getSubmission().summary().decision() == null;
    }

    public String reviewAcceptance() {
        return askToConfirm(Decision.ACCEPTED);
    }

    public String reviewChangeRequest() {
        return askToConfirm(Decision.CHANGES_REQUESTED);
    }

    /** Refuses a request for changes without a comment now, rather than after the manager has confirmed it. */
    private String askToConfirm(Decision chosen) {
        getSubmission(); // a version that is not there, or not the caller's, is refused before anything else
        try {
            comment = chosen.comment(comment);
            confirmation.ask(chosen.name(), (long) versionNumber());
        } catch (DomainRuleViolation refused) {
            errors.add("comment", refused.getMessage());
        }
        return null;
    }

    /** Decides only on the confirmation's own post (see {@link Confirmation}), for the version it names. */
    public String decide() {
        Decision chosen = getConfirming();
        int number = versionNumber();
        if (chosen == null || !confirmation.confirms(chosen.name(), (long) number)) {
            return null;
        }
        return FormStep.run(
                errors,
                "comment",
                chosen == Decision.ACCEPTED
                        ? "Version " + number + " of the action plan is accepted."
                        : "The council is asked for changes to version " + number + ".",
                "/app/plan/submission.xhtml?faces-redirect=true&id=" + challengeId() + "&version=" + number,
                () -> plans.decide(caller, challengeId(), number, new DecisionCommand(chosen, comment)));
    }

    /** The decision the page asks to confirm: just chosen, or being confirmed; null when none. */
    public Decision getConfirming() {
        return Arrays.stream(Decision.values())
                .filter(d -> confirmation.asking(d.name(), (long) versionNumber()))
                .findFirst()
                .orElse(null);
    }

    /** The confirmation shows until the decision is sent; a refusal goes back to the form, with what was typed. */
    public boolean isConfirmationShown() {
        return getConfirming() != null && errors.isEmpty() && isDecidable();
    }

    public boolean isAccepting() {
        return getConfirming() == Decision.ACCEPTED;
    }

    /** Where this version stands: waiting for the LGA, or what it decided (the plan's words for each). */
    public ActionPlanStatus getStatus() {
        String decided = getSubmission().summary().decision();
        return decided == null ? ActionPlanStatus.SUBMITTED : ActionPlanStatus.valueOf(decided);
    }

    public long challengeId() {
        Long id = FieldInput.numberParameter("id");
        return id == null ? -1 : id;
    }

    public int versionNumber() {
        Long version = FieldInput.numberParameter("version");
        return version == null || version < 1 || version > Integer.MAX_VALUE ? -1 : version.intValue();
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
