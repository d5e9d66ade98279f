package dev.callroute.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven by Selenium, headless, with a fresh profile per browser. Without the
 * browser packages the browser tests are skipped with a message, except on CI ({@code CI=true}),
 * where they fail: CI installs them.
 */
final class Browser implements AutoCloseable {
  /**
   * Selenium's own warnings (such as "Unable to find CDP implementation matching 156" for a newer
   * Chromium than its DevTools bindings) would print in every build: ./mvnw verify stays quiet. A
   * strong reference keeps the level set.
   */
  static final java.util.logging.Logger SELENIUM_LOG = quietSelenium();

  private static java.util.logging.Logger quietSelenium() {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.openqa.selenium");
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Skips (locally) or fails (on CI) when the browser or its driver is missing. */
  static void requireInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
      return;
    }
    String message =
        "browser tests need "
            + CHROMIUM
            + " and "
            + DRIVER
            + " (Debian: apt-get install chromium chromium-driver)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail("CI=true and " + message);
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort("skipped: " + message);
  }

  /** A new headless browser with a window of this size and its own empty profile. */
  static Browser open(int width, int height) {
    return open(width, height, false);
  }

  /** Likewise; {@code phone} emulates a phone's viewport (touch, device width) at that size. */
  static Browser open(int width, int height, boolean phone) {
    requireInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("callroute-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height);
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    if (phone) {
      options.setExperimentalOption(
          "mobileEmulation",
          java.util.Map.of(
              "deviceMetrics",
              java.util.Map.of(
                  "width", width, "height", height, "pixelRatio", 1.0, "touch", true)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return new Browser(driver, profile);
  }

  /** Saves a screenshot of the page as a PNG file. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException | RuntimeException e) {
      System.err.println("could not save a screenshot to " + file + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A leftover temporary profile is harmless.
      }
    }
  }
}
