package uk.gov.lga.hub.importer.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.text.Line;

/**
 * On-site dates as reports write them: "15 – 18 January 2024", "15-18 January 2024", "15 to 18 Jan 2024",
 * "9th – 12th October 2018", "between 9th and 12th October 2018", "30 January – 2 February 2024",
 * "30 December 2024 – 2 January 2025". A visit is at most a fortnight; longer ranges are not visits.
 */
final class VisitDates {

    /** {@code stated} is false when the dates were found in passing, not on a cover or beside "peer challenge". */
    record Visit(LocalDate start, LocalDate end, String source, boolean stated) {}

    private static final String MONTHS = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
            + "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** "4", "4th", "Monday 4": a weekday before the day is passed over. */
    private static final String DAY = "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s+)?(\\d{1,2})(?:st|nd|rd|th)?";

    private static final String UNTIL = "\\s*(?:[–—-]|to|and|until)\\s*";
    private static final Pattern SAME_MONTH = Pattern.compile(
            "\\b(?:between\\s+)?" + DAY + UNTIL + DAY + "\\s+" + MONTHS + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_MONTHS = Pattern.compile(
            "\\b" + DAY + "\\s+" + MONTHS + "(?:\\s+(\\d{4}))?" + UNTIL + DAY + "\\s+" + MONTHS + ",?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOUT_THE_VISIT =
            Pattern.compile("(?i)peer challenge|on-?site|on site|visit|" + "peer team|took place");
    private static final Pattern PROGRESS_REVIEW = Pattern.compile("(?i)progress review|follow-up visit");
    private static final int COVER_LINE = 80;
    private static final int LONGEST_VISIT_DAYS = 14;

    private VisitDates() {}

    static Optional<Visit> find(List<Line> lines) {
        Visit inPassing = null;
        for (Line line : lines) {
            if (PROGRESS_REVIEW.matcher(line.text()).find()) {
                continue; // the progress review's dates, printed beside the visit's, are not the visit
            }
            Optional<Visit> visit = inLine(line.text());
            if (visit.isPresent() && visit.get().stated()) {
                return visit;
            }
            if (visit.isPresent() && inPassing == null) {
                inPassing = visit.get();
            }
        }
        return Optional.ofNullable(inPassing);
    }

    static Optional<Visit> inLine(String line) {
        if (line.chars().noneMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty(); // no day of the month: the patterns below need not be tried
        }
        boolean stated =
                line.length() <= COVER_LINE || ABOUT_THE_VISIT.matcher(line).find();
        try {
            Matcher two = TWO_MONTHS.matcher(line);
            if (two.find()) {
                int year = Integer.parseInt(two.group(6));
                LocalDate end = LocalDate.of(year, month(two.group(5)), Integer.parseInt(two.group(4)));
                int startYear = two.group(3) == null ? year : Integer.parseInt(two.group(3));
                LocalDate start = LocalDate.of(startYear, month(two.group(2)), Integer.parseInt(two.group(1)));
                if (start.isAfter(end) && two.group(3) == null) {
                    start = start.minusYears(1);
                }
                if (plausible(start, end)) {
                    return Optional.of(new Visit(start, end, line, stated));
                }
            }
            Matcher same = SAME_MONTH.matcher(line);
            if (same.find()) {
                int year = Integer.parseInt(same.group(4));
                Month month = month(same.group(3));
                LocalDate start = LocalDate.of(year, month, Integer.parseInt(same.group(1)));
                LocalDate end = LocalDate.of(year, month, Integer.parseInt(same.group(2)));
                if (plausible(start, end)) {
                    return Optional.of(new Visit(start, end, line, stated));
                }
            }
        } catch (DateTimeException notADate) {
            return Optional.empty(); // "31 – 34 June": not dates
        }
        return Optional.empty();
    }

    private static boolean plausible(LocalDate start, LocalDate end) {
        return !start.isAfter(end) && !start.plusDays(LONGEST_VISIT_DAYS).isBefore(end);
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("No month " + name);
    }
}
