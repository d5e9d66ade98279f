package dev.callroute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A field added to {@link State} must be handled everywhere a state is copied or packed. This test
 * fails, naming those places, until the list below is updated with them.
 */
class StateContractTest {
  /** The components every place below handles, in order. */
  static final List<String> HANDLED =
      List.of(
          "world",
          "connected",
          "callAudioRouting",
          "calls",
          "systemRoute",
          "voipRoute",
          "lastCallRoute",
          "controlCenterChoice",
          "systemCallSinceBluetooth",
          "routeBeforeOverride",
          "builtInMicPreferred");

  static final String PLACES =
      "a State component was added, removed or moved: update Draft (a field, the constructor,"
          + " sameRouteInputs()/unchanged() and toState()), explore's StateCodec (pack and unpack,"
          + " and the bits it reserves), StateCodecTest, the explorer's Query keys if users may ask"
          + " for it, and then this list";

  @Test
  void everyComponentIsHandledByDraftAndThePackedCodec() {
    List<String> components =
        Arrays.stream(State.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toList());
    assertThat(components).as(PLACES).containsExactlyElementsOf(HANDLED);

    Set<String> draftFields =
        Arrays.stream(Draft.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()))
            .map(Field::getName)
            .collect(Collectors.toSet());
    for (String c : HANDLED) {
      if (!c.equals("world")) { // Draft reads the world from the state it started from
        assertThat(draftFields).as("Draft field for State." + c + "; " + PLACES).contains(c);
      }
    }
  }
}
