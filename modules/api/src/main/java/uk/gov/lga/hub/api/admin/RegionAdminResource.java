package uk.gov.lga.hub.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.access.RegionAdvisers;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

@Path("v1/admin/regions/{region}/advisers/{username}")
@RequestScoped
@RolesAllowed(Role.LGA_ADMIN)
public class RegionAdminResource {

    @Inject
    RegionAdvisers advisers;

    @Inject
    Caller caller;

    public record Adviser(String email, String firstName, String lastName, String initialPassword) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @Operation(operationId = "assignAdviser", summary = "Make a user the principal adviser for a region (and no other)")
    public Response assign(
            @PathParam("region") String region, @PathParam("username") String username, Adviser adviser) {
        advisers.assign(
                caller,
                region,
                username,
                new IdentityProvisioning.Person(
                        adviser.email(), adviser.firstName(), adviser.lastName(), adviser.initialPassword()));
        return Response.noContent().build();
    }

    @DELETE
    @SharedData
    @Operation(operationId = "removeAdviser", summary = "Take a region away from an adviser")
    public Response remove(@PathParam("region") String region, @PathParam("username") String username) {
        advisers.remove(caller, region, username);
        return Response.noContent().build();
    }
}
