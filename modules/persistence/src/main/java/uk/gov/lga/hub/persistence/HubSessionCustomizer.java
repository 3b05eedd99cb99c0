package uk.gov.lga.hub.persistence;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The persistence unit's one session customizer: fail fast on a lost connection ({@link FailFastOnLostConnection}),
 * read relations in batches ({@link BatchFetchRelations}), and count each statement sent to the database for the thread that asked for it ({@link StatementCount}; a thread
 * that did not ask pays one thread-local look-up).
 */
public class HubSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new FailFastOnLostConnection().customize(session);
        BatchFetchRelations.apply(session);
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                StatementCount.counted();
            }
        });
    }
}
