package uk.gov.lga.hub.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink's own answer to a lost connection is to wait 5 s and run the query again, up to three times. With
 * the application server's pool that only held every request 10–15 s while the database was away, and then
 * failed anyway. The pool already validates connections and drops the dead ones (HubDataSource), so EclipseLink
 * passes the failure straight on, and the caller is answered 503 at once (DatabaseUnavailability).
 */
public class FailFastOnLostConnection implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(0);
        login.setDelayBetweenConnectionAttempts(0);
    }
}
