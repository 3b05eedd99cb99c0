package uk.gov.lga.hub.webapp;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.hub.api.security.JwtCallers;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.signin.SignedInCaller;

/**
 * Who is asking, for every service call: the API's callers prove it with a bearer token, the UI's with their
 * signed-in session. Never anything the request itself names.
 */
@RequestScoped
public class RequestCaller {

    @Inject
    JsonWebToken jwt;

    @Inject
    HttpServletRequest request;

    /** Dependent scope: a record cannot be proxied, and the beans asking for it are request-scoped. */
    @Produces
    Caller caller() {
        return JwtCallers.callerOf(jwt).orElseGet(() -> SignedInCaller.of(request));
    }
}
