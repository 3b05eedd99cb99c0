package uk.gov.lga.hub.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RatingGapTest {

    @ParameterizedTest
    @EnumSource(Rag.class)
    void theSameRatingOnBothSidesIsNoGap(Rag rag) {
        assertEquals(RatingGap.SAME, RatingGap.between(rag, rag));
    }

    @Test
    void aCouncilRatingItselfAboveItsPeersIsGreener() {
        assertEquals(RatingGap.COUNCIL_GREENER, RatingGap.between(Rag.GREEN, Rag.AMBER));
        assertEquals(RatingGap.COUNCIL_GREENER, RatingGap.between(Rag.AMBER, Rag.RED));
        assertEquals(RatingGap.COUNCIL_GREENER, RatingGap.between(Rag.GREEN, Rag.RED));
    }

    @Test
    void aCouncilRatingItselfBelowItsPeersIsRedder() {
        assertEquals(RatingGap.COUNCIL_REDDER, RatingGap.between(Rag.RED, Rag.AMBER));
        assertEquals(RatingGap.COUNCIL_REDDER, RatingGap.between(Rag.AMBER, Rag.GREEN));
        assertEquals(RatingGap.COUNCIL_REDDER, RatingGap.between(Rag.RED, Rag.GREEN));
    }

    @Test
    void withOneSideUnratedThereIsNothingToCompare() {
        assertNull(RatingGap.between(null, Rag.GREEN));
        assertNull(RatingGap.between(Rag.RED, null));
        assertNull(RatingGap.between(null, null));
    }
}
