package uk.gov.lga.hub.domain.challenge;

import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Unusual dates the manager has not yet confirmed: nothing was changed; the same request, confirmed, will be
 * accepted. Pages ask "are you sure?" with the reasons; the API answers 422 with rule {@value #RULE}.
 */
public class UnconfirmedDates extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public static final String RULE = "unusual-dates-unconfirmed";

    private final List<String> reasons;

    UnconfirmedDates(List<String> reasons) {
        super(RULE, String.join(" ", reasons) + " Confirm the dates if they are right.");
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
