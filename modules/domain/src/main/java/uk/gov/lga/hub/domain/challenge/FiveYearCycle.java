package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;

/** Every council should have a Corporate Peer Challenge at least every five years. */
public final class FiveYearCycle {

    public static final int YEARS = 5;

    private FiveYearCycle() {
    }

    /** When the next CPC falls due after a visit that ended on the given day. */
    public static LocalDate nextDue(LocalDate lastVisitEnd) {
        return lastVisitEnd.plusYears(YEARS);
    }

    public static boolean isOverdue(LocalDate lastVisitEnd, LocalDate today) {
        return today.isAfter(nextDue(lastVisitEnd));
    }

    /** Where a council stands: never had one, a challenge already planned, overdue, due within a year, or not due. */
    public enum Standing {
        NEVER, PLANNED, OVERDUE, DUE_WITHIN_A_YEAR, NOT_DUE
    }

    /**
     * @param lastVisitEnd  the last day on site of the council's latest challenge that took place
     * @param nextPlanned   the first day of a challenge proposed or scheduled after it, if any
     */
    public static Standing standing(java.util.Optional<LocalDate> lastVisitEnd,
                                    java.util.Optional<LocalDate> nextPlanned, LocalDate today) {
        if (nextPlanned.isPresent()) {
            return Standing.PLANNED;
        }
        if (lastVisitEnd.isEmpty()) {
            return Standing.NEVER;
        }
        LocalDate due = nextDue(lastVisitEnd.get());
        if (today.isAfter(due)) {
            return Standing.OVERDUE;
        }
        return today.isAfter(due.minusYears(1)) ? Standing.DUE_WITHIN_A_YEAR : Standing.NOT_DUE;
    }
}
