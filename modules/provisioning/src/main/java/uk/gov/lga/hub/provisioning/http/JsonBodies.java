package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import uk.gov.lga.hub.provisioning.InvalidInput;

/**
 * Reads and writes JSON with the one strict {@link Json#MAPPER}. Ours rather than RESTEasy's Jackson provider, which
 * reads an empty body or {@code null} as a null argument; here both are the caller's mistake. Jackson's own errors
 * go to {@link JsonErrorMapper}.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class JsonBodies implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream body)
            throws IOException {
        byte[] json = body.readAllBytes();
        if (json.length == 0) {
            throw new InvalidInput("A JSON body is required.");
        }
        Object value = Json.MAPPER.readValue(json, Json.MAPPER.constructType(genericType));
        if (value == null) {
            throw new InvalidInput("A JSON object is required, not null.");
        }
        return value;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return true;
    }

    @Override
    public void writeTo(
            Object value,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        // As bytes first: the mapper would otherwise close a stream that belongs to the server.
        out.write(Json.MAPPER.writeValueAsBytes(value));
    }
}
