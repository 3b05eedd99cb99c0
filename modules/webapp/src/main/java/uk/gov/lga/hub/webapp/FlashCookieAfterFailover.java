package uk.gov.lga.hub.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * In a cluster (deploy/cluster.sh) a session moves to another instance when its own dies. The session comes along,
 * but Faces' flash cookie does not: Mojarra encrypts it with a key of its own instance, and on any other it fails to
 * decode it and then throws on the page's next navigation (a 500 instead of the page). So the first request a session
 * makes on an instance other than the one it last used goes to Faces without that cookie: at most a one-off message
 * of the dead instance is lost. A single instance never hides it.
 */
public class FlashCookieAfterFailover extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Mojarra's flash cookie (com.sun.faces.context.flash.ELFlash). */
    static final String FLASH_COOKIE = "csfcfc";

    static final String LAST_INSTANCE = FlashCookieAfterFailover.class.getName() + ".instance";

    /** This JVM, as the session remembers it (random: nothing else about the instance need be in the session). */
    private static final String INSTANCE = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session == null || INSTANCE.equals(lastInstance(session))) {
            chain.doFilter(request, response);
            return;
        }
        boolean moved = lastInstance(session) != null;
        session.setAttribute(LAST_INSTANCE, INSTANCE);
        chain.doFilter(moved ? new WithoutFlashCookie(request) : request, response);
    }

    private static Object lastInstance(HttpSession session) {
        try {
            return session.getAttribute(LAST_INSTANCE);
        } catch (IllegalStateException ended) {
            return INSTANCE;
        }
    }

    private static final class WithoutFlashCookie extends HttpServletRequestWrapper {

        WithoutFlashCookie(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null
                    ? null
                    : Arrays.stream(cookies)
                            .filter(c -> !FLASH_COOKIE.equals(c.getName()))
                            .toArray(Cookie[]::new);
        }
    }
}
