package uk.gov.lga.hub.provisioning.user;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.gov.lga.hub.provisioning.NotFound;

/** One person's contact details, for reaching people who are not signed in (the Hub's reminders). */
@Path("/users/{username}")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource {

    private final UserAccounts users;

    public UserResource(UserAccounts users) {
        this.users = users;
    }

    @GET
    public Member person(@PathParam("username") String username) {
        return users.find(UserDetails.username(username))
                .map(user -> Member.of(user, null))
                .orElseThrow(() -> new NotFound("There is no user " + username + "."));
    }
}
