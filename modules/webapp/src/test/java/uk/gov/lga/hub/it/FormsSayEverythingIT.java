package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13, points 6 and 7: every problem with a form at once in the error summary, each linked to its field; dates
 * typed as day, month and year (so 9 3 2026 is 9 March, never 3 September), with the Design System's messages.
 */
@ExtendWith(RunningStack.class)
class FormsSayEverythingIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void aFormWithSeveralProblemsListsThemAllAtOnceEachLinkedToItsField() throws Exception {
        try (Browser browser = Browser.open("every-error-at-once")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/new.xhtml");
            Browser.type(page, "onSiteEnd-day", "31");
            Browser.type(page, "onSiteEnd-month", "2");
            Browser.type(page, "onSiteEnd-year", "2027");
            Browser.clickAndWaitForNewPage(page, By.id("propose-challenge"));

            List<WebElement> links = page.findElements(By.cssSelector(".govuk-error-summary__list a"));
            assertEquals(
                    List.of(
                            "Select the council",
                            "Enter the date",
                            "The date must be a real date, for example 27 3 2027"),
                    links.stream().map(WebElement::getText).toList(),
                    "all three at once, in the form's order");
            for (WebElement link : links) {
                String target = link.getAttribute("href").replaceAll(".*#", "");
                assertFalse(page.findElements(By.id(target)).isEmpty(), "the summary links to a field: " + target);
            }
            assertEquals("31", page.findElement(By.id("onSiteEnd-day")).getAttribute("value"), "typed day kept");
            browser.check("every-error-at-once");

            page.get(base + "app/challenges/new.xhtml");
            Browser.clickAndWaitForNewPage(page, By.id("propose-challenge"));
            assertEquals(
                    3,
                    page.findElements(By.cssSelector(".govuk-error-summary__list a"))
                            .size(),
                    "an empty form: the council and both dates");
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void theActionPlansFormsListEveryProblemAtOnceToo() throws Exception {
        Api api = new Api(base);
        long challenge = api.get("api/v1/councils/E08000026/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long recommendation = api.get("api/v1/action-plans/" + challenge, Tokens.of("coventry-editor"))
                .json()
                .asJsonObject()
                .getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonNumber("recommendationId")
                .longValue();
        try (Browser browser = Browser.open("plan-every-error-at-once")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "coventry-editor");
            page.get(base + "app/plan/recommendation.xhtml?challenge=" + challenge + "&id=" + recommendation);
            // A new action with no description, a role chosen but not typed, and 31 February.
            page.findElement(By.cssSelector("label[for='new-owner-kind-role']")).click();
            Browser.type(page, "new-due-day", "31");
            Browser.type(page, "new-due-month", "2");
            Browser.type(page, "new-due-year", "2027");
            Browser.clickAndWaitForNewPage(page, By.id("add-action"));
            assertSummaryLinksToFields(
                    page,
                    List.of(
                            "Enter what the action is",
                            "Enter the owner's role",
                            "The date must be a real date, for example 27 3 2027"));
            assertTrue(page.findElement(By.id("new-owner-kind-role")).isSelected(), "the chosen kind is kept");
            assertEquals("31", page.findElement(By.id("new-due-day")).getAttribute("value"), "typed day kept");
            browser.check("plan-action-every-error");

            // Evidence: no title and an address that is not a web address, both at once.
            page.get(base + "app/plan/recommendation.xhtml?challenge=" + challenge + "&id=" + recommendation);
            page.findElement(By.cssSelector("#link-title"))
                    .findElement(By.xpath("ancestor::details/summary"))
                    .click();
            page.findElement(By.id("link-url")).sendKeys("javascript:alert(1)");
            Browser.clickAndWaitForNewPage(page, By.id("add-link"));
            assertSummaryLinksToFields(
                    page, List.of("Enter a title for the link", "Enter a web address starting with https://"));
            assertEquals(
                    "javascript:alert(1)", page.findElement(By.id("link-url")).getAttribute("value"));
            browser.check("plan-link-every-error");
            assertEquals(List.of(), browser.violations());
        }
    }

    private static void assertSummaryLinksToFields(WebDriver page, List<String> expected) {
        List<WebElement> links = page.findElements(By.cssSelector(".govuk-error-summary__list a"));
        assertEquals(expected, links.stream().map(WebElement::getText).toList(), "all at once, in the form's order");
        for (WebElement link : links) {
            String target = link.getAttribute("href").replaceAll(".*#", "");
            assertFalse(page.findElements(By.id(target)).isEmpty(), "the summary links to a field: " + target);
        }
    }

    @Test
    void aDateIsReadAsDayMonthAndYearAndAPartMissingIsNamed() throws Exception {
        try (Browser browser = Browser.open("date-input")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/new.xhtml");
            new Select(page.findElement(By.id("council"))).selectByVisibleText("Gateshead Council");
            Browser.type(page, "onSiteStart-day", "9");
            Browser.type(page, "onSiteStart-month", "3");
            Browser.type(page, "onSiteStart-year", "2026");
            Browser.type(page, "onSiteEnd-day", "12");
            Browser.type(page, "onSiteEnd-year", "2026");
            Browser.clickAndWaitForNewPage(page, By.id("propose-challenge"));
            assertEquals(
                    "The date must include a month",
                    page.findElement(By.cssSelector(".govuk-error-summary__list a"))
                            .getText());
            browser.check("date-missing-a-month");

            Browser.type(page, "onSiteEnd-month", "3");
            Browser.clickAndWaitForNewPage(page, By.id("propose-challenge"));
            // 9 3 2026 is 9 March 2026, which is before today: the page asks, naming the date in words.
            String asked = page.findElement(By.id("confirm-dates-warning")).getText();
            assertTrue(asked.contains("9 March 2026, which is in the past"), asked);
            assertEquals(List.of(), browser.violations());
        }
    }
}
