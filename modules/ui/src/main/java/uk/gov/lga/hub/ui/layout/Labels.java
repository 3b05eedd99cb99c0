package uk.gov.lga.hub.ui.layout;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.shared.HumanDate;
import uk.gov.lga.hub.domain.shared.Words;

/** How the UI writes enum values and dates: in words, GOV.UK style ("15 January 2024"). */
public final class Labels {

    private Labels() {}

    /** PROGRESS_REVIEW_HELD → "Progress review held". */
    public static String of(Enum<?> value) {
        return Words.of(value);
    }

    public static String of(LocalDate date) {
        return HumanDate.of(date);
    }
}
