package uk.gov.lga.hub.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people in councils write them, GOV.UK style: "18 January 2024", never 2024-01-18. */
public final class HumanDate {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HumanDate() {}

    public static String of(LocalDate date) {
        return date == null ? "" : WORDS.format(date);
    }
}
