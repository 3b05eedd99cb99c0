package uk.gov.lga.hub.api.register;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.register.CouncilRegister;
import uk.gov.lga.hub.application.register.RegisterUpload;
import uk.gov.lga.hub.application.register.RegisterView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.council.register.RegisterColumns;

/**
 * The register of English principal councils (public data, no council's own): an administrator posts the official
 * file for a preview, then confirms it. See docs/operations.md for where the file comes from.
 */
@Path("v1/admin/councils/register")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.LGA_ADMIN)
public class CouncilRegisterResource {

    @Inject
    CouncilRegister register;

    @Inject
    RegisterUpload upload;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.WILDCARD)
    @SharedData
    @Operation(
            operationId = "previewCouncilRegister",
            summary = "Read a register CSV (the request body is the file) and preview what loading it would change",
            description = "Columns: name the heading of each field in codeColumn, nameColumn, typeColumn and"
                    + " regionColumn (headings change by year); any not named is guessed from the headings and listed"
                    + " in `guessed`. Changes no council: the preview is saved (201) for confirming. A file with"
                    + " wrong rows is refused (422 `register-rows-invalid`, every row in `errors` with its line);"
                    + " columns not found: 422 `register-columns-unknown` with the file's `headings`.")
    public Response preview(
            @QueryParam("fileName") String fileName,
            @QueryParam("codeColumn") String codeColumn,
            @QueryParam("nameColumn") String nameColumn,
            @QueryParam("typeColumn") String typeColumn,
            @QueryParam("regionColumn") String regionColumn,
            InputStream file) {
        RegisterView preview = register.preview(
                caller,
                fileName,
                upload.read(file),
                new RegisterColumns(codeColumn, nameColumn, typeColumn, regionColumn));
        return Response.created(URI.create("api/v1/admin/councils/register/loads/" + preview.id()))
                .entity(preview)
                .build();
    }

    @POST
    @Path("loads/{id}/confirm")
    @SharedData
    @Operation(
            operationId = "confirmCouncilRegister",
            summary = "Apply a previewed register, in one transaction, with one register trail entry per change",
            description = "Applies exactly what the preview showed. 409 `register-changed-since-preview` if the"
                    + " councils changed since (upload again), 409 `register-load-already-confirmed` the second time.")
    public RegisterView confirm(@PathParam("id") long id) {
        return register.confirm(caller, id);
    }

    @GET
    @Path("loads/{id}")
    @SharedData
    @Operation(
            operationId = "getCouncilRegisterLoad",
            summary = "A register load: what it would change now (previewed) or what it changed (confirmed)")
    public RegisterView load(@PathParam("id") long id) {
        return register.load(caller, id);
    }
}
