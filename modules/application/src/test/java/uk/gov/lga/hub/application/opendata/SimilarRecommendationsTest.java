package uk.gov.lga.hub.application.opendata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.shared.Rag;

class SimilarRecommendationsTest {

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsis() {
        String snippet = SimilarRecommendations.snippet("word ".repeat(100));
        assertTrue(snippet.length() <= SimilarRecommendations.SNIPPET + 1);
        assertTrue(snippet.endsWith("word…"));
        assertEquals("short text", SimilarRecommendations.snippet("  short\n text "));
    }

    @Test
    void outcomesAreCarriedOnlyWhenPublished() {
        var withBoth = SimilarRecommendations.of(new PublishedRecords.Similar(
                9L,
                "E1",
                "A",
                LocalDate.of(2024, 1, 1),
                "1",
                "T",
                "X",
                0.123456,
                new PublishedRecords.Answer(9L, "1", "ACCEPTED", 2, 0, 1, 1, 0, LocalDate.of(2024, 2, 1), "S"),
                new PublishedRecords.Rating(
                        9L, "1", "AMBER", LocalDate.of(2025, 1, 1), 10L, LocalDate.of(2025, 2, 1))));
        assertEquals("9-1", withBoth.recommendationKey());
        assertEquals(Acceptance.ACCEPTED, withBoth.actionPlan().acceptance());
        assertEquals(Rag.AMBER, withBoth.progressReview().rag());
        assertEquals(0.123, withBoth.score());
        var without = SimilarRecommendations.of(
                new PublishedRecords.Similar(9L, "E1", "A", LocalDate.of(2024, 1, 1), "1", "T", "X", 0.5, null, null));
        assertNull(without.actionPlan());
        assertNull(without.progressReview());
    }
}
