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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Each role's journey in a real browser, signed in through the real Keycloak, every page checked with axe-core.
 */
@ExtendWith(RunningStack.class)
class BrowserJourneysIT {

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    @BeforeEach
    void letKeycloakSendBrowsersBackHere() {
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void thePublicReadsAPublishedReportWithoutSigningIn() throws Exception {
        try (Browser browser = Browser.open("public")) {
            WebDriver page = browser.driver;
            page.get(base.toString());
            assertEquals(
                    "Published peer challenge reports",
                    page.findElement(By.tagName("h1")).getText());
            browser.check("published-reports");

            page.findElement(By.xpath("//tr[td[1][normalize-space()='Coventry City Council']]"
                            + "//a[starts-with(normalize-space(), 'Feedback report')]"))
                    .click();
            assertEquals(
                    "Corporate Peer Challenge feedback report",
                    page.findElement(By.tagName("h1")).getText());
            String report = page.findElement(By.id("main-content")).getText();
            assertTrue(report.contains("2.1 City Centre masterplan"), report);
            assertTrue(report.contains("2.10 Workforce Diversity"), report);
            assertTrue(report.contains("Pam Smith, CEX, Newcastle City Council"), report);
            assertTrue(report.contains("15 January 2024 to 18 January 2024"), report);
            browser.check("feedback-report");

            // The feedback report and the progress review report of the same challenge link to each other.
            page.findElement(By.id("related-report")).click();
            assertEquals(
                    "Progress review report", page.findElement(By.tagName("h1")).getText());
            browser.check("progress-review-report-from-its-feedback-report");
            page.findElement(By.id("related-report")).click();
            assertEquals(
                    "Corporate Peer Challenge feedback report",
                    page.findElement(By.tagName("h1")).getText());
            assertTrue(
                    page.findElement(By.id("main-content")).getText().contains("15 January 2024 to 18 January 2024"),
                    "back to the same challenge's feedback report");

            page.findElement(By.linkText("All published reports")).click();
            page.findElement(By.xpath("//a[starts-with(normalize-space(), 'Progress review report')]"))
                    .click();
            assertEquals(
                    "Progress review report", page.findElement(By.tagName("h1")).getText());
            browser.check("progress-review-report");
            page.findElement(By.linkText("Accessibility statement")).click();
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Accessibility statement"));
            browser.check("accessibility-statement");
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void thePublicAndACouncilUserSearchWithFiltersAndHighlightedSnippets() throws Exception {
        try (Browser browser = Browser.open("search")) {
            WebDriver page = browser.driver;
            page.get(base.toString());
            page.findElement(By.id("search-link")).click();
            browser.check("public-search-empty");
            page.findElement(By.id("search-button")).click();
            assertTrue(
                    page.findElement(By.cssSelector(".govuk-error-summary"))
                            .getText()
                            .contains("Enter what to search for"),
                    "an empty search says what to do");
            browser.check("public-search-error");

            clearAndType(page, "q", "masterplan");
            page.findElement(By.id("search-button")).click();
            List<WebElement> marks = page.findElements(By.cssSelector(".hub-search-result mark"));
            assertFalse(marks.isEmpty(), "the matched words are highlighted");
            assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase().startsWith("masterplan")));
            assertTrue(page.findElement(By.id("main-content")).getText().contains("Coventry City Council"));
            browser.check("public-search-results");

            new Select(page.findElement(By.id("filter-kind"))).selectByValue("RECOMMENDATION");
            page.findElement(By.id("filter-button")).click();
            String count = page.findElement(By.id("result-count")).getText();
            String option = new Select(page.findElement(By.id("filter-kind")))
                    .getFirstSelectedOption()
                    .getText();
            assertTrue(
                    option.endsWith("(" + count.split(" ")[0] + ")"),
                    "the facet's count (" + option + ") is the number of results (" + count + ")");
            browser.check("public-search-filtered");

            browser.signIn(base, "coventry-editor");
            page.get(base + "app/search.xhtml?q=masterplan");
            assertFalse(
                    page.findElements(By.cssSelector(".hub-search-result mark")).isEmpty());
            browser.check("signed-in-search");
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdministratorOnboardsACouncilAndAFormWithErrorsKeepsWhatTheyTyped() throws Exception {
        try (Browser browser = Browser.open("admin")) {
            WebDriver page = browser.driver;
            signIn(browser, "admin");
            assertEquals(
                    "Councils and users", page.findElement(By.tagName("h1")).getText());
            browser.check("councils");

            page.findElement(By.id("code")).sendKeys("E08000023");
            new Select(page.findElement(By.id("type"))).selectByVisibleText("Metropolitan district");
            new Select(page.findElement(By.id("region"))).selectByVisibleText("North East");
            page.findElement(By.id("onboard-council")).click();

            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("The council's name is required."),
                    page.getPageSource());
            assertTrue(page.getTitle().startsWith("Error: "));
            assertEquals("E08000023", page.findElement(By.id("code")).getAttribute("value"), "kept what was typed");
            assertEquals(
                    "north-east",
                    new Select(page.findElement(By.id("region")))
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            page.findElement(By.cssSelector(".govuk-error-summary a")).click();
            assertEquals("name", page.switchTo().activeElement().getAttribute("id"), "the summary links to the field");
            assertEquals(List.of(), councilRows("E08000023"), "nothing half-saved");
            browser.check("councils-with-errors");

            page.findElement(By.id("name")).sendKeys("South Tyneside Council");
            page.findElement(By.id("onboard-council")).click();
            assertEquals(
                    "South Tyneside Council has been onboarded.",
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText());
            assertTrue(page.findElement(By.className("govuk-table")).getText().contains("South Tyneside Council"));
            assertEquals(List.of("South Tyneside Council"), councilRows("E08000023"));
            browser.check("councils-onboarded");
            page.findElement(By.id("next-step")).click();
            assertEquals(
                    "People with access", page.findElement(By.tagName("h1")).getText());
            assertEquals(
                    "Nobody has access yet.", page.findElement(By.id("nobody")).getText());
            browser.check("onboarded-council-people");

            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdministratorGivesANewOfficerAccessToGatesheadWhoSignsInChangesTheFirstPasswordAndSeesGateshead()
            throws Exception {
        try (Browser browser = Browser.open("access")) {
            WebDriver page = browser.driver;
            signIn(browser, "admin");
            page.findElement(By.xpath("//a[contains(normalize-space(), 'with access to Gateshead Council')]"))
                    .click();
            assertEquals(
                    "People with access", page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElement(By.id("people")).getText().contains("gateshead-editor"), "the demo's editor");
            browser.check("council-people");

            // Everything wrong at once: every error is listed, each links to its field, and what was typed stays.
            page.findElement(By.id("username")).sendKeys("Gale Newcomer");
            page.findElement(By.id("firstName")).sendKeys("Gale");
            page.findElement(By.id("email")).sendKeys("not-an-address");
            page.findElement(By.id("password")).sendKeys("short");
            page.findElement(By.id("give-access")).click();
            WebElement summary = page.findElement(By.className("govuk-error-summary"));
            List<String> linked = summary.findElements(By.tagName("a")).stream()
                    .map(a -> a.getAttribute("href").replaceFirst(".*#", ""))
                    .toList();
            assertEquals(List.of("username", "lastName", "email", "role", "password"), linked, summary.getText());
            assertTrue(page.getTitle().startsWith("Error: "), page.getTitle());
            assertEquals("Gale", page.findElement(By.id("firstName")).getAttribute("value"), "kept what was typed");
            assertEquals("not-an-address", page.findElement(By.id("email")).getAttribute("value"));
            assertEquals(
                    "", page.findElement(By.id("password")).getAttribute("value"), "the password is not shown again");
            summary.findElement(By.linkText("Enter their last name")).click();
            assertEquals("lastName", page.switchTo().activeElement().getAttribute("id"));
            browser.check("council-people-errors");

            clearAndType(page, "username", "gateshead-newcomer");
            page.findElement(By.id("lastName")).sendKeys("Newcomer");
            clearAndType(page, "email", "gale.newcomer@gateshead.example");
            page.findElement(By.cssSelector("label[for=role]")).click();
            page.findElement(By.id("password")).sendKeys("First-Passw0rd");
            page.findElement(By.id("give-access")).click();
            assertTrue(
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText()
                            .startsWith("Gale Newcomer can now sign in to Gateshead Council as an editor"),
                    page.getPageSource());
            String row = page.findElement(By.xpath("//tr[td[2][normalize-space()='gateshead-newcomer']]"))
                    .getText();
            assertTrue(row.contains("Gale Newcomer") && row.contains("gale.newcomer@gateshead.example"), row);
            assertTrue(row.contains("Editor"), row);
            browser.check("council-people-given");
            signOut(browser);

            // The newcomer signs in with the first password and Keycloak makes them choose their own.
            page.get(base + "app/");
            new WebDriverWait(page, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            page.findElement(By.id("username")).sendKeys("gateshead-newcomer");
            page.findElement(By.id("password")).sendKeys("First-Passw0rd");
            page.findElement(By.id("kc-login")).click();
            new WebDriverWait(page, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("password-new")));
            browser.photograph("keycloak-choose-password");
            page.findElement(By.id("password-new")).sendKeys("Their-Own-Passw0rd");
            page.findElement(By.id("password-confirm")).sendKeys("Their-Own-Passw0rd");
            page.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]"))
                    .click();
            new WebDriverWait(page, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains(base.getPath() + "app/"));
            assertEquals(
                    "Our peer challenges", page.findElement(By.tagName("h1")).getText());
            String header = page.findElement(By.className("hub-header__user")).getText();
            assertTrue(header.contains("gateshead-newcomer") && header.contains("Gateshead Council"), header);
            browser.check("newcomer-sees-gateshead");
            signOut(browser);

            // Taking access away: a step that says what will happen, where keeping it is the first button.
            signIn(browser, "admin");
            page.get(base + "app/admin/council-people.xhtml?code=E08000037");
            page.findElement(By.xpath("//tr[td[2][normalize-space()='gateshead-newcomer']]//a"))
                    .click();
            assertEquals(
                    "Remove Gale Newcomer's access?",
                    page.findElement(By.tagName("h1")).getText());
            assertTrue(page.findElement(By.className("govuk-warning-text"))
                    .getText()
                    .contains("no longer be able to see or change Gateshead Council's records"));
            List<WebElement> buttons = page.findElements(By.cssSelector("#confirm-removal input[type=submit]"));
            assertEquals("keep-access", buttons.get(0).getAttribute("id"), "keeping is the first button");
            assertTrue(buttons.get(1).getAttribute("class").contains("govuk-button--warning"));
            browser.check("remove-confirmation");
            page.findElement(By.id("remove-access")).click();
            assertEquals(
                    "Gale Newcomer no longer has access to Gateshead Council.",
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText());
            assertTrue(page.findElements(By.xpath("//tr[td[2][normalize-space()='gateshead-newcomer']]"))
                    .isEmpty());
            browser.check("council-people-removed");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdministratorMakesSomeoneARegionsPrincipalAdviserAndTakesItAway() throws Exception {
        try (Browser browser = Browser.open("advisers")) {
            WebDriver page = browser.driver;
            signIn(browser, "admin");
            page.findElement(By.xpath("//a[normalize-space()='London principal advisers']"))
                    .click();
            assertEquals(
                    "Principal advisers", page.findElement(By.tagName("h1")).getText());
            browser.check("region-advisers");

            page.findElement(By.id("give-access")).click();
            assertEquals(
                    5,
                    page.findElements(By.cssSelector(".govuk-error-summary a")).size(),
                    "user name, names, email and password");
            browser.check("region-advisers-errors");

            page.findElement(By.id("username")).sendKeys("london-adviser");
            page.findElement(By.id("firstName")).sendKeys("Lena");
            page.findElement(By.id("lastName")).sendKeys("Adviser");
            page.findElement(By.id("email")).sendKeys("lena.adviser@lga.example");
            page.findElement(By.id("password")).sendKeys("First-Passw0rd");
            page.findElement(By.id("give-access")).click();
            assertTrue(
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText()
                            .startsWith("Lena Adviser is now the principal adviser for London"),
                    page.getPageSource());
            assertTrue(page.findElement(By.id("people")).getText().contains("lena.adviser@lga.example"));
            browser.check("region-adviser-given");

            page.findElement(By.xpath("//tr[td[2][normalize-space()='london-adviser']]//a"))
                    .click();
            browser.check("region-adviser-remove-confirmation");
            page.findElement(By.id("keep-access")).click();
            assertTrue(page.findElement(By.id("people")).getText().contains("london-adviser"), "kept");
            page.findElement(By.xpath("//tr[td[2][normalize-space()='london-adviser']]//a"))
                    .click();
            page.findElement(By.id("remove-access")).click();
            assertEquals(
                    "Lena Adviser is no longer a principal adviser for London.",
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText());
            browser.check("region-adviser-removed");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    private static void clearAndType(WebDriver page, String id, String text) {
        WebElement field = page.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void aManagerProposesAChallengeIssuesItsReportAndRecordsItsProgressReview() throws Exception {
        try (Browser browser = Browser.open("manager")) {
            WebDriver page = browser.driver;
            signIn(browser, "pcm");
            assertEquals("Challenges", page.findElement(By.tagName("h1")).getText());
            String due = page.findElement(By.xpath("//table[caption[contains(., 'Councils due')]]"))
                    .getText();
            assertFalse(due.contains("Coventry City Council"), "Coventry is not due until 2029: " + due);
            browser.check("challenges");
            page.findElement(By.linkText("Propose a challenge")).click();
            browser.check("propose");
            new Select(page.findElement(By.id("council"))).selectByVisibleText("Gateshead Council");
            Browser.setDate(page, "onSiteStart", "2025-03-03");
            Browser.setDate(page, "onSiteEnd", "2025-03-06");
            page.findElement(By.id("focusArea")).sendKeys("Housing delivery");
            Browser.clickAndWaitForNewPage(page, By.id("propose-challenge"));
            // A visit in the past is allowed, but only once the manager has been told and is sure.
            String asked = page.findElement(By.id("confirm-dates-warning")).getText();
            assertTrue(asked.contains("3 March 2025, which is in the past"), asked);
            assertEquals("3", page.findElement(By.id("onSiteStart-day")).getAttribute("value"), "dates kept");
            browser.check("propose-asks-about-a-past-visit");
            Browser.clickAndWaitForNewPage(page, By.id("confirm-dates"));
            assertEquals(
                    "Gateshead Council",
                    page.findElement(By.className("govuk-caption-l")).getText());
            String tasks = page.findElement(By.id("task-list")).getText();
            assertTrue(tasks.contains("Visit and scope") && tasks.contains("In progress"), tasks);
            assertTrue(tasks.contains("Issue the report") && tasks.contains("Cannot start yet"), tasks);
            assertTrue(
                    page.findElement(By.id("next-step-summary")).getText().contains("Next: Visit and scope"),
                    page.findElement(By.id("next-step-summary")).getText());
            browser.check("challenge-proposed-task-list");

            openPart(page, "Peer team");
            browser.check("team");
            page.findElement(By.id("memberName")).sendKeys("Pam Smith");
            new Select(page.findElement(By.id("memberRole"))).selectByVisibleText("Lead peer");
            page.findElement(By.id("memberPosition")).sendKeys("CEX");
            page.findElement(By.id("memberOrganisation")).sendKeys("Sheffield City Council");
            page.findElement(By.id("add-member")).click();
            waitForBanner(page, "Pam Smith has joined the team.");
            assertTrue(
                    page.findElement(By.id("main-content")).getText().contains("Pam Smith, CEX"),
                    page.findElement(By.id("main-content")).getText());

            addPeer(page, "Raj Patel", "Officer peer", "Swindon Borough Council");
            page.findElement(By.cssSelector("input[aria-label='Remove Raj Patel from the team']"))
                    .click();
            // Removing a peer asks first and says what will happen (waited for: the click opens a new page).
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("main-content"), "Raj Patel will no longer be on the team"));
            browser.check("remove-peer-asks-first");
            page.findElement(By.cssSelector("input[aria-label='Yes, remove Raj Patel from the team']"))
                    .click();
            waitForBanner(page, "Raj Patel has left the team.");
            // The team table, not the page: Raj Patel stays in the peer directory's list to pick from.
            assertFalse(page.findElement(By.id("team")).getText().contains("Raj Patel"), "removed from the team");

            backToTaskList(page);
            openPart(page, "Visit and scope");
            assertEquals("3", page.findElement(By.id("newStart-day")).getAttribute("value"), "pre-filled");
            assertEquals("6", page.findElement(By.id("newEnd-day")).getAttribute("value"), "pre-filled");
            Browser.setDate(page, "newStart", "2025-03-13");
            Browser.setDate(page, "newEnd", "2025-03-10");
            Browser.clickAndWaitForNewPage(page, By.id("reschedule-visit"));
            String refusal =
                    page.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(refusal.contains("(10 March 2025) cannot be before the first (13 March 2025)"), refusal);
            assertEquals("13", page.findElement(By.id("newStart-day")).getAttribute("value"), "input kept");
            browser.check("move-refused");
            Browser.setDate(page, "newStart", "2025-03-10");
            Browser.setDate(page, "newEnd", "2025-03-13");
            Browser.clickAndWaitForNewPage(page, By.id("reschedule-visit"));
            Browser.clickAndWaitForNewPage(page, By.id("confirm-dates"));
            waitForBanner(page, "The visit is rescheduled.");
            assertTrue(
                    page.findElement(By.id("visit-dates")).getText().contains("10 March 2025 to 13 March 2025"),
                    "the visit moved");

            backToTaskList(page);
            for (String move : List.of("Scheduled", "On site", "Report drafting")) {
                Browser.clickAndWaitForNewPage(page, By.cssSelector("#moves input[value='" + move + "']"));
                new WebDriverWait(page, Duration.ofSeconds(10))
                        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), move));
            }
            openPart(page, "Report and recommendations");
            page.findElement(By.id("executiveSummary")).sendKeys("Gateshead has a clear plan and strong partnerships.");
            page.findElements(By.cssSelector("textarea[id$=':themeFeedback']"))
                    .get(2)
                    .sendKeys("Governance is taken seriously.");
            page.findElement(By.id("save-report")).click();
            waitForBanner(page, "The report is saved.");
            assertEquals(
                    "Governance is taken seriously.",
                    page.findElements(By.cssSelector("textarea[id$=':themeFeedback']"))
                            .get(2)
                            .getAttribute("value"),
                    "feedback per theme is kept");
            page.findElement(By.id("recNumber")).sendKeys("1");
            page.findElement(By.id("recTitle")).sendKeys("Housing delivery");
            page.findElement(By.id("recText")).sendKeys("Agree a housing delivery plan with partners.");
            page.findElement(By.id("add-recommendation")).click();
            waitForBanner(page, "Recommendation 1 is added.");
            addRecommendation(page, "2", "Scrap this", "A recommendation added by mistake.");
            Browser.clickAndWaitForNewPage(
                    page, By.xpath("//a[contains(., 'Change') and contains(., 'recommendation 1')]"));
            assertEquals("Housing delivery", page.findElement(By.id("recTitle")).getAttribute("value"));
            page.findElement(By.id("recTitle")).clear();
            page.findElement(By.id("recTitle")).sendKeys("Housing delivery plan");
            page.findElement(By.id("add-recommendation")).click();
            waitForBanner(page, "Recommendation 1 is changed.");
            page.findElement(By.cssSelector("input[aria-label='Remove recommendation 2']"))
                    .click();
            waitForBanner(page, "Recommendation 2 is removed.");
            String recommendations =
                    page.findElement(By.id("recommendation-list")).getText();
            assertTrue(recommendations.contains("1 Housing delivery plan"), recommendations);
            assertFalse(recommendations.contains("Scrap this"), recommendations);
            browser.check("report-drafted");

            backToTaskList(page);
            openPart(page, "Issue the report");
            Browser.setDate(page, "issuedOn", "2025-03-01");
            Browser.clickAndWaitForNewPage(page, By.id("issue-report"));
            String warning = page.findElement(By.id("confirm-issue-warning")).getText();
            assertTrue(
                    warning.contains("can no longer change")
                            && warning.contains("progress review will be proposed for"),
                    "issuing asks first and says what will happen: " + warning);
            browser.check("issue-asks-first");
            Browser.clickAndWaitForNewPage(page, By.id("confirm-issue"));
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("after the visit ends"),
                    page.findElement(By.className("govuk-error-summary")).getText());
            browser.check("issue-refused");
            Browser.setDate(page, "issuedOn", "2025-04-01");
            Browser.clickAndWaitForNewPage(page, By.id("confirm-issue"));
            waitForBanner(page, "The report is issued to the council.");
            assertEquals(
                    "Report issued", page.findElement(By.id("challenge-status")).getText());
            browser.check("report-issued");
            Browser.clickAndWaitForNewPage(page, By.linkText("Read the report as issued"));
            assertEquals(
                    "Gateshead has a clear plan and strong partnerships.",
                    page.findElement(By.id("issued-summary")).getText(),
                    "after issuing the manager still reads the report");
            browser.check("report-as-issued");

            backToTaskList(page);
            assertTrue(
                    page.findElement(By.id("next-step-summary")).getText().contains("Gateshead Council must act"),
                    "after issuing, the council publishes");
            openPart(page, "Publications");
            new Select(page.findElement(By.id("publicationKind"))).selectByVisibleText("Feedback report");
            Browser.setDate(page, "publishedOn", "2025-05-20");
            page.findElement(By.id("publicationUrl")).sendKeys("https://www.gateshead.gov.uk/peer-challenge");
            Browser.clickAndWaitForNewPage(page, By.id("record-publication"));
            assertEquals(
                    "Published", page.findElement(By.id("challenge-status")).getText());
            browser.check("publication-recorded");

            backToTaskList(page);
            openPart(page, "Progress review");
            Browser.setDate(page, "reviewDate", "2026-01-12");
            Browser.clickAndWaitForNewPage(page, By.id("schedule-review"));
            assertEquals(
                    "Progress review scheduled",
                    page.findElement(By.id("challenge-status")).getText());
            assertEquals("12", page.findElement(By.id("heldOn-day")).getAttribute("value"), "held on the planned day");
            Browser.setDate(page, "heldOn", "2026-01-13");
            page.findElement(By.id("attendees")).sendKeys("Pam Smith");
            new Select(page.findElement(By.cssSelector("select[id$=':rating']"))).selectByVisibleText("Green");
            Browser.clickAndWaitForNewPage(page, By.id("record-review"));
            assertEquals(
                    "Progress review held",
                    page.findElement(By.id("challenge-status")).getText());
            browser.check("progress-review-held");
            String id = page.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            var review = new Api(base)
                    .get("api/v1/challenges/" + id, Tokens.of("pcm"))
                    .json()
                    .asJsonObject()
                    .getJsonObject("progressReview");
            assertEquals(
                    "GREEN", review.getJsonArray("ratings").getJsonObject(0).getString("rag"));
            assertEquals("Pam Smith", review.getJsonArray("attendees").getString(0));
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    /** Opens a part of the challenge from its task list. */
    private static void openPart(WebDriver page, String part) {
        Browser.clickAndWaitForNewPage(page, By.xpath("//ul[@id='task-list']//a[normalize-space()='" + part + "']"));
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), part));
    }

    private static void backToTaskList(WebDriver page) {
        Browser.clickAndWaitForNewPage(page, By.id("to-task-list"));
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("task-list")));
    }

