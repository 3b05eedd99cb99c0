package uk.gov.lga.hub.api.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.opendata.DataPackage;
import uk.gov.lga.hub.application.opendata.OpenData;
import uk.gov.lga.hub.application.opendata.OpenDataCsv;
import uk.gov.lga.hub.application.opendata.OpenDataTable;
import uk.gov.lga.hub.application.shared.NotFound;

/**
 * The open data, for anyone without signing in (issue 16, point 4): a Frictionless Data Package descriptor and each
 * table as CSV and as JSON, at addresses that do not change. Only what has been published appears. Each answer
 * carries a strong ETag of its bytes, so a client that already has it gets 304.
 */
@Path("v1/public/open-data")
@RequestScoped
@PermitAll
public class OpenDataResource {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=utf-8";

    @Inject
    OpenData openData;

    @Context
    Request request;

    @GET
    @Path("datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    @SharedData
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenDataPackage",
            summary = "The open data's Frictionless Data Package descriptor (no sign-in)",
            description = "Tabular Data Package under the Open Government Licence v3.0; each resource's path is"
                    + " relative to this address.")
    public Response dataPackage() {
        return cached(json(openData.dataPackage()), JSON);
    }

    @GET
    @Path("recommendations.csv")
    @Produces(OpenDataCsv.MEDIA_TYPE)
    @SharedData
    @SecurityRequirementsSet
    @Operation(operationId = "getOpenRecommendationsCsv", summary = "Published recommendations as CSV (no sign-in)")
    public Response recommendationsCsv() {
        return csv(OpenData.RECOMMENDATIONS);
    }

    @GET
    @Path("recommendations.json")
    @Produces(MediaType.APPLICATION_JSON)
    @SharedData
    @SecurityRequirementsSet
    @Operation(operationId = "getOpenRecommendationsJson", summary = "Published recommendations as JSON (no sign-in)")
    public Response recommendationsJson() {
        return tableJson(OpenData.RECOMMENDATIONS);
    }

    @GET
    @Path("responses.csv")
    @Produces(OpenDataCsv.MEDIA_TYPE)
    @SharedData
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenResponsesCsv",
            summary = "Councils' responses as their action plans were published, as CSV (no sign-in)")
    public Response responsesCsv() {
        return csv(OpenData.RESPONSES);
    }

    @GET
    @Path("responses.json")
    @Produces(MediaType.APPLICATION_JSON)
    @SharedData
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenResponsesJson",
            summary = "Councils' responses as their action plans were published, as JSON (no sign-in)")
    public Response responsesJson() {
        return tableJson(OpenData.RESPONSES);
    }

    @GET
    @Path("progress-ratings.csv")
    @Produces(OpenDataCsv.MEDIA_TYPE)
    @SharedData
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenProgressRatingsCsv",
            summary = "Published progress review ratings as CSV (no sign-in)")
    public Response progressRatingsCsv() {
        return csv(OpenData.PROGRESS_RATINGS);
    }

    @GET
    @Path("progress-ratings.json")
    @Produces(MediaType.APPLICATION_JSON)
    @SharedData
    @SecurityRequirementsSet
    @Operation(
            operationId = "getOpenProgressRatingsJson",
            summary = "Published progress review ratings as JSON (no sign-in)")
    public Response progressRatingsJson() {
        return tableJson(OpenData.PROGRESS_RATINGS);
    }

    private Response csv(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OpenDataCsv.write(table(name), out);
        return cached(out.toByteArray(), OpenDataCsv.MEDIA_TYPE);
    }

    private Response tableJson(String name) {
        return cached(json(DataPackage.rowsAsJson(table(name))), JSON);
    }

    private OpenDataTable table(String name) {
        return openData.table(name).orElseThrow(() -> new NotFound("There is no open data table " + name + "."));
    }

    private static byte[] json(JsonStructure value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.write(value);
        }
        return out.toByteArray();
    }

    /** The bytes with a strong ETag, or 304 when the client's copy is current; cacheable by anyone for 5 minutes. */
    private Response cached(byte[] body, String mediaType) {
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        cache.setPrivate(false);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(body, mediaType).tag(tag).cacheControl(cache).build();
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
