package uk.gov.lga.hub.ui.workspace;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import uk.gov.lga.hub.application.workspace.WorkspaceShut;
import uk.gov.lga.hub.ui.form.PageLoad;

/**
 * A workspace page's first load: a team member outside the window reads why on the page (403, with when it opens or
 * closed); anyone else is answered as if the challenge were not there ({@link PageLoad#orNotFound}).
 */
final class WorkspacePageLoad {

    private WorkspacePageLoad() {}

    /** Runs the page's reads; the reason the workspace is shut today, or null when it is not. */
    static String load(Runnable reads) throws IOException {
        String[] shut = {null};
        PageLoad.orNotFound(() -> {
            try {
                reads.run();
            } catch (WorkspaceShut notToday) {
                shut[0] = notToday.getMessage();
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
            }
        });
        return shut[0];
    }
}
