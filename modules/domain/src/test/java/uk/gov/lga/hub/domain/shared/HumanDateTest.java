package uk.gov.lga.hub.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HumanDateTest {

    @Test
    void writesDatesInWordsWithoutALeadingZero() {
        assertEquals("6 March 2025", HumanDate.of(LocalDate.of(2025, 3, 6)));
        assertEquals("29 February 2028", HumanDate.of(LocalDate.of(2028, 2, 29)));
    }

    @Test
    void anAbsentDateIsBlank() {
        assertEquals("", HumanDate.of(null));
    }
}
