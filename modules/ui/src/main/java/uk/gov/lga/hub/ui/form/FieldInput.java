package uk.gov.lga.hub.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what people typed into the forms' text boxes. */
public final class FieldInput {

    private FieldInput() {}

    /** A date from a date input (ISO, whatever the browser shows); a missing or unreal date is a field error. */
    public static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new FieldError(field, "Enter a real date");
        }
    }

    /** As {@link #date}, but an empty box means no date. */
    public static LocalDate optionalDate(String field, String text) {
        return text == null || text.isBlank() ? null : date(field, text);
    }

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A value in the current request's parameters (a hidden input or the address); else null. */
    public static String parameter(String name) {
        return jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
    }

    /** Text in the current request's parameters (a hidden input, a plain radio or the address), stripped; else null. */
    public static String textParameter(String name) {
        String text = parameter(name);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A number in the current request's parameters (a hidden input or the address); else absent. */
    public static Long numberParameter(String name) {
        return number(parameter(name));
    }

    /** A number carried in a hidden input or the address; anything else is absent. */
    public static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
