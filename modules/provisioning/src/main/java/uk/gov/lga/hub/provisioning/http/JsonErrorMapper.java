package uk.gov.lga.hub.provisioning.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Objects;

/** A body that is not the JSON object the route expects is a 400 that says what is wrong in the caller's terms. */
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException error) {
        return Problem.badRequest(detail(error)).toResponse();
    }

    private static String detail(JsonProcessingException error) {
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'.";
        }
        if (error instanceof JsonMappingException mapping) {
            // Jackson's own message names our classes; name the field instead.
            String field = mapping.getPath().stream()
                    .map(JsonMappingException.Reference::getFieldName)
                    .filter(Objects::nonNull)
                    .reduce((a, b) -> a + "." + b)
                    .orElse(null);
            return field == null
                    ? "The body must be a JSON object with the documented fields."
                    : "'" + field + "' does not have the expected type.";
        }
        return "The body is not valid JSON" + (error instanceof StreamReadException read ? at(read.getLocation()) : "")
                + ".";
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
