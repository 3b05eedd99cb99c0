package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 14, point 8, in a real browser: the count in the header, the notification centre (what needs your action,
 * marked done one at a time) and the preferences (a digest chosen, a refused choice told in the error summary), each
 * page checked by axe-core.
 */
@ExtendWith(RunningStack.class)
class NotificationCentreIT {

    static final Pattern COUNT = Pattern.compile("\\((\\d+)");

    final URL base = RunningStack.appUrl();
    final Api api = new Api(base);

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void anEditorSeesTheCountMarksOneDoneAndChoosesAWeeklyDigest() throws Exception {
        // 19 April 2024: Coventry's feedback report and action plan are a day late, so its editor is told.
        Api.Reply run = api.send("POST", "api/v1/admin/notifications/run?today=2024-04-19", Tokens.of("admin"), null);
        assertEquals(200, run.status(), run.body());
        List<String> links = api
                .get("api/v1/notifications", Tokens.of("coventry-editor"))
                .json()
                .asJsonObject()
                .getJsonArray("notifications")
                .stream()
                .map(JsonValue::asJsonObject)
                .map(n -> n.getString("link"))
                .toList();
        assertFalse(links.isEmpty(), "the run told coventry-editor something");
        try (Browser browser = Browser.open("notification-centre")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "coventry-editor");
            int open = count(page);
            assertEquals(links.size(), open, "the header counts what is open");
            browser.check("header-count");

            Browser.clickAndWaitForNewPage(page, By.id("notifications-link"));
            assertEquals("Notifications", page.findElement(By.tagName("h1")).getText());
            List<WebElement> rows = page.findElements(By.cssSelector("tr.hub-notification"));
            assertEquals(open, rows.size(), "one row for each open notification");
            assertEquals(
                    links,
                    page.findElements(By.cssSelector("tr.hub-notification a")).stream()
                            .map(a -> a.getDomAttribute("href"))
                            .toList(),
                    "each links, newest first, to the address it was given (absolute, from hub.public-url)");
            assertTrue(links.stream().allMatch(l -> l.startsWith("http")), links.toString());
            assertTrue(
                    page.findElement(By.cssSelector("tr.hub-notification .govuk-tag"))
                            .getText()
                            .matches("Overdue|Escalated"),
                    "an overdue notice says so");
            browser.check("centre");

            Browser.clickAndWaitForNewPage(page, By.cssSelector("tr.hub-notification input[type=submit]"));
            assertTrue(banner(page).endsWith("is marked as done."), banner(page));
            assertEquals(open - 1, count(page), "the header counts one fewer");
            assertEquals(
                    open - 1,
                    page.findElements(By.cssSelector("tr.hub-notification")).size());
            browser.check("marked-done");

            Browser.clickAndWaitForNewPage(page, By.id("show-all"));
            assertTrue(
                    page.findElement(By.id("main-content")).getText().contains("Done on "), "the done one is listed");
            browser.check("done-ones-too");

            page.get(base + "app/notifications/index.xhtml#preferences");
            assertEquals(
                    "How often to hear from the Hub",
                    page.findElement(By.id("preferences")).getText(),
                    "the mails' link to the preferences lands on them");
            page.findElement(By.cssSelector("label[for='frequency-weekly']")).click();
            Browser.clickAndWaitForNewPage(page, By.id("save-preferences"));
            assertEquals("Your choice is saved: a weekly digest.", banner(page));
            assertTrue(page.findElement(By.id("frequency-weekly")).isSelected(), "the saved choice is shown");
            assertEquals(
                    "WEEKLY",
                    api.get("api/v1/notifications/preferences", Tokens.of("coventry-editor"))
                            .json()
                            .asJsonObject()
                            .getString("frequency"));
            browser.check("weekly-saved");

            // Nothing chosen, then a choice that is not one of the four: each refused in the error summary.
            for (String script : List.of(
                    "document.querySelectorAll('input[name=frequency]').forEach(r => r.checked = false)",
                    "document.getElementById('frequency-off').value = 'HOURLY';"
                            + "document.getElementById('frequency-off').checked = true")) {
                ((JavascriptExecutor) page).executeScript(script);
                Browser.clickAndWaitForNewPage(page, By.id("save-preferences"));
                WebElement summary = page.findElement(By.className("govuk-error-summary"));
                WebElement link = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
                assertEquals("Select how often you want to hear about what is not urgent", link.getText());
                assertEquals("frequency", link.getDomAttribute("href").replaceAll(".*#", ""));
                assertTrue(page.getTitle().startsWith("Error: "), page.getTitle());
                assertEquals(
                        "WEEKLY",
                        api.get("api/v1/notifications/preferences", Tokens.of("coventry-editor"))
                                .json()
                                .asJsonObject()
                                .getString("frequency"),
                        "nothing refused is saved");
            }
            browser.check("preferences-refused");
            assertEquals(List.of(), browser.violations());
        } finally {
            api.put(
                    "api/v1/notifications/preferences",
                    Tokens.of("coventry-editor"),
                    "{\"frequency\":\"IMMEDIATELY\"}");
        }
    }

    @Test
    void someoneWithNothingToDoSeesTheLinkWithoutACountAndSaysSo() throws Exception {
        String viewer = Tokens.of("coventry-viewer");
        for (JsonValue open :
                api.get("api/v1/notifications", viewer).json().asJsonObject().getJsonArray("notifications")) {
            long id = open.asJsonObject().getJsonNumber("id").longValue();
            assertEquals(
                    200,
                    api.send("POST", "api/v1/notifications/" + id + "/done", viewer, null)
                            .status());
        }
        try (Browser browser = Browser.open("notification-centre-empty")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "coventry-viewer");
            assertEquals(
                    "Notifications",
                    page.findElement(By.id("notifications-link")).getText(),
                    "no count at 0");
            Browser.clickAndWaitForNewPage(page, By.id("notifications-link"));
            assertEquals(
                    "Nothing needs your action.",
                    page.findElement(By.id("nothing-to-do")).getText());
            assertTrue(page.findElement(By.id("frequency")).isSelected(), "everyone starts hearing at once");
            browser.check("nothing-to-do");
            assertEquals(List.of(), browser.violations());
        }
    }

    /** The header's count of open notifications: none shown is none open. */
    private static int count(WebDriver page) {
        Matcher count =
                COUNT.matcher(page.findElement(By.id("notifications-link")).getText());
        return count.find() ? Integer.parseInt(count.group(1)) : 0;
    }

    private static String banner(WebDriver page) {
        return page.findElement(By.className("govuk-notification-banner__heading"))
                .getText();
    }
}
