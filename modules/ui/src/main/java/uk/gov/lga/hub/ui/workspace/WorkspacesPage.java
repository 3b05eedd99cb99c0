package uk.gov.lga.hub.ui.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.workspace.WorkspaceDoor;

/** The workspaces of the challenges whose peer team the signed-in person is on. */
@Named
@RequestScoped
public class WorkspacesPage {

    @Inject
    WorkspaceDoor door;

    @Inject
    Caller caller;

    private List<WorkspaceDoor.Entry> entries;

    public List<WorkspaceDoor.Entry> getEntries() {
        if (entries == null) {
            entries = door.ofCaller(caller);
        }
        return entries;
    }
}
