package uk.gov.lga.hub.domain.council.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which heading of the file holds each field. The official files' headings change by year (LAD23CD, LAD24CD, …),
 * so the person loading the file says which is which; a field they leave out is guessed from the headings.
 */
public record RegisterColumns(String code, String name, String type, String region) {

    public enum Field {
        CODE("code", "the council's ONS code"),
        NAME("name", "the council's name"),
        TYPE("type", "the council's type"),
        REGION("region", "the council's region");

        private final String key;
        private final String description;

        Field(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** The name of the field in requests (codeColumn, nameColumn, …) and forms. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    private static final String AREA = "(lad|ctyua|utla|ltla|cty|ua|la|lpa)\\d{2}";
    private static final List<Pattern> CODE = patterns(AREA + "cd", "(ons |gss |council |local authority |la )?code");
    private static final List<Pattern> NAME =
            patterns(AREA + "nm", "(council |local authority |la |authority )?name", "council", "local authority");
    private static final List<Pattern> TYPE =
            patterns("(council |local authority |la |authority )?type", "(council )?classification", "class");
    private static final List<Pattern> REGION =
            patterns("rgn\\d{2}nm", "(lga |english |ons )?region( name)?", "rgn\\d{2}cd", "region code");

    public String of(Field field) {
        return switch (field) {
            case CODE -> code;
            case NAME -> name;
            case TYPE -> type;
            case REGION -> region;
        };
    }

    /**
     * The columns to read: each one asked for (if the file has that heading), else the first heading that looks
     * like it. Fields neither asked for nor recognisable are left empty (null).
     */
    public static Guess resolve(List<String> headings, RegisterColumns asked) {
        List<Field> guessed = new ArrayList<>();
        List<String> unknownAsked = new ArrayList<>();
        String[] chosen = new String[Field.values().length];
        for (Field field : Field.values()) {
            String wanted = asked == null ? null : blankToNull(asked.of(field));
            if (wanted != null) {
                Optional<String> heading = headings.stream()
                        .filter(h -> h.strip().equalsIgnoreCase(wanted.strip()))
                        .findFirst();
                heading.ifPresentOrElse(h -> chosen[field.ordinal()] = h, () -> unknownAsked.add(wanted));
            } else {
                chosen[field.ordinal()] = guess(headings, field).orElse(null);
                if (chosen[field.ordinal()] != null) {
                    guessed.add(field);
                }
            }
        }
        return new Guess(
                new RegisterColumns(chosen[0], chosen[1], chosen[2], chosen[3]),
                List.copyOf(guessed),
                List.copyOf(unknownAsked));
    }

    /** The columns chosen, which of them were guessed, and any heading asked for that the file does not have. */
    public record Guess(RegisterColumns columns, List<Field> guessed, List<String> unknownAsked) {

        /**
         * Fields without a column. The type may have none: the ONS files have no type column, and a council's type
         * then comes from its code (see {@link RegisterValues#typeOfCode}).
         */
        public List<Field> missing() {
            return java.util.Arrays.stream(Field.values())
                    .filter(f -> columns.of(f) == null && f != Field.TYPE)
                    .toList();
        }
    }

    private static Optional<String> guess(List<String> headings, Field field) {
        List<Pattern> patterns = switch (field) {
            case CODE -> CODE;
            case NAME -> NAME;
            case TYPE -> TYPE;
            case REGION -> REGION;
        };
        for (Pattern pattern : patterns) {
            for (String heading : headings) {
                if (pattern.matcher(RegisterValues.words(heading)).matches()) {
                    return Optional.of(heading);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
