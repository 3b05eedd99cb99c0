package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.action.ActionCommand;
import uk.gov.lga.hub.application.action.ActionService;
import uk.gov.lga.hub.application.action.Colleagues;
import uk.gov.lga.hub.application.action.UpdateCommand;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.response.ResponseCommand;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * One recommendation of a council's action plan: the council's response, its actions (each with a form to change
 * it and one to add an update), and evidence. The per-action forms post plain named fields with the action's id,
 * so the form that was sent shows what was typed when it is refused, and the others show what is saved.
 */
@Named
@RequestScoped
public class RecommendationPage {

    @Inject
    ActionPlanService plans;

    @Inject
    ResponseService responses;

    @Inject
    ActionService actions;

    @Inject
    EvidenceService evidence;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private ActionPlanView plan;
    private ActionPlanView.Entry entry;
    private String acceptance;
    private String narrative;
    private Part file;
    private List<Colleagues.Colleague> people;
    private boolean peopleUnavailable;

    public void load() throws IOException {
        PageLoad.orNotFound(() -> {
            getEntry();
            if (acceptance == null && entry.answered()) {
                acceptance = entry.response().acceptance().name();
                narrative = entry.response().narrative();
            }
        });
    }

    public ActionPlanView getPlan() {
        if (plan == null) {
            Long challenge = number("challenge");
            plan = plans.plan(caller, challenge == null ? -1 : challenge);
        }
        return plan;
    }

    public ActionPlanView.Entry getEntry() {
        if (entry == null) {
            Long id = number("id");
            entry = getPlan().recommendations().stream()
                    .filter(e -> id != null && e.recommendationId() == id)
                    .findFirst()
                    .orElseThrow(() -> new NotFound("There is no such recommendation in this plan."));
        }
        return entry;
    }

    public String saveResponse() {
        acceptance = param("acceptance");
        FormInput input = new FormInput(errors);
        Acceptance chosen = input.choice(
                "acceptance", acceptance, Acceptance.class, "Say whether the council accepts the recommendation");
        String text = input.text("narrative", narrative, "Enter the council's response");
        if (!input.complete()) {
            return null;
        }
        Long version = getEntry().answered() ? number("responseVersion") : null;
        return step(
                rule -> rule.startsWith("response-narrative") ? "narrative" : "acceptance",
                "The council's response is saved.",
                () -> responses.respond(
                        caller, getEntry().recommendationId(), new ResponseCommand(chosen, text, version)));
    }

    public String addAction() {
        FormInput input = new FormInput(errors);
        String description = input.text("new-description", param("new-description"), "Enter what the action is");
        OwnerFields owner = OwnerFields.read(input, "new-", "");
        LocalDate due = input.optionalDate("new-due");
        if (!input.complete()) {
            return null;
        }
        return step(
                rule -> OwnerFields.fieldOf(rule, "new-", "").orElse("new-description"),
                "The action is added.",
                () -> actions.add(
                        caller,
                        getEntry().recommendationId(),
                        new ActionCommand(
                                description,
                                owner.kind(),
                                owner.user(),
                                owner.name(),
                                owner.role(),
                                due,
                                null,
                                null,
                                null,
                                null)));
    }

    public String reviseAction() {
        long actionId = number("actionId");
        FormInput input = new FormInput(errors);
        String description = input.text("description-" + actionId, param("description"), "Enter what the action is");
        OwnerFields owner = OwnerFields.read(input, "", "-" + actionId);
        LocalDate due = input.optionalDate("due-" + actionId);
        if (!input.complete()) {
            return null;
        }
        return step(
                rule -> OwnerFields.fieldOf(rule, "", "-" + actionId)
                        .orElse(
                                switch (rule) {
                                    case "action-due-date-reason-required" -> "reason-" + actionId;
                                    default -> "description-" + actionId;
                                }),
                "The action is saved.",
                () -> actions.revise(
                        caller,
                        getEntry().recommendationId(),
                        actionId,
                        new ActionCommand(
                                description,
                                owner.kind(),
                                owner.user(),
                                owner.name(),
                                owner.role(),
                                due,
                                status(param("status")),
                                rag(param("rag")),
                                param("reason"),
                                number("version"))));
    }

    /** The council's users, for the "a person in the council" choice; none when the sign-in service is away. */
    public List<Colleagues.Colleague> getPeople() {
        if (people == null) {
            try {
                people = actions.possibleOwners(caller, getEntry().recommendationId());
            } catch (IdentityProviderFailure away) {
                people = List.of();
                peopleUnavailable = true;
            }
        }
        return people;
    }

