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
        assertTrue(reply.body().contains("<h1>"), "a readable page");
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
