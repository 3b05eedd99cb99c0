package uk.gov.lga.hub.application.shared;

/**
 * A unit of work that failed because the database is not there right now (see {@link DatabaseUnavailability}),
 * as the application hands it on: a plain exception, whatever layer the transaction wrapped it in, so the API and
 * the pages answer 503 (a container's {@code TransactionalException} would otherwise reach JAX-RS's own mapper
 * for it, which answers 500).
 */
public class DatabaseAway extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseAway(Throwable cause) {
        super("The database is not answering just now.", cause);
    }
}
