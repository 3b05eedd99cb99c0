package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;

/** Every council should have a Corporate Peer Challenge at least every five years. */
public final class FiveYearCycle {

    public static final int YEARS = 5;

    private FiveYearCycle() {}

    /** When the next CPC falls due after a visit that ended on the given day. */
    public static LocalDate nextDue(LocalDate lastVisitEnd) {
        return lastVisitEnd.plusYears(YEARS);
    }

    public static boolean isOverdue(LocalDate lastVisitEnd, LocalDate today) {
        return today.isAfter(nextDue(lastVisitEnd));
    }

    /** Where a council stands: never had one, a challenge already planned, overdue, due within a year, or not due. */
    public enum Standing {
        NEVER,
        PLANNED,
        OVERDUE,
        DUE_WITHIN_A_YEAR,
        NOT_DUE
    }

    /**
     * @param lastVisitEnd  the last day on site of the council's latest challenge that took place
     * @param nextPlanned   the first day of a challenge proposed or scheduled after it, if any
     */
    public static Standing standing(
            java.util.Optional<LocalDate> lastVisitEnd, java.util.Optional<LocalDate> nextPlanned, LocalDate today) {
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

    /** A challenge as the cycle sees it: its status and visit. */
    public record Visit(ChallengeStatus status, LocalDate start, LocalDate end) {}

    /** Where a council stands: its last visit, when the next is due, any planned one, and its standing. */
    public record Position(LocalDate lastVisitEnd, LocalDate nextDue, LocalDate nextPlannedStart, Standing standing) {}

    private static final java.util.Set<ChallengeStatus> PLANNED =
            java.util.EnumSet.of(ChallengeStatus.PROPOSED, ChallengeStatus.SCHEDULED, ChallengeStatus.POSTPONED);

    /** A visit that took place counts as the last; a proposed, scheduled or postponed one as planned. */
    public static Position position(java.util.Collection<Visit> visits, LocalDate today) {
        java.util.Optional<LocalDate> last = visits.stream()
                .filter(v -> !PLANNED.contains(v.status()) && v.status() != ChallengeStatus.CANCELLED)
                .map(Visit::end)
                .max(java.util.Comparator.naturalOrder());
        // Only a challenge after the last visit plans the next one: a stale proposal dated earlier plans nothing.
        java.util.Optional<LocalDate> planned = visits.stream()
                .filter(v -> PLANNED.contains(v.status()))
                .filter(v -> last.isEmpty() || v.start().isAfter(last.get()))
                .map(Visit::start)
                .min(java.util.Comparator.naturalOrder());
        return new Position(
                last.orElse(null),
                last.map(FiveYearCycle::nextDue).orElse(null),
                planned.orElse(null),
                standing(last, planned, today));
    }
}
