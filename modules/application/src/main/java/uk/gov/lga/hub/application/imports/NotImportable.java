package uk.gov.lga.hub.application.imports;

/**
 * The file cannot be imported: not a report or response table, not a readable Word document, or one that unpacks
 * far too large. The message is for people (the importer's own explanation); the importer's exception is the cause,
 * for the log. Nothing was saved.
 */
public class NotImportable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotImportable(String message) {
        super(message);
    }

    public NotImportable(String message, Throwable cause) {
        super(message, cause);
    }
}
