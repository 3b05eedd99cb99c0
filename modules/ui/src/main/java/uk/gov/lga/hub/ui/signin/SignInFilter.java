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

/**
 * Guards the signed-in part of the UI ({@code /app/*}). Someone not signed in is sent to sign in and brought back;
 * a Faces ajax request gets a partial-response redirect, since a plain 302 would send the XHR to Keycloak. Which
 * roles may use which area is {@code AreaFilter}'s business.
 */
@WebFilter(urlPatterns = "/app/*")
public class SignInFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SignedInUser user = SignedInUser.in(request.getSession(false)).orElse(null);
        if (user == null) {
            sendToSignIn(request, response);
            return;
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
