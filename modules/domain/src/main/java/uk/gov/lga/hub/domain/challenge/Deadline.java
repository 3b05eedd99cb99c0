package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One publication clock of a challenge: when it is due (and the latest it may be), when it was done, and so
 * whether it is upcoming, past its target, overdue, met, or met late (and by how many days).
 */
public record Deadline(
        PublicationKind kind, LocalDate due, LocalDate latest, LocalDate done, Status status, long daysLate) {

    public enum Status {
        UPCOMING,
        PAST_TARGET,
        OVERDUE,
        MET,
        MET_LATE,
        NOT_RECORDED
    }

    static Deadline of(
            PublicationKind kind, LocalDate due, LocalDate latest, LocalDate done, boolean closed, LocalDate today) {
        if (done != null) {
            long late = Math.max(0, ChronoUnit.DAYS.between(due, done));
            return new Deadline(kind, due, latest, done, late == 0 ? Status.MET : Status.MET_LATE, late);
        }
        if (closed) {
            return new Deadline(kind, due, latest, null, Status.NOT_RECORDED, 0);
        }
        long late = Math.max(0, ChronoUnit.DAYS.between(due, today));
        Status status =
                !today.isAfter(due) ? Status.UPCOMING : today.isAfter(latest) ? Status.OVERDUE : Status.PAST_TARGET;
        return new Deadline(kind, due, latest, null, status, late);
    }

    public boolean overdue() {
        return status == Status.OVERDUE;
    }
}
