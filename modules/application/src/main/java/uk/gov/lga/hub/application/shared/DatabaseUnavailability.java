package uk.gov.lga.hub.application.shared;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * The one answer to "did this fail because the database is not there right now?". Such a failure is not a bug:
 * the API and the pages answer 503 with {@code Retry-After}, never 500. Everything else stays unexpected.
 *
 * <p>Recognised anywhere in the chain of causes, because transactions, EJB, JPA and the pool each wrap it in a
 * layer of their own: a {@link SQLException} whose SQLState is class 08 (connection exception) or 57P01–57P03
 * (the server is shutting down, crashed or starting up), or the pool's {@link ResourceException} ("Error in
 * allocating a connection", also when every connection is busy past the wait limit), or an {@link XAException}
 * (the connection failed while the transaction completed).
 */
public final class DatabaseUnavailability {

    /** Seconds a client is asked to wait: about the time the pool needs to reconnect once the server is back. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailability() {}

    public static boolean explains(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            // The pool's refusal, or the database connection failing the transaction's completion (closed under a
            // commit): the outcome is not acknowledged, so the client is asked to send the request again.
            if (t instanceof ResourceException || t instanceof XAException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (unavailable(sql.getSQLState())
                            || sql.getNextException() != null && explains(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_OR_COMING.contains(sqlState));
    }
}
