package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.challenge.ProgressReview;

/** Where a challenge's progress review stands. */
public enum ReviewStanding {
    NOT_SCHEDULED,
    SCHEDULED,
    HELD,
    OVERDUE;

    /** Held when held; overdue once twelve months after the visit pass without it; else scheduled or not. */
    public static ReviewStanding of(LocalDate visitEnd, LocalDate planned, LocalDate held, LocalDate today) {
        if (held != null) {
            return HELD;
        }
        if (today.isAfter(visitEnd.plusMonths(ProgressReview.LATEST_MONTHS_AFTER_VISIT))) {
            return OVERDUE;
        }
        return planned != null ? SCHEDULED : NOT_SCHEDULED;
    }
}
