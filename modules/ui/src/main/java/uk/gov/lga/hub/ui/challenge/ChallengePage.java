package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.ChallengeTasks;
import uk.gov.lga.hub.domain.challenge.UnconfirmedDates;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;
import uk.gov.lga.hub.ui.layout.Labels;

/**
 * A peer challenge manager's challenge: the task list (overview) and what every part's page shares: the challenge
 * in the address, the version the forms were filled in against, the errors, the "are you sure?" and how a step
 * runs. A refused step shows the GOV.UK error summary linking to the fields, keeps what was typed, changes nothing.
 */
@Named
@RequestScoped
public class ChallengePage {

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeManagement management;

    @Inject
    Caller caller;

    @Inject
    ChallengeForm form;

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private Long id;
    private ChallengeDetail challenge;

    /** On a first visit: the challenge in the address, or 404. */
    public void load() throws IOException {
        PageLoad.orNotFound(this::getChallenge);
    }

    /** A plain move of the lifecycle (overview); cancelling asks first. */
    public String move(String to) {
        ChallengeStatus next = ChallengeStatus.valueOf(to);
        if (next == ChallengeStatus.CANCELLED && !confirmation.confirms(to, null)) {
            confirmation.ask(to, null);
            return null;
        }
        return step(
                "move",
                "Moved to " + Labels.of(next).toLowerCase() + ".",
                () -> management.move(caller, getId(), getVersion(), next));
    }

    /** Runs one step; on success comes back to the same page with a message, on refusal shows why at the field. */
    String step(String field, String done, Supplier<ChallengeDetail> action) {
        return step(rule -> field, done, action);
    }

    /** As above, where the field to blame depends on the rule that refused. */
    String step(Function<String, String> fieldOfRule, String done, Supplier<ChallengeDetail> action) {
        String here = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return FormStep.run(
                errors,
                fieldOfRule,
                here + "?faces-redirect=true&id=" + getId(),
                () -> action.get() == null ? null : done);
    }

    /**
     * A step whose dates may be unusual: the first time, unusual dates ask "are you sure?" with the domain's reasons
     * (nothing changes); the "yes" post repeats the step confirmed.
     */
    String datedStep(String question, String field, String done, DatedAction action) {
        boolean sure = confirmation.confirms(question, null);
        return step(field, done, () -> {
            try {
                return action.run(sure);
            } catch (UnconfirmedDates unusual) {
                confirmation.ask(question, null, unusual.reasons());
                return null;
            }
        });
    }

    /** A step taking the manager's confirmation of unusual dates. */
    @FunctionalInterface
    interface DatedAction {
        ChallengeDetail run(boolean confirmed);
    }

    /**
     * Loaded on first use: a form post asks what to render before any action runs. Each form carries the id, so a
     * post knows its challenge as the address did.
     */
    public ChallengeDetail getChallenge() {
        if (challenge == null) {
            challenge = challenges.challenge(caller, getId() == null ? -1 : getId());
            // Before any form's fields are read from a post: the report form always shows the saved report unless it
            // is the form being sent, so a refusal of another form never blanks it (nor lets a blank one be saved).
            form.showSaved(challenge.report());
        }
        return challenge;
    }

    /** The task list: each part with its state, deadline and who acts. */
    public List<ChallengeTasks.ChallengeTask> getTasks() {
        return getChallenge().tasks();
    }

    public ChallengeTasks.ChallengeTask getNextTask() {
        return getChallenge().nextTask().orElse(null);
    }

    /** A part's name on the task list and as its page's heading. */
    public String partTitle(ChallengeTasks.TaskPart part) {
        return switch (part) {
            case VISIT_AND_SCOPE -> "Visit and scope";
            case PEER_TEAM -> "Peer team";
            case REPORT -> "Report and recommendations";
            case ISSUE -> "Issue the report";
            case PUBLICATIONS -> "Publications";
            case PROGRESS_REVIEW -> "Progress review";
        };
    }

    /** A part's page, beside this one. */
    public String partPage(ChallengeTasks.TaskPart part) {
        return switch (part) {
            case VISIT_AND_SCOPE -> "visit.xhtml";
            case PEER_TEAM -> "team.xhtml";
            case REPORT -> "report.xhtml";
            case ISSUE -> "issue.xhtml";
            case PUBLICATIONS -> "publications.xhtml";
            case PROGRESS_REVIEW -> "review.xhtml";
        };
    }

    /** Who must act, in words: the LGA's manager or the council. */
    public String actor(ChallengeTasks.TaskActor actor) {
        return actor == ChallengeTasks.TaskActor.MANAGER
                ? "the peer challenge manager"
                : getChallenge().council().name();
    }

    /** The plain moves the lifecycle allows from here, as buttons, in lifecycle order (cancelling last). */
    public List<String> getPlainMoves() {
        return getChallenge().plainMoves().stream().map(Enum::name).toList();
    }

    /** Whether the page asks "are you sure?" for this step about this record (null: the challenge itself). */
    public boolean asking(String step, Long subject) {
        return confirmation.asking(step, subject);
    }

    /** Why the page asks, where the domain gave reasons (unusual dates). */
    public List<String> getQuestionReasons() {
        return confirmation.reasons();
    }

    Confirmation confirmation() {
        return confirmation;
    }

    public String moveLabel(String to) {
        return Labels.of(ChallengeStatus.valueOf(to));
    }

    public String label(Enum<?> value) {
        return Labels.of(value);
    }

    public String date(LocalDate date) {
        return Labels.of(date);
    }

    public FormErrors getErrors() {
        return errors;
    }

    /**
     * The version of the challenge the form was filled in against (a hidden field in each form): a step based on an
     * older one is refused, so two managers working on the same challenge never overwrite each other.
     */
    public Long getVersion() {
        return FieldInput.numberParameter("version");
    }

    /** What the forms carry: the version a refused form was based on, else the challenge as it is now. */
    public Long getFormVersion() {
        Long sent = getVersion();
        return sent != null ? sent : getChallenge().version();
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

    Caller caller() {
        return caller;
    }

    ChallengeManagement management() {
        return management;
    }

    ChallengeForm form() {
        return form;
    }
}
