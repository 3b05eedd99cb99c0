package uk.gov.lga.hub.provisioning.region;

import uk.gov.lga.hub.provisioning.http.Reply;
import uk.gov.lga.hub.provisioning.http.Request;
import uk.gov.lga.hub.provisioning.http.Router;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/** The regions' part of the HTTP interface: who advises which region. */
public final class RegionRoutes {

    private final RegionAdvisers advisers;

    public RegionRoutes(RegionAdvisers advisers) {
        this.advisers = advisers;
    }

    public void addTo(Router router) {
        router.route("PUT", "/regions/{region}/advisers/{username}", this::appoint)
                .route("DELETE", "/regions/{region}/advisers/{username}", this::release);
    }

    private Reply appoint(Request request) {
        RegionCode region = new RegionCode(request.path("region"));
        String username = UserDetails.username(request.path("username"));
        AdviserRequest body = request.body(AdviserRequest.class);
        return Reply.ok(advisers.appoint(region, new UserDetails(username, body.email(), body.firstName(),
                body.lastName(), body.initialPassword())));
    }

    private Reply release(Request request) {
        advisers.release(new RegionCode(request.path("region")), UserDetails.username(request.path("username")));
        return Reply.noContent();
    }

    record AdviserRequest(String email, String firstName, String lastName, String initialPassword) {
    }
}
