package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.PayaraMicroServer;

/**
 * The UI's sign-in against the real Keycloak, driven over HTTP as a browser would: UI sessions follow Keycloak
 * (a user removed from their council, disabled or logged out there loses access within the recheck period), an
 * anonymous post leaves nothing behind on the server, and with Keycloak unreachable sign-in says so at once.
 * Each case signs in a throwaway user, so the demo users other suites rely on are untouched.
 */
@ExtendWith(RunningStack.class)
class SignInIT {

    private static final String COVENTRY_EDITORS = "/councils/E08000026/editors";
    private static final String COUNCIL_PAGE = "app/council/index.xhtml";
    private static final String PASSWORD = "probe-password";
    private static final HttpClient ADMIN_HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static String base;

    @BeforeAll
    static void letKeycloakReachThisDeployment() {
        base = RunningStack.appUrl().toString();
        Tokens.allowUiRedirectsTo(base);
        String admin = Tokens.fromAnotherRealm();
        JsonObject ui = admin("GET", "/clients?clientId=hub-ui", admin, null, 200)
                .asJsonArray()
                .getJsonObject(0);
        admin(
                "PUT",
                "/clients/" + ui.getString("id"),
                admin,
                Json.createObjectBuilder(ui)
                        .add(
                                "attributes",
                                Json.createObjectBuilder(ui.getJsonObject("attributes"))
                                        .add("backchannel.logout.url", base + "auth/backchannel-logout"))
                        .build(),
                204);
    }

    @Test
    void aUserRemovedFromTheirCouncilInKeycloakLosesItInTheUiWithinTheRecheckPeriod() throws Exception {
        String user = probeUser();
        Browser browser = Browser.signedInAs(user);
        assertEquals(200, browser.get(COUNCIL_PAGE).statusCode());
        String admin = Tokens.fromAnotherRealm();
        String group = admin("GET", "/group-by-path" + COVENTRY_EDITORS, admin, null, 200)
                .asJsonObject()
                .getString("id");
        admin("DELETE", "/users/" + idOf(user) + "/groups/" + group, admin, null, 204);
        long removed = System.nanoTime();
        int status = browser.awaitStatusOtherThan(200, COUNCIL_PAGE);
        assertEquals(403, status, "signed in still, but no longer a council editor");
        assertWithinRecheck(removed);
    }

    @Test
    void aUserDisabledInKeycloakIsSignedOutOfTheUiWithinTheRecheckPeriod() throws Exception {
        String user = probeUser();
        Browser browser = Browser.signedInAs(user);
        assertEquals(200, browser.get(COUNCIL_PAGE).statusCode());
        String admin = Tokens.fromAnotherRealm();
        admin(
                "PUT",
                "/users/" + idOf(user),
                admin,
                Json.createObjectBuilder().add("enabled", false).build(),
                204);
        long disabled = System.nanoTime();
        assertEquals(302, browser.awaitStatusOtherThan(200, COUNCIL_PAGE));
        assertWithinRecheck(disabled);
        HttpResponse<String> again = browser.get(COUNCIL_PAGE);
        assertTrue(again.headers().firstValue("Location").orElse("").contains("/auth/sign-in"), "sent to sign in");
    }

    @Test
    void loggingTheUserOutInKeycloakEndsTheUiSessionAtOnceThroughBackChannelLogout() throws Exception {
        String user = probeUser();
        Browser browser = Browser.signedInAs(user);
        long signedIn = System.nanoTime();
        assertEquals(200, browser.get(COUNCIL_PAGE).statusCode());
        String admin = Tokens.fromAnotherRealm();
        admin("POST", "/users/" + idOf(user) + "/logout", admin, JsonValue.EMPTY_JSON_OBJECT, 204);
        HttpResponse<String> after = browser.get(COUNCIL_PAGE);
        assertTrue(
                Duration.ofNanos(System.nanoTime() - signedIn).toSeconds() < AppSettings.DEV_SESSION_RECHECK_SECONDS,
                "checked before any recheck was due, so only the " + "back-channel logout can have ended the session");
        assertEquals(302, after.statusCode(), "the UI session is gone");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/auth/sign-in"));
    }

