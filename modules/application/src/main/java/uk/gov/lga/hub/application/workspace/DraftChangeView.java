package uk.gov.lga.hub.application.workspace;

import java.time.Instant;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftChange;
import uk.gov.lga.hub.domain.challenge.workspace.draft.DraftChangeKind;

/** One entry of a draft's trail: a section's saved version with its text, or a hand-over, return or take. */
public record DraftChangeView(
        DraftChangeKind kind, String section, Long version, String text, String changedBy, Instant changedAt) {

    static DraftChangeView of(DraftChange change) {
        return new DraftChangeView(
                change.kind(), change.sectionKey(), change.version(), change.text(), change.actor(), change.at());
    }
}
