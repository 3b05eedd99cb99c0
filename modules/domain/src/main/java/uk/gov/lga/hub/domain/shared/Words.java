package uk.gov.lga.hub.domain.shared;

import java.util.Locale;

/** Constants as people read them: PROGRESS_REVIEW_HELD → "Progress review held". */
public final class Words {

    private Words() {}

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String words = value.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
