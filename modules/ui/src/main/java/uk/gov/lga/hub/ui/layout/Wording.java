package uk.gov.lga.hub.ui.layout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Labels for pages, as {@code #{words.date(d)}} and {@code #{words.of(status)}}: one wording for the whole UI. */
@Named("words")
@ApplicationScoped
public class Wording {

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK).withZone(ZoneId.of("Europe/London"));

    public String date(LocalDate date) {
        return Labels.of(date);
    }

    public String of(Enum<?> value) {
        return value == null ? "" : Labels.of(value);
    }

    /** "20 May 2024 at 9:00am". */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    /** "1.2 MB", "850 KB". */
    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes >= 1024 * 1024
                ? String.format(Locale.UK, "%.1f MB", bytes / 1048576.0)
                : Math.max(1, bytes / 1024) + " KB";
    }
}
