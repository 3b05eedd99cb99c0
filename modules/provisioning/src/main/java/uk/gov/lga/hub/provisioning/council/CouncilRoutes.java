package uk.gov.lga.hub.provisioning.council;

import uk.gov.lga.hub.provisioning.InvalidInput;
import uk.gov.lga.hub.provisioning.http.FaultInjection;
import uk.gov.lga.hub.provisioning.http.Reply;
import uk.gov.lga.hub.provisioning.http.Request;
import uk.gov.lga.hub.provisioning.http.Router;
import uk.gov.lga.hub.provisioning.user.UserDetails;

/** The councils' part of the HTTP interface: onboarding a council, and its users' access. */
public final class CouncilRoutes {

    private static final int MAX_NAME = 200;

    private final CouncilGroups councils;
    private final CouncilMembers members;
    private final FaultInjection faults;

    public CouncilRoutes(CouncilGroups councils, CouncilMembers members, FaultInjection faults) {
        this.councils = councils;
        this.members = members;
        this.faults = faults;
    }

    public void addTo(Router router) {
        router.route("PUT", "/councils/{code}", this::onboard)
                .route("GET", "/councils/{code}/members", request -> Reply.ok(members.of(code(request))))
                .route("PUT", "/councils/{code}/members/{username}", this::grant)
                .route("DELETE", "/councils/{code}/members/{username}", this::revoke);
    }

    private Reply onboard(Request request) {
        CouncilCode code = code(request);
        String name = request.body(CouncilRequest.class).name();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInput("'name' is required: the council's name, at most " + MAX_NAME + " characters.");
        }
        return Reply.ok(councils.onboard(code, name.trim(), faults.checkpointsOf(request)));
    }

    private Reply grant(Request request) {
        CouncilCode code = code(request);
        String username = UserDetails.username(request.path("username"));
        MemberRequest body = request.body(MemberRequest.class);
        CouncilRole role = CouncilRole.of(body.role());
        UserDetails details = new UserDetails(username, body.email(), body.firstName(), body.lastName(),
                body.initialPassword());
        return Reply.ok(members.grant(code, role, details));
    }

    private Reply revoke(Request request) {
        members.revoke(code(request), UserDetails.username(request.path("username")));
        return Reply.noContent();
    }

    private static CouncilCode code(Request request) {
        return new CouncilCode(request.path("code"));
    }

    record CouncilRequest(String name) {
    }

    record MemberRequest(String role, String email, String firstName, String lastName, String initialPassword) {
    }
}
