package uk.gov.lga.hub.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import uk.gov.lga.hub.application.security.Role;

/**
 * The JAX-RS application. Bearer tokens from Keycloak are checked by MicroProfile JWT (signature against the
 * realm's JWKS, issuer, audience, expiry); it must be a CDI bean or deployment fails on JsonWebToken.
 */
@ApplicationScoped
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT", realmName = "lga")
@DeclareRoles({
    Role.LGA_ADMIN,
    Role.PEER_CHALLENGE_MANAGER,
    Role.PRINCIPAL_ADVISER,
    Role.COUNCIL_EDITOR,
    Role.COUNCIL_VIEWER,
    Role.PEER
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Peer Challenge Hub API",
                        version = "1",
                        description =
                                "Corporate Peer Challenges of England's councils: councils, challenges, peer teams, "
                                        + "key recommendations and progress reviews. Errors are RFC 9457 problem details."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
        securitySchemeName = "bearer",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the Keycloak realm lga")
public class HubApi extends Application {

    /**
     * No WADL: Jersey would otherwise serve {@code /api/application.wadl} and answer every {@code OPTIONS} with a
     * description of the API naming its own version, a second, unreviewed account of the API beside the OpenAPI
     * document (and a banner the server's own headers no longer give).
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
