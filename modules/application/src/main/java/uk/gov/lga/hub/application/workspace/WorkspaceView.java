package uk.gov.lga.hub.application.workspace;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.evidence.EvidenceView;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceState;

/**
 * What the peer team sees of its challenge's workspace: the window, the council's position statement (null
 * until the council writes one) and the document pack (every version, oldest first).
 */
public record WorkspaceView(
        long challengeId,
        String councilName,
        WorkspaceState state,
        boolean mayWriteNotes,
        LocalDate opensOn,
        LocalDate readOnlyFrom,
        LocalDate closesOn,
        String positionStatement,
        List<EvidenceView> documents,
        List<ThemeChoice> themes) {

    /** A theme a note may be written on. */
    public record ThemeChoice(String code, String name) {}
}
