package uk.gov.lga.hub.domain.progress;

import java.util.Comparator;
import java.util.List;

/**
 * How far behind a challenge's follow-up is, as principal advisers rank "who is behind": overdue actions first,
 * then the time since the council last reported progress, then its progress review.
 *
 * @param daysSinceLastUpdate empty when the council has never reported progress, which ranks as the longest
 */
public record Lag(int overdueActions, Long daysSinceLastUpdate, ReviewStanding progressReview) {

    private static final List<ReviewStanding> REVIEWS = List.of(
            ReviewStanding.OVERDUE, ReviewStanding.NOT_SCHEDULED, ReviewStanding.SCHEDULED, ReviewStanding.HELD);

    /** Reviews from most to least behind: an overdue one is worse than one nobody has planned yet. */
    public static final Comparator<ReviewStanding> REVIEW_MOST_BEHIND_FIRST = Comparator.comparingInt(REVIEWS::indexOf);

    public static final Comparator<Lag> MOST_BEHIND_FIRST = Comparator.comparingInt(Lag::overdueActions)
            .reversed()
            .thenComparing(Lag::daysSinceLastUpdate, Comparator.nullsFirst(Comparator.<Long>reverseOrder()))
            .thenComparing(Lag::progressReview, REVIEW_MOST_BEHIND_FIRST);
}
