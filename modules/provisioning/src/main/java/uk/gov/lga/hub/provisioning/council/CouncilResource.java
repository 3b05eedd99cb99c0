package uk.gov.lga.hub.provisioning.council;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.provisioning.InvalidInput;
import uk.gov.lga.hub.provisioning.http.FaultInjection;
import uk.gov.lga.hub.provisioning.http.OneChangeAtATime;
import uk.gov.lga.hub.provisioning.user.Member;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/**
 * The councils' part of the HTTP interface: onboarding a council, and its users' access. Codes and user names are
 * taken as text and checked here, so that a malformed one is a 400 (Jakarta REST answers 404 when it cannot convert
 * a path parameter).
 */
@Path("/councils/{code}")
@Produces(MediaType.APPLICATION_JSON)
public final class CouncilResource {

    private static final int MAX_NAME = 200;

    private final CouncilGroups councils;
    private final CouncilMembers members;
    private final FaultInjection faults;
    private final OneChangeAtATime changes;

    public CouncilResource(
            CouncilGroups councils, CouncilMembers members, FaultInjection faults, OneChangeAtATime changes) {
        this.councils = councils;
        this.members = members;
        this.faults = faults;
        this.changes = changes;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CouncilGroups.Onboarding onboard(
            @PathParam("code") String code, @HeaderParam(FaultInjection.HEADER) String fault, CouncilRequest body) {
        CouncilCode council = CouncilCode.of(code);
        String name = body.name();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInput("'name' is required: the council's name, at most " + MAX_NAME + " characters.");
        }
        return changes.run(() -> councils.onboard(council, name.trim(), faults.checkpointsFor(fault)));
    }

    @GET
    @Path("members")
    public List<Member> members(@PathParam("code") String code) {
        return members.of(CouncilCode.of(code));
    }

    @PUT
    @Path("members/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CouncilMembers.Membership grant(
            @PathParam("code") String code, @PathParam("username") String username, MemberRequest body) {
        CouncilCode council = CouncilCode.of(code);
        CouncilRole role = CouncilRole.of(body.role());
        UserDetails details = new UserDetails(
                username,
                body.email(),
                body.firstName(),
                body.lastName(),
                body.initialPassword(),
                Boolean.TRUE.equals(body.temporaryPassword()));
        return changes.run(() -> members.grant(council, role, details));
    }

    @DELETE
    @Path("members/{username}")
    public void revoke(@PathParam("code") String code, @PathParam("username") String username) {
        CouncilCode council = CouncilCode.of(code);
        String user = UserDetails.username(username);
        changes.run(() -> members.revoke(council, user));
    }

    record CouncilRequest(String name) {}

    record MemberRequest(
            String role,
            String email,
            String firstName,
            String lastName,
            String initialPassword,
            Boolean temporaryPassword) {}
}
