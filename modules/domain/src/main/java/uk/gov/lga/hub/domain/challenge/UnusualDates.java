package uk.gov.lga.hub.domain.challenge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.domain.shared.HumanDate;

/**
 * Dates a manager may well have mistyped: allowed, but only once the manager has said they are sure. The reasons
 * are written for the manager; an unconfirmed change with any of them is refused with {@link UnconfirmedDates}.
 *
 * @param today the day the manager is choosing on (a visit before it is in the past)
 * @param confirmed whether the manager has already been told the reasons and said yes
 */
public record UnusualDates(LocalDate today, boolean confirmed) {

    /** Visits shorter or longer than this are possible (a follow-up, a combined review) but rare. */
    static final int SHORTEST_LIKELY_VISIT_DAYS = 2;

    static final int LONGEST_LIKELY_VISIT_DAYS = 5;

    /** A progress review this soon after the visit leaves the council no time to act on the recommendations. */
    static final int EARLIEST_LIKELY_REVIEW_MONTHS = 6;

    /** Asks before anything unusual; the first time a manager sends the dates. */
    public static UnusualDates askingOn(LocalDate today) {
        return new UnusualDates(today, false);
    }

    /** The manager has seen the reasons and said yes. */
    public static UnusualDates confirmedOn(LocalDate today) {
        return new UnusualDates(today, true);
    }

    /** What is unusual about a visit's length, whenever it was: shown on the challenge even once confirmed. */
    public static List<String> ofLength(OnSiteVisit visit) {
        int days = visit.days();
        return days < SHORTEST_LIKELY_VISIT_DAYS || days > LONGEST_LIKELY_VISIT_DAYS
                ? List.of("The visit lasts " + days + (days == 1 ? " day" : " days")
                        + "; Corporate Peer Challenges spend two to five days on site, usually four.")
                : List.of();
    }

    /** What is unusual about a visit being planned today. */
    public List<String> ofVisit(OnSiteVisit visit) {
        List<String> reasons = new ArrayList<>();
        if (visit.startDate().isBefore(today)) {
            reasons.add("The visit starts on " + HumanDate.of(visit.startDate()) + ", which is in the past.");
        }
        reasons.addAll(ofLength(visit));
        return reasons;
    }

    /** What is unusual about a progress review on this date after this visit. */
    public List<String> ofProgressReview(OnSiteVisit visit, LocalDate review) {
        LocalDate earliest = visit.endDate().plusMonths(EARLIEST_LIKELY_REVIEW_MONTHS);
        return review != null && review.isBefore(earliest)
                ? List.of("The progress review on " + HumanDate.of(review)
                        + " is less than six months after the visit; it is usually about ten months after, so the"
                        + " council has time to act (six months after is " + HumanDate.of(earliest) + ").")
                : List.of();
    }

    void requireConfirmedVisit(OnSiteVisit visit) {
        requireConfirmed(ofVisit(visit));
    }

    void requireConfirmedProgressReview(OnSiteVisit visit, LocalDate review) {
        requireConfirmed(ofProgressReview(visit, review));
    }

    private void requireConfirmed(List<String> reasons) {
        if (!confirmed && !reasons.isEmpty()) {
            throw new UnconfirmedDates(reasons);
        }
    }
}