    /** A colleague's save through the API, on the version now stored, to the recommendation this page shows. */
    private void saveMeanwhile(String recommendationPage, String narrative) throws Exception {
        String id = recommendationPage.replaceAll(".*[?&]id=(\\d+).*", "$1");
        String token = Tokens.of("coventry-editor");
        Api api = new Api(base);
        long version = api.get("api/v1/recommendations/" + id + "/response", token)
                .json()
                .asJsonObject()
                .getJsonNumber("version")
                .longValue();
        Api.Reply saved = api.put(
                "api/v1/recommendations/" + id + "/response",
                token,
                "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + narrative + "\",\"version\":" + version + "}");
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    void aCouncilEditorAnswersARecommendationAddsAnActionAndAnUpdateAndSubmitsThePlan() throws Exception {
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("cabinet-report", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.7\n% Cabinet report, 11 June 2024\n");
        String planUrl;
        Api api = new Api(base);
        acceptAnyWaitingVersion(api, coventryChallenge(api));
        try (Browser browser = Browser.open("council-editor")) {
            WebDriver page = browser.driver;
            signIn(browser, "coventry-editor");
            page.findElement(By.id("open-plan")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Action plan"));
            planUrl = page.getCurrentUrl();
            assertTrue(
                    page.findElement(By.className("govuk-task-list")).getText().contains("2.10 Workforce Diversity"));
            browser.check("plan");

            page.findElement(By.partialLinkText("2.3 Employees")).click();
            assertEquals("Employees", page.findElement(By.tagName("h1")).getText());
            browser.check("recommendation");
            page.findElement(By.id("narrative")).sendKeys("\n\nUpdated after the staff survey results.");
            page.findElement(By.id("save-response")).click();
            waitForBanner(page, "The council's response is saved.");

            // The session runs out while they type, and meanwhile a colleague saves the response: after signing in
            // again what they typed is still there, based on the version they had, so it does not overwrite the
            // colleague's save; they see why, open the page again and send their text once more.
            String recommendationUrl = page.getCurrentUrl();
            page.findElement(By.id("narrative")).sendKeys(" Typed before the session ended.");
            saveMeanwhile(recommendationUrl, "Saved meanwhile by a colleague.");
            page.manage().deleteCookieNamed("JSESSIONID");
            page.findElement(By.id("save-response")).click();
            new WebDriverWait(page, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("unsent-notice")));
            assertTrue(
                    page.findElement(By.id("narrative"))
                            .getAttribute("value")
                            .endsWith("Typed before the session ended."),
                    "what they typed is put back");
            browser.check("session-ended-typing-kept");
            page.findElement(By.id("save-response")).click();
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("Someone else saved this after you opened the page"),
                    "the colleague's save is kept");
            page.navigate().to(recommendationUrl);
            assertEquals(
                    "Saved meanwhile by a colleague.",
                    page.findElement(By.id("narrative")).getAttribute("value"));
            page.findElement(By.id("narrative")).sendKeys(" Typed before the session ended.");
            page.findElement(By.id("save-response")).click();
            waitForBanner(page, "The council's response is saved.");
            assertTrue(
                    page.findElement(By.id("narrative"))
                            .getAttribute("value")
                            .endsWith("Typed before the session ended."),
                    "and saved when sent again");

            page.findElement(By.id("new-description")).sendKeys("Run a staff pulse survey");
            Browser.setDate(page, "new-due", "2024-10-31");
            Browser.clickAndWaitForNewPage(page, By.id("add-action"));
            assertEquals(
                    List.of(),
                    page.findElements(By.className("govuk-error-summary")).stream()
                            .map(WebElement::getText)
                            .toList(),
                    page.getCurrentUrl());
            waitForBanner(page, "The action is added.");
            String card =
                    "//div[contains(@class,'govuk-summary-card')][.//h3[contains(., 'Run a staff pulse survey')]]";
            page.findElement(By.xpath(card + "//summary[contains(., 'Add an update')]"))
                    .click();
            page.findElement(By.xpath(card + "//textarea[@name='update']"))
                    .sendKeys("Survey questions agreed with the unions.");
            new Select(page.findElement(By.xpath(card + "//select[@name='new-status']")))
                    .selectByVisibleText("In progress");
            page.findElement(By.xpath(card + "//input[@value='Add the update']"))
                    .click();
            waitForBanner(page, "The update is added.");
            assertTrue(page.findElement(By.xpath(card)).getText().contains("Survey questions agreed with the unions."));

            page.findElement(By.xpath(card + "//summary[contains(., 'Change this action')]"))
                    .click();
            // The action's due date: a date input named after the action ("due-<id>").
            String due = page.findElement(By.xpath(
                            card + "//div[contains(@class,'govuk-date-input')]" + "//input[starts-with(@id,'due-')]"))
                    .getAttribute("id")
                    .replaceAll("-(day|month|year)$", "");
            Browser.setDate(page, due, "2024-12-20");
            page.findElement(By.xpath(card + "//input[@value='Save the action']"))
                    .click();
            String problem =
                    page.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(
                    problem.contains("A reason for moving the due date from 31 October 2024 to 20 December 2024"),
                    problem);
            assertEquals(
                    List.of("20", "12", "2024"),
                    List.of(
                            page.findElement(By.id(due + "-day")).getAttribute("value"),
                            page.findElement(By.id(due + "-month")).getAttribute("value"),
                            page.findElement(By.id(due + "-year")).getAttribute("value")),
                    "what was typed is kept");
            browser.check("action-refused");
            page.findElement(By.xpath(card + "//input[@name='reason']")).sendKeys("Survey moved after the budget");
            page.findElement(By.xpath(card + "//input[@value='Save the action']"))
                    .click();
            waitForBanner(page, "The action is saved.");
            assertTrue(page.findElement(By.xpath(card)).getText().contains("first due 31 October 2024"));

            page.findElement(By.xpath("//summary[contains(., 'Upload a file')]"))
                    .click();
            page.findElement(By.id("file-title")).sendKeys("Cabinet report");
            page.findElement(By.id("file")).sendKeys(pdf.toString());
            page.findElement(By.id("upload-file")).click();
            waitForBanner(page, "The file is uploaded.");
            assertTrue(page.findElement(By.partialLinkText("Cabinet report"))
                    .getAttribute("href")
                    .contains("/app/plan/evidence?"));
            browser.check("evidence-uploaded");

            page.findElement(By.className("govuk-back-link")).click();
            page.findElement(By.linkText("Committee meetings")).click();
            assertTrue(page.findElement(By.tagName("table")).getText().contains("Scrutiny"), "the seeds' meetings");
            browser.check("meetings");
            page.findElement(By.className("govuk-back-link")).click();
            page.findElement(By.linkText("Position statement")).click();
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Position statement"));
            // Its text is a draft from the plan until the council saves one (CouncilResponsesIT proves the draft);
            // other suites may already have saved or submitted Coventry's.
            browser.check("position-statement");
            page.findElement(By.className("govuk-back-link")).click();
            page.findElement(By.linkText("Printable version")).click();
            browser.check("printable");
            page.navigate().to(planUrl);
            int version = submitThePlan(browser);
            browser.check("plan-submitted");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
            assertTrue(version >= 1);
        }
        try (Browser browser = Browser.open("manager-decides")) {
            WebDriver page = browser.driver;
            signIn(browser, "pcm");
            page.navigate().to(planUrl);
            Browser.clickAndWaitForNewPage(page, By.id("read-submission"));
            Browser.clickAndWaitForNewPage(page, By.id("accept-plan"));
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Accept version"));
            browser.check("accept-confirm");
            Browser.clickAndWaitForNewPage(page, By.id("confirm-decision-button"));
            waitForBanner(page, "of the action plan is accepted.");
            assertTrue(page.findElement(By.tagName("h1")).getText().contains("Accepted"));
            browser.check("plan-accepted");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    /**
     * Sign-off as reviewers work: the council submits (confirming first), the manager reads the version and asks
     * for changes, the council sees the request on its home page, an identical resubmission is refused, the
     * council changes a response and resubmits, and the manager reads what changed before accepting.
     */
    @Test
    void theManagerReadsWhatChangedInAResubmissionAndTheCouncilSeesTheRequestForChanges() throws Exception {
        Api api = new Api(base);
        long challenge = coventryChallenge(api);
        acceptAnyWaitingVersion(api, challenge);
        long recommendation = planRecommendation(api, challenge, 0);
        String recommendationUrl =
                base + "app/plan/recommendation.xhtml?challenge=" + challenge + "&id=" + recommendation;
        // Whatever other suites submitted before, this run's first version differs from it.
        saveMeanwhile(recommendationUrl, "Sign-off journey " + System.nanoTime() + ".");
        String planUrl = base + "app/plan/index.xhtml?id=" + challenge;
        String comment = "Say who owns the masterplan workshops.";
        int first;
        try (Browser browser = Browser.open("sign-off-council")) {
            WebDriver page = browser.driver;
            signIn(browser, "coventry-editor");
            page.navigate().to(planUrl);
            first = submitThePlan(browser);
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
        try (Browser browser = Browser.open("sign-off-manager")) {
            WebDriver page = browser.driver;
            signIn(browser, "pcm");
            page.navigate().to(planUrl);
            Browser.clickAndWaitForNewPage(page, By.id("read-submission"));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("h1"), "Version " + first + " of the action plan"));
            assertTrue(page.findElement(By.id("main-content")).getText().contains("Sign-off journey"), "as submitted");
            browser.check("submission");
            Browser.clickAndWaitForNewPage(page, By.id("request-changes"));
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("Say what the council should change."),
                    "a request for changes says which, before anything is confirmed");
            browser.check("changes-need-a-comment");
            page.findElement(By.id("comment")).sendKeys(comment);
            Browser.clickAndWaitForNewPage(page, By.id("request-changes"));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("h1"), "Ask for changes to version " + first + " of the action plan?"));
            assertEquals(comment, page.findElement(By.id("confirm-comment")).getText());
            browser.check("changes-confirm");
            Browser.clickAndWaitForNewPage(page, By.id("confirm-decision-button"));
            waitForBanner(page, "The council is asked for changes to version " + first + ".");
            browser.check("changes-requested");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
        int second;
        try (Browser browser = Browser.open("sign-off-council-again")) {
            WebDriver page = browser.driver;
            signIn(browser, "coventry-editor");
            String banner = page.findElement(By.id("changes-requested")).getText();
            assertTrue(banner.contains("asked for changes to version " + first), banner);
            assertTrue(banner.contains(comment), banner);
            browser.check("landing-changes-requested");
            page.findElement(By.linkText("Open the action plan to make the changes"))
                    .click();
            Browser.clickAndWaitForNewPage(page, By.id("submit-plan-button"));
            Browser.clickAndWaitForNewPage(page, By.id("confirm-submit-button"));
            String refusal =
                    page.findElement(By.className("govuk-error-summary")).getText();
            assertTrue(refusal.contains("The plan is the same as version " + first), refusal);
            browser.check("identical-resubmission-refused");

            page.navigate().to(recommendationUrl);
            page.findElement(By.id("narrative")).sendKeys(" Owner: Head of Regeneration.");
            page.findElement(By.id("save-response")).click();
            waitForBanner(page, "The council's response is saved.");
            page.navigate().to(planUrl);
            second = submitThePlan(browser);
            assertEquals(first + 1, second);
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
        try (Browser browser = Browser.open("sign-off-manager-again")) {
            WebDriver page = browser.driver;
            signIn(browser, "pcm");
            page.navigate().to(planUrl);
            Browser.clickAndWaitForNewPage(page, By.id("read-submission"));
            String changes = page.findElement(By.id("main-content")).getText();
            assertTrue(changes.contains("What changed since version " + first), changes);
            assertTrue(changes.contains("Response text changed"), changes);
            assertTrue(changes.contains("Now: Sign-off journey"), changes);
            assertTrue(changes.contains("Owner: Head of Regeneration."), changes);
            browser.check("resubmission-changes");
            Browser.clickAndWaitForNewPage(page, By.id("accept-plan"));
            Browser.clickAndWaitForNewPage(page, By.id("confirm-decision-button"));
            waitForBanner(page, "Version " + second + " of the action plan is accepted.");
            browser.check("resubmission-accepted");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void aCouncilEditorPicksAColleagueAsAnActionsOwnerAndSeesTheirName() throws Exception {
        Api api = new Api(base);
        long challenge = coventryChallenge(api);
        acceptAnyWaitingVersion(api, challenge);
        long recommendation = planRecommendation(api, challenge, 1);
        String description = "Agree the workforce plan with the unions " + System.nanoTime();
        try (Browser browser = Browser.open("action-owner")) {
            WebDriver page = browser.driver;
            signIn(browser, "coventry-editor");
            page.navigate().to(base + "app/plan/recommendation.xhtml?challenge=" + challenge + "&id=" + recommendation);
            page.findElement(By.id("new-description")).sendKeys(description);
            page.findElement(By.cssSelector("label[for='new-owner-kind']")).click();
            new WebDriverWait(page, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("new-owner-user")));
            browser.check("action-owner-choices");

            // Sent without choosing the person: refused at the select, with what was typed and chosen kept.
            Browser.clickAndWaitForNewPage(page, By.id("add-action"));
            assertTrue(page.findElement(By.className("govuk-error-summary"))
                    .getText()
                    .contains("Choose the person in the council who owns it"));
            assertEquals(description, page.findElement(By.id("new-description")).getAttribute("value"));
            assertTrue(page.findElement(By.id("new-owner-kind")).isSelected(), "the choice of a person is kept");
            browser.check("action-owner-refused");

            new Select(page.findElement(By.id("new-owner-user"))).selectByVisibleText("Colin Viewer");
            Browser.clickAndWaitForNewPage(page, By.id("add-action"));
            waitForBanner(page, "The action is added.");
            String card = "//div[contains(@class,'govuk-summary-card')][.//h3[contains(., '" + description + "')]]";
            assertEquals(
                    "Colin Viewer",
                    page.findElement(By.xpath(card + "//dd[@data-field='owner']"))
                            .getText());
            browser.check("action-owner-chosen");
            assertEquals(List.of(), browser.violations());
        }
    }

    /** Submits the plan open on the page, through its confirmation; answers the version submitted. */
    private static int submitThePlan(Browser browser) throws Exception {
        WebDriver page = browser.driver;
        int version = Integer.parseInt(page.findElement(By.id("submit-plan-button"))
                .getAttribute("value")
                .replaceAll("\\D+", ""));
        Browser.clickAndWaitForNewPage(page, By.id("submit-plan-button"));
        // The click opens the confirmation page: wait for it rather than read the page being left.
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("h1"), "Submit version " + version + " of the action plan to the LGA?"));
        browser.check("submit-confirm");
        Browser.clickAndWaitForNewPage(page, By.id("confirm-submit-button"));
        waitForBanner(page, "Version " + version + " of the action plan is submitted to the LGA.");
        return version;
    }

