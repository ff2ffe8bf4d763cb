package org.borderland.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.borderland.data.build.PanelLocation;
import org.borderland.server.BorderlandServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium, headless) against the server in process on
 * the committed panel: what an analyst does — open it, look at the map, click Kazakhstan, drag the
 * year, try the Ukraine scenario — and what they see when the API refuses a request.
 */
class DashboardBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("basedir", "."), "target", "screenshots");

  private static Javalin app;
  private static String base;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    Path root =
        PanelLocation.projectRoot()
            .orElseThrow(() -> new AssertionError("No project root above the test classes"));
    app =
        BorderlandServer.create(
                new BorderlandServer.Settings(root.resolve("panel"), root.resolve("curated"), null))
            .start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    Files.createDirectories(SCREENSHOTS);
    driver = Chromium.start(1280, 800);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
  }

  @BeforeEach
  void blank() {
    driver.manage().window().setSize(new Dimension(1280, 800));
    driver.get("about:blank");
    consoleErrors(); // drain what an earlier test left
  }

  // -------------------------------------------------------------------------------------------

  @Test
  void pageLoadsWithTheRankingAndNoConsoleErrors() throws Exception {
    open("aggressor=RUS&year=2022");

    assertThat(rankingOrder()).isEqualTo(apiOrder("/api/v1/rank?aggressor=RUS&year=2022"));
    assertThat(text("year-out")).isEqualTo("2022");
    assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
    assertThat(text("breakdown-title")).isEqualTo("Why Kazakhstan");
    Number overflow =
        (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow.intValue()).as("horizontal overflow at 1280×800").isLessThanOrEqualTo(0);
    screenshot("dashboard-1280x800-viewport");
    fullPageScreenshot("dashboard-1280x800");
    assertThat(consoleErrors()).as("console errors while loading the page").isEmpty();
  }

  @Test
  void theMapDrawsCandidatesColouredTheAggressorMarkedAndOthersGrey() throws Exception {
    open("aggressor=RUS&year=2022");

    WebElement map = driver.findElement(By.id("map"));
    byte[] png = map.getScreenshotAs(OutputType.BYTES);
    Files.write(SCREENSHOTS.resolve("map-RUS-2022.png"), png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int aggressor = 0;
    int grey = 0;
    int ramp = 0;
    Set<Integer> rampColours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (Math.abs(r - 0x25) < 12 && Math.abs(g - 0x34) < 12 && Math.abs(b - 0x94) < 12) {
          aggressor++;
        } else if (Math.abs(r - 0xd9) < 4 && Math.abs(g - 0xd9) < 4 && Math.abs(b - 0xd9) < 4) {
          grey++;
        } else if (r > 150 && r - b > 60 && g <= r) {
          ramp++;
          rampColours.add((r / 16) << 8 | (g / 16) << 4 | (b / 16));
        }
      }
    }
    assertThat(aggressor).as("pixels of the aggressor's colour (Russia)").isGreaterThan(5000);
    assertThat(grey).as("pixels of states that are not candidates").isGreaterThan(5000);
    assertThat(ramp).as("pixels of candidates coloured by their index").isGreaterThan(3000);
    assertThat(rampColours).as("distinct index colours").hasSizeGreaterThan(5);
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void clickingKazakhstanOnTheMapShowsItsFactorBreakdownWithTheKinShareAndItsSource()
      throws Exception {
    open("aggressor=RUS&year=2022&target=EST");
    assertThat(text("breakdown-title")).isEqualTo("Why Estonia");

    @SuppressWarnings("unchecked")
    List<Number> px =
        (List<Number>)
            js(
                "return borderland.charts.map.convertToPixel({geoIndex: 0},"
                    + " borderland.centroid('KAZ'));");
    WebElement map = driver.findElement(By.id("map"));
    Dimension size = map.getSize();
    new Actions(driver)
        .moveToElement(
            map,
            px.get(0).intValue() - size.getWidth() / 2,
            px.get(1).intValue() - size.getHeight() / 2)
        .click()
        .perform();
    waitFor("the breakdown of Kazakhstan", () -> text("breakdown-title").equals("Why Kazakhstan"));
    waitIdle();

    assertKinShareWithSource();
    assertThat(js("return location.hash")).asString().contains("target=KAZ");
    js("document.getElementById('breakdown-panel').scrollIntoView()");
    screenshot("kazakhstan-breakdown");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void clickingKazakhstanInTheTableShowsItsBreakdownAndTheUrlSharesIt() throws Exception {
    open("aggressor=RUS&year=2022&target=LVA");

    driver.findElement(By.cssSelector("#ranking button.target[data-target=KAZ]")).click();
    waitFor("the breakdown of Kazakhstan", () -> text("breakdown-title").equals("Why Kazakhstan"));
    waitIdle();
    assertKinShareWithSource();
    assertThat(
            driver
                .findElement(By.cssSelector("#ranking tr[data-target=KAZ]"))
                .getAttribute("aria-selected"))
        .isEqualTo("true");

    // The URL carries the state: opened afresh, it shows the same target.
    String hash = (String) js("return location.hash");
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    waitReady();
    assertThat(text("breakdown-title")).isEqualTo("Why Kazakhstan");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void movingTheYearSliderReRanksAsKnownInThatYear() throws Exception {
    open("aggressor=RUS&year=2022");
    List<String> in2022 = rankingOrder();

    WebElement year = driver.findElement(By.id("year"));
    year.click();
    year.sendKeys(Keys.END);
    for (int i = 0; i < 2026 - 2008; i++) {
      year.sendKeys(Keys.ARROW_LEFT);
    }
    waitFor("the 2008 ranking", () -> text("ranking-meta").endsWith("RUS 2008"));
    waitIdle();

    List<String> in2008 = rankingOrder();
    assertThat(text("year-out")).isEqualTo("2008");
    assertThat(in2008).isEqualTo(apiOrder("/api/v1/rank?aggressor=RUS&year=2008"));
    assertThat(in2008).isNotEqualTo(in2022);
    assertThat(js("return location.hash")).asString().contains("year=2008");
    screenshot("year-2008");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void applyingTheUkraineScenarioChangesRanksAndShowsBeforeAndAfter() throws Exception {
    open("aggressor=RUS&year=2022");
    List<String> before = rankingOrder();

    driver.findElement(By.cssSelector("label[for='scenario-ukraine-fell-2022']")).click();
    waitFor(
        "the ranking under the scenario",
        () ->
            !driver.findElement(By.id("ranking")).getAttribute("class").contains("no-change")
                && rowText("UKR").contains("absorbed"));
    waitIdle();

    List<String> after = rankingOrder();
    assertThat(after).isNotEqualTo(before);
    JsonNode diff =
        post(
            "/api/v1/scenario/diff?aggressor=RUS&year=2022&model=essay",
            Files.readAllBytes(
                PanelLocation.projectRoot()
                    .orElseThrow()
                    .resolve("scenarios/ukraine-fell-2022.yaml")));
    int moved = 0;
    for (JsonNode t : diff.get("targets")) {
      if (t.get("status").asText().equals("kept") && t.get("rankChange").asInt() != 0) {
        String row = rowText(t.get("target").asText());
        assertThat(row)
            .contains(t.get("rankBefore").asInt() + " → " + t.get("rankAfter").asInt())
            .contains(t.get("rankChange").asInt() > 0 ? "▲" : "▼");
        moved++;
      }
    }
    assertThat(moved).isGreaterThan(0);
    assertThat(driver.findElements(By.cssSelector("#scenario-moves li"))).isNotEmpty();
    assertThat(text("scenario-result")).contains("What if Ukraine had fallen in 2022");
    assertThat(js("return location.hash")).asString().contains("scenario=ukraine-fell-2022");
    assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
    fullPageScreenshot("scenario-ukraine-fell-2022");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void everyShippedScenarioAppliesWithoutAnError() throws Exception {
    open("aggressor=RUS&year=2022");
    List<WebElement> radios = driver.findElements(By.cssSelector("input[name=scenario]"));
    List<String> ids = new ArrayList<>();
    for (WebElement r : radios) {
      ids.add(r.getAttribute("id"));
    }
    assertThat(ids).as("a toggle per shipped scenario, and none").hasSizeGreaterThan(3);

    for (String id : ids) {
      if (id.equals("scenario-none")) {
        continue;
      }
      driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
      waitFor(id, () -> js("return location.hash").toString().contains("scenario="));
      waitFor(
          "the ranking under " + id,
          () -> !driver.findElement(By.id("ranking")).getAttribute("class").contains("no-change"));
      waitIdle();
      assertThat(driver.findElement(By.id("error")).isDisplayed())
          .as(id + ": " + text("error-message"))
          .isFalse();
      assertThat(rankingOrder()).as(id).isNotEmpty();
      assertThat(text("breakdown-title")).startsWith("Why ");
    }
    driver.findElement(By.cssSelector("label[for='scenario-none']")).click();
    waitFor(
        "the ranking without a scenario",
        () -> driver.findElement(By.id("ranking")).getAttribute("class").contains("no-change"));
    waitIdle();
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void absorbingAStateMovingAWeightAndOpeningChinaMakeOneScenario() throws Exception {
    open("aggressor=RUS&year=2022");

    new Select(driver.findElement(By.id("absorb-pick"))).selectByValue("BLR");
    driver.findElement(By.id("absorb-add")).click();
    waitFor("Belarus absorbed", () -> rowText("BLR").contains("absorbed"));
    waitIdle();

    WebElement kin = driver.findElement(By.id("w-kin_population"));
    kin.click();
    kin.sendKeys(Keys.HOME);
    for (int i = 0; i < 8; i++) {
      kin.sendKeys(Keys.ARROW_RIGHT); // 0 + 8 × 0.25 = 2
    }
    waitFor(
        "the weight in the URL",
        () -> js("return location.hash").toString().contains("weights=kin_population%3A2"));
    waitIdle();
    driver.findElement(By.id("transit-china")).click();
    waitFor("China open", () -> js("return location.hash").toString().contains("china=1"));
    waitIdle();

    assertThat(driver.findElement(By.id("error")).isDisplayed())
        .as(text("error-message"))
        .isFalse();
    assertThat(text("scenario-result")).contains("Changes made on the dashboard");
    assertThat(text("absorb-list")).contains("Belarus (BLR)");
    assertThat(rowText("BLR")).contains("absorbed");
    assertThat(js("return borderland.data.diff.scenario.absorbed")).isEqualTo(List.of("BLR"));
    String hash = (String) js("return location.hash");
    assertThat(hash).contains("absorb=BLR");

    // The same state from the URL alone.
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    waitReady();
    assertThat(rowText("BLR")).contains("absorbed");
    assertThat(driver.findElement(By.id("transit-china")).isSelected()).isTrue();
    assertThat(driver.findElement(By.id("w-kin_population")).getAttribute("value")).isEqualTo("2");
    fullPageScreenshot("scenario-custom");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void anApiErrorShowsAReadableMessageInThePage() throws Exception {
    open("aggressor=RUS&year=2022");

    WebElement aggressor = driver.findElement(By.id("aggressor"));
    aggressor.clear();
    aggressor.sendKeys("XXX", Keys.TAB);
    waitFor("the error message", () -> driver.findElement(By.id("error")).isDisplayed());
    waitIdle();

    String message = text("error-message");
    assertThat(message)
        .contains("Could not load the ranking")
        .contains("Unknown country code or name 'XXX'")
        .contains("HTTP 400")
        .contains("parameter aggressor = XXX")
        .doesNotContain("Exception");
    assertThat(driver.findElement(By.id("error")).getAttribute("role")).isEqualTo("alert");
    assertThat(driver.findElements(By.cssSelector("#ranking tbody tr"))).isEmpty();
    screenshot("api-error");
    // The browser logs the refused request itself; the page's own code logs no error.
    assertThat(consoleErrors()).allSatisfy(e -> assertThat(e).contains("status of 400"));

    aggressor.clear();
    aggressor.sendKeys("RUS", Keys.TAB);
    waitFor("the error to clear", () -> !driver.findElement(By.id("error")).isDisplayed());
    waitIdle();
    assertThat(rankingOrder()).isNotEmpty();
  }

  @Test
  void theRankingIsReachableAndUsableByKeyboard() throws Exception {
    open("aggressor=RUS&year=2022");
    driver.findElement(By.id("aggressor")).click();

    int tabs = 0;
    while (!Boolean.TRUE.equals(
        js("return document.activeElement.matches('#ranking button.target')"))) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
      assertThat(++tabs).as("tabs to reach the ranking").isLessThan(40);
    }
    driver.switchTo().activeElement().sendKeys(Keys.TAB); // the second row
    String second = (String) js("return document.activeElement.dataset.target");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitFor(
        "the second target's breakdown", () -> second.equals(js("return borderland.state.target")));
    waitIdle();
    assertThat(text("breakdown-title")).isEqualTo("Why " + name(second));

    // Every control has a label.
    Object unlabelled =
        js(
            "return [...document.querySelectorAll('input, select')]"
                + ".filter(e => e.type !== 'hidden' && e.labels.length === 0"
                + " && !e.getAttribute('aria-label')).map(e => e.id || e.name)");
    assertThat((List<?>) unlabelled).as("controls without a label").isEmpty();
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void uncertaintyAndSensitivityRunAsJobsWithProgressAndCharts() throws Exception {
    open("aggressor=RUS&year=2022");

    setNumber("ua-runs", "100");
    driver.findElement(By.id("ua-run")).click();
    waitFor("the uncertainty job", () -> text("ua-state").startsWith("done"));
    waitIdle();
    assertThat(driver.findElement(By.id("ranking")).getAttribute("class"))
        .doesNotContain("no-interval");
    assertThat(rowText("KAZ")).matches("(?s).*\\d+–\\d+.*");
    assertThat(js("return document.getElementById('ua-progress').value")).isEqualTo(1L);
    assertThat(js("return borderland.charts.ua.getOption().series.length")).isEqualTo(3L);

    setNumber("sa-runs", "40");
    driver.findElement(By.id("sa-run")).click();
    waitFor("the sensitivity job", () -> text("sa-state").startsWith("done"));
    waitIdle();
    assertThat(js("return borderland.charts.sa.getOption().series[1].data.length")).isEqualTo(3L);
    driver.executeScript("document.getElementById('uncertainty-panel').scrollIntoView()");
    screenshot("uncertainty");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void theCascadeIsShownStepByStep() throws Exception {
    open("aggressor=RUS&year=2022");

    driver.findElement(By.id("cascade-run")).click();
    waitFor(
        "the cascade",
        () -> driver.findElements(By.cssSelector("#cascade-steps-list li[data-step]")).size() == 5);
    waitIdle();
    JsonNode cascade = get("/api/v1/cascade?aggressor=RUS&year=2022&steps=5");
    String first = cascade.get("steps").get(0).get("absorbed").asText();
    assertThat(
            driver.findElement(By.cssSelector("#cascade-steps-list li[data-step='1']")).getText())
        .startsWith(name(first) + " (" + first + ")");
    assertThat(text("cascade-at")).isEqualTo("step 5 of 5");
    driver.findElement(By.id("cascade-prev")).click();
    assertThat(text("cascade-at")).isEqualTo("step 4 of 5");
    assertThat(js("return location.hash")).asString().contains("cascade=5").contains("step=4");
    driver.findElement(By.id("show-geo")).click();
    assertThat(js("return borderland.charts.map.getOption().series[0].data.length"))
        .as("shielding lines drawn")
        .isNotEqualTo(0L);
    screenshot("cascade-and-gateways");
    assertThat(consoleErrors()).isEmpty();
  }

  @Test
  void onAPhoneSizedViewportNothingOverflowsSideways() throws Exception {
    driver.manage().window().setSize(new Dimension(390, 844));
    open("aggressor=RUS&year=2022");

    Number overflow =
        (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
    assertThat(overflow.intValue()).as("horizontal overflow in pixels").isLessThanOrEqualTo(0);
    WebElement map = driver.findElement(By.id("map"));
    assertThat(map.getSize().getWidth()).isBetween(300, 390);
    assertThat(map.getSize().getHeight()).isGreaterThan(140);
    assertThat(driver.findElement(By.id("year")).isDisplayed()).isTrue();
    screenshot("dashboard-phone-390-top");
    fullPageScreenshot("dashboard-phone-390");
    assertThat(consoleErrors()).isEmpty();
  }

  // -------------------------------------------------------------------------------------------

  private void assertKinShareWithSource() throws Exception {
    JsonNode explain = get("/api/v1/explain?aggressor=RUS&year=2022&target=KAZ");
    JsonNode kin = null;
    for (JsonNode f : explain.get("factors")) {
      for (JsonNode i : f.get("indicators")) {
        if (i.get("id").asText().equals("kin_share")) {
          kin = i;
        }
      }
    }
    assertThat(kin).as("kin_share in the API's explain").isNotNull();
    driver
        .findElement(By.cssSelector("#breakdown details[data-factor=kin_population] summary"))
        .click();
    WebElement row = driver.findElement(By.cssSelector("#breakdown tr[data-indicator=kin_share]"));
    JsonNode source = kin.get("source");
    String raw = kin.get("raw").asText();
    assertThat(row.getText())
        .contains("Kin share of the population")
        .contains(raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw)
        .contains(source.get("editionLabel").asText())
        .contains(source.get("field").asText());
    assertThat(row.getAttribute("title")).contains(source.get("editionLabel").asText());
  }

  private void open(String hash) {
    driver.get(base + "/#" + hash);
    waitReady();
  }

  private void waitReady() {
    waitFor(
        "the page to load",
        () ->
            Boolean.TRUE.equals(
                js(
                    "return document.documentElement.dataset.ready === 'true'"
                        + " && document.documentElement.dataset.busy === '0'")));
  }

  private void waitIdle() {
    waitFor(
        "the requests to finish",
        () -> "0".equals(js("return document.documentElement.dataset.busy")));
  }

  private void waitFor(String what, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, WAIT)
        .pollingEvery(Duration.ofMillis(100))
        .withMessage(() -> "waiting for " + what + "; page says: " + pageErrors())
        .until(d -> condition.getAsBoolean());
  }

  private String pageErrors() {
    try {
      return text("error-message") + " / status: " + text("status");
    } catch (RuntimeException e) {
      return e.toString();
    }
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private String text(String id) {
    Object t = js("return document.getElementById('" + id + "').textContent");
    return t == null ? "" : t.toString().strip();
  }

  /** A row's visible text, read in one script (the table may be redrawn between two calls). */
  private String rowText(String target) {
    Object t =
        js(
            "const r = document.querySelector('#ranking tr[data-target="
                + target
                + "]');"
                + " return r ? r.innerText : '';");
    return t == null ? "" : t.toString();
  }

  private void setNumber(String id, String value) {
    WebElement e = driver.findElement(By.id(id));
    e.clear();
    e.sendKeys(value);
  }

  @SuppressWarnings("unchecked")
  private List<String> rankingOrder() {
    return (List<String>)
        js(
            "return [...document.querySelectorAll('#ranking tbody tr')]"
                + ".filter(r => !r.classList.contains('absorbed')).map(r => r.dataset.target)");
  }

  private String name(String code) {
    return (String) js("return borderland.data.names.get('" + code + "')");
  }

  private List<String> apiOrder(String path) throws Exception {
    List<String> out = new ArrayList<>();
    for (JsonNode r : get(path).get("results")) {
      out.add(r.get("target").asText());
    }
    return out;
  }

  private List<String> consoleErrors() {
    List<String> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e.getMessage());
      }
    }
    return out;
  }

  private void screenshot(String name) throws IOException {
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  /** The whole page, not only the viewport (chromium's DevTools command through chromedriver). */
  @SuppressWarnings("unchecked")
  private void fullPageScreenshot(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) content.get("width")).doubleValue();
    double height = ((Number) content.get("height")).doubleValue();
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(
        SCREENSHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(WAIT).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode post(String path, byte[] body) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + path))
                .timeout(WAIT)
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }
}
