package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What every answer carries, and addresses that spell a page another way: the service's outer edge. */
@ExtendWith(RunningStack.class)
class WebHardeningIT {

    final URL base = RunningStack.appUrl();

    @Test
    void aCouncilViewerGetsNoAdminPageHoweverTheAddressIsSpelt() throws Exception {
        UiSession viewer = UiSession.signedIn(base, "coventry-viewer");
        for (String path : List.of(
                "app/admin/councils.xhtml",
                "app//admin/councils.xhtml",
                "app/%61dmin/councils.xhtml",
                "app/./admin/councils.xhtml",
                "app/plan/../admin/councils.xhtml")) {
            UiSession.Reply reply = viewer.get(path);
            assertTrue(
                    reply.status() == 403 || reply.status() == 400 || reply.status() == 404,
                    path + " answered " + reply.status());
            assertFalse(
                    reply.body().contains("Onboard") || reply.body().contains("onboard"),
                    path + " shows the onboarding form");
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at uk.gov"), path);
        }
    }

    @Test
    void anActionTheServicesRefuseAnswers403WithAReadablePage() throws Exception {
        // The admin page's onboarding form, posted by a signed-in council editor: the area refuses it (403) and
        // nothing is onboarded; before, the page answered 500 when the service refused.
        UiSession admin = UiSession.signedIn(base, "admin");
        UiSession.Form form = admin.get("app/admin/councils.xhtml").forms().stream()
                .filter(f -> f.buttons().size() > 0 && !f.action().contains("sign-out"))
                .findFirst()
                .orElseThrow();
        UiSession editor = UiSession.signedIn(base, "coventry-editor");
        Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
        fields.put(form.buttons().get(0), "x");
        UiSession.Reply reply = editor.post(form.action().replaceFirst("^/", ""), fields);
        assertEquals(403, reply.status(), reply.body());
        assertTrue(reply.body().contains("id=\"problem-title\""), "the service's own page, readable");
        assertTrue(reply.body().contains("id=\"signOut\""), "with sign-out, not a dead end");
    }

    /**
     * The access pages' forms (giving access, confirming a removal), posted by an administrator with every box
     * wrong in turn, and with a place that is not there: refusals and 404s, never a 5xx or a stack trace. Posted by
     * a council editor or an adviser, the area refuses them and nobody's access changes.
     */
    @Test
    void theAccessFormsAnswerBadInputWithoutA5xxAndRefuseEveryoneButAnAdministrator() throws Exception {
        UiSession admin = UiSession.signedIn(base, "admin");
        String people = "app/admin/council-people.xhtml?code=E08000037";
        UiSession.Form give = formWith(admin.get(people), "give-access");
        UiSession.Form confirm = formWith(admin.get(people + "&remove=gateshead-editor"), "keep-access");
        UiSession.Form adviser = formWith(admin.get("app/admin/region-advisers.xhtml?region=london"), "give-access");
        String longText = "x".repeat(20_000);
        List<Map<String, String>> changes = List.of(
                Map.of(),
                Map.of("username", "", "firstName", "", "lastName", "", "email", "", "password", ""),
                Map.of("username", longText, "firstName", longText, "lastName", longText, "email", longText),
                Map.of("username", "../../admin", "email", "a@b", "role", "LGA_ADMIN", "password", longText),
                Map.of("username", "UPPER case", "firstName", "<script>alert(1)</script>", "role", "COUNCIL_EDITOR'--"),
                Map.of("code", "E99999999"),
                Map.of("code", "<x>"),
                Map.of("code", ""),
                Map.of("region", "atlantis"),
                Map.of("region", ""),
                Map.of("remove", "nobody-here"),
                Map.of("remove", longText));
        int posts = 0;
        for (UiSession.Form form : List.of(give, confirm, adviser)) {
            for (String button : form.buttons()) {
                if (button.equals("remove-access")) {
                    continue; // it would take away a demo user's access; its refusals are covered by the others
                }
                for (Map<String, String> change : changes) {
                    Map<String, String> fields = new java.util.LinkedHashMap<>(form.fields());
                    fields.putAll(change);
                    fields.put(button, "x");
                    UiSession.Reply reply = admin.post(form.action().replaceFirst("^/", ""), fields);
                    posts++;
                    String label = button + " with " + change.keySet() + " answered " + reply.status();
                    assertTrue(reply.status() < 500, label + ": " + reply.body());
                    assertFalse(
                            reply.body().contains("Exception") || reply.body().contains("at uk.gov"), label);
                    assertFalse(reply.body().contains("<script>alert(1)"), label + ": typed markup is escaped");
                }
            }
        }
        assertTrue(posts >= 36, "the forms and their buttons were found: " + posts);

        for (String user : List.of("gateshead-editor", "adviser-ne")) {
            UiSession other = UiSession.signedIn(base, user);
            Map<String, String> fields = new java.util.LinkedHashMap<>(give.fields());
            fields.putAll(
                    Map.of("username", "sneaky-" + user, "firstName", "S", "lastName", "N", "email", "s@n.example"));
            fields.put("password", "Sneaky-Passw0rd");
            fields.put("give-access", "x");
            UiSession.Reply reply = other.post(give.action().replaceFirst("^/", ""), fields);
            assertEquals(403, reply.status(), user);
            assertEquals(403, other.get(people).status(), user);
        }
        assertFalse(admin.get(people).body().contains("sneaky-"), "nobody was given access");
    }

