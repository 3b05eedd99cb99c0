package uk.gov.lga.hub.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Remembers the bearer token the container has just verified for this request (see {@link VerifiedTokens}). */
public class VerifiedTokenFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        VerifiedTokens.remember(request.getUserPrincipal());
        chain.doFilter(request, response);
    }
}
