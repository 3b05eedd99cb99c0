package uk.gov.lga.hub.provisioning.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
        } catch (JsonProcessingException e) {
            throw Problem.badRequest("The body is not a valid JSON object of the expected shape: "
                    + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw Problem.badRequest("The body could not be read.");
        }
    }
}
