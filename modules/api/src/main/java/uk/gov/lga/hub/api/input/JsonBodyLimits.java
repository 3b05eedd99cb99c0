package uk.gov.lga.hub.api.input;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one gate every request body bound to a command passes first: {@link JsonBodyCheck} (size, UTF-8,
 * well-formed, present, nesting, text lengths), then the binder; a body that binds to nothing ({@code null}) is
 * refused too. Commands are JSON whatever the Content-Type claims (a missing one still reaches the binder with an
 * empty body). Uploads read as raw streams or bytes are left to their own limits.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

    /** Overridable with the MicroProfile Config property {@code hub.api.max-json-bytes}. */
    static final int DEFAULT_MAX_BYTES = 1_048_576;

    private final JsonBodyCheck check = new JsonBodyCheck(ConfigProvider.getConfig()
            .getOptionalValue("hub.api.max-json-bytes", Integer.class)
            .orElse(DEFAULT_MAX_BYTES));

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isRaw(context.getType())) {
            return context.proceed();
        }
        MediaType type = context.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase(StandardCharsets.UTF_8.name())) {
            throw new RefusedBody(
                    415,
                    "unsupported-charset",
                    "Unsupported Media Type",
                    "JSON bodies must be UTF-8 (charset " + charset + " is not).");
        }
        context.setInputStream(new ByteArrayInputStream(check.read(context.getInputStream())));
        Object command = context.proceed();
        if (command == null) {
            throw JsonBodyCheck.missing();
        }
        return command;
    }

    private static boolean isRaw(Class<?> type) {
        return InputStream.class.isAssignableFrom(type)
                || Reader.class.isAssignableFrom(type)
                || type == byte[].class
                || type == String.class
                || type == File.class;
    }
}
