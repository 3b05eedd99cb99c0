package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, point 5: irreversible steps (cancelling a challenge, removing a committee meeting from a plan) ask
 * first, say what will happen, and "no" changes nothing; submitting and deciding on a plan ask first too (see
 * BrowserJourneysIT). One mechanism: the pages' Confirmation.
 */
@ExtendWith(RunningStack.class)
class IrreversibleStepsIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void cancellingAChallengeAsksFirstAndTheWarningButtonIsNeverTheFirst() throws Exception {
        Api.Reply proposed = new Api(base)
                .send(
                        "POST",
                        "api/v1/councils/E08000037/challenges",
                        Tokens.of("pcm"),
                        "{\"onSiteStart\":\"2027-06-07\",\"onSiteEnd\":\"2027-06-10\"}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open("irreversible-steps")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/challenge.xhtml?id=" + id);
            List<String> moves = page.findElements(By.cssSelector("#moves input[type=submit]")).stream()
                    .map(b -> b.getAttribute("value"))
                    .toList();
            assertEquals("Cancelled", moves.get(moves.size() - 1), "the destructive move comes last: " + moves);

            page.findElement(By.cssSelector("#moves input[value='Cancelled']")).click();
            // Each click opens a new page: wait for what it shows, never read the page being left.
            assertTrue(waitFor(page, By.id("confirm-cancel-warning")).getText().contains("ends this challenge"));
            browser.check("cancel-asks-first");
            page.findElement(By.linkText("No, keep it")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-cancel-warning")));
            assertTrue(page.findElement(By.tagName("h1")).getText().contains("Proposed"), "no changes nothing");

            page.findElement(By.cssSelector("#moves input[value='Cancelled']")).click();
            waitFor(page, By.id("confirm-cancel")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Cancelled"));
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void removingACommitteeMeetingFromThePlanAsksFirstAndNoKeepsIt() throws Exception {
        Api api = new Api(base);
        JsonObject latest = api.get("api/v1/councils/E08000026/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0);
        long challenge = latest.getJsonNumber("id").longValue();
        // A committee considers the report after the visit: other suites may have added a later Coventry challenge.
        String metOn =
                LocalDate.parse(latest.getString("onSiteEnd")).plusDays(1).toString();
        String committee = "Irreversible steps committee " + System.nanoTime();
        Api.Reply added = api.send(
                "POST",
                "api/v1/action-plans/" + challenge + "/meetings",
                Tokens.of("coventry-editor"),
                "{\"committee\":\"" + committee + "\",\"metOn\":\"" + metOn + "\",\"considered\":\"FEEDBACK_REPORT\"}");
        assertEquals(201, added.status(), added.body());
        By remove = By.cssSelector("input[value='Remove'][aria-label^='Remove the " + committee + "']");
        try (Browser browser = Browser.open("irreversible-meeting")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "coventry-editor");
            page.get(base + "app/plan/meetings.xhtml?id=" + challenge);
            page.findElement(remove).click();
            By yes = By.cssSelector("input[value='Yes, remove']");
            waitFor(page, yes);
            assertTrue(page.getPageSource().contains("The record of this meeting will be deleted from the plan."));
            browser.check("meeting-removal-asks-first");
            page.findElement(By.linkText("No, keep it")).click();
            new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.invisibilityOfElementLocated(yes));
            assertEquals(1, page.findElements(remove).size(), "no keeps the meeting");

            page.findElement(remove).click();
            waitFor(page, yes).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.className("govuk-notification-banner__heading"), "meeting is removed"));
            assertTrue(page.findElements(remove).isEmpty(), "yes removes it");
            assertEquals(List.of(), browser.violations());
        }
    }

    private static org.openqa.selenium.WebElement waitFor(WebDriver page, By what) {
        return new WebDriverWait(page, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(what));
    }
}
