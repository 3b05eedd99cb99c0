package uk.gov.lga.hub.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.access.RegionAdvisers;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** LGA administrators decide who is each region's principal adviser. */
@Path("v1/admin/regions/{region}/advisers")
@RequestScoped
@RolesAllowed(Role.LGA_ADMIN)
public class RegionAdminResource {

    @Inject
    RegionAdvisers advisers;

    @Inject
    Caller caller;

    public record Adviser(String email, String firstName, String lastName, String initialPassword) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SharedData
    @Operation(operationId = "listAdvisers", summary = "The region's principal advisers, with their details")
    public List<IdentityProvisioning.Member> list(@PathParam("region") String region) {
        return advisers.advisers(caller, region);
    }

    @PUT
    @Path("{username}")
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
    @Path("{username}")
    @SharedData
    @Operation(operationId = "removeAdviser", summary = "Take a region away from an adviser")
    public Response remove(@PathParam("region") String region, @PathParam("username") String username) {
        advisers.remove(caller, region, username);
        return Response.noContent().build();
    }
}
