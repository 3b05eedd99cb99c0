package uk.gov.lga.hub.ui.form;

import java.util.List;

/** Reading what people sent in the forms: text boxes, hidden inputs, ticked boxes. */
public final class FieldInput {

    private FieldInput() {}

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

    /** Every value of a parameter sent more than once (the boxes ticked in a group of checkboxes); else none. */
    public static List<String> parameterValues(String name) {
        String[] values = jakarta.faces.context.FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterValuesMap()
                .get(name);
        return values == null ? List.of() : List.of(values);
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
