package uk.gov.lga.hub.api.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which requests the filter may answer itself: only those JAX-RS would answer with JSON without negotiating. */
class KeptAnswerFilterTest {

    @Test
    void noPreferenceJsonOrAnyTypeIsAnsweredWithTheKeptJson() {
        assertTrue(KeptAnswerFilter.acceptsJson(null));
        assertTrue(KeptAnswerFilter.acceptsJson(""));
        assertTrue(KeptAnswerFilter.acceptsJson("application/json"));
        assertTrue(KeptAnswerFilter.acceptsJson("text/html, */*"));
        assertTrue(KeptAnswerFilter.acceptsJson("Application/*"));
    }

    @Test
    void anotherTypeOrAnyWeighingIsLeftToJaxRs() {
        assertFalse(KeptAnswerFilter.acceptsJson("text/html"));
        assertFalse(KeptAnswerFilter.acceptsJson("text/csv, application/xml"));
        assertFalse(KeptAnswerFilter.acceptsJson("application/json;q=0"));
        assertFalse(KeptAnswerFilter.acceptsJson("text/html, application/json; q=0.5"));
    }
}
