package uk.gov.lga.hub.importer.report;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** On-site dates as reports write them: "15 – 18 January 2024", "9th to 12th October 2018", "between 9th and
 * 12th October 2018", "30 January – 2 February 2024". */
final class VisitDates {

    record Visit(LocalDate start, LocalDate end, String source) {
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String UNTIL = "\\s*(?:[–—-]|to|and|until)\\s*";
    private static final Pattern SAME_MONTH = Pattern.compile("(?:between\\s+)?" + DAY + UNTIL + DAY + "\\s+" + MONTHS
            + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_MONTHS = Pattern.compile(DAY + "\\s+" + MONTHS + UNTIL + DAY + "\\s+" + MONTHS
            + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);

    private VisitDates() {
    }

    static Optional<Visit> find(List<String> lines) {
        for (String line : lines) {
            Matcher two = TWO_MONTHS.matcher(line);
            if (two.find()) {
                int year = Integer.parseInt(two.group(5));
                LocalDate end = LocalDate.of(year, month(two.group(4)), Integer.parseInt(two.group(3)));
                LocalDate start = LocalDate.of(year, month(two.group(2)), Integer.parseInt(two.group(1)));
                return Optional.of(new Visit(start.isAfter(end) ? start.minusYears(1) : start, end, line));
            }
            Matcher same = SAME_MONTH.matcher(line);
            if (same.find()) {
                int year = Integer.parseInt(same.group(4));
                Month month = month(same.group(3));
                int first = Integer.parseInt(same.group(1));
                int last = Integer.parseInt(same.group(2));
                if (first <= last && last - first <= 7) {
                    return Optional.of(new Visit(LocalDate.of(year, month, first), LocalDate.of(year, month, last), line));
                }
            }
        }
        return Optional.empty();
    }

    private static Month month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
