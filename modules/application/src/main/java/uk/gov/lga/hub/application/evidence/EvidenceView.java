package uk.gov.lga.hub.application.evidence;

import java.time.Instant;
import uk.gov.lga.hub.domain.evidence.Evidence;
import uk.gov.lga.hub.domain.evidence.EvidenceKind;
import uk.gov.lga.hub.domain.evidence.EvidenceTarget;

/** One version of a piece of evidence, without its bytes (those come from its download address). */
public record EvidenceView(
        long id,
        String lineage,
        int version,
        EvidenceKind kind,
        String title,
        String url,
        String fileName,
        String contentType,
        Long sizeBytes,
        String sha256,
        EvidenceTarget attachedTo,
        long attachedId,
        String addedBy,
        Instant addedAt) {

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.id(),
                e.lineage(),
                e.versionNo(),
                e.kind(),
                e.title(),
                e.url(),
                e.fileName(),
                e.contentType(),
                e.sizeBytes(),
                e.sha256(),
                e.attachedTo(),
                e.attachedId(),
                e.addedBy(),
                e.addedAt());
    }

    public boolean attachedTo(EvidenceTarget target, long targetId) {
        return attachedTo == target && attachedId == targetId;
    }
}
