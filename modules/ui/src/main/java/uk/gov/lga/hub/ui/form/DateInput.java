package uk.gov.lga.hub.ui.form;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The GOV.UK date input's three boxes ({@code id-day}, {@code id-month}, {@code id-year}): read into a date with
 * the Design System's messages, and shown again as typed (or as the date the page starts from).
 */
@Named("dateInput")
@ApplicationScoped
public class DateInput {

    /** What the three boxes show. */
    public record Parts(String day, String month, String year) {

        boolean blank() {
            return isBlank(day) && isBlank(month) && isBlank(year);
        }
    }

    /** The boxes as posted, when this request posted them; else the given date, if any. */
    public Parts parts(String id, LocalDate shown) {
        Parts typed = typed(id);
        if (typed.day() != null || typed.month() != null || typed.year() != null) {
            return typed;
        }
        return shown == null
                ? new Parts("", "", "")
                : new Parts(
                        String.valueOf(shown.getDayOfMonth()),
                        String.valueOf(shown.getMonthValue()),
                        String.valueOf(shown.getYear()));
    }

    /** The date in the three boxes; a missing part or an unreal date is a field error saying which. */
    public static LocalDate of(String id) {
        Parts typed = typed(id);
        if (typed.blank()) {
            throw new FieldError(id, "Enter the date");
        }
        requirePart(id, typed.day(), "a day");
        requirePart(id, typed.month(), "a month");
        requirePart(id, typed.year(), "a year");
        try {
            int year = Integer.parseInt(typed.year().strip());
            if (year < 1000 || year > 9999) {
                throw new FieldError(id, "The year must be four numbers, for example 2027");
            }
            return LocalDate.of(
                    year,
                    Integer.parseInt(typed.month().strip()),
                    Integer.parseInt(typed.day().strip()));
        } catch (NumberFormatException | DateTimeException notADate) {
            throw new FieldError(id, "The date must be a real date, for example 27 3 2027");
        }
    }

    /** As {@link #of}, but three empty boxes mean no date. */
    public static LocalDate optional(String id) {
        return typed(id).blank() ? null : of(id);
    }

    private static Parts typed(String id) {
        return new Parts(
                FieldInput.parameter(id + "-day"),
                FieldInput.parameter(id + "-month"),
                FieldInput.parameter(id + "-year"));
    }

    private static void requirePart(String id, String part, String what) {
        if (isBlank(part)) {
            throw new FieldError(id, "The date must include " + what);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
