package uk.gov.lga.hub.domain.challenge;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

/** What the peers said of one recommendation at the progress review. */
public record ProgressFeedback(Rag rag, String comment) {

    public ProgressFeedback {
        DomainRuleViolation.require(
                rag != null, "progress-rag-required", "Give each recommendation a red, amber or green rating.");
    }
}
