package uk.gov.lga.hub.ui.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.workspace.NoteView;
import uk.gov.lga.hub.application.workspace.PeerWorkspace;
import uk.gov.lga.hub.application.workspace.WorkspaceView;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * A peer team's workspace for one challenge: what the council shares, and the team's private notes. Whether the
 * caller may see it, and whether notes may be written today, is the service's decision; outside the window the page
 * answers 403 with the service's words (when it opens, when it closed).
 */
@Named
@RequestScoped
public class WorkspacePage {

    @Inject
    PeerWorkspace workspace;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private WorkspaceView view;
    private List<NoteView> notes;
    private String theme;
    private String text;
    private String shut;

    /**
     * A team member outside the window reads why on this page (403, with when it opens or closed); anyone else is
     * answered as if the challenge were not there.
     */
    public void load() throws IOException {
        shut = WorkspacePageLoad.load(() -> {
            getWorkspace();
            getNotes();
        });
    }

    /** Why the team cannot use the workspace today; null when it can. */
    public String getShut() {
        return shut;
    }

    public String addNote() {
        return FormStep.run(
                errors,
                rule -> rule.startsWith("note-theme") ? "theme" : "text",
                "Your note is saved. Only your team can read it.",
                "/app/workspace/index.xhtml?faces-redirect=true&id=" + getId(),
                () -> workspace.addNote(caller, getId(), new PeerWorkspace.NoteCommand(theme, text)));
    }

    public WorkspaceView getWorkspace() {
        if (view == null) {
            view = workspace.workspace(caller, getId() == null ? -1 : getId());
        }
        return view;
    }

    public List<NoteView> getNotes() {
        if (notes == null) {
            notes = workspace.notes(caller, getId() == null ? -1 : getId());
        }
        return notes;
    }

    /** A theme's name by its code, for the notes' headings. */
    public String themeName(String code) {
        Map<String, String> names = getWorkspace().themes().stream()
                .collect(Collectors.toMap(WorkspaceView.ThemeChoice::code, WorkspaceView.ThemeChoice::name));
        return names.getOrDefault(code, code);
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

    public String getTheme() {
        return theme;
    }

    public void setTheme(String v) {
        theme = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }
}
