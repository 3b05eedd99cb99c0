package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.imports.ImportService;
import uk.gov.lga.hub.application.imports.NotImportable;
import uk.gov.lga.hub.application.imports.ReportDraftView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * Importing an existing feedback report: upload it, check what was read (and what was not) beside the text it
 * came from, fill in what the document does not say, then create the challenge in one go. The draft waits in the
 * manager's session between the two steps; nothing is saved until they confirm.
 */
@Named
@RequestScoped
public class ImportReportPage {

    private static final String DRAFTS = ImportReportPage.class.getName() + ".drafts";

    @Inject
    ImportService imports;

    @Inject
    ChallengeManagement management;

    @Inject
    CouncilDirectory councils;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Part file;
    private String council;
    private String focusArea;
    private List<String> steps = new java.util.ArrayList<>();

    /** Step 1: read the file into a draft and show it. */
    public String read() {
        if (file == null || file.getSize() == 0) {
            errors.add("file", "Choose the report to import");
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            ReportDraftView draft = imports.readReport(
                    caller, file.getSubmittedFileName(), content, (what, done, total) -> steps.add(what));
            String key = UUID.randomUUID().toString();
            drafts().put(key, draft);
            return "/app/challenges/import.xhtml?faces-redirect=true&draft=" + key;
        } catch (NotImportable | FileTooLarge refused) { // not readable, unpacks too large, or too large an upload
            errors.add("file", refused.getMessage());
        } catch (IOException unreadable) {
            errors.add("file", "The file could not be read. Try again.");
        }
        return null;
    }

    /** Step 2: create the challenge from the checked draft, in one transaction. */
    public String confirm() {
        ReportDraftView draft = getDraft();
        if (draft == null) {
            errors.add("file", "This import has expired. Upload the report again.");
            return null;
        }
        FormInput input = new FormInput(errors);
        input.text("council", council, "Choose the council");
        LocalDate onSiteStart = input.date("onSiteStart");
        LocalDate onSiteEnd = input.date("onSiteEnd");
        if (!input.complete()) {
            return null;
        }
        ChallengeDetail[] created = new ChallengeDetail[1];
        String next = FormStep.run(
                errors,
                rule -> rule.startsWith("visit") ? "onSiteStart" : "recommendations",
                "The challenge is imported. Check it, then issue the report.",
                "",
                () -> created[0] = management.importChallenge(
                        caller,
                        council,
                        new ChallengeManagement.ImportedChallenge(
                                new ChallengeManagement.Schedule(
                                        onSiteStart,
                                        onSiteEnd,
                                        null,
                                        focusArea == null || focusArea.isBlank() ? List.of() : List.of(focusArea),
                                        null),
                                draft.peers().stream()
                                        .map(p -> ChallengeManagement.TeamMemberDetails.typedIn(
                                                p.name(),
                                                TeamRole.valueOf(p.kind()),
                                                p.role(),
                                                p.organisation(),
                                                p.politicalGroup(),
                                                null))
                                        .toList(),
                                new ChallengeManagement.ReportText(draft.executiveSummary(), Map.of()),
                                draft.recommendations().stream()
                                        .map(r -> new ChallengeManagement.RecommendationText(
                                                r.number(), r.title(), r.text(), List.of()))
                                        .toList())));
        if (next == null) {
            return null;
        }
        drafts().remove(draftKey());
        return "/app/challenges/report.xhtml?faces-redirect=true&id=" + created[0].id();
    }

    public ReportDraftView getDraft() {
        String key = draftKey();
        ReportDraftView draft = key == null ? null : drafts().get(key);
        if (draft != null && focusArea == null) {
            focusArea = draft.extraScope().isEmpty() ? "" : draft.extraScope().get(0);
            council = guessCouncil(draft.councilName());
        }
        return draft;
    }

    /** The council whose name the report gives (or starts with), for the manager to confirm. */
    private String guessCouncil(String name) {
        if (name == null) {
            return "";
        }
        String wanted = name.toLowerCase(Locale.UK);
        return councils.all().stream()
                .filter(c -> c.name().toLowerCase(Locale.UK).startsWith(wanted))
                .findFirst()
                .map(CouncilSummary::code)
                .orElse("");
    }

    private static String draftKey() {
        return FieldInput.blankToNull(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("draft"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ReportDraftView> drafts() {
        return (Map<String, ReportDraftView>) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .computeIfAbsent(DRAFTS, k -> new java.util.concurrent.ConcurrentHashMap<String, ReportDraftView>());
    }

    public List<CouncilSummary> getCouncils() {
        return councils.all();
    }

    public String kind(String kind) {
        return uk.gov.lga.hub.domain.shared.Words.of(TeamRole.valueOf(kind));
    }

    public FormErrors getErrors() {
        return errors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part v) {
        file = v;
    }

    public String getCouncil() {
        return council;
    }

    public void setCouncil(String v) {
        council = v;
    }

    public String getFocusArea() {
        return focusArea;
    }

    public void setFocusArea(String v) {
        focusArea = v;
    }

    public String getDraftKey() {
        return draftKey();
    }
}
