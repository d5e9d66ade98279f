package dev.callroute.trace.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3|CATEGORY_CHANGE",
        "CategoryChange|CATEGORY_CHANGE",
        "AVAudioSessionRouteChangeReasonCategoryChange|CATEGORY_CHANGE",
        "categoryChange|CATEGORY_CHANGE",
        "Category change to :AVAudioSessionCategoryPlayAndRecord|CATEGORY_CHANGE",
        "New device available.|NEW_DEVICE_AVAILABLE",
        "oldDeviceUnavailable|OLD_DEVICE_UNAVAILABLE",
        "Override.|OVERRIDE",
        "4|OVERRIDE",
        "ReasonUnknown|UNKNOWN",
        "8|ROUTE_CONFIGURATION_CHANGE",
        "RouteConfigurationChange|ROUTE_CONFIGURATION_CHANGE",
        "NoSuitableRouteForCategory|NO_SUITABLE_ROUTE_FOR_CATEGORY",
        "6|WAKE_FROM_SLEEP"
      })
  void everySpellingOfTheFormatPage(String text, Reason reason) {
    assertThat(Reason.parse(text)).contains(reason);
  }

  @ParameterizedTest
  @CsvSource({"5", "9", "banana", "''"})
  void unknownReasonsAreNone(String text) {
    assertThat(Reason.parse(text)).isEmpty();
  }
}
