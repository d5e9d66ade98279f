package dev.callroute.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The browser tests keep ./mvnw verify quiet: Selenium's warnings are not printed. */
class BrowserQuietTest {
  @Test
  void seleniumWarningsAreNotLogged() {
    assertThat(Browser.CHROMIUM).isNotNull(); // the browser helper is set up
    assertThat(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder")
                .isLoggable(Level.WARNING))
        .isFalse();
  }
}
