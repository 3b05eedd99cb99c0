package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * The code flows a browser has started and not finished, by state. Several tabs may sign in at once, but what a
 * session keeps is bounded: at most {@link #MAX_FLOWS} flows (the oldest goes first), none older than
 * {@link #MAX_AGE}.
 */
final class PendingSignIns implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_FLOWS = 5;
    static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final String SESSION_KEY = PendingSignIns.class.getName();

    private final LinkedHashMap<String, PendingSignIn> byState = new LinkedHashMap<>();

    static synchronized PendingSignIns of(HttpSession session) {
        if (session.getAttribute(SESSION_KEY) instanceof PendingSignIns pending) {
            return pending;
        }
        PendingSignIns pending = new PendingSignIns();
        session.setAttribute(SESSION_KEY, pending);
        return pending;
    }

    static void forgetAll(HttpSession session) {
        session.removeAttribute(SESSION_KEY);
    }

    synchronized void add(PendingSignIn flow) {
        dropExpired(flow.startedAt());
        byState.put(flow.state(), flow);
        while (byState.size() > MAX_FLOWS) {
            byState.remove(byState.keySet().iterator().next());
        }
    }

    /** The flow with this state, once, if it is still fresh. */
    synchronized PendingSignIn take(String state, Instant now) {
        dropExpired(now);
        return byState.remove(state);
    }

    synchronized int size() {
        return byState.size();
    }

    private void dropExpired(Instant now) {
        byState.values().removeIf(flow -> flow.startedAt().plus(MAX_AGE).isBefore(now));
    }
}
