package uk.gov.lga.hub.ui.form;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with a form, field by field, in the order of the form: the GOV.UK error summary lists them and
 * links to each field, and each field shows its own message. Domain rules name what they refuse; each page says
 * which of its fields a rule belongs to.
 */
public class FormErrors implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Error(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();

    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** For pages: "empty" is a reserved word in Jakarta Expression Language. */
    public boolean isAny() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public List<Error> getAll() {
        return byField.entrySet().stream()
                .map(e -> new Error(e.getKey(), e.getValue()))
                .toList();
    }

    public void clear() {
        byField.clear();
    }
}
