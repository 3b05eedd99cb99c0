package uk.gov.lga.hub.domain.shared;

/**
 * A domain rule refused a change. The message is written for the person who asked for the change;
 * {@link #rule()} is a stable slug that API clients can switch on.
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    public DomainRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** Throws when the condition does not hold: the one way domain classes check their invariants. */
    public static void require(boolean condition, String rule, String message) {
        if (!condition) {
            throw new DomainRuleViolation(rule, message);
        }
    }

    public static String requireText(String value, String rule, String what) {
        require(value != null && !value.isBlank(), rule, what + " is required.");
        return value.strip();
    }
}
