package uk.gov.lga.hub.provisioning.region;

import java.util.regex.Pattern;
import uk.gov.lga.hub.provisioning.InvalidInput;

/**
 * A region's code, the name of its group under {@code /regions}, e.g. {@code west-midlands}. Only its shape is
 * checked here, not the domain's {@code Region} list: which regions exist is the realm's to say, and a well-formed
 * code the realm lacks is a 404, where the domain would refuse it as a 400.
 */
public record RegionCode(String value) {

    private static final Pattern CODE = Pattern.compile("[a-z]+(-[a-z]+){0,9}");

    public RegionCode {
        if (value == null || value.length() > 60 || !CODE.matcher(value).matches()) {
            throw new InvalidInput("A region code is lower-case words joined by hyphens (such as west-midlands), "
                    + "not '" + value + "'.");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
