package uk.gov.lga.hub.provisioning.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The provisioner's one HTTP handler: checks the shared key, finds the route, runs it and writes JSON or a problem
 * document. Nothing a handler throws reaches the caller as a stack trace.
 */
public final class Router implements HttpHandler {

    public static final String KEY_HEADER = "X-Provisioning-Key";
    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final byte[] key;
    private final List<Route> routes = new ArrayList<>();
    /**
     * Changes run one at a time. Each is several Keycloak calls; interleaving two (say, one user added to two
     * councils at once) could break "a user belongs to one council". Volumes are small, so the cost is nil.
     */
    private final ReentrantLock changes = new ReentrantLock();

    public Router(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** A route anyone on the loopback may call, without the key. */
    public Router open(String method, String template, Handler handler) {
        routes.add(Route.of(method, template, handler, false));
        return this;
    }

    public Router route(String method, String template, Handler handler) {
        routes.add(Route.of(method, template, handler, true));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply;
            try {
                reply = dispatch(exchange);
            } catch (Exception e) {
                Problem problem = Failures.toProblem(e);
                write(exchange, problem.status(), Problem.MEDIA_TYPE, problem.body());
                return;
            }
            write(exchange, reply.status(), "application/json", reply.body());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not answer the caller", e);
        }
    }

    private Reply dispatch(HttpExchange exchange) throws Exception {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        List<Route> sameMethod = routes.stream().filter(r -> r.method().equals(method)).toList();
        for (Route route : sameMethod) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isPresent()) {
                if (route.needsKey()) {
                    requireKey(exchange);
                }
                Request request = new Request(exchange, parameters.get(), body(exchange));
                return method.equals("GET") ? route.handler().handle(request) : asOneChange(route, request);
            }
        }
        // Nothing about the paths is told to a caller without the key.
        requireKey(exchange);
        List<String> allowed = routes.stream().filter(r -> r.match(path).isPresent()).map(Route::method).toList();
        if (allowed.isEmpty()) {
            throw Problem.notFound("There is nothing at " + path + ".");
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw new Problem(405, "method-not-allowed", "Method not allowed",
                method + " is not allowed here; use " + String.join(" or ", allowed) + ".");
    }

    private Reply asOneChange(Route route, Request request) throws Exception {
        changes.lock();
        try {
            return route.handler().handle(request);
        } finally {
            changes.unlock();
        }
    }

    private void requireKey(HttpExchange exchange) {
        String given = exchange.getRequestHeaders().getFirst(KEY_HEADER);
        // Constant time, so the key cannot be guessed from how quickly a wrong one is refused.
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            throw Problem.unauthorized();
        }
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new Problem(413, "body-too-large", "The body is too large",
                        "A body may have at most " + MAX_BODY_BYTES + " bytes.");
            }
            return body;
        }
    }

    private static void write(HttpExchange exchange, int status, String mediaType, Object body) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] json = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", mediaType);
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
