package uk.gov.lga.hub.ui.plan;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.lga.hub.application.imports.ImportService;
import uk.gov.lga.hub.application.imports.NotImportable;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * A council importing its response table: upload it, see each row beside the recommendation it was matched to
 * (and how sure the match is), then save all the responses at once, or none.
 */
@Named
@RequestScoped
public class ImportResponsesPage {

    private static final String DRAFTS = ImportResponsesPage.class.getName() + ".drafts";

    @Inject
    ImportService imports;

    @Inject
    Caller caller;

    @Inject
    uk.gov.lga.hub.application.actionplan.ActionPlanService plans;

    private final FormErrors errors = new FormErrors();
    private Part file;

    /** On a first visit: the plan in the address must be the caller's to see, or the page is not there. */
    public void load() throws java.io.IOException {
        uk.gov.lga.hub.ui.form.PageLoad.orNotFound(() -> plans.plan(caller, getId() == null ? -1 : getId()));
    }

    public String read() {
        if (file == null || file.getSize() == 0) {
            errors.add("file", "Choose the response table to import");
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            List<ImportService.ResponseMatch> rows =
                    imports.readResponses(caller, getId(), file.getSubmittedFileName(), content);
            String key = UUID.randomUUID().toString();
            drafts().put(key, rows);
            return "/app/plan/import-responses.xhtml?faces-redirect=true&id=" + getId() + "&draft=" + key;
        } catch (NotImportable | FileTooLarge refused) { // not readable, unpacks too large, or too large an upload
            errors.add("file", refused.getMessage());
        } catch (IOException unreadable) {
            errors.add("file", "The file could not be read. Try again.");
        }
        return null;
    }

    /** Saves every matched row as the council's response (accepted unless changed later), in one transaction. */
    public String confirm() {
        List<ImportService.ResponseMatch> rows = getRows();
        if (rows == null) {
            errors.add("file", "This import has expired. Upload the table again.");
            return null;
        }
        List<ImportService.ConfirmedResponse> confirmed = new ArrayList<>();
        for (ImportService.ResponseMatch row : rows) {
            if (row.recommendationId() != null && !row.response().isBlank()) {
                confirmed.add(new ImportService.ConfirmedResponse(
                        row.recommendationId(),
                        Acceptance.valueOf(FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequestParameterMap()
                                .getOrDefault("acceptance-" + row.recommendationId(), Acceptance.ACCEPTED.name())),
                        row.response(),
                        row.responseVersion()));
            }
        }
        String next = FormStep.run(
                errors,
                "file",
                confirmed.size() + " responses are imported.",
                "/app/plan/index.xhtml?faces-redirect=true&id=" + getId(),
                () -> imports.confirmResponses(caller, getId(), confirmed));
        if (next != null) {
            drafts().remove(draftKey());
        }
        return next;
    }

    public List<ImportService.ResponseMatch> getRows() {
        String key = draftKey();
        return key == null ? null : drafts().get(key);
    }

    public Acceptance[] getAcceptances() {
        return Acceptance.values();
    }

    public Long getId() {
        return FieldInput.numberParameter("id");
    }

    public String getDraftKey() {
        return draftKey();
    }

    private static String draftKey() {
        return FieldInput.blankToNull(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("draft"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<ImportService.ResponseMatch>> drafts() {
        return (Map<String, List<ImportService.ResponseMatch>>) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .computeIfAbsent(
                        DRAFTS,
                        k -> new java.util.concurrent.ConcurrentHashMap<String, List<ImportService.ResponseMatch>>());
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
}
