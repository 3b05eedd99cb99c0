package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Issue 13, point 2: a refusal keeps the page's address, and a refused or wrong address is never a dead end. */
@ExtendWith(RunningStack.class)
class NoDeadEndsIT {

    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void aRefusedFormKeepsTheAddressOfItsRecordSoOpeningItAgainShowsTheSamePage() throws Exception {
        long challenge = coventrysLatestChallenge();
        try (Browser browser = Browser.open("no-dead-ends-refusal")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/team.xhtml?id=" + challenge);
            String heading = page.findElement(By.tagName("h1")).getText();
            page.findElement(By.id("memberName")).sendKeys("Pat Peer");
            page.findElement(By.id("add-member")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
            assertTrue(
                    page.getCurrentUrl().endsWith("team.xhtml?id=" + challenge),
                    "the refused form's page keeps its address: " + page.getCurrentUrl());
            assertEquals("Pat Peer", page.findElement(By.id("memberName")).getAttribute("value"));
            browser.check("refused-form-keeps-its-address");

            page.get(page.getCurrentUrl());
            assertEquals(heading, page.findElement(By.tagName("h1")).getText(), "opening the address again");
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAddressThatIsNotThereOrNotYoursKeepsTheHeaderTheNavigationAndSignOut() throws Exception {
        long coventrysChallenge = coventrysLatestChallenge();
        try (Browser browser = Browser.open("no-dead-ends-not-found")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "gateshead-editor");
            for (String address : List.of(
                    "app/challenges/challenge.xhtml?id=" + Long.MAX_VALUE,
                    "app/plan/index.xhtml?id=" + coventrysChallenge,
                    "app/no-such-page.xhtml")) {
                page.get(base + address);
                String title = page.findElement(By.id("problem-title")).getText();
                assertFalse(title.isBlank(), address);
                assertTrue(page.findElements(By.cssSelector("#signOut button")).size() == 1, "sign-out on " + address);
                assertFalse(
                        page.findElements(By.cssSelector(".govuk-service-navigation__link"))
                                .isEmpty(),
                        "navigation on " + address);
                assertTrue(page.findElement(By.id("start-page")).isDisplayed(), "a way on from " + address);
            }
            browser.check("not-found-keeps-the-service");
            page.findElement(By.id("start-page")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains(base.getPath() + "app/"));
            assertEquals(List.of(), browser.violations());
        }
    }

    private static long coventrysLatestChallenge() throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.longs(
                            owner,
                            "select c.id from peer_challenge c join council k on k.id = c.council_id where k.code = 'E08000026'"
                                    + " order by c.on_site_start desc limit 1")
                    .get(0);
        }
    }
}
