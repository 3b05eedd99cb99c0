package uk.gov.lga.hub.domain.council;

import java.util.regex.Pattern;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A council's ONS (GSS) code, the one identifier every part of the service and the provisioner uses for a council:
 * {@code E} and eight digits for an English local authority, e.g. {@code E08000026} for Coventry.
 */
public record CouncilCode(String value) {

    private static final Pattern GSS_ENGLAND = Pattern.compile("E\\d{8}");

    public CouncilCode {
        DomainRuleViolation.require(
                isValid(value),
                "council-code-invalid",
                "A council code is the ONS code of an English authority: E followed by eight digits, e.g. E08000026"
                        + (value == null ? "." : ", not '" + abbreviated(value) + "'."));
    }

    public static CouncilCode of(String value) {
        return new CouncilCode(value);
    }

    /** Whether {@code value} is a council code, for callers that must not throw (a token's claim, a URL). */
    public static boolean isValid(String value) {
        return value != null && GSS_ENGLAND.matcher(value).matches();
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
