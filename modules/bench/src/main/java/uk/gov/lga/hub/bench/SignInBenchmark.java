package uk.gov.lga.hub.bench;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times signing in through the UI the way a browser does, against a running stack: GET a page of the app, follow
 * it to Keycloak's login form, then, timed, POST the form and follow every redirect (Keycloak's answer, the app's
 * callback with its token exchange and validation, the landing page's redirect) until the first page's body has
 * arrived in full. Each sign-in is a new browser (fresh cookies, a new HTTP connection pool), as for a user
 * arriving in the morning. Reports median, p90 and max of the whole and of each hop, in milliseconds.
 *
 * <p>Usage: {@code SignInBenchmark <app url> <sign-ins> <user>...} (password {@code demo}); the users take turns.
 */
public final class SignInBenchmark {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\baction=\"([^\"]+)\"", Pattern.DOTALL);
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.DOTALL);

    /** The hops of one sign-in, in order; their sum is the whole. */
    private static final List<String> HOPS =
            List.of("keycloak form POST", "app callback (token exchange)", "landing redirect", "first page");

    private SignInBenchmark() {}

    public static void main(String[] args) throws Exception {
        String app = args.length > 0 ? args[0].replaceAll("/+$", "") : "http://localhost:8080";
        int signIns = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<String> users = args.length > 2 ? List.of(args).subList(2, args.length) : List.of("coventry-editor");
        run(app, signIns, users).report("");
    }

    /** What a run measured: per sign-in, the milliseconds of each of {@link #HOPS} and of the whole. */
    record Timings(List<double[]> signIns) {

        double[] whole() {
            return signIns.stream()
                    .mapToDouble(hops -> Arrays.stream(hops).sum())
                    .toArray();
        }

        double[] hop(int h) {
            return signIns.stream().mapToDouble(hops -> hops[h]).toArray();
        }

        void report(String label) {
            System.out.println(line(label + "form POST to first page (whole)", whole()));
            for (int h = 0; h < HOPS.size(); h++) {
                System.out.println(line(label + "  " + HOPS.get(h), hop(h)));
            }
        }
    }

    /** {@code signIns} sign-ins, each by a new browser, the users taking turns. */
    static Timings run(String app, int signIns, List<String> users) throws Exception {
        List<double[]> took = new ArrayList<>();
        for (int i = 0; i < signIns; i++) {
            String user = users.get(i % users.size());
            double[] hops = signIn(app, user);
            took.add(hops);
            System.out.printf(
                    "[bench] sign-in %2d as %-16s %7.1f ms  (%s)%n",
                    i + 1, user, Arrays.stream(hops).sum(), hopsOf(hops));
        }
        return new Timings(took);
    }

    /**
     * Signs each user in at Keycloak through the app's client and redeems the code as the app would (the dev
     * realm's client secret), without ever calling the app: Keycloak's own first-time costs, on the form and on
     * the token endpoint, then fall outside what is compared.
     */
    static void warmKeycloak(String keycloakRealm, String app, List<String> users) throws Exception {
        for (String user : users) {
            HttpClient browser = browser();
            String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
            String challenge = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            String callback = app + "/auth/callback";
            URI authorize = URI.create(keycloakRealm + "/protocol/openid-connect/auth?client_id=hub-ui"
                    + "&response_type=code&scope=openid&code_challenge_method=S256&code_challenge=" + challenge
                    + "&redirect_uri=" + encode(callback));
            Step form = follow(browser, get(authorize), keycloakRealm);
            URI back =
                    redirect(form.uri, browser.send(loginPost(form, user), HttpResponse.BodyHandlers.ofString()), user);
            Matcher code = Pattern.compile("[?&]code=([^&]+)")
                    .matcher(back.getRawQuery() == null ? "" : "?" + back.getRawQuery());
            if (!code.find()) {
                throw new IllegalStateException("Keycloak sent no code for " + user + ": " + back);
            }
            HttpResponse<String> tokens = browser.send(
                    HttpRequest.newBuilder(URI.create(keycloakRealm + "/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header(
                                    "Authorization",
                                    "Basic "
                                            + Base64.getEncoder()
                                                    .encodeToString("hub-ui:hub-ui-dev-secret"
                                                            .getBytes(StandardCharsets.UTF_8)))
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
                                    + code.group(1) + "&redirect_uri=" + encode(callback) + "&code_verifier="
                                    + verifier))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (tokens.statusCode() != 200) {
                throw new IllegalStateException("Keycloak's token endpoint answered " + tokens.statusCode());
            }
        }
    }

    static String line(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(
                "[bench] %-50s n=%2d  median %7.1f ms  p90 %7.1f ms  max %7.1f ms",
                what,
                sorted.length,
                DashboardBenchmark.percentile(sorted, 50),
                DashboardBenchmark.percentile(sorted, 90),
                sorted[sorted.length - 1]);
    }

    /** One sign-in by a new browser; the milliseconds of each of {@link #HOPS}. */
    private static double[] signIn(String app, String user) throws Exception {
        HttpClient browser = browser();
        Step form = follow(browser, get(URI.create(app + "/app/")), app);
        if (form.response.statusCode() != 200 || !form.uri.getPath().contains("/protocol/openid-connect/auth")) {
            throw new IllegalStateException(
                    "expected Keycloak's login form, got " + form.response.statusCode() + " from " + form.uri);
        }
        double[] took = new double[HOPS.size()];
        long t = System.nanoTime();
        HttpResponse<String> keycloak = browser.send(loginPost(form, user), HttpResponse.BodyHandlers.ofString());
        took[0] = since(t);
        URI callback = redirect(form.uri, keycloak, "Keycloak's answer to the login form");
        t = System.nanoTime();
        HttpResponse<String> signedIn = browser.send(get(callback), HttpResponse.BodyHandlers.ofString());
        took[1] = since(t);
        URI landing = redirect(callback, signedIn, "the callback");
        t = System.nanoTime();
        HttpResponse<String> landed = browser.send(get(landing), HttpResponse.BodyHandlers.ofString());
        URI page = landing;
        if (landed.statusCode() / 100 == 3) {
            page = redirect(landing, landed, "the landing page");
            took[2] = since(t);
            t = System.nanoTime();
            landed = browser.send(get(page), HttpResponse.BodyHandlers.ofString());
        }
        took[3] = since(t);
        if (landed.statusCode() != 200 || !landed.body().contains("</html>")) {
            throw new IllegalStateException("the first page " + page + " answered " + landed.statusCode());
        }
        return took;
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private record Step(URI uri, HttpResponse<String> response) {}

    /**
     * A cookie jar that, like browsers, counts http://localhost as a secure context: Keycloak marks its cookies
     * Secure, which java.net's own jar would then never send back over plain http.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager jar = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return jar.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new LinkedHashMap<>();
            headers.forEach((name, values) -> insecure.put(
                    name,
                    name != null && name.equalsIgnoreCase("Set-Cookie") && isLocal(uri)
                            ? values.stream()
                                    .map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", ""))
                                    .toList()
                            : values));
            jar.put(uri, insecure);
        }

        private static boolean isLocal(URI uri) {
            return "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        }
    }

    /** Follows redirects from {@code request} until an answer that is not one (untimed: the way to the form). */
    private static Step follow(HttpClient browser, HttpRequest request, String app) throws Exception {
        URI at = request.uri();
        HttpResponse<String> response = browser.send(request, HttpResponse.BodyHandlers.ofString());
        for (int hops = 0; response.statusCode() / 100 == 3 && hops < 10; hops++) {
            at = redirect(at, response, "a redirect on the way to " + app);
            response = browser.send(get(at), HttpResponse.BodyHandlers.ofString());
        }
        return new Step(at, response);
    }

    private static HttpRequest loginPost(Step form, String user) {
        String html = form.response.body();
        Matcher action = LOGIN_FORM.matcher(html);
        if (!action.find()) {
            throw new IllegalStateException("no form on Keycloak's login page " + form.uri);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN_INPUT.matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        fields.put("username", user);
        fields.put("password", "demo");
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(form.uri.resolve(unescape(action.group(1))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static URI redirect(URI from, HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException(
                    what + " answered " + response.statusCode() + " instead of a redirect (from " + from + ")");
        }
        return from.resolve(response.headers().firstValue("Location").orElseThrow());
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e6;
    }

    private static String hopsOf(double[] took) {
        List<String> parts = new ArrayList<>();
        for (double millis : took) {
            parts.add(String.format("%.0f", millis));
        }
        return String.join(" + ", parts);
    }
}
