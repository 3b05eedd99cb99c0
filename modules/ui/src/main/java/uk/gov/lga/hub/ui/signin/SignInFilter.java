package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import uk.gov.lga.hub.application.security.Role;

/**
 * Guards the signed-in part of the UI ({@code /app/*}). Someone not signed in is sent to sign in and brought back;
 * a Faces ajax request gets a partial-response redirect, since a plain 302 would send the XHR to Keycloak. Each
 * area of the UI is for certain roles: this table is the one place that says which.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignInFilter extends HttpFilter {

    private static final Map<String, Set<String>> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("/app/admin/", Set.of(Role.LGA_ADMIN));
        AREAS.put("/app/challenges/", Set.of(Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN));
        AREAS.put("/app/adviser/", Set.of(Role.PRINCIPAL_ADVISER, Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN));
        AREAS.put("/app/council/", Set.of(Role.COUNCIL_EDITOR, Role.COUNCIL_VIEWER));
        // Action plans: councils and the LGA; which council's plan a caller may open is the services' check.
        AREAS.put("/app/plan/", Set.of(Role.COUNCIL_EDITOR, Role.COUNCIL_VIEWER, Role.PEER_CHALLENGE_MANAGER,
                Role.PRINCIPAL_ADVISER, Role.LGA_ADMIN));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInUser user = SignedInUser.in(request.getSession(false)).orElse(null);
        if (user == null) {
            sendToSignIn(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (Map.Entry<String, Set<String>> area : AREAS.entrySet()) {
            if (path.startsWith(area.getKey()) && area.getValue().stream().noneMatch(user.roles()::contains)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
        }
        chain.doFilter(new SignedInRequest(request, user), response);
    }

    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String returnTo = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null || !"GET".equals(request.getMethod()) ? ""
                : "?" + request.getQueryString());
        if ("POST".equals(request.getMethod()) && !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // The session ran out while they were typing: keep what they typed for the page they come back to.
            var unsent = UnsentForm.of(request);
            if (unsent.isPresent()) {
                unsent.get().keepIn(request.getSession(true));
                returnTo = unsent.get().page();
            }
        }
        String signIn = request.getContextPath() + "/auth/sign-in?returnTo=" + SignInServlet.encode(returnTo);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + signIn.replace("&", "&amp;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(signIn);
    }

    /** Lets Faces and the pages ask who is signed in and in which roles. */
    private static final class SignedInRequest extends HttpServletRequestWrapper {

        private final SignedInUser user;

        SignedInRequest(HttpServletRequest request, SignedInUser user) {
            super(request);
            this.user = user;
        }

        @Override
        public Principal getUserPrincipal() {
            return user::username;
        }

        @Override
        public String getRemoteUser() {
            return user.username();
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role);
        }
    }
}
