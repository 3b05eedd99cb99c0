package uk.gov.lga.hub.ui.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.gov.lga.hub.ui.signin.SignedInUser;

/**
 * Keeps each signed-in user to the areas of the UI their roles allow ({@link Areas}), deciding on the path the
 * container resolved rather than the raw address, which can spell the same page many ways. Someone not signed in
 * passes on to the sign-in filter, which sends them to sign in.
 */
@WebFilter(urlPatterns = "/app/*")
public class AreaFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var user = SignedInUser.in(request.getSession(false));
        String resolved = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (user.isPresent() && !Areas.allows(resolved, user.get().roles())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
