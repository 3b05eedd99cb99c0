package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import uk.gov.lga.hub.domain.progress.Lag;

/**
 * The order of a region's councils: "who is behind" by default ({@link Lag}), or any column either way. Councils
 * with nothing to compare (no challenge yet) come last whichever way; ties go by name, so an order is stable and
 * the page and its downloads always agree.
 */
public record CouncilSort(Column column, boolean descending) {

    public static final CouncilSort MOST_BEHIND_FIRST = new CouncilSort(Column.BEHIND, false);
    public static final CouncilSort BY_NAME = new CouncilSort(Column.COUNCIL, false);

    /** What a table can be sorted by; ascending means most behind first, A to Z, smallest or earliest first. */
    public enum Column {
        BEHIND,
        COUNCIL,
        LATEST_VISIT,
        OVERDUE_ACTIONS,
        COMPLETE,
        DAYS_SINCE_UPDATE,
        PROGRESS_REVIEW,
        NEXT_DUE;

        /** As it appears in an address: {@code days-since-update}. */
        public String parameter() {
            return name().toLowerCase(Locale.UK).replace('_', '-');
        }
    }

    /** From an address's {@code sort} and {@code order}; anything unknown or missing gives the default. */
    public static CouncilSort of(String sort, String order) {
        return Arrays.stream(Column.values())
                .filter(c -> c.parameter().equals(sort))
                .findFirst()
                .map(c -> new CouncilSort(c, "descending".equals(order)))
                .orElse(MOST_BEHIND_FIRST);
    }

    public String order() {
        return descending ? "descending" : "ascending";
    }

    public Comparator<Dashboard.CouncilLine> comparator() {
        Comparator<Dashboard.CouncilLine> byColumn = switch (column) {
            case BEHIND -> by(CouncilSort::lag, Lag.MOST_BEHIND_FIRST);
            case COUNCIL -> by(Dashboard.CouncilLine::name, String.CASE_INSENSITIVE_ORDER);
            case LATEST_VISIT -> by(latest(Dashboard.Latest::onSiteStart), Comparator.<LocalDate>naturalOrder());
            case OVERDUE_ACTIONS -> by(latest(l -> l.counts().overdue()), Comparator.<Integer>naturalOrder());
            case COMPLETE -> by(latest(Dashboard.Latest::shareComplete), Comparator.<Double>naturalOrder());
            case DAYS_SINCE_UPDATE ->
                by(latest(Dashboard.Latest::daysSinceLastUpdate), Comparator.<Long>naturalOrder());
            case PROGRESS_REVIEW -> by(latest(Dashboard.Latest::progressReview), Lag.REVIEW_MOST_BEHIND_FIRST);
            // Never having had one makes a council due before any date.
            case NEXT_DUE ->
                by(
                        line -> line.cycle().nextDue() == null
                                ? LocalDate.MIN
                                : line.cycle().nextDue(),
                        Comparator.<LocalDate>naturalOrder());
        };
        return byColumn.thenComparing(Dashboard.CouncilLine::name, String.CASE_INSENSITIVE_ORDER);
    }

    /** The column's values in the chosen direction, empty ones last either way. */
    private <T> Comparator<Dashboard.CouncilLine> by(Function<Dashboard.CouncilLine, T> value, Comparator<T> order) {
        return Comparator.comparing(value, Comparator.nullsLast(descending ? order.reversed() : order));
    }

    private static <T> Function<Dashboard.CouncilLine, T> latest(Function<Dashboard.Latest, T> value) {
        return line -> line.latest() == null ? null : value.apply(line.latest());
    }

    private static Lag lag(Dashboard.CouncilLine line) {
        Dashboard.Latest latest = line.latest();
        return latest == null
                ? null
                : new Lag(latest.counts().overdue(), latest.daysSinceLastUpdate(), latest.progressReview());
    }
}
