package uk.gov.lga.hub.api.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.hub.api.download.Downloads;
import uk.gov.lga.hub.api.download.ExportFormat;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.application.progress.ProgressFilter;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.progress.ProgressTables;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Progress dashboards for principal advisers and LGA staff: nationally and per region, counts only (a council's
 * detail is {@code GET /api/v1/councils/{code}/progress}). Filters: {@code type}, {@code year}, {@code theme}.
 */
@Path("v1/progress")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER})
public class ProgressResource {

    @Inject
    ProgressService progress;

    @Inject
    Caller caller;

    @GET
    @Path("national")
    @SharedData
    @Operation(
            operationId = "nationalProgress",
            summary = "England rolled up, each region rolled up, themes, trend; with councils=true also every"
                    + " council's latest challenge")
    public Dashboard national(
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("theme") String theme,
            @QueryParam("councils") boolean withCouncils) {
        return progress.national(caller, filter(type, year, theme), withCouncils);
    }

    @GET
    @Path("regions/{region}")
    @SharedData
    @Operation(
            operationId = "regionProgress",
            summary = "One region rolled up, each of its councils rolled up, themes, trend")
    public Dashboard region(
            @PathParam("region") String region,
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("theme") String theme) {
        return progress.region(caller, Region.fromCode(region), filter(type, year, theme));
    }

    @GET
    @Path("national/export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @SharedData
    @Operation(
            operationId = "exportNationalProgress",
            summary = "Every table of the national dashboard, as CSV (the council table) or Excel (all tables)")
    public Response nationalExport(
            @PathParam("format")
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"csv", "xlsx"})
                    ExportFormat format,
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("theme") String theme) {
        return Downloads.tables(
                ProgressTables.of(national(type, year, theme, true)), format, "England progress", "Councils");
    }

    @GET
    @Path("regions/{region}/export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @SharedData
    @Operation(
            operationId = "exportRegionProgress",
            summary = "Every table of a region's dashboard, as CSV (the council table) or Excel (all tables)")
    public Response regionExport(
            @PathParam("region") String region,
            @PathParam("format")
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"csv", "xlsx"})
                    ExportFormat format,
            @QueryParam("type") String type,
            @QueryParam("year") Integer year,
            @QueryParam("theme") String theme) {
        Dashboard dashboard = region(region, type, year, theme);
        return Downloads.tables(ProgressTables.of(dashboard), format, dashboard.scope() + " progress", "Councils");
    }

    static ProgressFilter filter(String type, Integer year, String theme) {
        CouncilType councilType = null;
        if (type != null && !type.isBlank()) {
            try {
                councilType = CouncilType.valueOf(type);
            } catch (IllegalArgumentException unknown) {
                throw new DomainRuleViolation("council-type-unknown", "There is no council type " + type + ".");
            }
        }
        return new ProgressFilter(councilType, year, theme == null || theme.isBlank() ? null : theme);
    }
}
