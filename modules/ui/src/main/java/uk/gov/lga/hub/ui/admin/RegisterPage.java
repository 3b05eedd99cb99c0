package uk.gov.lga.hub.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.lga.hub.application.register.CouncilRegister;
import uk.gov.lga.hub.application.register.RegisterUpload;
import uk.gov.lga.hub.application.register.RegisterView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.council.register.RegisterChangeKind;
import uk.gov.lga.hub.domain.council.register.RegisterColumns;
import uk.gov.lga.hub.domain.council.register.RegisterFileRefused;
import uk.gov.lga.hub.domain.council.register.RowProblem;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.layout.Labels;

/**
 * An LGA administrator loads the register of English councils: upload the official file, choose which of its
 * columns holds each field, check the preview, confirm. The uploaded file stays in the session (under
 * {@code ?upload=}) while columns are chosen; the preview is saved ({@code ?load=}).
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final String UPLOADS = RegisterPage.class.getName() + ".uploads";

    /** An uploaded file kept between the steps. */
    record Upload(String fileName, byte[] content) implements java.io.Serializable {}

    @Inject
    CouncilRegister register;

    @Inject
    RegisterUpload reader;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Part file;
    private String uploadKey;
    private RegisterView view;
    private List<String> headings = List.of();
    private List<RowProblem> problems = List.of();
    private String codeColumn;
    private String nameColumn;
    private String typeColumn;
    private String regionColumn;

    /** Step 1: upload the file; the columns are guessed from its headings for a first preview. */
    public String upload() {
        if (file == null || file.getSize() == 0) {
            errors.add("file", "Choose the register file (CSV) to upload");
            return null;
        }
        try (InputStream content = file.getInputStream()) {
            Upload upload = new Upload(file.getSubmittedFileName(), reader.read(content));
            uploadKey = UUID.randomUUID().toString();
            uploads().put(uploadKey, upload);
            return previewOf(upload, null);
        } catch (DomainRuleViolation refused) {
            errors.add("file", refused.getMessage());
        } catch (IOException unreadable) {
            errors.add("file", "The file could not be read. Try again.");
        }
        return null;
    }

    /** Step 2 (as often as needed): preview again with the columns chosen from the file's headings. */
    public String choose() {
        uploadKey = FieldInput.textParameter("upload");
        Upload upload = uploadKey == null ? null : uploads().get(uploadKey);
        if (upload == null) {
            errors.add("file", "This upload has expired. Upload the file again.");
            return null;
        }
        return previewOf(upload, new RegisterColumns(codeColumn, nameColumn, typeColumn, regionColumn));
    }

    /** Step 3: apply the preview, in one transaction. */
    public String confirm() {
        Long load = FieldInput.numberParameter("load");
        if (load == null) {
            throw new NotFound("Which register load?");
        }
        try {
            RegisterView done = register.confirm(caller, load);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put(
                            "done",
                            "The register is loaded: " + done.changes().size()
                                    + (done.changes().size() == 1 ? " change" : " changes") + " made.");
            String key = FieldInput.textParameter("upload");
            if (key != null) {
                uploads().remove(key);
            }
            return "/app/admin/register.xhtml?faces-redirect=true&load=" + load;
        } catch (DomainRuleViolation | StaleRecord refused) {
            errors.add("confirm", refused.getMessage());
        }
        return null;
    }

    private String previewOf(Upload upload, RegisterColumns columns) {
        try {
            RegisterView preview = register.preview(caller, upload.fileName(), upload.content(), columns);
            return "/app/admin/register.xhtml?faces-redirect=true&load=" + preview.id() + "&upload=" + uploadKey;
        } catch (RegisterFileRefused refused) {
            headings = refused.headings();
            problems = refused.problems();
            errors.add(problems.isEmpty() ? "codeColumn" : "problems", refused.getMessage());
        } catch (DomainRuleViolation refused) {
            errors.add("file", refused.getMessage());
        }
        return null;
    }

    /** The saved preview (or finished load) the address names, if any. */
    public RegisterView getView() {
        Long load = FieldInput.numberParameter("load");
        if (view == null && load != null && errors.isEmpty()) {
            view = register.load(caller, load);
            headings = view.headings();
            codeColumn = view.columns().get("code");
            nameColumn = view.columns().get("name");
            typeColumn = view.columns().get("type");
            regionColumn = view.columns().get("region");
        }
        return view;
    }

    /** The changes of one kind, for its own table. */
    public List<RegisterView.Change> changes(String kind) {
        return getView() == null
                ? List.of()
                : view.changes().stream()
                        .filter(c -> c.kind().name().equals(kind))
                        .toList();
    }

    public long count(String kind) {
        return getView() == null ? 0 : view.counts().getOrDefault(kind, 0L);
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(RegisterChangeKind.values())
                .map(Enum::name)
                .toList();
    }

    public String kindLabel(String kind) {
        return switch (RegisterChangeKind.valueOf(kind)) {
            case ADDED -> "Added";
            case RENAMED -> "Renamed";
            case RETYPED -> "Type changed";
            case MOVED_REGION -> "Moved region";
            case MISSING_FROM_REGISTER -> "No longer in the register (flagged, kept)";
            case BACK_IN_REGISTER -> "Back in the register";
        };
    }

    /** A change's before or after value in words: types and regions by their names. */
    public String shown(RegisterView.Change change, String value) {
        if (value == null) {
            return "";
        }
        return switch (change.kind()) {
            case RETYPED -> Labels.of(CouncilType.valueOf(value));
            case MOVED_REGION -> Region.fromCode(value).displayName();
            default -> value;
        };
    }

    public String fieldLabel(String key) {
        return switch (key) {
            case "code" -> "ONS code";
            case "name" -> "Name";
            case "type" -> "Type of council";
            default -> "Region";
        };
    }

    /** Where the field was read from. */
    public String columnText(String key) {
        String column = getView() == null ? null : view.columns().get(key);
        if (column == null) {
            return "Worked out from each council's ONS code (the file has no column for it)";
        }
        return "Column “" + column + "”" + (view.guessed().contains(key) ? " (guessed from the headings)" : "");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Upload> uploads() {
        return (Map<String, Upload>) FacesContext.getCurrentInstance()
                .getExternalContext()
                .getSessionMap()
                .computeIfAbsent(UPLOADS, k -> new java.util.concurrent.ConcurrentHashMap<String, Upload>());
    }

    public String getUploadKey() {
        return uploadKey != null ? uploadKey : FieldInput.textParameter("upload");
    }

    /**
     * Whether the columns are being chosen for an upload kept in the session: decided from the upload itself, so
     * that the form is there again when it is sent (else Faces would not run its action).
     */
    public boolean isChoosingColumns() {
        getView();
        String key = getUploadKey();
        Upload upload = key == null ? null : uploads().get(key);
        if (headings.isEmpty() && upload != null) {
            try {
                headings = register.headingsOf(upload.content());
            } catch (DomainRuleViolation unreadable) {
                headings = List.of();
            }
        }
        return !headings.isEmpty() && upload != null;
    }

    /** The file, and how many councils it lists. */
    public String getFileSummary() {
        if (getView() == null) {
            return "";
        }
        String name = view.fileName() == null ? "The file" : view.fileName();
        return name + ": " + view.rows() + (view.rows() == 1 ? " English council" : " English councils")
                + (view.outsideEngland() > 0
                        ? " (" + view.outsideEngland() + " rows for Wales, Scotland or Northern Ireland left out)"
                        : "");
    }

    public List<String> getHeadings() {
        return headings;
    }

    public List<RowProblem> getProblems() {
        return problems;
    }

    public FormErrors getErrors() {
        return errors;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCodeColumn() {
        return codeColumn;
    }

    public void setCodeColumn(String value) {
        codeColumn = value;
    }

    public String getNameColumn() {
        return nameColumn;
    }

    public void setNameColumn(String value) {
        nameColumn = value;
    }

    public String getTypeColumn() {
        return typeColumn;
    }

    public void setTypeColumn(String value) {
        typeColumn = value;
    }

    public String getRegionColumn() {
        return regionColumn;
    }

    public void setRegionColumn(String value) {
        regionColumn = value;
    }
}
