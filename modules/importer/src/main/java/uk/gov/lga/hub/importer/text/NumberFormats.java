package uk.gov.lga.hub.importer.text;

/** A list counter printed in one of Word's number formats (format names lower-cased). */
final class NumberFormats {

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
    };

    private NumberFormats() {}

    static String print(int n, String format) {
        return switch (format) {
            case "lowerletter" -> letters(n).toLowerCase(java.util.Locale.ROOT);
            case "upperletter" -> letters(n);
            case "lowerroman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            case "upperroman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    /** Word's letters: a…z, then aa…zz, then aaa… */
    private static String letters(int n) {
        if (n < 1) {
            return String.valueOf(n);
        }
        char letter = (char) ('A' + (n - 1) % 26);
        return String.valueOf(letter).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return String.valueOf(n);
        }
        StringBuilder printed = new StringBuilder();
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            for (; n >= ROMAN_VALUES[i]; n -= ROMAN_VALUES[i]) {
                printed.append(ROMAN_DIGITS[i]);
            }
        }
        return printed.toString();
    }
}
