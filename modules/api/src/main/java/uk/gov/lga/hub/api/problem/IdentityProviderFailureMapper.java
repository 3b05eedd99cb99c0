package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;

/** Keycloak (through the provisioner) could not complete the change; nothing was saved, so it can be retried. */
@Provider
public class IdentityProviderFailureMapper implements ExceptionMapper<IdentityProviderFailure> {

    @Override
    public Response toResponse(IdentityProviderFailure failure) {
        return Problem.response(
                "identity-provider-failed",
                "The sign-in service could not make the change",
                502,
                failure.getMessage() + " Nothing was saved; send the same request again to complete it.");
    }
}
