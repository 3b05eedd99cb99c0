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
}
