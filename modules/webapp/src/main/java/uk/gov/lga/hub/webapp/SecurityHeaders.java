package uk.gov.lga.hub.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The headers every answer carries, and the session cookie's attributes. Mapped first in web.xml so that it wraps
 * everything else, including the sign-in filter that may start a session.
 *
 * <p>The session cookie gets {@code SameSite=Lax} (and {@code Secure} over https) here because Payara Micro ignores
 * the {@code SameSite} attribute in web.xml's cookie-config: whenever the container starts or renames a session
 * below this filter, its {@code Set-Cookie} is rewritten with them.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private String policy;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // Sign-in and sign-out end in redirects to Keycloak after a form post, which form-action must allow.
        URI issuer = URI.create(ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class));
        String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
        policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:;"
                + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self' " + keycloak + ";"
                + " frame-ancestors 'none'";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        if (!isStaticAsset(request)) {
            // Signed-in pages, downloads and API answers hold council data: no cache, shared or private, keeps them.
            response.setHeader("Cache-Control", "no-store");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(new SessionCookieRequest(request, response), response);
    }

    private static boolean isStaticAsset(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/assets/") || path.startsWith("/webjars/");
    }

    /** Rewrites the session cookie the container has just set, adding the attributes it leaves out. */
    static void completeSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String cookieName = (name == null ? "JSESSIONID" : name) + "=";
        List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
        if (cookies.stream().noneMatch(c -> c.startsWith(cookieName))) {
            return;
        }
        for (int i = 0; i < cookies.size(); i++) {
            String cookie = cookies.get(i);
            if (cookie.startsWith(cookieName)) {
                cookies.set(i, withAttributes(cookie, request.isSecure()));
            }
        }
        response.setHeader("Set-Cookie", cookies.get(0));
        cookies.stream().skip(1).forEach(c -> response.addHeader("Set-Cookie", c));
    }

    static String withAttributes(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(java.util.Locale.ROOT);
        StringBuilder complete = new StringBuilder(cookie);
        if (!lower.contains("httponly")) {
            complete.append("; HttpOnly");
        }
        if (!lower.contains("samesite=")) {
            complete.append("; SameSite=Lax");
        }
        if (secure && !lower.contains("; secure")) {
            complete.append("; Secure");
        }
        return complete.toString();
    }

    private static final class SessionCookieRequest extends HttpServletRequestWrapper {

        private final HttpServletResponse response;

        SessionCookieRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public HttpSession getSession(boolean create) {
            boolean had = super.getSession(false) != null;
            HttpSession session = super.getSession(create);
            if (!had && session != null) {
                completeSessionCookie((HttpServletRequest) getRequest(), response);
            }
            return session;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            String id = super.changeSessionId();
            completeSessionCookie((HttpServletRequest) getRequest(), response);
            return id;
        }
    }
}
