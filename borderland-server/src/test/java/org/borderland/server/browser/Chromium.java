package org.borderland.server.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's chromium, headless, through Debian's chromedriver at explicit paths, so that
 * Selenium Manager never looks for (or downloads) a browser or a driver.
 *
 * <p>The paths default to {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} and can be
 * changed with the system properties {@code borderland.chromium} and {@code
 * borderland.chromedriver}. When either is missing the tests fail with a message saying how to
 * install them, unless {@code -Dborderland.browser=skip} asks to skip them explicitly.
 */
final class Chromium {
  static final Path BROWSER =
      Path.of(System.getProperty("borderland.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("borderland.chromedriver", "/usr/bin/chromedriver"));

  /** The flags CI runs chromium with: headless, no sandbox (root), nothing from the network. */
  static final String[] FLAGS = {
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--lang=en-US",
  };

  private Chromium() {}

  /**
   * A new headless chromium of the given window size, with the browser log (console messages) on.
   *
   * @throws AssertionError when chromium or chromedriver is not installed
   */
  static ChromeDriver start(int width, int height) {
    if ("skip".equals(System.getProperty("borderland.browser"))) {
      Assumptions.abort("Browser tests skipped on request (-Dborderland.browser=skip)");
    }
    for (Path p : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new AssertionError(
            "The browser tests need Debian's chromium and chromedriver, but "
                + p
                + " is missing or not executable. Install them with `apt-get install chromium"
                + " chromium-driver` (.ci/run does this), point -Dborderland.chromium and"
                + " -Dborderland.chromedriver at other paths, or skip these tests explicitly with"
                + " -Dborderland.browser=skip.");
      }
    }
    // Belt and braces: the driver's path is given, so Selenium Manager has nothing to find.
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }
}
