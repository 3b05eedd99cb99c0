package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator loads the register of councils in the browser: a file with a wrong row is refused with the row's
 * line, a file whose headings cannot be guessed gets its columns chosen from its headings, then preview and load.
 * Every page is checked with axe-core.
 */
@ExtendWith(RunningStack.class)
class CouncilRegisterPageIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void anAdministratorChoosesTheColumnsChecksThePreviewAndLoadsTheRegister() throws Exception {
        Path wrong = file("wrong", "LAD24CD,LAD24NM,Type,RGN24NM\nE06000901,Pageham,Unitary Authority,Atlantis\n");
        Path odd = file("odd", "Ref,Authority,Area\r\nE06000901,\"Pageham, Borough of\",South West\r\n");
        try (Browser browser = Browser.open("register")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "admin");
            page.get(base + "app/admin/councils.xhtml");
            Browser.clickAndWaitForNewPage(page, By.id("register-link"));
            assertEquals(
                    "Load the register of councils",
                    page.findElement(By.tagName("h1")).getText());
            browser.check("register");

            page.findElement(By.id("file")).sendKeys(wrong.toString());
            Browser.clickAndWaitForNewPage(page, By.id("upload"));
            assertTrue(page.getTitle().startsWith("Error: "), page.getTitle());
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("1 row of the file"),
                    page.getPageSource());
            assertTrue(page.findElement(By.id("problems")).isDisplayed());
            assertTrue(page.getPageSource().contains("Line 2: 'Atlantis' is not one of England's nine regions"));
            browser.check("register-wrong-row");

            page.findElement(By.id("file")).sendKeys(odd.toString());
            Browser.clickAndWaitForNewPage(page, By.id("upload"));
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("choose the column that holds the council's ONS code"),
                    page.getPageSource());
            browser.check("register-columns");
            new Select(page.findElement(By.id("codeColumn"))).selectByVisibleText("Ref");
            new Select(page.findElement(By.id("nameColumn"))).selectByVisibleText("Authority");
            new Select(page.findElement(By.id("regionColumn"))).selectByVisibleText("Area");
            Browser.clickAndWaitForNewPage(page, By.id("choose"));

            assertEquals(
                    "What loading the file would change",
                    page.findElement(By.cssSelector("h2.govuk-heading-l")).getText(),
                    page.getPageSource());
            assertTrue(page.getPageSource().contains("Pageham, Borough of"), "listed as added");
            assertTrue(page.getPageSource().contains("Worked out from each council"), "type from the ONS code");
            assertEquals(List.of(), councilRows(), "a preview changes nothing");
            browser.check("register-preview");

            Browser.clickAndWaitForNewPage(page, By.id("confirm"));
            assertTrue(
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText()
                            .startsWith("The register is loaded:"),
                    page.getPageSource());
            assertEquals(
                    "What the load changed",
                    page.findElement(By.cssSelector("h2.govuk-heading-l")).getText());
            assertEquals(List.of("Pageham, Borough of|UNITARY"), councilRows());
            browser.check("register-loaded");

            // Every other council was left out of this one-council file: flagged on the councils page, not removed.
            Browser.clickAndWaitForNewPage(page, By.linkText("Councils and users"));
            assertTrue(
                    page.findElement(By.className("govuk-table")).getText().contains("Not in the register since"),
                    page.getPageSource());
            browser.check("councils-flagged");
            assertEquals(List.of(), browser.violations());
        }
    }

    private static Path file(String name, String content) throws Exception {
        Path file = Files.createTempFile("register-" + name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private static List<String> councilRows() throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.strings(
                    owner, "select name || '|' || council_type from council where code = 'E06000901'");
        }
    }
}