    /** The sign-in service did not answer, so the list of people is empty for now: the page says so. */
    public boolean isPeopleUnavailable() {
        getPeople();
        return peopleUnavailable;
    }

    /** Whether the change form of this action was refused at its owner, so it opens showing why. */
    public boolean ownerRefused(long actionId) {
        return OwnerFields.ids("", "-" + actionId).stream().anyMatch(errors::has);
    }

    public String addUpdate() {
        long actionId = number("actionId");
        FormInput input = new FormInput(errors);
        String text = input.text("update-" + actionId, param("update"), "Enter what has happened");
        LocalDate writtenOn = input.optionalDate("written-on-" + actionId);
        if (!input.complete()) {
            return null;
        }
        return step(
                rule -> "update-" + actionId,
                "The update is added.",
                () -> actions.recordUpdate(
                        caller,
                        getEntry().recommendationId(),
                        actionId,
                        new UpdateCommand(writtenOn, text, status(param("new-status")), rag(param("new-rag")))));
    }

    public String addLink() {
        FormInput input = new FormInput(errors);
        String title = input.text("link-title", param("link-title"), "Enter a title for the link");
        String url = input.webAddress("link-url", param("link-url"), "Enter the web address");
        if (!input.complete()) {
            return null;
        }
        return step(
                rule -> rule.startsWith("evidence-url") || rule.startsWith("web-address") ? "link-url" : "link-title",
                "The link is added.",
                () -> evidence.addLink(
                        caller, attachment(param("link-to")), new EvidenceService.LinkCommand(title, url)));
    }

    public String upload() {
        FormInput input = new FormInput(errors);
        String title = input.text("file-title", param("file-title"), "Enter a title for the file");
        if (file == null || file.getSize() == 0) {
            errors.add("file", "Choose a file to upload");
        }
        if (!input.complete()) {
            return null;
        }
        return step(
                rule -> rule.equals("evidence-title-required") ? "file-title" : "file", "The file is uploaded.", () -> {
                    try (InputStream content = file.getInputStream()) {
                        evidence.addFile(
                                caller, attachment(param("file-to")), title, file.getSubmittedFileName(), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** "response", or the id of an action, from the "attach to" choice. */
    private EvidenceService.Attachment attachment(String to) {
        Long actionId = to == null || to.equals("response") ? null : FieldInput.number(to);
        return new EvidenceService.Attachment(getEntry().recommendationId(), actionId, null);
    }

    private String step(java.util.function.Function<String, String> fieldOfRule, String done, Runnable action) {
        return FormStep.run(
                errors,
                fieldOfRule,
                done,
                "/app/plan/recommendation.xhtml?faces-redirect=true&challenge="
                        + getPlan().challengeId() + "&id=" + getEntry().recommendationId(),
                action);
    }

    /** What the form for this action shows: what was just sent if it was this form, else what is saved. */
    public String sent(long actionId, String name, Object saved) {
        Long posted = number("actionId");
        if (posted != null && posted == actionId && params().containsKey(name)) {
            return params().get(name);
        }
        return saved == null ? "" : saved.toString();
    }

    /** For the forms that are not per action: what was sent, else empty. */
    public String sent(String name) {
        return params().getOrDefault(name, "");
    }

    public boolean isEditor() {
        return caller.hasRole(Role.COUNCIL_EDITOR);
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public Rag[] getRags() {
        return Rag.values();
    }

    public Acceptance[] getAcceptances() {
        return Acceptance.values();
    }

    private static ActionStatus status(String value) {
        return value == null || value.isBlank() ? null : ActionStatus.valueOf(value);
    }

    private static Rag rag(String value) {
        return value == null || value.isBlank() ? null : Rag.valueOf(value);
    }

    static Map<String, String> params() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private static String param(String name) {
        return FieldInput.blankToNull(params().get(name));
    }

    private static Long number(String name) {
        return FieldInput.numberParameter(name);
    }

    public FormErrors getErrors() {
        return errors;
    }

    public String getAcceptance() {
        return acceptance;
    }

    public void setAcceptance(String v) {
        acceptance = v;
    }

    public String getNarrative() {
        return narrative;
    }

    public void setNarrative(String v) {
        narrative = v;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part v) {
        file = v;
    }
}
