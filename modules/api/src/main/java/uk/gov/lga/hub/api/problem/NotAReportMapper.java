package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.imports.NotImportable;

/** A file that cannot be imported: 422 with the importer's own explanation. Nothing was saved. */
@Provider
public class NotAReportMapper implements ExceptionMapper<NotImportable> {

    @Override
    public Response toResponse(NotImportable notAReport) {
        return Problem.response(
                Problem.body("not-a-report", "The file could not be imported", 422, notAReport.getMessage()));
    }
}
