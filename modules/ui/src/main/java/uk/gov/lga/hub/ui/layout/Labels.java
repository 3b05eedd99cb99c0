package uk.gov.lga.hub.ui.layout;

import uk.gov.lga.hub.domain.shared.HumanDate;
import java.time.LocalDate;
import java.util.Locale;

/** How the UI writes enum values and dates: in words, GOV.UK style ("15 January 2024"). */
public final class Labels {

    private Labels() {
    }

    /** PROGRESS_REVIEW_HELD → "Progress review held". */
    public static String of(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static String of(LocalDate date) {
        return HumanDate.of(date);
    }
}
