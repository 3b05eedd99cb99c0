package uk.gov.lga.hub.api.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.CycleService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

@Path("v1/cycle")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    CycleService cycle;

    @Inject
    Caller caller;

    @GET
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN, Role.PRINCIPAL_ADVISER})
    @Operation(
            operationId = "fiveYearCycle",
            summary = "The five-year cycle per council: last CPC, next due, standing",
            description = "With due=true, only councils that never had one, are overdue, or fall due within a year.")
    public List<CycleService.CouncilCycle> councils(@QueryParam("due") boolean dueOnly) {
        return cycle.councils(caller, dueOnly);
    }
}
