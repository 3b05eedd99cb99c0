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
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.access.CouncilOnboarding;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.council.CouncilType;

/** LGA administrators onboard councils and decide who acts for them. */
@Path("v1/admin/councils/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LGA_ADMIN)
public class CouncilAdminResource {

    @Inject
    CouncilOnboarding onboarding;

    @Inject
    Caller caller;

    public record CouncilDetails(String name, CouncilType type, String region) {}

    public record Access(
            IdentityProvisioning.CouncilRole role,
            String email,
            String firstName,
            String lastName,
            String initialPassword) {}

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @Operation(
            operationId = "onboardCouncil",
            summary = "Onboard a council (idempotent)",
            description = "Creates the council and its Keycloak group. 201 when new, 200 when it was already there "
                    + "with the same details; if Keycloak fails nothing is saved and calling again completes it.")
    public Response onboard(@PathParam("code") String code, CouncilDetails details) {
        CouncilOnboarding.Onboarded result = onboarding.onboard(
                caller, new CouncilOnboarding.NewCouncil(code, details.name(), details.type(), details.region()));
        return Response.status(result.created() ? 201 : 200)
                .entity(result.council())
                .build();
    }

    @GET
    @Path("members")
    @CouncilScoped
    @Operation(operationId = "listCouncilMembers", summary = "Who may act for the council, and as what")
    public List<IdentityProvisioning.Member> members(@PathParam("code") String code) {
        return onboarding.members(caller, code);
    }

    @PUT
    @Path("members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @Operation(
            operationId = "grantCouncilAccess",
            summary = "Give a user the council's editor or viewer role (creating the user if needed)",
            description = "Also how a role is changed. A user acts for one council only.")
    public Response grant(@PathParam("code") String code, @PathParam("username") String username, Access access) {
        onboarding.grant(
                caller,
                code,
                username,
                access.role(),
                new IdentityProvisioning.Person(
                        access.email(), access.firstName(), access.lastName(), access.initialPassword()));
        return Response.noContent().build();
    }

    @DELETE
    @Path("members/{username}")
    @CouncilScoped
    @Operation(operationId = "revokeCouncilAccess", summary = "Take away a user's access to the council")
    public Response revoke(@PathParam("code") String code, @PathParam("username") String username) {
        onboarding.revoke(caller, code, username);
        return Response.noContent().build();
    }
}
