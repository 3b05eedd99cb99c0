package uk.gov.lga.hub.api.answer;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.gov.lga.hub.api.security.JwtCallers;
import uk.gov.lga.hub.api.security.RolesAllowedFeature;
import uk.gov.lga.hub.application.revision.ReadStamps;
import uk.gov.lga.hub.application.security.Caller;

/**
 * Serves a {@link StampedRead}'s answer again while nothing it is made of has changed (issue 17: loading and writing
 * a challenge or an action plan was most of a read's cost, and they change rarely). Before the resource runs, the
 * caller's access is checked and the answer's stamp read in one statement ({@link ReadStamps}: the records' revision
 * and today's date); an answer already written under that stamp is sent as it is, an {@code If-None-Match} naming it
 * gets 304, and otherwise the resource answers as usual and what it writes is kept under the stamp. The stamp comes
 * first, so an answer is never older than its stamp; kept per instance, least recently used forgotten past
 * {@value #ANSWERS}. Only answers of the resource's own type are kept, never a problem.
 *
 * <p>The address each stamped read was served at is remembered with what it reads and the roles its resource
 * allows, so that {@link KeptAnswerFilter} can serve the next read of it before JAX-RS, with the same checks.
 */
@Provider
@Priority(Priorities.USER)
public class StampedAnswers implements ContainerRequestFilter, WriterInterceptor {

    static final int ANSWERS = 128;

    /** The request attribute {@link KeptAnswerFilter} leaves its stamp in when it had no answer to send. */
    static final String STAMP = StampedAnswers.class.getName() + ".stamp";

    /**
     * When this build was made: an answer's layout may change with a deployment while its records do not, so a
     * client's ETag from the last build must not get a 304 from this one.
     */
    static final String BUILD = build();

    /** One per deployment: JAX-RS may make more than one instance of a provider (one per contract it serves). */
    static final BoundedCache<String, byte[]> ANSWERS_KEPT = new BoundedCache<>(ANSWERS);

    /** The raw paths stamped reads were served at (as JAX-RS routed them), with what they read. */
    static final BoundedCache<String, KeptAddress> ADDRESSES = new BoundedCache<>(ANSWERS);

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        StampedRead read = annotation();
        if (read == null || !(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        Optional<Caller> caller = JwtCallers.callerOf(jwt);
        Optional<Long> id = id(request.getUriInfo().getPathParameters().getFirst(read.id()));
        if (caller.isEmpty() || id.isEmpty()) {
            return; // the resource answers as it would without a stamp
        }
        KeptAddress address = new KeptAddress(
                read.value(),
                id.get(),
                RolesAllowedFeature.allowedRoles(resource).orElse(Set.of()));
        String stamp = request.getProperty(STAMP) instanceof String readBefore
                ? readBefore
                : address.stamp(caller.get()).orElse(null);
        if (stamp == null) {
            return;
        }
        ADDRESSES.put(request.getUriInfo().getRequestUri().getRawPath(), address);
        EntityTag tag = new EntityTag(stamp);
        byte[] kept = ANSWERS_KEPT.get(stamp);
        if (names(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            request.abortWith(Response.notModified(tag).build());
        } else if (kept != null) {
            request.abortWith(
                    Response.ok(kept, MediaType.APPLICATION_JSON_TYPE).tag(tag).build());
        } else {
            request.setProperty(STAMP, stamp);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Method method = resource.getResourceMethod();
        if (!(context.getProperty(STAMP) instanceof String stamp)
                || method == null
                || !method.getReturnType().isInstance(context.getEntity())) {
            context.proceed();
            return;
        }
        context.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(stamp));
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        context.proceed();
        ANSWERS_KEPT.put(stamp, body.toByteArray());
        body.writeTo(out);
        context.setOutputStream(out);
    }

    /** What a stamped read at an address reads, and who may ask for it. */
    record KeptAddress(StampedRead.Kind kind, long id, Set<String> roles) {

        /** The stamp of this build's answer for the caller, after the same access checks as the read itself. */
        Optional<String> stamp(Caller caller) {
            ReadStamps stamps = Stamps.INSTANCE.get();
            Optional<String> stamp = switch (kind) {
                case CHALLENGE -> Optional.of(stamps.challenge(caller, id));
                case ACTION_PLAN -> stamps.plan(caller, id);
            };
            return stamp.map(s -> BUILD + "-" + s);
        }
    }

    /** Looked up once (an application-scoped bean's proxy): a CDI lookup per request was 5% of a kept answer. */
    private enum Stamps {
        INSTANCE;

        private volatile ReadStamps stamps;

        ReadStamps get() {
            if (stamps == null) {
                stamps = CDI.current().select(ReadStamps.class).get();
            }
            return stamps;
        }
    }

    private static String build() {
        Properties build = new Properties();
        try (InputStream in = StampedAnswers.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the API's jar");
            }
            build.load(in);
        } catch (IOException unreadable) {
            throw new IllegalStateException("build.properties is unreadable", unreadable);
        }
        return build.getProperty("built", "").replaceAll("[^0-9A-Za-z]", "");
    }

    private StampedRead annotation() {
        Method method = resource.getResourceMethod();
        return method == null ? null : method.getAnnotation(StampedRead.class);
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** If-None-Match names this tag (strong or weak), or any. */
    static boolean names(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals(quoted) || t.equals("*"));
    }
}
