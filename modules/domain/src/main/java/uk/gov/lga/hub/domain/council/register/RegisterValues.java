package uk.gov.lga.hub.domain.council.register;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

/**
 * A register's words for a council's type and region, read leniently: the service's own codes and names, the ONS
 * spellings ("Yorkshire and The Humber", "E12000006"), the official terms for types, any case.
 */
public final class RegisterValues {

    /** The ONS (GSS) codes of England's nine regions, as the LAD-to-region lookups give them. */
    private static final Map<String, Region> ONS_REGION_CODES = Map.of(
            "e12000001", Region.NORTH_EAST,
            "e12000002", Region.NORTH_WEST,
            "e12000003", Region.YORKSHIRE_AND_THE_HUMBER,
            "e12000004", Region.EAST_MIDLANDS,
            "e12000005", Region.WEST_MIDLANDS,
            "e12000006", Region.EAST_OF_ENGLAND,
            "e12000007", Region.LONDON,
            "e12000008", Region.SOUTH_EAST,
            "e12000009", Region.SOUTH_WEST);

    private static final Map<String, CouncilType> TYPE_TERMS = Map.ofEntries(
            Map.entry("metropolitan district", CouncilType.METROPOLITAN_DISTRICT),
            Map.entry("metropolitan borough", CouncilType.METROPOLITAN_DISTRICT),
            Map.entry("met district", CouncilType.METROPOLITAN_DISTRICT),
            Map.entry("md", CouncilType.METROPOLITAN_DISTRICT),
            Map.entry("london borough", CouncilType.LONDON_BOROUGH),
            Map.entry("lb", CouncilType.LONDON_BOROUGH),
            Map.entry("unitary authority", CouncilType.UNITARY),
            Map.entry("unitary", CouncilType.UNITARY),
            Map.entry("ua", CouncilType.UNITARY),
            Map.entry("non metropolitan district", CouncilType.DISTRICT),
            Map.entry("shire district", CouncilType.DISTRICT),
            Map.entry("district", CouncilType.DISTRICT),
            Map.entry("nmd", CouncilType.DISTRICT),
            Map.entry("sd", CouncilType.DISTRICT),
            Map.entry("county", CouncilType.COUNTY),
            Map.entry("shire county", CouncilType.COUNTY),
            Map.entry("sc", CouncilType.COUNTY),
            Map.entry("other", CouncilType.OTHER),
            Map.entry("sui generis", CouncilType.OTHER));

    /** The ONS entity codes (the code's first three characters) of England's principal councils, by type. */
    private static final Map<String, CouncilType> ENTITY_TYPES = Map.of(
            "E06", CouncilType.UNITARY,
            "E07", CouncilType.DISTRICT,
            "E08", CouncilType.METROPOLITAN_DISTRICT,
            "E09", CouncilType.LONDON_BOROUGH,
            "E10", CouncilType.COUNTY);

    private RegisterValues() {}

    /**
     * A council's type from its ONS code, for files without a type column: E06 unitary authority, E07
     * non-metropolitan district, E08 metropolitan district, E09 London borough, E10 county.
     */
    public static Optional<CouncilType> typeOfCode(String code) {
        return code == null || code.length() < 3
                ? Optional.empty()
                : Optional.ofNullable(ENTITY_TYPES.get(code.substring(0, 3)));
    }

    public static Optional<Region> region(String value) {
        String wanted = words(value).replace(" the ", " ");
        if (ONS_REGION_CODES.containsKey(wanted)) {
            return Optional.of(ONS_REGION_CODES.get(wanted));
        }
        return Stream.of(Region.values())
                .filter(r -> words(r.code()).replace(" the ", " ").equals(wanted)
                        || words(r.displayName()).replace(" the ", " ").equals(wanted)
                        || words(r.name()).replace(" the ", " ").equals(wanted))
                .findFirst()
                .or(() -> wanted.equals("east") || wanted.equals("eastern")
                        ? Optional.of(Region.EAST_OF_ENGLAND)
                        : Optional.empty());
    }

    public static Optional<CouncilType> type(String value) {
        String wanted = words(value);
        if (wanted.endsWith(" council")) {
            wanted = wanted.substring(0, wanted.length() - " council".length());
        }
        if (TYPE_TERMS.containsKey(wanted)) {
            return Optional.of(TYPE_TERMS.get(wanted));
        }
        String term = wanted;
        return Stream.of(CouncilType.values())
                .filter(t -> words(t.name()).equals(term))
                .findFirst();
    }

    /** Lower case, words separated by single spaces, "&" as "and". */
    static String words(String value) {
        return value == null
                ? ""
                : value.toLowerCase(Locale.UK)
                        .replace("&", " and ")
                        .replaceAll("[-_./,]", " ")
                        .replaceAll("\\s+", " ")
                        .strip();
    }
}