    @Test
    void anonymousPostsLeaveNoSessionBehindWhateverTheirSize() throws Exception {
        Browser stranger = new Browser();
        String megabyte = "narrative=" + "x".repeat(1024 * 1024);
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> reply = stranger.post("app/plan/recommendation.xhtml", megabyte, Map.of());
            assertEquals(302, reply.statusCode());
            assertEquals(List.of(), reply.headers().allValues("Set-Cookie"), "no session for post " + i);
        }
        assertFalse(stranger.cookies.containsKey("JSESSIONID"));
    }

    @Test
    void aCrossSitePostIsNotRestoredAndNothingPostedIsEverKeptOnTheServer() throws Exception {
        String user = probeUser();
        String typed = "Typed-by-" + UUID.randomUUID();
        String form = "id=1&narrative=" + typed;

        Browser victim = new Browser();
        HttpResponse<String> crossSite = victim.post(
                "app/plan/recommendation.xhtml",
                form,
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://attacker.example"));
        String crossSiteReturn = crossSite.headers().firstValue("Location").orElseThrow();
        assertFalse(crossSiteReturn.contains("unsent"), "not marked for restoring: " + crossSiteReturn);
        HttpResponse<String> landed = victim.signIn(crossSite, user);
        assertFalse(landed.body().contains("unsent-notice"), "no restoring notice");
        assertFalse(landed.body().contains(typed), "nothing posted comes back from the server");

        Browser ownPage = new Browser();
        HttpResponse<String> sameOrigin =
                ownPage.post("app/plan/recommendation.xhtml", form, Map.of("Sec-Fetch-Site", "same-origin"));
        assertTrue(
                sameOrigin.headers().firstValue("Location").orElseThrow().contains("unsent%3D1"),
                "our own page's post comes back marked, for the page's script to restore from the browser");
        assertTrue(Browser.noSessionCookieIn(sameOrigin));
    }

    @Test
    void signOutFromAnotherSiteIsRefused() throws Exception {
        Browser browser = Browser.signedInAs(probeUser());
        HttpResponse<String> page = browser.get(COUNCIL_PAGE);
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        assertTrue(token.find(), "the page carries the sign-out form");
        HttpResponse<String> forged = browser.post(
                "auth/sign-out",
                "token=" + token.group(1),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://attacker.example"));
        assertEquals(403, forged.statusCode());
        assertEquals(200, browser.get(COUNCIL_PAGE).statusCode(), "still signed in");
        HttpResponse<String> own =
                browser.post("auth/sign-out", "token=" + token.group(1), Map.of("Sec-Fetch-Site", "same-origin"));
        assertEquals(302, own.statusCode());
        assertEquals(302, browser.get(COUNCIL_PAGE).statusCode(), "signed out");
    }

    @Test
    void withKeycloakUnreachableSignInAnswers503WithAClearPageAtOnce() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
        Path work = Files.createDirectories(runtime.resolve("signin-no-keycloak"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (PayaraMicroServer app = PayaraMicroServer.start(
                runtime.resolve("payara-micro.jar"),
                Path.of(System.getProperty("hub.war")),
                work,
                port,
                AppSettings.of(
                        RunningStack.jdbcUrl(),
                        "http://localhost:" + closed + "/realms/lga",
                        RunningStack.provisionerUrl(),
                        false))) {
            Browser browser = new Browser();
            for (int attempt = 0; attempt < 2; attempt++) {
                long t0 = System.nanoTime();
                HttpResponse<String> reply =
                        browser.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/auth/sign-in?returnTo=/app/"))
                                .build());
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                assertEquals(503, reply.statusCode());
                assertTrue(reply.headers().firstValue("Retry-After").isPresent());
                assertTrue(reply.body().contains("Sign-in is unavailable, try again shortly"), reply.body());
                assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "answered in " + took);
                assertTrue(Browser.noSessionCookieIn(reply), "nothing kept while nobody can sign in");
            }
        }
    }

    private static void assertWithinRecheck(long sinceNanos) {
        Duration took = Duration.ofNanos(System.nanoTime() - sinceNanos);
        assertTrue(took.toSeconds() <= AppSettings.DEV_SESSION_RECHECK_SECONDS + 3, "took " + took);
    }

    /** A throwaway Coventry council editor, so the demo users stay as other suites expect them. */
    private static String probeUser() {
        String username = "signin-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.fromAnotherRealm();
        admin(
                "POST",
                "/users",
                admin,
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("enabled", true)
                        .add("emailVerified", true)
                        .add("firstName", "Sign-in")
                        .add("lastName", "Probe")
                        .add("email", username + "@example.test")
                        .add("groups", Json.createArrayBuilder().add(COVENTRY_EDITORS))
                        .add(
                                "credentials",
                                Json.createArrayBuilder()
                                        .add(Json.createObjectBuilder()
                                                .add("type", "password")
                                                .add("value", PASSWORD)
                                                .add("temporary", false)))
                        .build(),
                201);
        return username;
    }

    private static String idOf(String username) {
        String admin = Tokens.fromAnotherRealm();
        return admin("GET", "/users?exact=true&username=" + username, admin, null, 200)
                .asJsonArray()
                .getJsonObject(0)
                .getString("id");
    }

    private static JsonValue admin(String verb, String path, String token, JsonValue body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RunningStack.keycloakUrl() + "/admin/realms/lga" + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(20));
        request = body == null
                ? request.method(verb, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(verb, HttpRequest.BodyPublishers.ofString(body.toString()));
        try {
            HttpResponse<String> reply = ADMIN_HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != expected) {
                throw new IllegalStateException(
                        verb + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
            }
            return reply.body().isBlank() ? JsonValue.NULL : Tokens.json(reply.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Keycloak did not answer " + verb + " " + path, e);
        }
    }

    /** A browser without a browser: follows redirects by hand and keeps cookies per host, as a browser would. */
    static final class Browser {

        private static final Pattern LOGIN_FORM =
                Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

        final Map<String, String> cookies = new ConcurrentHashMap<>();
        // HTTP/1.1 as a browser speaks to a plain-http server: the JDK's h2c upgrade attempt on a megabyte post
        // sometimes reads the server's HTTP/1.1 answer as an HTTP/2 frame (a client-side protocol error).
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new Jar())
                .build();

        static Browser signedInAs(String username) throws Exception {
            Browser browser = new Browser();
            HttpResponse<String> start = browser.get("auth/sign-in?returnTo=/" + COUNCIL_PAGE);
            HttpResponse<String> landed = browser.signIn(start, username);
            assertEquals(200, landed.statusCode(), "signed in and on the council page: " + landed.uri());
            assertTrue(
                    landed.uri().toString().endsWith(COUNCIL_PAGE), landed.uri().toString());
            return browser;
        }

        /** From a redirect towards sign-in, through Keycloak's login form, back to the page it leads to. */
        HttpResponse<String> signIn(HttpResponse<String> towardsSignIn, String username) throws Exception {
            HttpResponse<String> page = follow(towardsSignIn);
            Matcher form = LOGIN_FORM.matcher(page.body());
            assertTrue(form.find(), "Keycloak's login form at " + page.uri());
            String action = form.group(1).replace("&amp;", "&");
            return follow(
                    post(URI.create(action), "username=" + enc(username) + "&password=" + enc(PASSWORD), Map.of()));
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).build());
        }

        HttpResponse<String> post(String path, String form, Map<String, String> headers) throws Exception {
            return post(URI.create(base + path), form, headers);
        }

        private HttpResponse<String> post(URI to, String form, Map<String, String> headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(to)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            headers.forEach(request::header);
            return send(request.build());
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Polls the page until it answers with another status (or 15 s pass) and returns that status. */
        int awaitStatusOtherThan(int status, String path) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            int seen = status;
            while (seen == status && System.nanoTime() < deadline) {
                Thread.sleep(500);
                seen = get(path).statusCode();
            }
            return seen;
        }

        private HttpResponse<String> follow(HttpResponse<String> reply) throws Exception {
            for (int hops = 0; reply.statusCode() / 100 == 3 && hops < 10; hops++) {
                URI next = reply.uri()
                        .resolve(reply.headers().firstValue("Location").orElseThrow());
                reply = send(HttpRequest.newBuilder(next).build());
            }
            return reply;
        }

        static boolean noSessionCookieIn(HttpResponse<?> reply) {
            return reply.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID"));
        }

        private static String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        /**
         * Cookies by name for every host of the test (all on localhost), whatever their Secure flag: Keycloak marks
         * its cookies Secure, which browsers honour on http://localhost and java.net.CookieManager does not.
         */
        private final class Jar extends CookieHandler {

            @Override
            public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) {
                if (cookies.isEmpty()) {
                    return Map.of();
                }
                return Map.of(
                        "Cookie",
                        List.of(String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList())));
            }

            @Override
            public void put(URI uri, Map<String, List<String>> headers) {
                headers.forEach((name, values) -> {
                    if ("Set-Cookie".equalsIgnoreCase(name)) {
                        values.forEach(header -> HttpCookie.parse(header).forEach(cookie -> {
                            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                                cookies.remove(cookie.getName());
                            } else {
                                cookies.put(cookie.getName(), cookie.getValue());
                            }
                        }));
                    }
                });
            }
        }
    }
}
