package uk.gov.lga.hub.provisioning.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import com.sun.net.httpserver.HttpExchange;
import java.util.Map;

/** One request, as a handler sees it: path parameters, headers and a JSON body. */
public final class Request {

    private final HttpExchange exchange;
    private final Map<String, String> pathParameters;
    private final byte[] body;

    Request(HttpExchange exchange, Map<String, String> pathParameters, byte[] body) {
        this.exchange = exchange;
        this.pathParameters = pathParameters;
        this.body = body;
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The body read as {@code type}; anything that is not such a JSON object is the caller's mistake. */
    public <T> T body(Class<T> type) {
        if (body.length == 0) {
            throw Problem.badRequest("A JSON body is required.");
        }
        try {
            T value = Json.MAPPER.readValue(body, type);
            if (value == null) {
                throw Problem.badRequest("A JSON object is required, not null.");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw Problem.badRequest("Unknown field '" + e.getPropertyName() + "'.");
        } catch (StreamReadException e) {
            throw Problem.badRequest("The body is not valid JSON" + at(e.getLocation()) + ".");
        } catch (JsonMappingException e) {
            // Jackson's own message names our classes; say what is wrong in the caller's terms instead.
            String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                    .filter(name -> name != null).reduce((a, b) -> a + "." + b).orElse(null);
            throw Problem.badRequest(field == null ? "The body must be a JSON object with the documented fields."
                    : "'" + field + "' does not have the expected type.");
        } catch (IOException e) {
            throw Problem.badRequest("The body could not be read.");
        }
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
