package uk.gov.lga.hub.provisioning.region;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.gov.lga.hub.provisioning.http.OneChangeAtATime;
import uk.gov.lga.hub.provisioning.user.Member;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/** The regions' part of the HTTP interface: who advises which region. */
@Path("/regions/{region}/advisers")
@Produces(MediaType.APPLICATION_JSON)
public final class RegionResource {

    private final RegionAdvisers advisers;
    private final OneChangeAtATime changes;

    public RegionResource(RegionAdvisers advisers, OneChangeAtATime changes) {
        this.advisers = advisers;
        this.changes = changes;
    }

    @GET
    public List<Member> advisers(@PathParam("region") String region) {
        return advisers.of(new RegionCode(region));
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegionAdvisers.Appointment appoint(
            @PathParam("region") String region, @PathParam("username") String username, AdviserRequest body) {
        RegionCode code = new RegionCode(region);
        UserDetails details = new UserDetails(
                username,
                body.email(),
                body.firstName(),
                body.lastName(),
                body.initialPassword(),
                Boolean.TRUE.equals(body.temporaryPassword()));
        return changes.run(() -> advisers.appoint(code, details));
    }

    @DELETE
    @Path("{username}")
    public void release(@PathParam("region") String region, @PathParam("username") String username) {
        RegionCode code = new RegionCode(region);
        String user = UserDetails.username(username);
        changes.run(() -> advisers.release(code, user));
    }

    record AdviserRequest(
            String email, String firstName, String lastName, String initialPassword, Boolean temporaryPassword) {}
}
