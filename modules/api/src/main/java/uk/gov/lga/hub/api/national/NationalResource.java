package uk.gov.lga.hub.api.national;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.national.NationalPicture;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

@Path("v1/national")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NationalResource {

    @Inject
    NationalPicture national;

    @Inject
    Caller caller;

    @GET
    @Path("responses")
    @SharedData
    @RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER})
    @Operation(
            operationId = "nationalResponseCounts",
            summary = "How many recommendations each council has answered, and how (counts only)",
            description = "Every principal adviser, whatever their region, and LGA staff.")
    public List<NationalPicture.CouncilLine> responses() {
        return national.responsesByCouncil(caller);
    }
}
