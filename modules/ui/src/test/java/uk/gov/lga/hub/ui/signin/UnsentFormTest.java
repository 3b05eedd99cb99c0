package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A form posted to an ended session goes back to its page, marked for restoring only when the browser says our
 * own page sent it; sign-out refuses what the browser says another site sent.
 */
class UnsentFormTest {

    private static final String PAGE = "/app/plan/recommendation.xhtml";

    @Test
    void aPostFromOurOwnPageReturnsToThatRecordMarkedForRestoring() {
        assertEquals(PAGE + "?id=42&unsent=1", UnsentForm.returnTo(post(Map.of("Sec-Fetch-Site", "same-origin"))));
        assertEquals(PAGE + "?id=42&unsent=1", UnsentForm.returnTo(post(Map.of("Origin", "https://hub.test"))));
    }

    @Test
    void aPostFromAnotherSiteOrWithoutProofIsNotMarkedForRestoring() {
        assertEquals(PAGE + "?id=42", UnsentForm.returnTo(post(Map.of("Sec-Fetch-Site", "cross-site"))));
        assertEquals(PAGE + "?id=42", UnsentForm.returnTo(post(Map.of("Sec-Fetch-Site", "same-site"))));
        assertEquals(PAGE + "?id=42", UnsentForm.returnTo(post(Map.of("Origin", "https://evil.test"))));
        assertEquals(PAGE + "?id=42", UnsentForm.returnTo(post(Map.of())));
    }

    @Test
    void signOutTreatsOnlyWhatTheBrowserSaysIsAnotherSiteAsCrossSite() {
        assertTrue(SameOrigin.crossSite(post(Map.of("Sec-Fetch-Site", "cross-site"))));
        assertTrue(SameOrigin.crossSite(post(Map.of("Origin", "https://evil.test"))));
        assertFalse(SameOrigin.crossSite(post(Map.of("Sec-Fetch-Site", "same-origin"))));
        assertFalse(SameOrigin.crossSite(post(Map.of())));
    }

    /** A POST to PAGE on https://hub.test with the given headers and the field id=42. */
    private static HttpServletRequest post(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                UnsentFormTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getRequestURI" -> PAGE;
                    case "getContextPath" -> "";
                    case "getRequestURL" -> new StringBuffer("https://hub.test" + PAGE);
                    case "getMethod" -> "POST";
                    case "getParameter" -> "id".equals(args[0]) ? "42" : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
