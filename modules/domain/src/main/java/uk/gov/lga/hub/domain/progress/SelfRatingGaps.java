package uk.gov.lga.hub.domain.progress;

import java.util.Collection;
import java.util.Objects;
import uk.gov.lga.hub.domain.shared.RatingGap;

/**
 * Recommendations both the council and its peers rated at a progress review, by how the council's own rating
 * compares: the advisers' view of where councils rate themselves greener than their peers.
 */
public record SelfRatingGaps(int compared, int same, int councilGreener, int councilRedder) {

    public static final SelfRatingGaps NONE = new SelfRatingGaps(0, 0, 0, 0);

    /** Counts the gaps given; a missing gap (one side has not rated) is not a comparison and is left out. */
    public static SelfRatingGaps of(Collection<RatingGap> gaps) {
        var rated = gaps.stream().filter(Objects::nonNull).toList();
        return new SelfRatingGaps(
                rated.size(),
                count(rated, RatingGap.SAME),
                count(rated, RatingGap.COUNCIL_GREENER),
                count(rated, RatingGap.COUNCIL_REDDER));
    }

    public SelfRatingGaps plus(SelfRatingGaps other) {
        return new SelfRatingGaps(
                compared + other.compared,
                same + other.same,
                councilGreener + other.councilGreener,
                councilRedder + other.councilRedder);
    }

    /** The council rated itself greener than its peers on at least one recommendation. */
    public boolean ratesItselfGreener() {
        return councilGreener > 0;
    }

    private static int count(Collection<RatingGap> gaps, RatingGap gap) {
        return (int) gaps.stream().filter(g -> g == gap).count();
    }
}
