package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.ChallengeStep;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.ui.form.Confirmation;
import uk.gov.lga.hub.ui.form.FieldError;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;
import uk.gov.lga.hub.ui.layout.Labels;

/**
 * A peer challenge manager's page for one challenge: every step of running it, each a small form. A refused
 * step shows the GOV.UK error summary linking to the field, keeps what was typed, and changes nothing.
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

    private static final String ISSUE = "ISSUE";
    private static final String REMOVE_MEMBER = "REMOVE_MEMBER";

    private final FormErrors errors = new FormErrors();
    private final Confirmation confirmation = new Confirmation();
    private Long id;
    private ChallengeDetail challenge;

    private Long changing;

    /** On a first visit: the challenge in the address, or 404. */
    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getChallenge();
            getRecommendationBeingChanged().ifPresent(r -> {
                form.setRecNumber(r.number());
                form.setRecTitle(r.title());
                form.setRecText(r.text());
            });
        });
    }

    public String move(String to) {
        if (ChallengeStatus.valueOf(to) == ChallengeStatus.CANCELLED && !confirmation.confirms(to, null)) {
            confirmation.ask(to, null);
            return null;
        }
        return step(
                "move",
                "Moved to " + Labels.of(ChallengeStatus.valueOf(to)).toLowerCase() + ".",
                () -> management.move(caller, getId(), getVersion(), ChallengeStatus.valueOf(to)));
    }

    public String addMember() {
        if (form.getMemberRole() == null || form.getMemberRole().isBlank()) {
            errors.add("memberRole", "Select the peer's role in the team");
            return null;
        }
        return step(
                "memberName",
                form.getMemberName() + " has joined the team.",
                () -> management.addTeamMember(
                        caller,
                        getId(),
                        getVersion(),
                        new ChallengeManagement.TeamMemberDetails(
                                form.getMemberName(),
                                TeamRole.valueOf(form.getMemberRole()),
                                form.getMemberPosition(),
                                form.getMemberOrganisation(),
                                FieldInput.blankToNull(form.getMemberGroup()),
                                null)));
    }

    public String saveReport() {
        return step(
                "executiveSummary",
                "The report is saved.",
                () -> management.writeReport(
                        caller,
                        getId(),
                        getVersion(),
                        new ChallengeManagement.ReportText(
                                form.getExecutiveSummary(), withoutBlanks(form.getThemeFeedback()))));
    }

    public String reschedule() {
        return step(
                "newStart",
                "The visit is rescheduled.",
                () -> management.reschedule(
                        caller,
                        getId(),
                        getVersion(),
                        new ChallengeManagement.Schedule(
                                date("newStart", form.getNewStart()),
                                date("newEnd", form.getNewEnd()),
                                form.getNewStatementDue() == null
                                                || form.getNewStatementDue().isBlank()
                                        ? null
                                        : date("newStatementDue", form.getNewStatementDue()),
                                List.of())));
    }

    /** Empty boxes mean no feedback on that theme, not empty feedback. */
    private static Map<String, String> withoutBlanks(Map<String, String> texts) {
        Map<String, String> kept = new LinkedHashMap<>();
        texts.forEach((key, text) -> {
            if (text != null && !text.isBlank()) {
                kept.put(key, text);
            }
        });
        return kept;
    }

    /** Adds a recommendation, or changes the one opened with "Change" (its id travels in the form). */
    public String addRecommendation() {
        ChallengeManagement.RecommendationText text = new ChallengeManagement.RecommendationText(
                form.getRecNumber(), form.getRecTitle(), form.getRecText(), chosenThemes());
        Long recommendationId = getChanging();
        if (recommendationId != null) {
            return step(
                    "recNumber",
                    "Recommendation " + form.getRecNumber() + " is changed.",
                    () -> management.reviseRecommendation(caller, getId(), getVersion(), recommendationId, text));
        }
        return step(
                "recNumber",
                "Recommendation " + form.getRecNumber() + " is added.",
                () -> management.addRecommendation(caller, getId(), getVersion(), text));
    }

    public String removeRecommendation(long recommendationId, String number) {
        return step(
                "recommendations",
                "Recommendation " + number + " is removed.",
                () -> management.removeRecommendation(caller, getId(), getVersion(), recommendationId));
    }

    public String removeMember(long memberId, String name) {
        if (!confirmation.confirms(REMOVE_MEMBER, memberId)) {
            confirmation.ask(REMOVE_MEMBER, memberId);
            return null;
        }
        return step(
                "team",
                name + " has left the team.",
                () -> management.removeTeamMember(caller, getId(), getVersion(), memberId));
    }

    /** The draft recommendation named by {@code change} in the address, if it is one of this challenge's. */
    public java.util.Optional<ChallengeDetail.Recommendation> getRecommendationBeingChanged() {
        Long wanted = getChanging();
        return wanted == null || !getChallenge().allows(ChallengeStep.CHANGE_REPORT)
                ? java.util.Optional.empty()
                : getChallenge().recommendations().stream()
                        .filter(r -> r.id() == wanted)
                        .findFirst();
    }

    public String issueReport() {
        if (!confirmation.confirms(ISSUE, null)) {
            try {
                date("issuedOn", form.getIssuedOn());
                confirmation.ask(ISSUE, null);
            } catch (FieldError unreadable) {
                errors.add(unreadable.field(), unreadable.getMessage());
            }
            return null;
        }
        return step(
                "issuedOn",
                "The report is issued to the council.",
                () -> management.issueReport(caller, getId(), getVersion(), date("issuedOn", form.getIssuedOn())));
    }

    public String publish() {
        if (form.getPublicationKind() == null || form.getPublicationKind().isBlank()) {
            errors.add("publicationKind", "Select what was published");
            return null;
        }
        return step(
                "publishedOn",
                "The publication is recorded.",
                () -> management.publish(
                        caller,
                        getId(),
                        getVersion(),
                        new ChallengeManagement.PublicationRecord(
                                PublicationKind.valueOf(form.getPublicationKind()),
                                date("publishedOn", form.getPublishedOn()),
                                form.getPublicationUrl())));
    }

    public String scheduleReview() {
        return step(
                "reviewDate",
                "The progress review is scheduled.",
                () -> management.scheduleProgressReview(
                        caller, getId(), getVersion(), date("reviewDate", form.getReviewDate())));
    }

    public String recordReview() {
        List<String> peers = form.getAttendees() == null
                ? List.of()
                : Arrays.stream(form.getAttendees().split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        List<ChallengeManagement.Rating> rated = form.getRatings().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new ChallengeManagement.Rating(
                        e.getKey(),
                        uk.gov.lga.hub.domain.shared.Rag.valueOf(e.getValue()),
                        form.getRatingComments().get(e.getKey())))
                .toList();
        return step(
                "heldOn",
                "The progress review is recorded.",
                () -> management.recordProgressReview(
                        caller,
                        getId(),
                        getVersion(),
                        new ChallengeManagement.ProgressReviewRecord(
                                date("heldOn", form.getHeldOn()), peers, form.getReviewSummary(), rated)));
    }

    /** Runs one step; on success comes back to the page with a message, on refusal shows why at the field. */
    private String step(String field, String done, Supplier<ChallengeDetail> action) {
        return FormStep.run(
                errors, field, done, "/app/challenges/challenge.xhtml?faces-redirect=true&id=" + getId(), action::get);
    }

    private static LocalDate date(String field, String text) {
        return FieldInput.date(field, text);
    }

    private ChallengeDetail challenge() {
        return getChallenge();
    }

    /**
     * Loaded on first use: a form post asks what to render before any action runs. Each form carries the id, so
     * a post knows its challenge as the address did.
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

    /** The plain moves the lifecycle allows from here, as buttons, in lifecycle order (cancelling last). */
    public List<String> getPlainMoves() {
        return getChallenge().plainMoves().stream().map(Enum::name).toList();
    }

    public Map<String, String> getRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (TeamRole role : TeamRole.values()) {
            roles.put(role.name(), Labels.of(role));
        }
        return roles;
    }

    public Map<String, String> getPublicationKinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (PublicationKind kind : PublicationKind.values()) {
            if (getChallenge().publications().stream().noneMatch(p -> p.kind() == kind)) {
                kinds.put(kind.name(), Labels.of(kind));
            }
        }
        return kinds;
    }

    /** Whether the page asks "are you sure?" for this step (ISSUE, CANCELLED, REMOVE_MEMBER) about this record. */
    public boolean asking(String step, Long subject) {
        return confirmation.asking(step, subject);
    }

    /** The themes ticked in the recommendation form as sent; none when another form was sent. */
    private static List<String> chosenThemes() {
        String[] ticked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get("recThemes");
        return ticked == null ? List.of() : List.of(ticked);
    }

    /** Ticked as sent after a refusal; else, when a recommendation is being changed, its own themes. */
    public boolean themeChosen(String code) {
        if (FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .containsKey("recNumber")) {
            return chosenThemes().contains(code);
        }
        return getRecommendationBeingChanged()
                .map(r -> r.themes().contains(code))
                .orElse(false);
    }

    /** Themes by their names, never their codes. */
    public String themeNames(List<String> codes) {
        return getChallenge().scope().stream()
                .filter(t -> codes.contains(t.code()))
                .map(ChallengeDetail.ThemeView::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** What issuing does, said before it is done. */
    public String getIssueConsequence() {
        ChallengeDetail c = getChallenge();
        return "Issuing sends the report to " + c.council().name() + ". Its "
                + c.recommendations().size()
                + " key recommendations can no longer change, and the progress review will be proposed for "
                + Labels.of(c.progressReview().proposedDate()) + ".";
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
     * The version of the challenge the form was filled in against (a hidden field in each form): a step based on
     * an older one is refused, so two managers working on the same challenge never overwrite each other.
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

    /** The recommendation being changed: {@code change} on a first visit, {@code changing} in the form. */
    public Long getChanging() {
        if (changing == null) {
            changing = FieldInput.numberParameter("changing");
            if (changing == null) {
                changing = FieldInput.numberParameter("change");
            }
        }
        return changing;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
