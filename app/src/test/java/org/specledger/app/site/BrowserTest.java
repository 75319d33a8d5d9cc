package org.specledger.app.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.specledger.app.site.SiteFixture;

/**
 * The site in headless Chromium (Debian's chromium and chromium-driver): what a person clicks through, and proof
 * that scraped {@code <script>} and {@code onerror} payloads show as text and run nothing. Screenshots of the
 * main pages go to target/screenshots/ for a human look. Skipped when chromedriver is not installed.
 */
@Tag("browser")
class BrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static SiteFixture site;
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "headless Chromium is not installed (apt-get install chromium chromium-driver)");
        site = SiteFixture.start(dir.resolve("data"));
        // The fixture writes through the repositories; the index is derived, so build it as `reindex` would.
        site.app.indexStage().rebuild();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1400, 1000));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private static void open(String path) {
        driver.get(site.base + path);
    }

    /** Waits for a navigation started by a click or a submit to reach a URL containing {@code part}. */
    private static void waitForUrl(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
        assertThat(driver.getCurrentUrl()).contains(part);
    }

    private static void screenshot(String name) throws Exception {
        // Full height of the page, so the screenshot shows everything a reader would scroll through.
        long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.min(4000, document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1400, (int) Math.max(800, height + 100)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @Test
    void searchFromTheHomePageThenBrowseToASpecSheet() throws Exception {
        open("/");
        WebElement box = driver.findElement(By.cssSelector("form.searchbox input[name=q]"));
        box.sendKeys("GLM-4.5 参数");
        box.submit();
        waitForUrl("/search?q=GLM-4.5+%E5%8F%82%E6%95%B0");
        assertThat(driver.findElement(By.cssSelector("form.searchbox input[name=q]")).getDomProperty("value"))
                .isEqualTo("GLM-4.5 参数");
        screenshot("home-search");

        driver.findElement(By.linkText("Models")).click();
        waitForUrl("/models");
        driver.findElement(By.linkText("GLM-4.5")).click();
        waitForUrl("/models/glm-4-5");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("GLM-4.5");
        assertThat(driver.findElement(By.cssSelector(".flag-band")).getText()).contains("Rumour Mill says 400B");
    }

    @Test
    void clickingAFacetNarrowsTheResultsAndTheUrlKeepsTheState() throws Exception {
        open("/search?q=GLM");
        long before = driver.findElements(By.cssSelector("ol.hits li.hit")).size();
        assertThat(before).isGreaterThan(1);
        WebElement facet = driver.findElements(By.cssSelector("aside.facets a[data-facet=publisher]")).get(0);
        String publisher = facet.getText();
        facet.click();
        waitForUrl("publisher=");
        var hits = driver.findElements(By.cssSelector("ol.hits li.hit"));
        assertThat(hits).isNotEmpty().hasSizeLessThan((int) before);
        for (WebElement hit : hits) {
            assertThat(hit.findElement(By.cssSelector("p.meta")).getText()).startsWith(publisher);
        }
        assertThat(driver.findElement(By.cssSelector("p.chips")).getText()).contains(publisher);
        screenshot("search-facet");
        // The URL alone reproduces the narrowed page: a shareable link.
        String url = driver.getCurrentUrl();
        driver.get(url);
        assertThat(driver.findElements(By.cssSelector("ol.hits li.hit"))).hasSize(hits.size());
    }

    @Test
    void specSheetTimelineDotsLeadToTheirClaimsAndTheDownloadMenuOpens() throws Exception {
        open("/models/glm-4-5");
        var dots = driver.findElements(By.cssSelector("svg.timeline-chart circle"));
        assertThat(dots).hasSizeGreaterThanOrEqualTo(site.glmParamClaims.size());
        WebElement menu = driver.findElement(By.cssSelector("details.download"));
        WebElement pdf = driver.findElement(By.cssSelector("details.download a[data-format=pdf]"));
        assertThat(pdf.isDisplayed()).isFalse();
        menu.findElement(By.tagName("summary")).click();
        assertThat(pdf.isDisplayed()).isTrue();
        screenshot("spec-sheet");

        for (String format : new String[] {"md", "csv", "json", "pdf"}) {
            String href = driver.findElement(By.cssSelector("details.download a[data-format=" + format + "]"))
                    .getDomAttribute("href");
            assertThat(href).isEqualTo("/models/glm-4-5/factsheet." + format);
            HttpResponse<String> r = site.get(href);
            Assumptions.assumeTrue(r.statusCode() != 404, "the fact sheet exports are not served by this build yet");
            assertThat(r.statusCode()).as(format).isEqualTo(200);
        }
    }

    @Test
    void hostilePayloadsShowAsTextAndRunNothing() throws Exception {
        open("/documents/" + site.hostile);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        // Had the script run, the title would be exactly "PWNED"; escaped, it is the payload's text.
        assertThat(driver.getTitle()).isNotEqualTo("PWNED").startsWith("Leak <script>window.__pwned='title'");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("<script>window.__pwned='title'");
        assertThat(driver.findElement(By.cssSelector(".stored-text")).getText())
                .contains("<img src=x onerror=\"window.__pwned='img'\">", "<script>window.__pwned='text'</script>");
        assertThat(driver.findElements(By.cssSelector(".stored-text img, .stored-text script, h1 script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector(".claim-list")).getText()).contains("<img src=x");
        assertThat(driver.findElement(By.cssSelector("dl.meta-grid")).getText()).contains("Evil <b>Daily</b>");

        // The same payloads on the pages that quote the claim and name the publisher.
        open("/models/glm-4-5");
        assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
        assertThat(driver.findElement(By.cssSelector("table.sheet")).getText()).contains("<img src=x onerror=");
    }

    @Test
    void documentPageHighlightsAClaimAndLinksBothWays() throws Exception {
        long claim = site.glmParamClaims.get(0);
        open("/documents/" + site.english + "#claim-" + claim);
        assertThat(driver.findElements(By.cssSelector(".stored-text mark"))).isNotEmpty();
        driver.findElement(By.cssSelector(".stored-text a.claim-ref[href='#claim-list-" + claim + "']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#claim-list-" + claim);
        assertThat(driver.findElement(By.id("claim-list-" + claim)).getText()).contains("355");
        screenshot("document");
        open("/documents/" + site.chinese);
        assertThat(driver.findElement(By.cssSelector(".stored-text")).getText()).contains("智谱今日发布GLM-4.5");
        screenshot("document-zh");
    }

    @Test
    void flagsBoardFiltersWithItsForm() throws Exception {
        open("/flags");
        screenshot("flags");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("kind"))).selectByValue("temporal");
        driver.findElement(By.cssSelector("form.filters button")).click();
        waitForUrl("kind=temporal");
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No flags"));
        assertThat(driver.findElements(By.cssSelector("li.flag"))).isEmpty();
    }

    @Test
    void benchmarksAndSourcesPagesRender() throws Exception {
        open("/benchmarks");
        assertThat(driver.findElement(By.cssSelector("table.bench")).getText()).contains("Kimi K2", "87.8", "65.8");
        screenshot("benchmarks");
        open("/models");
        screenshot("models");
        open("/sources");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("technode.example/feed.xml");
        screenshot("sources");
    }
}
