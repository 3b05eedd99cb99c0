package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The signed-in UI sessions by Keycloak session id, so that back-channel logout can end them. It holds nothing
 * about who is signed in: Keycloak's opaque session ids and the HTTP sessions (which the container holds anyway).
 * Sessions leave it when they end ({@link SessionIndexListener}).
 */
@ApplicationScoped
public class SessionIndex {

    private final Map<String, Set<String>> bySid = new ConcurrentHashMap<>();
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();

    void add(String sid, HttpSession session) {
        live.put(session.getId(), session);
        if (sid != null) {
            bySid.computeIfAbsent(sid, key -> ConcurrentHashMap.newKeySet()).add(session.getId());
        }
    }

    /** Ends the UI sessions signed in through this Keycloak session; returns how many. */
    int endSid(String sid) {
        Set<String> ids = bySid.remove(sid);
        return ids == null
                ? 0
                : (int) ids.stream()
                        .map(live::remove)
                        .filter(s -> s != null && end(s))
                        .count();
    }

    /** Ends the UI sessions that match (for a logout token that names a user but no session). */
    int endWhere(Predicate<HttpSession> test) {
        return (int) live.values().stream()
                .filter(session -> {
                    try {
                        return test.test(session);
                    } catch (IllegalStateException alreadyEnded) {
                        return false;
                    }
                })
                .filter(SessionIndex::end)
                .count();
    }

    void forget(String sessionId, String sid) {
        live.remove(sessionId);
        if (sid != null) {
            bySid.computeIfPresent(sid, (key, ids) -> {
                ids.remove(sessionId);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    private static boolean end(HttpSession session) {
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }
}