    /** The recommendation at this place in the challenge's action plan, as the council's editor reads it. */
    private static long planRecommendation(Api api, long challenge, int place) throws Exception {
        return api.get("api/v1/action-plans/" + challenge, Tokens.of("coventry-editor"))
                .json()
                .asJsonObject()
                .getJsonArray("recommendations")
                .getJsonObject(place)
                .getJsonNumber("recommendationId")
                .longValue();
    }

    private static long coventryChallenge(Api api) throws Exception {
        return api.get("api/v1/councils/E08000026/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    /** Other suites may leave Coventry's plan waiting for a decision; a journey starts from a decided one. */
    private static void acceptAnyWaitingVersion(Api api, long challenge) throws Exception {
        var plan = api.get("api/v1/action-plans/" + challenge, Tokens.of("pcm"))
                .json()
                .asJsonObject();
        if ("SUBMITTED".equals(plan.getString("status"))) {
            Api.Reply decided = api.send(
                    "POST",
                    "api/v1/action-plans/" + challenge + "/submissions/"
                            + plan.getJsonArray("submissions").size() + "/decision",
                    Tokens.of("pcm"),
                    "{\"decision\":\"ACCEPTED\"}");
            assertEquals(200, decided.status(), decided.body());
        }
    }

    @Test
    void anAdviserOpensTheRegionDashboardAndDrillsToACouncilAndItsChallengeInTwoClicks() throws Exception {
        try (Browser browser = Browser.open("adviser")) {
            WebDriver page = browser.driver;
            signIn(browser, "adviser-wm");
            assertEquals(
                    "West Midlands dashboard",
                    page.findElement(By.tagName("h1")).getText());
            assertTrue(
                    page.findElement(By.cssSelector("svg.hub-chart title"))
                            .getAttribute("textContent")
                            .startsWith("Share of actions complete"),
                    "the chart has a text title");
            browser.check("region-dashboard");
            page.findElement(By.linkText("Coventry City Council")).click();
            assertEquals(
                    "Coventry City Council", page.findElement(By.tagName("h1")).getText());
            browser.check("council-progress");
            page.findElement(By.partialLinkText("15 January 2024")).click();
            assertTrue(page.findElement(By.tagName("h1")).getText().startsWith("Action plan"));
            browser.check("council-plan");
            page.navigate().to(base + "app/adviser/dashboard.xhtml?region=england&year=2024");
            assertEquals("England dashboard", page.findElement(By.tagName("h1")).getText());
            browser.check("national-dashboard");
            page.navigate().to(base + "app/adviser/council.xhtml?code=E08000037");
            assertTrue(
                    page.getPageSource().contains("403")
                            || page.getPageSource().contains("not see")
                            || page.findElements(By.tagName("h1")).stream()
                                    .noneMatch(h -> h.getText().equals("Gateshead Council")),
                    "another region's council stays closed");
            page.navigate().to(base + "app/adviser/dashboard.xhtml");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    @Test
    void anAdviserSortsWhoIsBehindAndTheCsvHoldsExactlyTheRegionsRowsInTheScreensOrder() throws Exception {
        // Two more councils of the region (onboarded, no challenge yet), so that every order is visibly an order.
        Api api = new Api(base);
        for (String[] council : List.of(
                new String[] {"E08000027", "Dudley Metropolitan Borough Council"},
                new String[] {"E08000030", "Walsall Council"})) {
            Api.Reply onboarded = api.put(
                    "api/v1/admin/councils/" + council[0],
                    Tokens.of("admin"),
                    "{\"name\":\"" + council[1]
                            + "\",\"type\":\"METROPOLITAN_DISTRICT\",\"region\":\"west-midlands\"}");
            assertTrue(onboarded.status() == 200 || onboarded.status() == 201, onboarded.body());
        }
        try (Browser browser = Browser.open("adviser-sorts")) {
            WebDriver page = browser.driver;
            signIn(browser, "adviser-wm");
            List<String> ranked = screenCouncils(page);
            assertTrue(ranked.size() >= 3, ranked.toString());
            assertEquals(
                    "Coventry City Council",
                    ranked.get(0),
                    "the one council with a challenge comes before those without");
            assertTrue(page.findElement(By.xpath("//h2[@id='who-is-behind']/following-sibling::p[1]"))
                    .getText()
                    .startsWith("Councils most behind come first"));
            assertDownloadIsTheScreen(page, "ranked");
            String due = page.findElement(By.id("cpc-due")).getText();
            assertTrue(due.contains("Walsall Council") && due.contains("Due now: never had one"), due);
            assertFalse(due.contains("Coventry") || due.contains("Gateshead"), "not due, or not the region: " + due);
            browser.check("who-is-behind-ranked");

            Browser.clickAndWaitForNewPage(page, By.id("sort-days-since-update"));
            assertEquals("ascending", ariaSort(page, "days-since-update"));
            Browser.clickAndWaitForNewPage(page, By.id("sort-days-since-update"));
            assertEquals("descending", ariaSort(page, "days-since-update"));
            assertEquals("none", ariaSort(page, "council"));
            assertTrue(page.getCurrentUrl().contains("region=west-midlands"), page.getCurrentUrl());
            assertDownloadIsTheScreen(page, "by days since an update");
            browser.check("who-is-behind-by-days-since-update");

            Browser.clickAndWaitForNewPage(page, By.id("sort-council"));
            List<String> aToZ = screenCouncils(page);
            Browser.clickAndWaitForNewPage(page, By.id("sort-council"));
            assertEquals("descending", ariaSort(page, "council"));
            List<String> zToA = screenCouncils(page);
            List<String> reversed = new java.util.ArrayList<>(aToZ);
            java.util.Collections.reverse(reversed);
            assertEquals(reversed, zToA, "the second click reverses the order");
            assertEquals(
                    zToA.stream()
                            .sorted(String.CASE_INSENSITIVE_ORDER.reversed())
                            .toList(),
                    zToA,
                    "Z to A");
            new Select(page.findElement(By.id("type"))).selectByValue("METROPOLITAN_DISTRICT");
            Browser.clickAndWaitForNewPage(page, By.id("apply-filters"));
            assertEquals("descending", ariaSort(page, "council"), "filtering keeps the order");
            assertTrue(page.getCurrentUrl().contains("type=METROPOLITAN_DISTRICT"), page.getCurrentUrl());
            assertDownloadIsTheScreen(page, "filtered, Z to A");
            browser.check("who-is-behind-filtered");

            Browser.clickAndWaitForNewPage(page, By.id("rank"));
            assertEquals("none", ariaSort(page, "council"));
            browser.check("who-is-behind-ranked-again");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    private static String ariaSort(WebDriver page, String column) {
        return page.findElement(By.id("sort-" + column))
                .findElement(By.xpath(".."))
                .getAttribute("aria-sort");
    }

    private static List<String> screenCouncils(WebDriver page) {
        return page.findElements(By.cssSelector("#councils tbody th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The CSV link, fetched as the browser would (same session): the screen's councils, in its order, and no more. */
    private static void assertDownloadIsTheScreen(WebDriver page, String state) throws Exception {
        String href = page.findElement(By.id("download-csv")).getAttribute("href");
        String csv = (String) ((org.openqa.selenium.JavascriptExecutor) page)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));",
                        href);
        List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(csv.replace("\uFEFF", "")))
                .getRecords();
        assertEquals(
                screenCouncils(page),
                rows.stream().map(r -> r.get("Council")).toList(),
                state + ": the download's councils and order are the screen's (" + href + ")");
        assertTrue(
                rows.stream().allMatch(r -> r.get("Region").equals("west-midlands")),
                state + ": only the region's councils");
    }

    @Test
    void aManagerImportsAWordReportChecksItAndCreatesTheChallenge() throws Exception {
        java.nio.file.Path docx = java.nio.file.Files.createTempFile("feedback-report", ".docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = java.nio.file.Files.newOutputStream(docx)) {
            for (String line : List.of(
                    "Gateshead Council",
                    "Corporate Peer Challenge",
                    "1 Executive summary",
                    "Gateshead is a confident council.",
                    "2 Key recommendations",
                    "2.1 Housing delivery",
                    "Agree a housing delivery plan with partners.",
                    "2.2 Member development",
                    "Review the member development offer.",
                    "3 Summary of the peer challenge approach",
                    "3.1 The peer team",
                    "· Pam Smith – CEX, Newcastle City Council",
                    "· Eamon Lally – Peer Challenge Manager, LGA",
                    "3.2 Scope and focus")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
        try (Browser browser = Browser.open("import")) {
            WebDriver page = browser.driver;
            signIn(browser, "pcm");
            page.findElement(By.linkText("Import a report")).click();
            browser.check("import-upload");
            page.findElement(By.id("file")).sendKeys(docx.toString());
            page.findElement(By.id("read-report")).click();
            String summary = page.findElement(By.className("govuk-inset-text")).getText();
            assertTrue(summary.startsWith("Read 2 key recommendations, 2 peers"), summary);
            assertTrue(
                    page.findElement(By.id("main-content")).getText().contains("on-site dates"),
                    "the missing dates are asked for");
            browser.check("import-draft");
            assertEquals(
                    "E08000037",
                    new Select(page.findElement(By.id("council")))
                            .getFirstSelectedOption()
                            .getAttribute("value"),
                    "the council the report names is chosen");
            page.findElement(By.id("create-challenge")).click();
            assertTrue(
                    page.findElement(By.className("govuk-error-summary"))
                            .getText()
                            .contains("Enter the date"),
                    "no dates, no challenge");
            Browser.setDate(page, "onSiteStart", "2026-05-11");
            Browser.setDate(page, "onSiteEnd", "2026-05-14");
            page.findElement(By.id("create-challenge")).click();
            waitForBanner(page, "The challenge is imported.");
            // The manager lands on the report to check it before issuing.
            assertEquals(
                    "Report and recommendations",
                    page.findElement(By.tagName("h1")).getText());
            assertEquals(
                    "Report drafting",
                    page.findElement(By.id("challenge-status")).getText());
            assertTrue(page.findElement(By.id("main-content")).getText().contains("2.2 Member development"));
            browser.check("imported-challenge");
            signOut(browser);
            assertEquals(List.of(), browser.violations());
        }
    }

    private static void addPeer(WebDriver page, String name, String role, String organisation) {
        page.findElement(By.id("memberName")).sendKeys(name);
        new Select(page.findElement(By.id("memberRole"))).selectByVisibleText(role);
        page.findElement(By.id("memberOrganisation")).sendKeys(organisation);
        page.findElement(By.id("add-member")).click();
        waitForBanner(page, name + " has joined the team.");
    }

    private static void addRecommendation(WebDriver page, String number, String title, String text) {
        page.findElement(By.id("recNumber")).sendKeys(number);
        page.findElement(By.id("recTitle")).sendKeys(title);
        page.findElement(By.id("recText")).sendKeys(text);
        page.findElement(By.id("add-recommendation")).click();
        waitForBanner(page, "Recommendation " + number + " is added.");
    }

    private static void waitForBanner(WebDriver page, String text) {
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.className("govuk-notification-banner__heading"), text));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} lands on {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "pcm, Challenges",
        "coventry-editor, Our peer challenges",
        "coventry-viewer, Our peer challenges",
        "adviser-ne, North East dashboard"
    })
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
            new WebDriverWait(page, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            keys(page, "admin", Keys.TAB, "demo", Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/app/admin/"));

            tabTo(page, "code");
            keys(
                    page,
                    "E08000022",
                    Keys.TAB,
                    "North Tyneside Council",
                    Keys.TAB,
                    "Metropolitan",
                    Keys.TAB,
                    "North East");
            assertEquals("region", page.switchTo().activeElement().getAttribute("id"));
            keys(page, Keys.TAB);
            assertEquals("onboard-council", page.switchTo().activeElement().getAttribute("id"));
            keys(page, Keys.ENTER);
            assertEquals(
                    "North Tyneside Council has been onboarded.",
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText());
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

    private void signIn(Browser browser, String username) {
        browser.signIn(base, username);
    }

    private void signOut(Browser browser) {
        WebDriver page = browser.driver;
        page.findElement(By.cssSelector("#signOut button")).click();
        new WebDriverWait(page, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }

    private static List<String> councilRows(String code) throws Exception {
        try (Connection owner = OwnerDatabase.connect()) {
            return OwnerDatabase.strings(owner, "select name from council where code = '" + code + "'");
        }
    }
}
