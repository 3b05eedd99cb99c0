package uk.gov.lga.hub.domain.region;

import java.util.Arrays;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The nine LGA regions of England; each has one Principal Adviser. */
public enum Region {
    NORTH_EAST("north-east", "North East"),
    NORTH_WEST("north-west", "North West"),
    YORKSHIRE_AND_THE_HUMBER("yorkshire-and-the-humber", "Yorkshire and the Humber"),
    EAST_MIDLANDS("east-midlands", "East Midlands"),
    WEST_MIDLANDS("west-midlands", "West Midlands"),
    EAST_OF_ENGLAND("east-of-england", "East of England"),
    LONDON("london", "London"),
    SOUTH_EAST("south-east", "South East"),
    SOUTH_WEST("south-west", "South West");

    private final String code;
    private final String displayName;

    Region(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** The stable code used in URLs, tokens and the database. */
    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Region fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new DomainRuleViolation("region-unknown", "There is no LGA region " + code + "."));
    }
}
