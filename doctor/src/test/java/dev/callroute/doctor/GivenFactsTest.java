package dev.callroute.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callroute.core.AccessoryKind;
import dev.callroute.core.CallType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The facts a user gives are typed at the edge: a value, unknown, or the fact's default. */
class GivenFactsTest {
  @Test
  void wordsBecomeTypedValuesAndUnknowns() {
    GivenFacts g = Given.line("call=facetime callkit=unknown earlier-phone-call=none");
    assertThat(g.known())
        .containsOnly(
            Map.entry(Factor.CALL, new FactValue.Call(CallType.FACETIME)),
            Map.entry(Factor.EARLIER_PHONE_CALL, new FactValue.Earlier(EarlierCall.NONE)));
    assertThat(g.unknown()).containsExactly(Factor.CALLKIT);
    assertThat(g.named()).containsExactly(Factor.CALL, Factor.CALLKIT, Factor.EARLIER_PHONE_CALL);
  }

  @Test
  void aFactNotNamedTakesItsDefaultAndAnUnknownOneHasNoValue() {
    GivenFacts g = Given.line("callkit=unknown");
    assertThat(g.value(Factor.CALL)).contains(new FactValue.Call(CallType.APP));
    assertThat(g.value(Factor.ACCESSORY))
        .contains(new FactValue.Kind(AccessoryKind.BLUETOOTH_HEADSET));
    assertThat(g.value(Factor.CALLKIT)).isEmpty();
    assertThat(g.value(Factor.DIRECTION)).as("no default: unknown").isEmpty();
    assertThat(GivenFacts.none().isEmpty()).isTrue();
  }

  @Test
  void withReplacesAFactAndOpenRestLeavesOnlyTheKnownOnes() {
    GivenFacts g =
        Given.line("call=app")
            .with(Factor.CALLKIT, Optional.empty())
            .with(Factor.CALLKIT, Factor.CALLKIT.parse("no"));
    assertThat(g.known()).containsEntry(Factor.CALLKIT, new FactValue.CallKit(false));
    assertThat(g.unknown()).isEmpty();
    Set<Factor> open = EnumSet.allOf(Factor.class);
    open.removeAll(Set.of(Factor.CALL, Factor.CALLKIT));
    assertThat(g.openRest().unknown()).isEqualTo(open);
  }

  @Test
  void aWordThatIsNoValueAndAValueOfAnotherFactAreRefused() {
    assertThatThrownBy(() -> Given.line("call=radio"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--call: 'radio'");
    assertThatThrownBy(
            () -> new GivenFacts(Map.of(Factor.MODE, new FactValue.CallKit(true)), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new GivenFacts(
                    Map.of(Factor.CALLKIT, new FactValue.CallKit(true)), Set.of(Factor.CALLKIT)))
        .hasMessageContaining("both given and unknown");
  }
}
