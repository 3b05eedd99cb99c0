package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;

/** An upload over the size limit: 413, saying what the limit is. Nothing was stored. */
@Provider
public class FileTooLargeMapper implements ExceptionMapper<FileTooLarge> {

    @Override
    public Response toResponse(FileTooLarge tooLarge) {
        Map<String, Object> body = Problem.body(tooLarge.rule(), "The file is too large", 413, tooLarge.getMessage());
        body.put("rule", tooLarge.rule());
        return Problem.response(body);
    }
}
