package uk.gov.lga.hub.api.peer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.Versions;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerHistory;
import uk.gov.lga.hub.application.peer.PeerView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** The LGA's peer directory: LGA-wide shared data with contact details, for LGA staff only. */
@Path("v1/peers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
public class PeerResource {

    @Inject
    PeerDirectory directory;

    @Inject
    Caller caller;

    @GET
    @SharedData
    @Operation(operationId = "listPeers", summary = "Everyone in the peer directory, by name")
    public List<PeerView> list() {
        return directory.list(caller);
    }

    @GET
    @Path("{id}")
    @SharedData
    @Operation(
            operationId = "getPeer",
            summary = "One peer with the challenges they served on",
            description = "The history comes from the teams: each place as the team recorded the person then, most "
                    + "recent visit first.")
    public PeerHistory get(@PathParam("id") long id) {
        return directory.peer(caller, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @Operation(
            operationId = "addPeer",
            summary = "Add a person to the peer directory",
            description = "Name, kind and organisation are required; a political group only for member peers; "
                    + "`homeCouncil` is the code of the council they work for, if any (the conflict-of-interest check "
                    + "matches it first, else the organisation's name); `themes` are core theme codes.")
    public PeerView add(PeerDirectory.PeerDetails details) {
        return directory.add(caller, details);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @Operation(
            operationId = "revisePeer",
            summary = "Change a person's directory entry",
            description = "Replaces every field; If-Match may carry the version it is based on. Teams keep the "
                    + "person as they were on each challenge.")
    public PeerView revise(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PeerDirectory.PeerDetails details) {
        return directory.revise(caller, id, Versions.ifMatch(ifMatch), details);
    }
}
