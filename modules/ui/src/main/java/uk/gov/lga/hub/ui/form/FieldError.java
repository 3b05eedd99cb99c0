package uk.gov.lga.hub.ui.form;

/** Input that could not be read (not a domain refusal): shown at its field like any other error. */
public class FieldError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public FieldError(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
