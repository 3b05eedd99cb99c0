package uk.gov.lga.hub.domain.evidence;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** An upload over the size limit: refused before anything is stored (the API answers 413). */
public class FileTooLarge extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public FileTooLarge(long limitBytes) {
        super(
                "evidence-too-large",
                "The file is larger than " + EvidencePolicy.describe(limitBytes)
                        + ". Upload a smaller file, or link to the document instead.");
    }

    /** Another upload's limit (an import's), with its own rule and advice; answered the same way. */
    public FileTooLarge(String rule, String message) {
        super(rule, message);
    }
}
