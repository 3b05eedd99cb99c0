package uk.gov.lga.hub.api.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.PublicReports;
import uk.gov.lga.hub.application.opendata.ReportsFeed;

/** Newly published reports as an Atom feed (RFC 4287), for anyone without signing in. */
@Path("v1/public/reports.atom")
@RequestScoped
@PermitAll
public class ReportsFeedResource {

    @Inject
    PublicReports reports;

    @Context
    UriInfo uri;

    @GET
    @Produces(ReportsFeed.MEDIA_TYPE)
    @SharedData
    @SecurityRequirementsSet // none: anyone may read what was published
    @Operation(
            operationId = "getPublishedReportsFeed",
            summary = "Newly published reports as an Atom feed, newest first (no sign-in)")
    public Response feed() {
        // The API lives at <site>/api/: the public pages are one level up.
        URI site = uri.getBaseUri().resolve("..");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportsFeed.write(reports.all(), site, uri.getRequestUri(), out);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(out.toByteArray(), ReportsFeed.MEDIA_TYPE + ";charset=utf-8")
                .cacheControl(cache)
                .build();
    }
}
