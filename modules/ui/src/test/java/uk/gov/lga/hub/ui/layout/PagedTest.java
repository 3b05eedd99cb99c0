package uk.gov.lga.hub.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedTest {

    private final List<Integer> councils = IntStream.rangeClosed(1, 317).boxed().toList();

    @Test
    void threeHundredAndSeventeenCouncilsMakeThirteenPagesOfTwentyFive() {
        Paged<Integer> last = Paged.of(councils, "13", 25);
        assertEquals(13, last.pages());
        assertEquals(
                List.of(301, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316, 317),
                last.items());
        assertTrue(last.hasPrevious());
        assertFalse(last.hasNext());
    }

    @Test
    void aPageOutsideTheListOrNotANumberGivesTheNearestPage() {
        assertEquals(1, Paged.of(councils, "0", 25).number());
        assertEquals(13, Paged.of(councils, "99", 25).number());
        assertEquals(1, Paged.of(councils, "two", 25).number());
        assertEquals(1, Paged.of(List.of(), null, 25).pages(), "an empty list is one empty page");
        assertFalse(Paged.of(List.of(1, 2), null, 25).isPaginated(), "one page shows no pagination");
    }
}
