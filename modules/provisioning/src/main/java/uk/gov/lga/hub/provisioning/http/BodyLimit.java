package uk.gov.lga.hub.provisioning.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request's body into memory, refusing one over {@value #MAX_BYTES} bytes with a 413, so that no caller can
 * make the provisioner read without end. Runs after the key check and the matching of a resource method.
 */
@Priority(Priorities.ENTITY_CODER)
public final class BodyLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.hasEntity()) {
            return;
        }
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            request.abortWith(Problem.badRequest("The body could not be read.").toResponse());
            return;
        }
        if (body.length > MAX_BYTES) {
            request.abortWith(new Problem(
                            413,
                            "body-too-large",
                            "The body is too large",
                            "A body may have at most " + MAX_BYTES + " bytes.")
                    .toResponse());
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
