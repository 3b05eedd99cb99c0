package uk.gov.lga.hub.api.answer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.hub.api.answer.StampedAnswers.KeptAddress;
import uk.gov.lga.hub.api.security.JwtCallers;
import uk.gov.lga.hub.application.security.Caller;

/**
 * Sends a kept answer ({@link StampedAnswers}) before JAX-RS: its dispatch was a quarter of a kept answer's cost in
 * JDK Flight Recorder, and on a kept answer there is nothing left for it to do (issue 17). Only a plain {@code GET}
 * of an address JAX-RS has already routed to a stamped read, by a caller the container has verified, whose token
 * carries one of the roles the resource allows; then the stamp is read with the same access checks as the read
 * itself. An answer kept under that stamp is sent, or 304 if {@code If-None-Match} names it. In every other case,
 * a refusal or a fault included, the request goes on to JAX-RS untouched, which answers it as it always would: this
 * filter only ever sends what JAX-RS itself would have sent from its kept answers.
 */
public class KeptAnswerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!sendKept(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private static boolean sendKept(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            return false;
        }
        KeptAddress address = StampedAnswers.ADDRESSES.get(request.getRequestURI());
        if (address == null || !(request.getUserPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        // The caller's roles are the token's groups, read once: each read of them parses the claim again (JFR).
        Optional<Caller> caller = JwtCallers.callerOf(jwt);
        if (caller.isEmpty() || address.roles().stream().noneMatch(caller.get()::hasRole)) {
            return false;
        }
        String stamp;
        try {
            stamp = address.stamp(caller.get()).orElse(null);
        } catch (RuntimeException refusedOrFault) {
            return false; // JAX-RS reads it again and answers with the problem
        }
        if (stamp == null) {
            return false;
        }
        EntityTag tag = new EntityTag(stamp);
        String etag = "\"" + stamp + "\""; // a stamp is letters, digits, dots and hyphens: nothing to escape
        if (StampedAnswers.names(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            return true;
        }
        byte[] kept = StampedAnswers.ANSWERS_KEPT.get(stamp);
        if (kept == null) {
            request.setAttribute(StampedAnswers.STAMP, stamp); // JAX-RS need not read it again
            return false;
        }
        response.setContentType(MediaType.APPLICATION_JSON);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setContentLength(kept.length);
        response.getOutputStream().write(kept);
        return true;
    }

    /**
     * Whether JAX-RS would answer this {@code Accept} with JSON without weighing it: none, or JSON or any type
     * without quality values (a stamped read produces only JSON). Anything subtler goes to JAX-RS to negotiate.
     */
    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        String ranges = accept.replace(" ", "").toLowerCase(Locale.ROOT);
        return !ranges.contains(";q=")
                && Arrays.stream(ranges.split(","))
                        .map(range -> range.split(";")[0])
                        .anyMatch(type ->
                                type.equals("application/json") || type.equals("application/*") || type.equals("*/*"));
    }
}
