package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;

/**
 * What ties a UI session to its Keycloak session: kept beside {@link SignedInUser} so the session can be
 * rechecked, and ended when Keycloak ends it.
 *
 * @param sid              Keycloak's session id, which back-channel logout names
 * @param checkAfter       when to ask Keycloak again (the access token's expiry or the recheck period)
 * @param unreachableSince when a recheck first found Keycloak unreachable; null while it answers
 */
record SessionTokens(
        String subject,
        String sid,
        String refreshToken,
        Instant signedInAt,
        Instant checkAfter,
        Instant unreachableSince)
        implements Serializable {

    static final String SESSION_KEY = SessionTokens.class.getName();

    static SessionTokens in(HttpSession session) {
        return session.getAttribute(SESSION_KEY) instanceof SessionTokens tokens ? tokens : null;
    }

    void keepIn(HttpSession session) {
        session.setAttribute(SESSION_KEY, this);
    }

    SessionTokens unreachable(Instant since, Instant retryAt) {
        return new SessionTokens(subject, sid, refreshToken, signedInAt, retryAt, since);
    }
}
