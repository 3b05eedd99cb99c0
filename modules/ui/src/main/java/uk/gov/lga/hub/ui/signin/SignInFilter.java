package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import uk.gov.lga.hub.ui.access.Areas;

/**
 * Guards the signed-in part of the UI ({@code /app/*}). The session is rechecked with Keycloak when due
 * ({@link SessionCheck}). Someone not signed in is sent to sign in and brought back, and the server keeps nothing
 * for them; a Faces ajax request gets a partial-response redirect, since a plain 302 would send the XHR to
 * Keycloak. Each area of the UI is for certain roles ({@link Areas}), decided on the path the container
 * resolved, with the roles the recheck just confirmed.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignInFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionCheck sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInUser user = sessions.current(request).orElse(null);
        if (user == null) {
            sendToSignIn(request, response);
            return;
        }
        String resolved = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!Areas.allows(resolved, user.roles())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(new SignedInRequest(request, user), response);
    }

    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        String returnTo = "POST".equals(request.getMethod()) && !ajax
                // The session ran out while they were typing: back to the same page, where the page's script
                // puts back what they typed (kept in their browser, never here).
                ? UnsentForm.returnTo(request)
                : request.getRequestURI().substring(request.getContextPath().length())
                        + (request.getQueryString() == null || !"GET".equals(request.getMethod())
                                ? ""
                                : "?" + request.getQueryString());
        String signIn = request.getContextPath() + "/auth/sign-in?returnTo=" + SignInServlet.encode(returnTo);
        if (ajax) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
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
