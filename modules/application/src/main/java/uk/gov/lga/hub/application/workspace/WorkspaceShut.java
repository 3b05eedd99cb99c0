package uk.gov.lga.hub.application.workspace;

import uk.gov.lga.hub.application.security.AccessDenied;

/** The caller is on the team, but the workspace is not open to it today; the message says when it opens or closed. */
public class WorkspaceShut extends AccessDenied {

    private static final long serialVersionUID = 1L;

    public WorkspaceShut(String message) {
        super(message);
    }
}
