package uk.gov.lga.hub.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Who is behind": overdue actions, then time since an update, then the progress review. */
class LagTest {

    private static List<Lag> ranked(Lag... lags) {
        List<Lag> list = new ArrayList<>(List.of(lags));
        list.sort(Lag.MOST_BEHIND_FIRST);
        return list;
    }

    @Test
    void moreOverdueActionsRankFirstWhateverTheRest() {
        Lag manyOverdue = new Lag(5, 1L, ReviewStanding.HELD);
        Lag fewOverdue = new Lag(1, 400L, ReviewStanding.OVERDUE);
        assertEquals(List.of(manyOverdue, fewOverdue), ranked(fewOverdue, manyOverdue));
    }

    @Test
    void thenTheLongestSinceAnUpdateAndNeverUpdatedCountsAsLongest() {
        Lag never = new Lag(2, null, ReviewStanding.HELD);
        Lag long_ = new Lag(2, 300L, ReviewStanding.HELD);
        Lag recent = new Lag(2, 3L, ReviewStanding.HELD);
        assertEquals(List.of(never, long_, recent), ranked(recent, never, long_));
    }

    @Test
    void thenAnOverdueReviewBeforeAnUnplannedOneBeforeAScheduledOneBeforeAHeldOne() {
        Lag held = new Lag(0, 10L, ReviewStanding.HELD);
        Lag scheduled = new Lag(0, 10L, ReviewStanding.SCHEDULED);
        Lag unplanned = new Lag(0, 10L, ReviewStanding.NOT_SCHEDULED);
        Lag overdue = new Lag(0, 10L, ReviewStanding.OVERDUE);
        assertEquals(List.of(overdue, unplanned, scheduled, held), ranked(held, scheduled, overdue, unplanned));
    }
}
