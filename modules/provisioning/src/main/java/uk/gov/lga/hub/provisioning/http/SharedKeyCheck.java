package uk.gov.lga.hub.provisioning.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import uk.gov.lga.hub.provisioning.HealthResource;

/**
 * Refuses (401) every request without the shared key, except {@code GET /health}. It runs before a resource method
 * is matched, so that a caller without the key learns nothing about which paths and methods exist.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class SharedKeyCheck implements ContainerRequestFilter {

    public static final String HEADER = "X-Provisioning-Key";

    private final byte[] key;

    public SharedKeyCheck(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        boolean open = "GET".equals(request.getMethod())
                && HealthResource.PATH.equals(
                        request.getUriInfo().getRequestUri().getRawPath());
        if (!open && !holdsKey(request.getHeaderString(HEADER))) {
            request.abortWith(Problem.unauthorized().toResponse());
        }
    }

    private boolean holdsKey(String given) {
        // Constant time, so the key cannot be guessed from how quickly a wrong one is refused.
        return given != null && MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8));
    }
}
