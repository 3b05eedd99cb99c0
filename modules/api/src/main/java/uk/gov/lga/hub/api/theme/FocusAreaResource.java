package uk.gov.lga.hub.api.theme;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.theme.FocusAreaOverview;
import uk.gov.lga.hub.application.theme.FocusAreaService;
import uk.gov.lga.hub.application.theme.MergeView;

/** The focus areas councils asked for: LGA-owned vocabulary that the LGA's managers keep free of duplicates. */
@Path("v1/focus-areas")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FocusAreaResource {

    @Inject
    FocusAreaService focusAreas;

    @Inject
    Caller caller;

    /** Which focus area to keep, by its code. */
    public record Merge(String into) {}

    @GET
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            operationId = "focusAreas",
            summary = "The focus areas still offered, with their uses, likely duplicates and the latest merges",
            description =
                    "Each focus area with how many challenges have it in scope and how many recommendations "
                            + "carry it; pairs that are probably one area typed twice, the less used one suggested for merging.")
    public FocusAreaOverview overview() {
        return focusAreas.overview(caller);
    }

    @POST
    @Path("{code}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            operationId = "mergeFocusArea",
            summary = "Merge a focus area into another (`into`), for good",
            description = "Every challenge scope, recommendation and per-theme feedback naming it names the kept "
                    + "focus area instead (feedback of both is kept, joined); it is no longer offered, and its code "
                    + "leads to the kept one. Unknown focus area: 404; unknown `into`, a core theme, or merging into "
                    + "itself: 422.")
    public MergeView merge(@PathParam("code") String code, Merge merge) {
        return focusAreas.merge(caller, code, merge == null ? null : merge.into());
    }
}
