package uk.gov.lga.hub.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium. Every page a journey looks at is checked by axe-core against
 * WCAG 2.2 AA and photographed into target/screenshots. Without Chromium the journeys are skipped, saying how to
 * install it (.ci/run installs it, so CI always runs them).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** Pages checked in this test run, over all journeys. */
    static final AtomicInteger PAGES_CHECKED = new AtomicInteger();

    final ChromeDriver driver;
    private final String journey;
    private final List<String> violations = new ArrayList<>();
    private int shot;

    private Browser(ChromeDriver driver, String journey) {
        this.driver = driver;
        this.journey = journey;
    }

    /** Signs in through Keycloak's own form as a demo user (password "demo") and waits for the service's page. */
    void signIn(URL base, String username) {
        signIn(base, username, "demo");
    }

    /** A user a test made, with their own password. */
    void signIn(URL base, String username, String password) {
        driver.get(base + "app/");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains(base.getPath() + "app/"));
    }

    static Browser open(String journey) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "Browser journeys skipped: Chromium is not installed. Install it with "
                    + "'apt-get install -y chromium chromium-driver' (.ci/run does this).";
            System.out.println("[it] " + why);
            Assumptions.abort(why);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments(
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic",
                        "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, journey);
    }

    /** Photographs the page and records what axe-core finds wrong with it at WCAG 2.2 AA. */
    void check(String page) throws Exception {
        photograph(page);
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        PAGES_CHECKED.incrementAndGet();
        for (Rule rule : results.getViolations()) {
            violations.add(page + " (" + driver.getCurrentUrl() + "): " + rule.getId() + " – " + rule.getHelp() + " at "
                    + rule.getNodes().stream()
                            .map(n -> n.getTarget().toString())
                            .toList());
        }
    }

    /** Photographs a page that is not ours to check, such as Keycloak's own forms. */
    void photograph(String page) throws Exception {
        Path dir = Files.createDirectories(Path.of(System.getProperty("hub.screenshots.dir", "target/screenshots")));
        shot++;
        Files.write(
                dir.resolve(String.format("%s-%02d-%s.png", journey, shot, page)),
                driver.getScreenshotAs(OutputType.BYTES));
    }

    /** Clicks what posts a form (or opens a page) and waits until the page being left is gone, so nothing is read from it. */
    static void clickAndWaitForNewPage(WebDriver page, By what) {
        WebElement leaving = page.findElement(By.tagName("html"));
        page.findElement(what).click();
        // Gone when asking about it fails: Chrome says "stale", or, mid-navigation, "does not belong to the document".
        new WebDriverWait(page, Duration.ofSeconds(15)).until(driver -> {
            try {
                leaving.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Types a date the way a person does: day, month and year into a GOV.UK date input's boxes. */
    static void setDate(WebDriver page, String id, String isoDate) {
        if (page.findElements(By.id(id + "-day")).isEmpty()) {
            // A browser's own date input takes its value in ISO form whatever the locale shows.
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript("arguments[0].value = arguments[1]", page.findElement(By.id(id)), isoDate);
            return;
        }
        java.time.LocalDate date = java.time.LocalDate.parse(isoDate);
        type(page, id + "-day", String.valueOf(date.getDayOfMonth()));
        type(page, id + "-month", String.valueOf(date.getMonthValue()));
        type(page, id + "-year", String.valueOf(date.getYear()));
    }

    static void type(WebDriver page, String id, String text) {
        WebElement box = page.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    List<String> violations() {
        return violations;
    }

    @Override
    public void close() {
        driver.quit();
        System.out.printf(
                "[it] accessibility: %d pages checked with axe-core at WCAG 2.2 AA so far%n", PAGES_CHECKED.get());
    }
}
