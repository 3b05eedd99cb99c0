package uk.gov.lga.hub.api.publicreports;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.PublicReports;

/** Published reports, for anyone, without signing in. Nothing unpublished is reachable here. */
@Path("v1/public/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicReportResource {

    @Inject
    PublicReports reports;

    @GET
    @SharedData
    @SecurityRequirementsSet // none: anyone may read what was published
    @Operation(
            operationId = "listPublishedReports",
            summary = "Published feedback and progress review reports, newest first (no sign-in)")
    public List<PublicReports.Listing> list() {
        return reports.all();
    }

    @GET
    @Path("{id}")
    @SharedData
    @SecurityRequirementsSet // none: anyone may read what was published
    @Operation(
            operationId = "getPublishedReport",
            summary = "One published report, exactly as it was published (no sign-in)")
    public PublicReports.PublishedReport get(@PathParam("id") long id) {
        return reports.report(id);
    }
}
