package uk.gov.lga.hub.provisioning;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import uk.gov.lga.hub.provisioning.keycloak.KeycloakRealm;

/** {@code GET /health}, open without the key: up when a service-account token can be had from Keycloak. */
@Path(HealthResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    public static final String PATH = "/health";

    private final KeycloakRealm keycloak;

    public HealthResource(KeycloakRealm keycloak) {
        this.keycloak = keycloak;
    }

    @GET
    public Response health() {
        boolean up = keycloak.canGetToken();
        return Response.status(up ? 200 : 503)
                .entity(Map.of("status", up ? "UP" : "DOWN"))
                .build();
    }
}
