package uk.gov.lga.hub.ui.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.domain.shared.WebAddress;

/**
 * Reads a form's fields and collects every problem before anything is sent on, so the error summary lists them
 * all at once, each linked to its field. The domain still checks its own rules when the step runs; these are the
 * checks of what was typed (missing, unreadable), which need no domain to answer.
 */
public final class FormInput {

    /** "9:30", "09:30", "14.00". */
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private final FormErrors errors;

    public FormInput(FormErrors errors) {
        this.errors = errors;
    }

    /** The date in a GOV.UK date input; null (and the reason at the field) when missing or not a real date. */
    public LocalDate date(String id) {
        try {
            return DateInput.of(id);
        } catch (FieldError unreadable) {
            errors.add(unreadable.field(), unreadable.getMessage());
            return null;
        }
    }

    /** As {@link #date}, but empty boxes mean no date. */
    public LocalDate optionalDate(String id) {
        try {
            return DateInput.optional(id);
        } catch (FieldError unreadable) {
            errors.add(unreadable.field(), unreadable.getMessage());
            return null;
        }
    }

    /** Text that must be there: stripped, or null with the message at the field. */
    public String text(String id, String value, String whenMissing) {
        if (value == null || value.isBlank()) {
            errors.add(id, whenMissing);
            return null;
        }
        return value.strip();
    }

    /** A time of day as people type it ("9:30", "09:30", "14.00"); null with the message when missing or unreadable. */
    public LocalTime time(String id, String value, String whenMissing) {
        String text = text(id, value, whenMissing);
        if (text == null) {
            return null;
        }
        Matcher hm = TIME.matcher(text);
        if (hm.matches()) {
            int hours = Integer.parseInt(hm.group(1));
            int minutes = Integer.parseInt(hm.group(2));
            if (hours < 24 && minutes < 60) {
                return LocalTime.of(hours, minutes);
            }
        }
        errors.add(id, "Enter the time in hours and minutes, for example 09:30 or 14:00");
        return null;
    }

    /** A whole number that must be there; null with the message when missing or not a whole number. */
    public Integer wholeNumber(String id, String value, String whenMissing) {
        String text = text(id, value, whenMissing);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            errors.add(id, whenMissing);
            return null;
        }
    }

    /** One of a list's options, by its name; null with the message at the field when none (or no such) is chosen. */
    public <E extends Enum<E>> E choice(String id, String value, Class<E> options, String whenMissing) {
        try {
            return Enum.valueOf(options, value == null ? "" : value.strip());
        } catch (IllegalArgumentException none) {
            errors.add(id, whenMissing);
            return null;
        }
    }

    /** A web address the service will store (http or https, with a host); null with the message when not one. */
    public String webAddress(String id, String value, String whenMissing) {
        String text = text(id, value, whenMissing);
        if (text != null && !WebAddress.isWebAddress(text)) {
            errors.add(id, "Enter a web address starting with https://");
            return null;
        }
        return text;
    }

    /** A problem found by a reader of part of the form (a field group that reads itself). */
    public void add(FieldError problem) {
        errors.add(problem.field(), problem.getMessage());
    }

    /** Whether everything read so far was there and readable. */
    public boolean complete() {
        return errors.isEmpty();
    }
}
