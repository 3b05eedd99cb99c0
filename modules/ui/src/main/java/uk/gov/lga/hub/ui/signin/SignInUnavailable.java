package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/** The page for when Keycloak cannot be reached: 503 with Retry-After, and words that say what to do. */
final class SignInUnavailable {

    private SignInUnavailable() {}

    static void send(HttpServletResponse response, Duration retryAfter) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">\
                <title>Sign-in is unavailable – Peer Challenge Hub</title></head><body><main>\
                <h1>Sign-in is unavailable, try again shortly</h1>\
                <p>The sign-in service is not answering at the moment. Nothing you have saved is affected.</p>\
                <p>Wait a minute, then <a href="">try again</a>, or go to the \
                <a href="/">start page</a>.</p></main></body></html>""");
    }
}
