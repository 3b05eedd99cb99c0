package uk.gov.lga.hub.application.workspace;

import java.time.Instant;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.workspace.WorkspaceState;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftReport;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftRole;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftSection;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftSectionKind;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftState;

/**
 * The team's draft report as one caller sees it: whose it is, what the caller may do with it today, and each
 * section with the version to quote when saving it (If-Match).
 *
 * @param writable     the caller may save sections
 * @param canHandOver  the caller may hand it over to the manager
 * @param canManage    the caller may return it to the team or take it into the feedback report (once handed over)
 */
public record DraftView(
        long challengeId,
        DraftState state,
        String handedOverBy,
        Instant handedOverAt,
        boolean writable,
        boolean canHandOver,
        boolean canManage,
        List<DraftSectionView> sections) {

    /** One section; {@code changedBy} and {@code changedAt} are empty until it is first saved. */
    public record DraftSectionView(
            String key,
            DraftSectionKind kind,
            String heading,
            String text,
            long version,
            String changedBy,
            Instant changedAt) {

        static DraftSectionView of(DraftSection s) {
            return new DraftSectionView(
                    s.key(), s.kind(), s.heading(), s.text(), s.version(), s.changedBy(), s.changedAt());
        }
    }

    static DraftView of(long challengeId, DraftReport draft, DraftRole role, WorkspaceState today) {
        boolean withTeam = draft.state() == DraftState.WITH_TEAM;
        return new DraftView(
                challengeId,
                draft.state(),
                draft.handedOverBy(),
                draft.handedOverAt(),
                draft.writableBy(role, today),
                role != DraftRole.ADMINISTRATOR && withTeam && today.writable(),
                role != DraftRole.PEER && !withTeam,
                draft.sections().stream().map(DraftSectionView::of).toList());
    }
}
