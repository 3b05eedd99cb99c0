package uk.gov.lga.hub.provisioning.council;

import java.util.regex.Pattern;
import uk.gov.lga.hub.provisioning.InvalidInput;

/** A council's GSS code, as used for England's local authorities: {@code E} and eight digits. */
public record CouncilCode(String value) {

    private static final Pattern GSS_ENGLAND = Pattern.compile("E\\d{8}");

    public CouncilCode {
        if (value == null || !GSS_ENGLAND.matcher(value).matches()) {
            throw new InvalidInput("A council code is E and eight digits (a GSS code such as E08000037), not '"
                    + value + "'.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
