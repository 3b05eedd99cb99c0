package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13, point 1: one form's refusal never blanks another form on the page. The bug it proves fixed: a refused
 * recommendation brought the page back with the report's boxes empty, and saving the report then wiped it.
 */
@ExtendWith(RunningStack.class)
class NothingTypedIsLostIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void aRefusedRecommendationKeepsWhatWasTypedAndTheSavedReportOnThePage() throws Exception {
        long id = draftingChallengeWithAReport();
        try (Browser browser = Browser.open("nothing-typed-is-lost")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/report.xhtml?id=" + id);
            page.findElement(By.id("recNumber")).sendKeys("1");
            page.findElement(By.id("recText")).sendKeys("Agree a housing delivery plan with partners.");
            page.findElement(themeLabel("Governance and culture")).click();
            page.findElement(By.id("add-recommendation")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));

            assertEquals("1", page.findElement(By.id("recNumber")).getAttribute("value"), "typed number kept");
            assertEquals(
                    "Agree a housing delivery plan with partners.",
                    page.findElement(By.id("recText")).getAttribute("value"),
                    "typed text kept");
            assertEquals(
                    "Gateshead knows where it is going.",
                    page.findElement(By.id("executiveSummary")).getAttribute("value"),
                    "the other form still shows the saved report");
            assertTrue(
                    page.findElements(By.cssSelector("textarea[id$=':themeFeedback']")).stream()
                            .anyMatch(t -> "Governance is sound.".equals(t.getAttribute("value"))),
                    "and its feedback per theme");
            assertTrue(theme(page, "Governance and culture").isSelected(), "the ticked theme stays ticked");
            browser.check("refused-recommendation-keeps-the-report");

            page.findElement(By.id("recTitle")).sendKeys("Housing delivery");
            page.findElement(By.id("add-recommendation")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.className("govuk-notification-banner__heading"), "is added"));
            assertTrue(
                    page.findElement(By.id("main-content")).getText().contains("Themes: Governance and culture"),
                    "a recommendation's themes are shown by name");

            page.findElement(By.id("save-report")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.className("govuk-notification-banner__heading"), "The report is saved."));
            Api.Reply saved = new Api(base).get("api/v1/challenges/" + id, Tokens.of("pcm"));
            assertEquals(
                    "Gateshead knows where it is going.",
                    saved.json().asJsonObject().getJsonObject("report").getString("executiveSummary"),
                    "saving the report after the refusal keeps its words");
            assertEquals(List.of(), browser.violations());
        }
    }

    /** A theme's label in the recommendation form (GOV.UK draws the box; the label is what a person clicks). */
    private static By themeLabel(String name) {
        return By.xpath("//label[contains(@class,'govuk-checkboxes__label')][normalize-space()='" + name + "']");
    }

    /** A theme's box in the recommendation form, found by the name on its label. */
    private static org.openqa.selenium.WebElement theme(WebDriver page, String name) {
        return page.findElement(By.id(page.findElement(themeLabel(name)).getAttribute("for")));
    }

    /** A Gateshead challenge in report drafting whose report already has its words, set up through the API. */
    private long draftingChallengeWithAReport() throws Exception {
        Api api = new Api(base);
        String pcm = Tokens.of("pcm");
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/E08000037/challenges",
                pcm,
                "{\"onSiteStart\":\"2026-10-05\",\"onSiteEnd\":\"2026-10-08\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            Api.Reply moved = api.send("POST", "api/v1/challenges/" + id + "/moves", pcm, "{\"to\":\"" + to + "\"}");
            assertEquals(200, moved.status(), moved.body());
        }
        Api.Reply written = api.send(
                "PUT",
                "api/v1/challenges/" + id + "/report",
                pcm,
                "{\"executiveSummary\":\"Gateshead knows where it is going.\","
                        + "\"themeFeedback\":{\"governance-and-culture\":\"Governance is sound.\"}}");
        assertEquals(200, written.status(), written.body());
        return id;
    }
}
