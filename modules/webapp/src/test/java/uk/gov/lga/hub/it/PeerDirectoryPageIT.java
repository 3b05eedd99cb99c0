package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A peer challenge manager in the browser: finds a peer in the directory by name, opens their history and one of
 * their challenges, adds a peer, and reads what is wrong with bad input at each field (never a stack trace). Every
 * page is checked with axe-core.
 */
@ExtendWith(RunningStack.class)
class PeerDirectoryPageIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void aManagerFindsAPeerOpensTheirHistoryAndAddsOneWithReadableErrors() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open("peer-directory")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            Browser.clickAndWaitForNewPage(page, By.linkText("Peer directory"));
            assertEquals("Peer directory", page.findElement(By.tagName("h1")).getText());
            browser.check("directory");

            Browser.type(page, "name", "pam smi");
            Browser.clickAndWaitForNewPage(page, By.id("find"));
            List<WebElement> found = page.findElements(By.cssSelector("#peers tbody tr"));
            assertTrue(
                    found.stream().allMatch(row -> row.getText().startsWith("Pam Smith")),
                    "only her (other suites type in a Pam Smith of their own)");
            assertEquals("pam smi", page.findElement(By.id("name")).getAttribute("value"), "the filter stays");
            browser.check("directory-filtered");

            WebElement seeds = found.stream()
                    .filter(row -> row.getText().contains("Newcastle City Council"))
                    .findFirst()
                    .orElseThrow();
            page.get(seeds.findElement(By.linkText("Pam Smith")).getAttribute("href"));
            assertEquals("Pam Smith", page.findElement(By.id("peer-name")).getText());
            String history = page.findElement(By.id("history")).getText();
            assertTrue(history.contains("Coventry City Council"), history);
            assertTrue(history.contains("Lead peer"), history);
            browser.check("peer-history");
            Browser.clickAndWaitForNewPage(page, By.cssSelector("#history a"));
            assertTrue(page.getCurrentUrl().contains("app/challenges/challenge.xhtml?id="), page.getCurrentUrl());
            assertEquals(
                    "Coventry City Council",
                    page.findElement(By.className("govuk-caption-l")).getText(),
                    "the challenge she was on");

            page.get(base + "app/peers/index.xhtml");
            Browser.clickAndWaitForNewPage(page, By.id("add-peer"));
            assertEquals("Add a peer", page.findElement(By.tagName("h1")).getText());
            browser.check("peer-add");
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            assertTrue(page.getTitle().startsWith("Error: "), page.getTitle());
            assertEquals(
                    List.of(
                            "Enter the peer's name",
                            "Select what kind of peer they are",
                            "Enter the organisation the peer works for"),
                    summary(page));
            browser.check("peer-add-missing");

            String name = "Dana Directory " + run;
            Browser.type(page, "name", name);
            new Select(page.findElement(By.id("kind"))).selectByValue("OFFICER_PEER");
            Browser.type(page, "organisation", "Leeds City Council");
            Browser.type(page, "politicalGroup", "Independent");
            Browser.type(page, "email", "not an address");
            page.findElement(By.id("theme-financial-planning-and-management")).click();
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            assertEquals(List.of("Only member peers have a political group."), summary(page));
            assertTrue(
                    page.findElement(By.id("politicalGroup-error")).getText().contains("Only member peers"),
                    "at its field");
            assertEquals(name, page.findElement(By.id("name")).getAttribute("value"), "what was typed is kept");
            assertTrue(page.findElement(By.id("theme-financial-planning-and-management"))
                    .isSelected());

            Browser.type(page, "politicalGroup", "");
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            assertEquals(List.of("Enter an e-mail address like name@example.gov.uk."), summary(page));
            assertFalse(page.getPageSource().contains("Exception"), "never a stack trace");
            browser.check("peer-add-bad-email");

            Browser.type(page, "email", "dana." + run + "@leeds.gov.uk");
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            assertEquals(name, page.findElement(By.id("peer-name")).getText());
            assertTrue(
                    page.findElement(By.className("govuk-notification-banner"))
                            .getText()
                            .contains("is in the peer"),
                    "says it was added");
            assertTrue(page.findElement(By.id("no-challenges")).getText().contains("has not been on a team yet"));
            browser.check("peer-added");

            Browser.clickAndWaitForNewPage(page, By.id("change-peer"));
            assertEquals(
                    "Leeds City Council",
                    page.findElement(By.id("organisation")).getAttribute("value"));
            assertTrue(page.findElement(By.id("theme-financial-planning-and-management"))
                    .isSelected());
            browser.check("peer-change");
            Browser.type(page, "homeCouncil", "Leeds");
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            assertEquals(List.of("A home council is named by its code, e.g. E08000026."), summary(page));
            Browser.type(page, "homeCouncil", "E08000035");
            Browser.type(page, "position", "Director of Finance");
            Browser.clickAndWaitForNewPage(page, By.id("save-peer"));
            String details = page.findElement(By.id("peer-details")).getText();
            assertTrue(details.contains("Leeds City Council (E08000035)"), details);
            assertTrue(details.contains("Director of Finance"), details);

            page.get(base + "app/peers/index.xhtml?name=" + run + "&kind=OFFICER_PEER"
                    + "&theme=financial-planning-and-management");
            assertTrue(page.findElement(By.id("peers")).getText().contains(name), "found by kind and theme");
            page.get(base + "app/peers/index.xhtml?name=" + run + "&kind=MEMBER_PEER");
            assertTrue(page.findElement(By.id("no-peers")).getText().contains("No peer"), "not a member peer");
            assertEquals(List.of(), browser.violations());
        }
    }

    private static List<String> summary(WebDriver page) {
        return page.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