    private static UiSession.Form formWith(UiSession.Reply page, String button) {
        assertEquals(200, page.status(), page.body());
        return page.forms().stream()
                .filter(f -> f.buttons().contains(button))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no form with " + button + " in " + page.body()));
    }

    @Test
    void aSubmittedVersionAddressedWithNonsenseAnswers404WithoutATrace() throws Exception {
        UiSession manager = UiSession.signedIn(base, "pcm");
        for (String query : List.of(
                "",
                "id=abc&version=1",
                "id=999999999&version=abc",
                "id=999999999&version=0",
                "id=999999999&version=-1",
                "id=999999999&version=99999999999999999999",
                "id=%00&version=%0A1",
                "id=999999999&version=1&decision=ACCEPTED")) {
            UiSession.Reply reply = manager.get("app/plan/submission.xhtml?" + query);
            assertEquals(404, reply.status(), query + " answered " + reply.status());
            assertFalse(reply.body().contains("Exception") || reply.body().contains("at uk.gov"), query);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerBanner() throws Exception {
        UiSession editor = UiSession.signedIn(base, "coventry-editor");
        for (UiSession.Reply reply : List.of(
                editor.get("app/council/index.xhtml"),
                editor.get("index.xhtml"),
                editor.get("api/v1/public/reports"),
                editor.get("no/such/page"))) {
            String csp = header(reply, "Content-Security-Policy");
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertEquals("nosniff", header(reply, "X-Content-Type-Options"));
            assertEquals("no-referrer", header(reply, "Referrer-Policy"));
            assertEquals("no-store", header(reply, "Cache-Control"));
            assertEquals("", header(reply, "Server"), "no Server banner");
            assertEquals("", header(reply, "X-Powered-By"), "no X-Powered-By banner");
        }
    }

    @Test
    void signedInPagesCarryNoInlineScript() throws Exception {
        UiSession editor = UiSession.signedIn(base, "coventry-editor");
        String page = editor.get("app/council/index.xhtml").body();
        java.util.regex.Matcher script = java.util.regex.Pattern.compile(
                        "<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>")
                .matcher(page);
        assertFalse(
                script.find(), "an inline script the policy would block: " + (script.hitEnd() ? "" : script.group()));
        assertFalse(page.matches("(?s).*\\son[a-z]+=\".*"), "an inline event handler");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        UiSession anonymous = UiSession.anonymous(base);
        UiSession.Reply started = anonymous.get("auth/sign-in");
        String cookie = started.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void theApiDescribesItselfOnlyInItsOpenApiDocument() throws Exception {
        UiSession.Reply wadl = UiSession.anonymous(base).get("api/application.wadl");
        assertEquals(404, wadl.status(), "Jersey's WADL is served");
        java.net.http.HttpResponse<String> options = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.toURI().resolve("api/v1/public/reports"))
                                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(options.statusCode() < 500, "OPTIONS answered " + options.statusCode());
        assertFalse(options.body().contains("wadl") || options.body().contains("Jersey"), options.body());
    }

    @Test
    void metricsAreNotPublic() throws Exception {
        UiSession.Reply metrics = UiSession.anonymous(base).get("metrics");
        assertTrue(
                metrics.status() == 401 || metrics.status() == 403 || metrics.status() == 404,
                "/metrics answered " + metrics.status());
        assertFalse(metrics.body().contains("heap") || metrics.body().contains("thread"), metrics.body());
    }

    private static String header(UiSession.Reply reply, String name) {
        return reply.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> String.join(",", e.getValue()))
                .findFirst()
                .orElse("");
    }
}
