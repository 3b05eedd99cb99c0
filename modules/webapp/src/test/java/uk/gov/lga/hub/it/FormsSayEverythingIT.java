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
