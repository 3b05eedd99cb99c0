package uk.gov.lga.hub.ui.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.workspace.DraftChangeView;
import uk.gov.lga.hub.application.workspace.DraftView;
import uk.gov.lga.hub.application.workspace.TeamDraft;
import uk.gov.lga.hub.ui.form.FieldError;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;
import uk.gov.lga.hub.ui.form.FormStep;

/**
 * The team's draft report: each section with its text box and save button (a plain form per section, posting the
 * section's key, the version shown and the text), its history on request, and the hand-over, return and
 * take-into-report buttons as the service allows them. A save someone overtook keeps what the writer typed and
 * shows the other writer's text and name next to it.
 */
@Named
@RequestScoped
public class DraftPage {

    @Inject
    TeamDraft drafts;

    @Inject
    Caller caller;

    private final FormErrors errors = new FormErrors();
    private Long id;
    private DraftView view;
    private String shut;
    private DraftView.DraftSectionView conflict;
    private String typed;

    public void load() throws IOException {
        shut = WorkspacePageLoad.load(() -> {
            getDraft();
            getHistory();
        });
    }

    public String save() {
        String section = FieldInput.parameter("section");
        typed = FieldInput.parameter("text");
        return FormStep.run(
                errors, rule -> "text-" + section, "The section is saved. Your team sees it now.", here(), () -> {
                    try {
                        drafts.save(
                                caller,
                                getId(),
                                section,
                                FieldInput.numberParameter("version"),
                                new TeamDraft.DraftSectionText(typed));
                    } catch (StaleRecord overtaken) {
                        conflict = (DraftView.DraftSectionView) overtaken.current();
                        throw new FieldError("text-" + section, overtaken.getMessage());
                    }
                });
    }

    public String handOver() {
        return FormStep.run(
                errors,
                "draft",
                "The draft is handed over to the peer challenge manager.",
                here(),
                () -> drafts.handOver(caller, getId()));
    }

    public String returnToTeam() {
        return FormStep.run(
                errors,
                "draft",
                "The draft is back with the team.",
                here(),
                () -> drafts.returnToTeam(caller, getId()));
    }

    public String takeIntoReport() {
        return FormStep.run(
                errors,
                "draft",
                "The draft's words are in the feedback report.",
                "/app/challenges/report.xhtml?faces-redirect=true&id=" + getId(),
                () -> drafts.takeIntoReport(caller, getId(), null));
    }

    private String here() {
        return "/app/workspace/draft.xhtml?faces-redirect=true&id=" + getId();
    }

    public DraftView getDraft() {
        if (view == null) {
            view = drafts.draft(caller, getId() == null ? -1 : getId());
        }
        return view;
    }

    /** The section whose history was asked for (?history=key), newest first; empty when none was. */
    public List<DraftChangeView> getHistory() {
        String section = getHistorySection();
        return section == null ? List.of() : drafts.history(caller, getId() == null ? -1 : getId(), section);
    }

    public String getHistorySection() {
        return FieldInput.textParameter("history");
    }

    /** What the text box shows: what the writer typed when their save was refused, else the saved text. */
    public String textOf(DraftView.DraftSectionView section) {
        return typed != null && section.key().equals(FieldInput.parameter("section")) ? typed : section.text();
    }

    /**
     * The version the form carries: after an overtaken save, the one the other writer made, so that saving the
     * merged text is based on what was shown.
     */
    public long versionOf(DraftView.DraftSectionView section) {
        return conflict != null && conflict.key().equals(section.key()) ? conflict.version() : section.version();
    }

    /** The other writer's section when this writer's save was overtaken; else null. */
    public DraftView.DraftSectionView getConflict() {
        return conflict;
    }

    public String getShut() {
        return shut;
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
