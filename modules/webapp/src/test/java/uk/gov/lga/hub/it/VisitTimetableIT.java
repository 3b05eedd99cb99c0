package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
 * The visit timetable over HTTP: the manager adds sessions within the on-site days and the counts fill the report's
 * paragraph; a session outside the visit is refused; the council reads it but cannot change it, another council
 * does not see it; each change is in the council's audit trail; the visit's page shows the timetable.
 */
@ExtendWith(RunningStack.class)
class VisitTimetableIT {

    private static final String COVENTRY = "E08000026";
    private static final String GATESHEAD = "E08000037";

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
    }

    @Test
    void theManagerKeepsTheTimetableAndItsCountsFillTheReportParagraph() throws Exception {
        long challenge = pastCoventryChallenge();
        String path = "api/v1/challenges/" + challenge + "/timetable";
        assertEquals(200, add(path, pcm, "2012-03-05T09:00", 30).status());
        Api.Reply added = add(path, Tokens.of("admin"), "2012-03-06T14:00", 8);
        assertEquals(200, added.status(), added.body());
        for (int day = 6; day <= 8; day++) {
            for (int i = 0; i < 3; i++) {
                add(path, pcm, "2012-03-0" + day + "T1" + i + ":00", 10);
            }
        }
        JsonObject timetable =
                api.get(path, Tokens.of("coventry-viewer")).json().asJsonObject();
        assertEquals(11, timetable.getInt("meetings"));
        assertEquals(128, timetable.getInt("peopleMet"));
        assertEquals(
                "Gathered information and views from more than 10 meetings, in addition to further research and"
                        + " reading. Spoke to more than 125 people.",
                timetable.getString("paragraph"));
        JsonObject first = timetable.getJsonArray("sessions").getJsonObject(0);
        assertTrue(first.getString("startsAt").startsWith("2012-03-05T09:00"), first.toString());
        assertEquals("FOCUS_GROUP", first.getString("kind"));

        String page = UiSession.signedIn(base, "pcm")
                .get("app/challenges/visit.xhtml?id=" + challenge)
                .body();
        assertTrue(page.contains("from more than 10 meetings"), page);
        assertTrue(page.contains("Focus group"), page);

        long eight = timetable.getJsonArray("sessions").stream()
                .map(JsonValue::asJsonObject)
                .filter(s -> s.getInt("peopleMet") == 8)
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply removed = api.delete(path + "/" + eight, pcm);
        assertEquals(200, removed.status(), removed.body());
        assertEquals(120, removed.json().asJsonObject().getInt("peopleMet"));
        assertEquals(404, api.delete(path + "/" + eight, pcm).status());

        List<String> actions = api.get("api/v1/councils/" + COVENTRY + "/audit", pcm).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").startsWith("peer challenge " + challenge + " "))
                .map(e -> e.getString("action"))
                .toList();
        assertTrue(actions.contains("challenge.timetable-session-added"), actions.toString());
        assertTrue(actions.contains("challenge.timetable-session-removed"), actions.toString());
    }

    @Test
    void aSessionOutsideTheOnSiteDaysIsRefusedWithAProblem() throws Exception {
        String path = "api/v1/challenges/" + pastCoventryChallenge() + "/timetable";
        Api.Reply refused = add(path, pcm, "2012-03-09T09:00", 3);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.body());
        assertEquals("session-outside-visit", refused.json().asJsonObject().getString("rule"));
        assertEquals(0, api.get(path, pcm).json().asJsonObject().getInt("meetings"));
    }

    @Test
    void theCouncilReadsButCannotChangeItAndAnotherCouncilDoesNotSeeIt() throws Exception {
        String path = "api/v1/challenges/" + pastCoventryChallenge() + "/timetable";
        for (String user : List.of("coventry-editor", "coventry-viewer")) {
            assertEquals(200, api.get(path, Tokens.of(user)).status(), user);
            Api.Reply refused = add(path, Tokens.of(user), "2012-03-05T09:00", 3);
            assertEquals(403, refused.status(), user + ": " + refused.body());
            assertTrue(refused.isProblem(), refused.body());
        }
        Api.Reply hidden = api.get(path, Tokens.of("gateshead-editor"));
        assertEquals(404, hidden.status(), hidden.body());
        assertTrue(hidden.isProblem(), hidden.body());
        assertEquals(0, api.get(path, pcm).json().asJsonObject().getInt("meetings"));
    }

    /**
     * The visit page's form, in the browser: every missing field named at once, then each bad input read at its
     * field (a count that is not a number, an end before the start, a day outside the visit), then the session
     * added with the counts and the paragraph updated, and removed after saying what that changes.
     */
    @Test
    void theManagerAddsAndRemovesASessionOnTheVisitPageWithReadableErrors() throws Exception {
        Tokens.allowUiRedirectsTo(base.toString());
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2013-03-04\",\"onSiteEnd\":\"2013-03-07\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        try (Browser browser = Browser.open("visit-timetable")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/visit.xhtml?id=" + id);
            assertEquals("0 meetings, 0 people met. The feedback report says:", text(page, "timetable-counts"));
            browser.check("visit-timetable-empty");

            Browser.clickAndWaitForNewPage(page, By.id("add-session"));
            assertEquals(
                    List.of(
                            "Select what kind of session it was",
                            "Enter the date",
                            "Enter the time the session started",
                            "Enter the time the session ended",
                            "Enter where the session was",
                            "Enter who the team met",
                            "Enter how many people the team met, as a number (0 if none)"),
                    summary(page));
            browser.check("visit-timetable-missing");

            new Select(page.findElement(By.id("sessionKind"))).selectByValue("INTERVIEW");
            Browser.setDate(page, "sessionDate", "2013-03-11");
            Browser.type(page, "sessionStart", "14:00");
            Browser.type(page, "sessionEnd", "13.00");
            Browser.type(page, "sessionPlace", "Civic Centre");
            Browser.type(page, "sessionWho", "Leader and chief executive");
            Browser.type(page, "sessionPeople", "two");
            Browser.clickAndWaitForNewPage(page, By.id("add-session"));
            assertEquals(List.of("Enter how many people the team met, as a number (0 if none)"), summary(page));
            assertEquals("Civic Centre", page.findElement(By.id("sessionPlace")).getAttribute("value"), "kept");

            Browser.type(page, "sessionPeople", "2");
            Browser.clickAndWaitForNewPage(page, By.id("add-session"));
            assertEquals(List.of("A session must end after it starts."), summary(page));
            assertTrue(page.findElement(By.id("sessionEnd-error")).isDisplayed(), "at the end time");

            Browser.type(page, "sessionEnd", "15:30");
            Browser.clickAndWaitForNewPage(page, By.id("add-session"));
            assertEquals(
                    List.of("A session must fall within the on-site days (4 March 2013 to 7 March 2013)."),
                    summary(page));
            assertFalse(page.getPageSource().contains("Exception"), "never a stack trace");
            browser.check("visit-timetable-outside");

            Browser.setDate(page, "sessionDate", "2013-03-05");
            Browser.clickAndWaitForNewPage(page, By.id("add-session"));
            assertTrue(
                    page.findElement(By.className("govuk-notification-banner"))
                            .getText()
                            .contains("Interview on 5 March 2013"),
                    "says it was added");
            assertEquals("1 meeting, 2 people met. The feedback report says:", text(page, "timetable-counts"));
            assertEquals(
                    "Gathered information and views from 1 meeting, in addition to further research and reading."
                            + " Spoke to 2 people.",
                    text(page, "timetable-paragraph"));
            assertTrue(text(page, "timetable").contains("14:00 to 15:30"), text(page, "timetable"));
            browser.check("visit-timetable-added");

            Browser.clickAndWaitForNewPage(page, By.cssSelector("#timetable input[value='Remove']"));
            assertTrue(text(page, "timetable").contains("will no longer include this session"));
            browser.check("visit-timetable-remove-asks");
            Browser.clickAndWaitForNewPage(page, By.cssSelector("#timetable input[value='Yes, remove']"));
            assertEquals("0 meetings, 0 people met. The feedback report says:", text(page, "timetable-counts"));
            assertEquals(List.of(), browser.violations());
        }
        List<String> actions = api.get("api/v1/councils/" + GATESHEAD + "/audit", pcm).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").startsWith("peer challenge " + id + " "))
                .map(e -> e.getString("action"))
                .toList();
        assertTrue(actions.contains("challenge.timetable-session-added"), actions.toString());
        assertTrue(actions.contains("challenge.timetable-session-removed"), actions.toString());
    }

    private static String text(WebDriver page, String id) {
        return page.findElement(By.id(id)).getText();
    }

    private static List<String> summary(WebDriver page) {
        return page.findElements(By.cssSelector(".govuk-error-summary__list a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Api.Reply add(String path, String token, String start, int people) throws Exception {
        String end = start.substring(0, 11) + (Integer.parseInt(start.substring(11, 13)) + 1) + start.substring(13);
        return api.send(
                "POST",
                path,
                token,
                "{\"kind\":\"FOCUS_GROUP\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + end + "\","
                        + "\"place\":\"Council House\",\"who\":\"Ward members\",\"peopleMet\":" + people + "}");
    }

    /** A challenge of Coventry's with its visit long past (5 to 8 March 2012), so the demo's stays its latest. */
    private long pastCoventryChallenge() throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + COVENTRY + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2012-03-05\",\"onSiteEnd\":\"2012-03-08\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        return proposed.json().asJsonObject().getJsonNumber("id").longValue();
    }
}
