package uk.gov.lga.hub.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.RatingGap;

class SelfRatingGapsTest {

    @Test
    void countsEachComparisonAndLeavesOutRecommendationsOnlyOneSideRated() {
        SelfRatingGaps gaps = SelfRatingGaps.of(Arrays.asList(
                RatingGap.COUNCIL_GREENER, RatingGap.SAME, null, RatingGap.COUNCIL_GREENER, RatingGap.COUNCIL_REDDER));
        assertEquals(new SelfRatingGaps(4, 1, 2, 1), gaps);
        assertTrue(gaps.ratesItselfGreener());
    }

    @Test
    void aCouncilThatNeverRatesItselfAboveItsPeersIsNotGreener() {
        assertFalse(SelfRatingGaps.of(Arrays.asList(RatingGap.SAME, RatingGap.COUNCIL_REDDER))
                .ratesItselfGreener());
        assertEquals(
                new SelfRatingGaps(3, 2, 0, 1),
                SelfRatingGaps.of(Arrays.asList(RatingGap.SAME, RatingGap.COUNCIL_REDDER))
                        .plus(SelfRatingGaps.of(Arrays.asList(RatingGap.SAME))));
    }
}
