package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Keeps a UI session in step with Keycloak. Whenever the access token has expired or the recheck period has
 * passed, the session's refresh token is spent at Keycloak and roles, council and region are read again from
 * the new validated tokens. If Keycloak says the session or user is gone, the UI session ends; if Keycloak merely
 * cannot be reached, the session carries on for the offline grace time. No session outlives its maximum lifetime.
 */
@ApplicationScoped
public class SessionCheck {

    private static final Logger LOG = Logger.getLogger(SessionCheck.class.getName());

    @Inject
    OidcSettings settings;

    @Inject
    RealmClient realm;

    @Inject
    SessionIndex index;

    /** Signs the session in with freshly validated tokens; who is now signed in. */
    SignedInUser signIn(HttpSession session, ValidatedTokens tokens, Instant now) {
        String signOutToken = new com.nimbusds.oauth2.sdk.id.State().getValue();
        SignedInUser user = tokens.user(signOutToken, null);
        keep(session, tokens, user, now, now);
        index.add(tokens.sessionId(), session);
        return user;
    }

    /** Who is signed in on this request's session, after rechecking with Keycloak if that is due. */
    public Optional<SignedInUser> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<SignedInUser> user = SignedInUser.in(session);
        if (user.isEmpty()) {
            return user;
        }
        SessionTokens tokens = SessionTokens.in(session);
        Instant now = realm.clock.instant();
        if (tokens == null || now.isAfter(tokens.signedInAt().plus(settings.maxLifetime()))) {
            return end(session, "it reached its maximum lifetime");
        }
        if (now.isBefore(tokens.checkAfter())) {
            return user;
        }
        try {
            ValidatedTokens fresh = realm.refresh(tokens.refreshToken());
            if (!fresh.subject().equals(tokens.subject())) {
                return end(session, "Keycloak answered for another user");
            }
            SignedInUser rechecked = fresh.user(user.get().signOutToken(), user.get());
            keep(session, fresh, rechecked, tokens.signedInAt(), now);
            return Optional.of(rechecked);
        } catch (SessionEnded | SignInFailed refused) {
            return end(session, "Keycloak refused to refresh it (" + refused.getMessage() + ")");
        } catch (KeycloakUnavailable down) {
            Instant since = tokens.unreachableSince() == null ? now : tokens.unreachableSince();
            if (now.isAfter(since.plus(settings.offlineGrace()))) {
                return end(session, "Keycloak has been unreachable for longer than the offline grace time");
            }
            tokens.unreachable(since, now.plus(min(settings.retryAfter(), settings.recheck())))
                    .keepIn(session);
            return user;
        }
    }

    private void keep(HttpSession session, ValidatedTokens tokens, SignedInUser user, Instant signedInAt, Instant now) {
        Duration tokenLeft = Duration.between(now, tokens.accessExpiry());
        Instant checkAfter = now.plus(min(settings.recheck(), tokenLeft.isNegative() ? Duration.ZERO : tokenLeft));
        new SessionTokens(tokens.subject(), tokens.sessionId(), tokens.refreshToken(), signedInAt, checkAfter, null)
                .keepIn(session);
        user.signInTo(session);
    }

    private static Optional<SignedInUser> end(HttpSession session, String why) {
        LOG.info(() -> "UI session ended: " + why);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Ended meanwhile by another request or a back-channel logout.
        }
        return Optional.empty();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
