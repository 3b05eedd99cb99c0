package uk.gov.lga.hub.domain.council.register;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** A previewed register that may no longer be confirmed: confirmed already, or the councils changed since. */
public class RegisterLoadOutOfDate extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public RegisterLoadOutOfDate(String rule, String message) {
        super(rule, message);
    }
}
