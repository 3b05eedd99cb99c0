package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue 14, point 7 in the UI: a council editor makes a calendar address, sees it once, a calendar app (no sign-in)
 * reads the council's dates from it, and after removing it the address answers 404. Another person never sees it.
 */
@ExtendWith(RunningStack.class)
class CalendarPageIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void aPersonMakesASecretCalendarAddressSeesItOnceAndRemovesIt() throws Exception {
        try (Browser browser = Browser.open("calendar-page")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "coventry-editor");
            Browser.clickAndWaitForNewPage(page, By.id("calendar-link"));
            browser.check("calendar-page");
            Browser.clickAndWaitForNewPage(page, By.cssSelector("input[data-kind='COUNCIL']"));
            String address = page.findElement(By.id("new-address")).getAttribute("value");
            assertTrue(address.contains("/api/v1/calendar-subscriptions/feed/"), address);
            browser.check("calendar-address-shown-once");

            HttpResponse<String> feed = get(address);
            assertEquals(200, feed.statusCode(), feed.body());
            assertTrue(feed.body().contains("BEGIN:VCALENDAR"), feed.body());
            assertTrue(feed.body().contains("DTSTART;VALUE=DATE:20240115"), "Coventry's 2024 visit");
            assertFalse(feed.body().contains("Gateshead"), "only Coventry's dates");

            page.get(base + "app/calendar.xhtml");
            assertTrue(page.findElements(By.id("new-address")).isEmpty(), "the address is never shown again");
            assertFalse(page.getPageSource().contains(address.substring(address.lastIndexOf('/') + 1)));
            // Other suites may have made addresses for this user too; the newest, this one, is listed first.
            Browser.clickAndWaitForNewPage(page, By.cssSelector("#addresses input[value='Remove']"));
            browser.check("calendar-address-remove-asks");
            Browser.clickAndWaitForNewPage(page, By.cssSelector("#addresses input[value='Yes, remove']"));
            assertEquals(404, get(address).statusCode(), "a removed address answers 404");
            assertEquals(List.of(), browser.violations());
        }
    }

    private static HttpResponse<String> get(String address) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
