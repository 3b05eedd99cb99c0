package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role's journey in a real browser, signed in through the real Keycloak, every page checked with axe-core.
 */
@HubIntegrationTest
@RunAsClient
class BrowserJourneysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.hubWar();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void thePublicReadsAPublishedReportWithoutSigningIn() throws Exception {
        try (Browser browser = Browser.open("public")) {
            WebDriver page = browser.driver;
            page.get(base.toString());
            assertEquals("Published peer challenge reports", page.findElement(By.tagName("h1")).getText());
            browser.check("published-reports");

            page.findElement(By.xpath("//tr[td[1][normalize-space()='Coventry City Council']]"
                    + "//a[starts-with(normalize-space(), 'Feedback report')]")).click();
            assertEquals("Corporate Peer Challenge feedback report", page.findElement(By.tagName("h1")).getText());
            String report = page.findElement(By.id("main-content")).getText();
            assertTrue(report.contains("2.1 City Centre masterplan"), report);
            assertTrue(report.contains("2.10 Workforce Diversity"), report);
            assertTrue(report.contains("Pam Smith, CEX, Newcastle City Council"), report);
            assertTrue(report.contains("15 January 2024 to 18 January 2024"), report);
            browser.check("feedback-report");

            page.findElement(By.linkText("All published reports")).click();
            page.findElement(By.xpath("//a[starts-with(normalize-space(), 'Progress review report')]")).click();
            assertEquals("Progress review report", page.findElement(By.tagName("h1")).getText());
            browser.check("progress-review-report");
            page.findElement(By.linkText("Accessibility statement")).click();
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Accessibility statement"));
            browser.check("accessibility-statement");
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdministratorOnboardsACouncilAndAFormWithErrorsKeepsWhatTheyTyped() throws Exception {
        try (Browser browser = Browser.open("admin")) {
            WebDriver page = browser.driver;
            signIn(browser, "admin");
            assertEquals("Councils and users", page.findElement(By.tagName("h1")).getText());
            browser.check("councils");

            page.findElement(By.id("code")).sendKeys("E08000023");
            new Select(page.findElement(By.id("type"))).selectByVisibleText("Metropolitan district");
            new Select(page.findElement(By.id("region"))).selectByVisibleText("North East");
            page.findElement(By.id("onboard-council")).click();

            assertTrue(page.findElement(By.className("govuk-error-summary")).getText()
                    .contains("The council's name is required."), page.getPageSource());
            assertTrue(page.getTitle().startsWith("Error: "));
            assertEquals("E08000023", page.findElement(By.id("code")).getAttribute("value"), "kept what was typed");
            assertEquals("north-east", new Select(page.findElement(By.id("region"))).getFirstSelectedOption()
                    .getAttribute("value"));
            page.findElement(By.cssSelector(".govuk-error-summary a")).click();
            assertEquals("name", page.switchTo().activeElement().getAttribute("id"), "the summary links to the field");
            assertEquals(List.of(), councilRows("E08000023"), "nothing half-saved");
            browser.check("councils-with-errors");

            page.findElement(By.id("name")).sendKeys("South Tyneside Council");
            page.findElement(By.id("onboard-council")).click();
            assertEquals("South Tyneside Council has been onboarded.",
                    page.findElement(By.className("govuk-notification-banner__heading")).getText());
            assertTrue(page.findElement(By.className("govuk-table")).getText().contains("South Tyneside Council"));
            assertEquals(List.of("South Tyneside Council"), councilRows("E08000023"));
            browser.check("councils-onboarded");

            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} lands on {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "pcm, Challenges",
            "coventry-editor, Our peer challenges",
            "coventry-viewer, Our peer challenges",
            "adviser-ne, National picture"})
    void eachRoleLandsOnItsOwnPagesAfterSigningIn(String user, String heading) throws Exception {
        try (Browser browser = Browser.open(user)) {
            WebDriver page = browser.driver;
            signIn(browser, user);
            assertEquals(heading, page.findElement(By.tagName("h1")).getText());
            browser.check("landing");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdministratorOnboardsACouncilWithTheKeyboardAlone() throws Exception {
        try (Browser browser = Browser.open("keyboard")) {
            WebDriver page = browser.driver;
            page.get(base + "app/");
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            keys(page, "admin", Keys.TAB, "demo", Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/admin/"));

            tabTo(page, "code");
            keys(page, "E08000022", Keys.TAB, "North Tyneside Council", Keys.TAB, "Metropolitan", Keys.TAB, "North East");
            assertEquals("region", page.switchTo().activeElement().getAttribute("id"));
            keys(page, Keys.TAB);
            assertEquals("onboard-council", page.switchTo().activeElement().getAttribute("id"));
            keys(page, Keys.ENTER);
            assertEquals("North Tyneside Council has been onboarded.",
                    page.findElement(By.className("govuk-notification-banner__heading")).getText());
            browser.check("onboarded-by-keyboard");
            assertEquals(List.of("North Tyneside Council"), councilRows("E08000022"));
            assertEquals(List.of(), browser.violations());
        }
    }

    /** Types into whatever has the focus, as a keyboard user would; nothing is clicked. */
    private static void keys(WebDriver page, CharSequence... keys) {
        new Actions(page).sendKeys(keys).perform();
    }

    /** Presses Tab until the field has the focus (a bounded number of times). */
    private static void tabTo(WebDriver page, String id) {
        for (int i = 0; i < 40; i++) {
            if (id.equals(page.switchTo().activeElement().getAttribute("id"))) {
                return;
            }
            keys(page, Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void signIn(Browser browser, String username) throws Exception {
        WebDriver page = browser.driver;
        page.get(base + "app/");
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys("demo");
        page.findElement(By.id("kc-login")).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(base.getPath() + "app/"));
    }

    private void signOut(Browser browser) {
        WebDriver page = browser.driver;
        page.findElement(By.cssSelector("#signOut input[type=submit]")).click();
        new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private static List<String> councilRows(String code) throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.strings(owner, "select name from council where code = '" + code + "'");
        }
    }
}
