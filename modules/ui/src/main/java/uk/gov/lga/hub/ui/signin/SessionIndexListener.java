package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Takes ended sessions (timed out, signed out, logged out by Keycloak) out of the {@link SessionIndex}. */
@WebListener
public class SessionIndexListener implements HttpSessionListener {

    @Inject
    SessionIndex index;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SessionTokens tokens = SessionTokens.in(event.getSession());
        index.forget(event.getSession().getId(), tokens == null ? null : tokens.sid());
    }
}
