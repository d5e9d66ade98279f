package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callroute.scenario.ReadResult;
import dev.callroute.scenario.ScenarioPlayer;
import dev.callroute.scenario.ScenarioReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The FAQ story, clicked through in a real browser: connect AirPods, an incoming call, answer on
 * the iPhone (earpiece, and the rule); answer on the AirPods instead; export, load the file back,
 * the same timeline. On failure a screenshot goes to {@code target/screenshots/}.
 */
class BrowserTest {
  static final Path TARGET = Path.of(System.getProperty("callroute.screenshots", "target"));
  static PlaygroundServer server;

  @BeforeAll
  static void start() {
    server = PlaygroundServer.start("127.0.0.1", 0, ServeLimits.DEFAULTS, Optional.empty());
  }

  /** Each test is reported as skipped, with the reason, when the browser is missing (not on CI). */
  @BeforeEach
  void browserInstalled() {
    Browser.requireInstalled();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  /** Runs a test in a fresh browser, with a screenshot to target/ when it fails. */
  static void inBrowser(TestInfo info, int width, int height, Consumer<WebDriver> test) {
    inBrowser(info, width, height, false, test);
  }

  static void inBrowser(
      TestInfo info, int width, int height, boolean phone, Consumer<WebDriver> test) {
    try (Browser b = Browser.open(width, height, phone)) {
      try {
        b.driver.get(server.url());
        waitFor(b.driver, d -> !d.findElements(By.cssSelector("#choices button")).isEmpty());
        test.accept(b.driver);
        List<String> problems =
            b
                .driver
                .manage()
                .logs()
                .get(org.openqa.selenium.logging.LogType.BROWSER)
                .getAll()
                .stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(
                    m ->
                        m.contains("Content Security Policy")
                            || m.contains("Uncaught")
                            || m.contains("favicon"))
                .toList();
        assertThat(problems).as("CSP violations and script errors in the console").isEmpty();
      } catch (RuntimeException | AssertionError e) {
        b.screenshot(
            TARGET
                .resolve("screenshots")
                .resolve(info.getTestMethod().orElseThrow().getName() + ".png"));
        throw e;
      }
    }
  }

  /**
   * Waits until the condition holds. Every answer from the server redraws parts of the page, so an
   * element found a moment ago may be gone: a stale element counts as "not yet", and the condition
   * finds its elements afresh on the next try.
   */
  static <T> T waitFor(WebDriver d, java.util.function.Function<WebDriver, T> condition) {
    return new WebDriverWait(d, Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(condition::apply);
  }

  static WebElement step(WebDriver d, String text) {
    return d.findElement(
        By.cssSelector("#choices button[data-step=\"" + text.replace("\"", "\\\"") + "\"]"));
  }

  /** Clicks a step's button and waits for the timeline to grow by one row. */
  static void play(WebDriver d, String text) {
    int rows = rows(d).size();
    waitFor(
        d,
        x -> {
          step(x, text).click();
          return true;
        });
    waitFor(d, x -> rows(x).size() == rows + 1);
  }

  static List<WebElement> rows(WebDriver d) {
    return d.findElements(By.cssSelector("#timeline tbody tr"));
  }

  static List<String> timelineText(WebDriver d) {
    return waitFor(d, x -> rows(x).stream().map(WebElement::getText).toList());
  }

  static String text(WebDriver d, String id) {
    return waitFor(d, x -> x.findElement(By.id(id)).getText());
  }

  @Test
  void answeredOnTheIphoneTheCallGoesToTheEarpieceAndTheRuleSaysWhy(TestInfo info) {
    inBrowser(
        info,
        1280,
        800,
        d -> {
          play(d, "connect: airpods");
          play(d, "incomingCall: c1");
          WebElement dial = step(d, "dial: c2");
          assertThat(dial.getAttribute("aria-disabled")).isEqualTo("true");
          assertThat(dial.getAttribute("title"))
              .isEqualTo(
                  "Call 'c2' cannot be placed while another system call rings, is active or is"
                      + " held.");
          play(d, "answer: c1");
          assertThat(text(d, "route-text")).isEqualTo("Output builtInReceiver; input builtInMic.");
          assertThat(text(d, "why"))
              .contains("call.answer-on-iphone")
              .contains("stays on the iPhone");
          WebElement earpiece =
              d.findElement(By.cssSelector("#diagram [data-part=builtInReceiver]"));
          assertThat(earpiece.getAttribute("class")).contains("active").contains("changed");
          assertThat(d.findElement(By.cssSelector("#diagram [data-arrow=output]")).getText())
              .contains("output (changed)");
          assertThat(text(d, "calls")).contains("c1: cellular call, active");
          // The README's screenshot: the page after the FAQ story, at 1280x800.
          Path shot =
              Boolean.getBoolean("callroute.updateScreenshot")
                  ? Path.of(System.getProperty("callroute.docs", "../docs"))
                      .resolve("playground.png")
                  : TARGET.resolve("screenshots").resolve("playground.png");
          ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
          saveScreenshot(d, shot);
          // A rejected step's button explains itself instead of playing.
          step(d, "controlCenter: speaker").click();
          waitFor(d, x -> text(x, "status").contains("Control Center cannot change the route"));
          assertThat(rows(d)).hasSize(4);
        });
  }

  static void saveScreenshot(WebDriver d, Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          ((org.openqa.selenium.TakesScreenshot) d)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void answeredOnTheAirpodsInsteadAfterUndoAndRowsShowEarlierStates(TestInfo info) {
    inBrowser(
        info,
        1280,
        800,
        d -> {
          play(d, "connect: airpods");
          play(d, "incomingCall: c1");
          play(d, "answer: c1");
          d.findElement(By.id("undo")).click();
          waitFor(d, x -> rows(x).size() == 3);
          play(d, "answer: {call: c1, via: airpods}");
          assertThat(text(d, "route-text"))
              .isEqualTo("Output bluetoothHFP (airpods); input bluetoothHFP (airpods).");
          assertThat(text(d, "why")).contains("call.answer-on-accessory");
          // Choose row 1 with the keyboard: the state after connecting.
          WebElement view = d.findElement(By.cssSelector("#timeline tr[data-index='1'] .view-row"));
          view.sendKeys(Keys.ENTER);
          waitFor(d, x -> text(x, "viewing").equals("after step 1 of 3"));
          assertThat(text(d, "route-text"))
              .isEqualTo("Output bluetoothA2DP (airpods); input none.");
          assertThat(text(d, "calls")).contains("No call in progress.");
        });
  }

  @Test
  void anExportLoadsBackToTheSameTimelineAndABadFileShowsWhereItIsWrong(TestInfo info)
      throws Exception {
    Path dir = Files.createTempDirectory("callroute-export-");
    inBrowser(
        info,
        1280,
        800,
        d -> {
          play(d, "connect: airpods");
          play(d, "incomingCall: c1");
          play(d, "answer: c1");
          List<String> before = timelineText(d);
          d.findElement(By.id("export")).click();
          waitFor(d, x -> !x.findElement(By.id("export-text")).getAttribute("value").isEmpty());
          String yaml = d.findElement(By.id("export-text")).getAttribute("value");
          ReadResult read = ScenarioReader.read(yaml, Path.of("export.yaml"));
          assertThat(read.problems()).isEmpty();
          assertThat(ScenarioPlayer.play(read.scenario().orElseThrow()).passed()).isTrue();
          assertThat(d.findElement(By.id("download")).getAttribute("href"))
              .endsWith("/scenario.yaml");
          try {
            Path file = dir.resolve("story.yaml");
            Files.writeString(file, yaml);
            d.findElement(By.id("reset")).click();
            waitFor(d, x -> rows(x).size() == 1);
            d.findElement(By.id("load-file")).sendKeys(file.toString());
            waitFor(d, x -> rows(x).size() == before.size());
            waitFor(d, x -> text(x, "status").startsWith("Loaded story.yaml"));
            assertThat(timelineText(d)).isEqualTo(before);

            Path bad = dir.resolve("bad.yaml");
            Files.writeString(bad, "name: bad\nsteps:\n  - connect: airpods\n  - answr: c1\n");
            d.findElement(By.id("load-file")).sendKeys(bad.toString());
            waitFor(d, x -> !text(x, "load-problems").isEmpty());
            assertThat(text(d, "load-problems"))
                .contains("bad.yaml:3:14: ")
                .contains("bad.yaml:4:5: ");
            assertThat(timelineText(d)).isEqualTo(before);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void theDoctorShowsCausesAndFixesAndExploreLoadsAPath(TestInfo info) {
    inBrowser(
        info,
        1280,
        800,
        d -> {
          waitFor(d, x -> !x.findElements(By.cssSelector("#doctor-symptom option")).isEmpty());
          new Select(d.findElement(By.id("doctor-symptom"))).selectByValue("audio-on-earpiece");
          new Select(d.findElement(By.cssSelector("select[data-flag=call]")))
              .selectByValue("cellular");
          new Select(d.findElement(By.cssSelector("select[data-flag=direction]")))
              .selectByValue("incoming");
          new Select(d.findElement(By.cssSelector("select[data-flag=answered-via]")))
              .selectByValue("iphone");
          new Select(d.findElement(By.cssSelector("select[data-flag=call-audio-routing]")))
              .selectByValue("automatic");
          d.findElement(By.cssSelector("#doctor-form button[type=submit]")).click();
          waitFor(d, x -> text(x, "doctor-result").contains("Branch 1"));
          String result = text(d, "doctor-result");
          assertThat(result)
              .contains("Reproduced")
              .contains("call.answer-on-iphone")
              .contains("verified");
          d.findElement(By.xpath("//div[@id='doctor-result']//button[starts-with(., 'Show fix')]"))
              .click();
          waitFor(d, x -> text(x, "status").startsWith("Loaded fix"));
          assertThat(text(d, "route-text")).doesNotContain("builtInReceiver");

          d.findElement(By.id("reset")).click();
          waitFor(d, x -> rows(x).size() == 1);
          WebElement query = d.findElement(By.id("explore-query"));
          query.clear();
          query.sendKeys("output=airpods & call=active");
          d.findElement(By.cssSelector("#explore-form button[type=submit]")).click();
          waitFor(d, x -> text(x, "explore-result").startsWith("Reached"));
          assertThat(rows(d).size()).isGreaterThan(1);
          assertThat(text(d, "route-text")).contains("(airpods)");
        });
  }

  @Test
  void theWorldEditorAddsAnAccessoryKeepsTheFocusAndLocksAfterTheFirstStep(TestInfo info) {
    inBrowser(
        info,
        1280,
        800,
        d -> {
          d.findElement(By.id("add-accessory")).click();
          waitFor(d, x -> x.findElements(By.cssSelector("#accessory-list .accessory")).size() == 2);
          WebElement name = d.findElements(By.cssSelector("#accessory-list .acc-name")).get(1);
          name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Car kit", Keys.TAB);
          waitFor(d, x -> !x.findElements(By.xpath("//button[.='Remove Car kit']")).isEmpty());
          WebElement focused = d.switchTo().activeElement();
          assertThat(focused.getAttribute("class")).isEqualTo("acc-kind");
          new Select(focused).selectByValue("wiredHeadset");
          waitFor(
              d,
              x ->
                  x.findElements(By.cssSelector("#accessory-list .acc-hfp"))
                      .get(1)
                      .getAttribute("value")
                      .equals("never"));
          play(d, "connect: headset2");
          assertThat(text(d, "route-text")).isEqualTo("Output headphones (headset2); input none.");
          assertThat(d.findElement(By.id("scenario-name")).isEnabled()).isFalse();
          assertThat(text(d, "world-note")).contains("fixed once a step is played");
        });
  }

  @Test
  void aScenarioGivenToServeOpensAtStepZero(TestInfo info) {
    String yaml =
        "name: story\naccessories: [{id: airpods, kind: bluetoothHeadset}]\nsteps:\n"
            + "  - connect: airpods\n  - incomingCall: c1\n  - answer: c1\n";
    PlaygroundServer withFile =
        PlaygroundServer.start(
            "127.0.0.1",
            0,
            ServeLimits.DEFAULTS,
            ScenarioReader.read(yaml, Path.of("story.yaml")).scenario());
    try (Browser b = Browser.open(1280, 800)) {
      try {
        b.driver.get(withFile.url());
        waitFor(b.driver, d -> rows(d).size() == 4);
        assertThat(text(b.driver, "viewing")).isEqualTo("after step 0 of 3");
        assertThat(text(b.driver, "route-text")).isEqualTo("Output builtInSpeaker; input none.");
        assertThat(b.driver.findElement(By.id("scenario-name")).getAttribute("value"))
            .isEqualTo("story");
      } catch (RuntimeException | AssertionError e) {
        b.screenshot(
            TARGET.resolve("screenshots").resolve("aScenarioGivenToServeOpensAtStepZero.png"));
        throw e;
      }
    } finally {
      withFile.close();
    }
  }

  @Test
  void aPhoneSizedWindowNeedsNoSidewaysScrollingAndTheKeyboardReachesTheSteps(TestInfo info) {
    inBrowser(
        info,
        390,
        844,
        true,
        d -> {
          assertThat(
                  ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth"))
                      .intValue())
              .isEqualTo(390);
          JavascriptExecutor js = (JavascriptExecutor) d;
          Object overflow =
              js.executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
          // The first Tab reaches the skip link, which leads to the steps.
          d.findElement(By.tagName("body")).sendKeys(Keys.TAB);
          assertThat(d.switchTo().activeElement().getText()).isEqualTo("Skip to the steps");
          step(d, "connect: airpods").sendKeys(Keys.ENTER);
          waitFor(d, x -> rows(x).size() == 2);
          for (WebElement control : d.findElements(By.cssSelector("main select, main input"))) {
            String id = control.getAttribute("id");
            boolean labelled =
                control.getAttribute("aria-label") != null
                    || !d.findElements(By.xpath("//label[@for='" + id + "']")).isEmpty()
                    || !control.findElements(By.xpath("ancestor::label")).isEmpty();
            assertThat(labelled).as("a label for %s", control.getAttribute("outerHTML")).isTrue();
          }
        });
  }
}
